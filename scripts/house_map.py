"""Where each module of the flat layout went when the house was cut into areas (issue 14).

``MODULES`` maps an old dotted module to its new one; ``NAMES`` maps (old module, name) to the new module for the
two modules that were split by what they hold (``storage.orm`` and ``storage.repositories``).
Used by ``scripts/house_imports.py`` to rewrite imports in code written against the old layout.
"""

P = "akimat_desk."
_S = {
    # services: the kernel
    "services.context": "services.kernel.context",
    "services.messages": "services.kernel.messages",
    "services.register": "services.kernel.opening",
    # filings
    "services.registration": "services.filings.registration",
    "services.filings": "services.filings.registered",
    "services.register_view": "services.filings.register_view",
    "services.attachments": "services.filings.attachments",
    "services.projection": "services.filings.projection",
    "services.presenting": "services.filings.presenting",
    "services.card_view": "services.filings.card_view",
    "services.demo": "services.filings.demo",
    "services.startup_preview": "services.filings.startup_preview",
    # deadlines
    "services.deadlines": "services.deadlines.countdowns",
    "services.calendar": "services.deadlines.calendar",
    "services.calendar_cache": "services.deadlines.calendar_cache",
    "services.periods": "services.deadlines.periods",
    # decisions
    "services.decisions": "services.decisions.workflow",
    "services.grounds": "services.decisions.grounds",
    "services.outgoing": "services.decisions.outgoing",
    # esign
    "services.esign": "services.esign.verification",
    "services.esign_fill": "services.esign.organizer_fill",
    "services.esign_present": "services.esign.presenting",
    "services.esign_trust": "services.esign.trust_store",
    # places
    "services.places": "services.places.catalogue",
    "services.checks": "services.places.checks",
    "services.occupancy": "services.places.occupancy",
    "services.place_calendar": "services.places.place_calendar",
    # reports
    "services.statistics": "services.reports.statistics",
    "services.journal": "services.reports.journal",
    "services.legacy_import": "services.reports.legacy_import",
    "services.legacy_rows": "services.reports.legacy_rows",
    "services.legacy_xlsx": "services.reports.legacy_xlsx",
    "services.table_export": "services.reports.table_export",
    # office
    "services.users": "services.office.users",
    "services.audit": "services.office.audit",
    "services.backup": "services.office.backup",
    "services.encryption": "services.office.encryption",
    "services.settings": "services.office.settings",
    "services.office": "services.office.settings_change",
    "services.selftest": "services.office.selftest",
    # storage: the kernel
    "storage.engine": "storage.kernel.engine",
    "storage.migrate": "storage.kernel.migrate",
    "storage.migrations": "storage.kernel.migrations",
    "storage.unit_of_work": "storage.kernel.unit_of_work",
    "storage.tables": "storage.kernel.tables",
    "storage.audit_chain": "storage.kernel.audit_chain",
    # storage areas
    "storage.bulk_filings": "storage.filings.bulk",
    "storage.register_rows": "storage.filings.register_rows",
    "storage.repos_search": "storage.filings.register_view",
    "storage.orm_attachments": "storage.filings.orm_attachments",
    "storage.repos_attachments": "storage.filings.attachments",
    "storage.orm_decisions": "storage.decisions.orm",
    "storage.repos_decisions": "storage.decisions.repositories",
    "storage.orm_signatures": "storage.esign.orm",
    "storage.repos_signatures": "storage.esign.repositories",
    "storage.orm_places": "storage.places.orm",
    "storage.repos_places": "storage.places.repositories",
    "storage.repos_stats": "storage.reports.statistics",
    "storage.orm_security": "storage.office.orm",
    "storage.repos_security": "storage.office.repositories",
    # ui: the shell stays in ui/, shared widgets in ui/widgets/, the rest by area
    "ui.pages.register": "ui.filings.register_page",
    "ui.pages.card": "ui.filings.card_page",
    "ui.pages.card_html": "ui.filings.card_html",
    "ui.pages.today": "ui.filings.today_page",
    "ui.dialogs.registration": "ui.filings.registration_dialog",
    "ui.dialogs.registration_form": "ui.filings.registration_form",
    "ui.dialogs.correction": "ui.filings.correction_dialog",
    "ui.dialogs.status": "ui.filings.status_dialog",
    "ui.models.register_model": "ui.filings.register_model",
    "ui.models.register_cells": "ui.filings.register_cells",
    "ui.models.dashboard_model": "ui.filings.dashboard_model",
    "ui.models.card_models": "ui.filings.card_models",
    "ui.items": "ui.filings.items",
    "ui.dialogs.decision": "ui.decisions.decision_dialog",
    "ui.dialogs.dispatch": "ui.decisions.dispatch_dialog",
    "ui.dialogs.letter_preview": "ui.decisions.letter_preview",
    "ui.models.decision_models": "ui.decisions.models",
    "ui.widgets.decisions_panel": "ui.decisions.decisions_panel",
    "ui.decision_texts": "ui.decisions.texts",
    "ui.dialogs.registration_esign": "ui.esign.registration_esign",
    "ui.pages.trust": "ui.esign.trust_store_page",
    "ui.widgets.esign_panel": "ui.esign.signature_panel",
    "ui.pages.places": "ui.places.places_page",
    "ui.dialogs.place_dialogs": "ui.places.place_dialogs",
    "ui.widgets.place_grid": "ui.places.place_grid",
    "ui.models.places_models": "ui.places.models",
    "ui.widgets.checks_panel": "ui.places.checks_panel",
    "ui.pages.statistics": "ui.reports.statistics_page",
    "ui.widgets.charts": "ui.reports.charts",
    "ui.dialogs.legacy_import": "ui.reports.legacy_import_dialog",
    "ui.pages.users": "ui.office.users_page",
    "ui.dialogs.login": "ui.office.login_dialog",
    "ui.dialogs.backup": "ui.office.backup_dialogs",
    "ui.pages.settings": "ui.office.settings_page",
    "ui.widgets.settings_form": "ui.office.settings_form",
    "ui.dialogs.first_run": "ui.office.first_run_dialog",
    "ui.dialogs.fields_dialog": "ui.widgets.fields_dialog",
}
MODULES = {P + old: P + new for old, new in _S.items()}

_ORM_KERNEL = ("NAMING", "UTCDateTime", "Base")
_ORM_DEADLINES = ("CalendarOverrideRow", "FilingDeadlineRow")
_ORM_OFFICE = ("SettingRow",)
_REPO_DEADLINES = ("DeadlineRepository", "CalendarRepository")
_REPO_OFFICE = ("SettingsRepository",)
NAMES: dict[tuple[str, str], str] = {}
for _n in _ORM_KERNEL:
    NAMES[(P + "storage.orm", _n)] = P + "storage.kernel.orm"
for _n in _ORM_DEADLINES:
    NAMES[(P + "storage.orm", _n)] = P + "storage.deadlines.orm"
for _n in _ORM_OFFICE:
    NAMES[(P + "storage.orm", _n)] = P + "storage.office.orm_settings"
for _n in _REPO_DEADLINES:
    NAMES[(P + "storage.repositories", _n)] = P + "storage.deadlines.repositories"
for _n in _REPO_OFFICE:
    NAMES[(P + "storage.repositories", _n)] = P + "storage.office.settings"
# every other name of the two split modules
SPLIT_DEFAULT = {
    P + "storage.orm": P + "storage.filings.orm",
    P + "storage.repositories": P + "storage.filings.repositories",
}
