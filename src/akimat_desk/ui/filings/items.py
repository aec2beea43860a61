"""Titles of the 13 content items of art. 10 p.3 / art. 12 p.2 as the window shows them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from akimat_desk.domain.assemblies import FilingKind, filing_article
from akimat_desk.services.kernel.messages import cite, field_label


def item_title(key: str) -> str:
    """The title of a content item by its key in ``domain.content`` (numbers are added by the caller)."""
    titles = {
        "purpose": QCoreApplication.translate("Items", "Purpose of the assembly"),
        "form": QCoreApplication.translate("Items", "Form of the assembly"),
        "organizer": QCoreApplication.translate("Items", "Organizer (and representative)"),
        "place": QCoreApplication.translate("Items", "Place of holding"),
        "place_or_route": QCoreApplication.translate("Items", "Place or route of movement"),
        "date_time": QCoreApplication.translate("Items", "Date, start and end time"),
        "participants": QCoreApplication.translate("Items", "Expected number of participants"),
        "structures": QCoreApplication.translate("Items", "Yurts, tents and other structures"),
        "means": QCoreApplication.translate("Items", "Sound-amplifying equipment and visual materials"),
        "measures_and_means": QCoreApplication.translate(
            "Items", "Public order, medical aid and fire-safety measures; equipment and vehicles"
        ),
        "vehicles": QCoreApplication.translate("Items", "Vehicles: number, categories, route, start and end"),
        "regulations": QCoreApplication.translate("Items", "Regulations approved by the organizer"),
        "contacts": QCoreApplication.translate("Items", "E-mail and mobile phone"),
        "pd_consent": QCoreApplication.translate("Items", "Consent to processing of personal data"),
        "funding_sources": QCoreApplication.translate("Items", "Sources of funding"),
        "filed_and_signed": QCoreApplication.translate("Items", "Date of filing and signature"),
    }
    return titles.get(key, key)


def item_label(number: int, key: str) -> str:
    return f"{number}. {item_title(key)}"


def article_caption(kind: FilingKind, language: str) -> str:
    """ "Content items of art. 10 p.3" (or art. 12 p.2) in the UI language."""
    article = cite(filing_article(kind), language)
    return QCoreApplication.translate("Items", "Content items of %1").replace("%1", article)


def field_caption(path: str, language: str) -> str:
    """The caption of a field of the filing as the registration form and the correction dialog show it:
    "Purpose:" from the one table of field labels (the catalogue's ``field.<path>``, which the errors name too)."""
    label = field_label(path, language)
    return label[:1].upper() + label[1:] + ":"
