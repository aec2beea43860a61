"""Official letters and registration receipts of the akimat, printed in kk, ru or en (ReportLab only, no Qt).

Build a ``Letter`` or a ``Receipt`` from plain data and call ``render_letter`` / ``render_letters`` /
``render_receipt`` to get PDF bytes. The document language is the letter's own ``language``, never the UI's.
The rendering half (ReportLab) is imported on first use, so that reading letter data costs nothing at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from akimat_desk.letters.model import (
    Addressee,
    EDocumentNote,
    EventDetails,
    Executor,
    Letter,
    Letterhead,
    Receipt,
    RefusalGround,
    Signatory,
)
from akimat_desk.letters.names import PersonName

if TYPE_CHECKING:
    from akimat_desk.letters.layout import DEFAULT_STYLE, LetterStyle
    from akimat_desk.letters.render import render_letter, render_letters, render_receipt

_LAZY = {
    "DEFAULT_STYLE": "akimat_desk.letters.layout",
    "LetterStyle": "akimat_desk.letters.layout",
    "render_letter": "akimat_desk.letters.render",
    "render_letters": "akimat_desk.letters.render",
    "render_receipt": "akimat_desk.letters.render",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DEFAULT_STYLE",
    "Addressee",
    "EDocumentNote",
    "EventDetails",
    "Executor",
    "Letter",
    "LetterStyle",
    "Letterhead",
    "PersonName",
    "Receipt",
    "RefusalGround",
    "Signatory",
    "render_letter",
    "render_letters",
    "render_receipt",
]
