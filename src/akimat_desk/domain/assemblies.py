"""Forms of peaceful assembly (art. 1) and the kind of filing each implies (arts 10, 12)."""

from __future__ import annotations

from enum import StrEnum


class Form(StrEnum):
    """The five forms of art. 1, in the order the law defines them for filings."""

    PICKET = "picket"
    ASSEMBLY = "assembly"
    RALLY = "rally"
    DEMONSTRATION = "demonstration"
    MARCH = "march"


class FilingKind(StrEnum):
    """A notification (art. 10) or an application for approval (art. 12)."""

    NOTIFICATION = "notification"
    APPLICATION = "application"


class Channel(StrEnum):
    """How the filing reached the akimat (art. 10 p.1, art. 12 p.1)."""

    PAPER = "paper"
    E_DOCUMENT = "e_document"


class Language(StrEnum):
    """Language of a filing and of the letters answering it."""

    KK = "kk"
    RU = "ru"
    EN = "en"


_KIND_OF_FORM = {
    Form.PICKET: FilingKind.NOTIFICATION,
    Form.ASSEMBLY: FilingKind.NOTIFICATION,
    Form.RALLY: FilingKind.NOTIFICATION,
    Form.DEMONSTRATION: FilingKind.APPLICATION,
    Form.MARCH: FilingKind.APPLICATION,
}


def kind_of(form: Form) -> FilingKind:
    """Picket, assembly and rally are notified; demonstration and march need an application for approval."""
    return _KIND_OF_FORM[form]


def filing_article(kind: FilingKind) -> str:
    """The article that lists the content of this kind of filing: art. 10 p.3 or art. 12 p.2."""
    return "art. 10 p.3" if kind is FilingKind.NOTIFICATION else "art. 12 p.2"


def moves_along_route(form: Form) -> bool:
    """Demonstrations and marches move along a route; the other forms stay in one place."""
    return kind_of(form) is FilingKind.APPLICATION
