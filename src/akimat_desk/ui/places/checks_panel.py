"""The legal checks of a filing in its card (issue 8): each check with its article and the refusal ground it
may support, as a suggestion the clerk confirms; the Constitutional Court's 61-NP rule (propose another place
or time before refusing on ground 10); and "link to a place" with a chooser of the specialized places.

``install_checks_panel(card)`` puts the panel under the card's checks text through the card's plug points
(``CardPlugPoints.add_checks_section``); the panel shows each filing the card loads."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from akimat_desk.domain.checks import CheckResult
from akimat_desk.security.roles import Permission
from akimat_desk.services.places.catalogue import list_places
from akimat_desk.services.places.checks import FilingChecks, article_citation, check_message, run_checks
from akimat_desk.ui.router import CardPlugPoints
from akimat_desk.ui.state import AppState
from akimat_desk.ui.widgets.banners import WARNING, banner
from akimat_desk.ui.widgets.retranslated import Retranslated

PROPOSE_FIRST = "place_booked_propose_first"


class ChecksPanel(Retranslated, QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.filing_id: int | None = None
        self.checks: FilingChecks | None = None
        self.title, self.place_label, self.note = QLabel(self), QLabel(self), QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.note.setWordWrap(True)
        self.place_label.setWordWrap(True)
        self.warning_61np = banner(self, WARNING)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.link_button = QPushButton(self)
        self.link_button.clicked.connect(self.link_place)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.place_label)
        layout.addWidget(self.warning_61np)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.link_button)
        self.retranslate_ui()

    def show_filing(self, filing_id: int) -> None:
        self.filing_id = filing_id
        ctx = self.state.ctx
        self.state.runner.run(lambda: run_checks(ctx, filing_id), self._loaded, self._failed)

    def _loaded(self, checks: FilingChecks) -> None:
        if checks.filing_id != self.filing_id:
            return
        self.checks = checks
        self._render()

    def _failed(self, exc: BaseException) -> None:
        from akimat_desk.ui.errors import error_text

        self.list.clear()
        self.note.setText(error_text(exc, self.state.language))

    def _render(self) -> None:
        self.list.clear()
        checks, lang = self.checks, self.state.language
        self.link_button.setVisible(self.state.ctx.user.may(Permission.CORRECT) and self.filing_id is not None)
        if checks is None:
            return
        if checks.place is not None:
            self.place_label.setText(
                self.tr("Specialized place: %1 (capacity %2)")
                .replace("%1", checks.place.names.get(lang))
                .replace("%2", str(checks.place.max_occupancy or "—"))
            )
        else:
            self.place_label.setText(self.tr("Not linked to a specialized place."))
        for r in checks.results:
            self.list.addItem(self._item(r, lang))
        if not checks.results:
            self.list.addItem(QListWidgetItem("✓ " + self.tr("No place or time problem found.")))
        self.warning_61np.setVisible(any(r.code == PROPOSE_FIRST for r in checks.results))

    def _item(self, r: CheckResult, lang: str) -> QListWidgetItem:
        ground = r.ground.removeprefix("A14-") if r.ground else None
        head = "⚠ " + self.tr("Article: %1").replace("%1", article_citation(r.article, lang))
        if ground:
            head += " · " + self.tr("suggested refusal ground: %1 (art. 14 p.1 sub. %1)").replace("%1", ground)
        item = QListWidgetItem(f"{head}\n{check_message(r, lang)}")
        item.setData(256, r.code)
        item.setData(257, r.article)
        return item

    def results_text(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def link_place(self) -> None:
        if self.filing_id is None:
            return
        from akimat_desk.ui.places.place_dialogs import link_dialog

        ctx, fid = self.state.ctx, self.filing_id

        def chosen(places: list[Any]) -> None:
            if not places:
                self.note.setText(self.tr("No specialized places yet: the administrator adds them on the Places page."))
                return
            dialog = link_dialog(self.state, fid, places, self)
            if dialog.exec() and dialog.result_value is not None:
                self.state.apply_result(dialog.result_value)  # what linking the place changed

        self.state.runner.run(lambda: list_places(ctx), chosen, self._failed)

    def retranslate_ui(self) -> None:
        self.title.setText(
            self.tr("Place and time checks (suggestions: the clerk decides, nothing is refused automatically)")
        )
        self.link_button.setText(self.tr("&Link to a place…"))
        self.warning_61np.setText(
            self.tr(
                "61-NP: the place is booked. Before refusing on ground 10 (art. 14 p.1 sub. 10) the akimat must first "
                "PROPOSE another place and/or time to the organizer (Constitutional Court normative resolution No. 61-NP)."  # noqa: E501 (a translated source string)
            )
        )
        self._render()


def install_checks_panel(card: CardPlugPoints) -> ChecksPanel:
    """Put a ``ChecksPanel`` under the card's checks text (the same tab); it follows each loaded card."""
    return card.add_checks_section(ChecksPanel(card.state), lambda panel, loaded: panel.show_filing(loaded.filing.id))
