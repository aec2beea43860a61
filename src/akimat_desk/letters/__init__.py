"""Official letters and registration receipts of the akimat, printed in kk, ru or en (ReportLab only, no Qt).

Build a ``Letter`` or a ``Receipt`` from plain data and call ``render_letter`` / ``render_letters`` /
``render_receipt`` to get PDF bytes. The document language is the letter's own ``language``, never the UI's.
"""

from akimat_desk.letters.layout import DEFAULT_STYLE, LetterStyle
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
from akimat_desk.letters.render import render_letter, render_letters, render_receipt

__all__ = [
    "DEFAULT_STYLE",
    "Addressee",
    "EDocumentNote",
    "EventDetails",
    "Executor",
    "Letter",
    "LetterStyle",
    "Letterhead",
    "Receipt",
    "RefusalGround",
    "Signatory",
    "render_letter",
    "render_letters",
    "render_receipt",
]
