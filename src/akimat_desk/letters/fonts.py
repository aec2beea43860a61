"""The bundled Liberation Serif 2.x fonts (SIL OFL 1.1, see fonts/OFL.txt), registered with ReportLab.

Liberation 1.07, which fontconfig may still find on a system, has none of the Kazakh letters, so the bundled
files are used by path and every one is checked: registration fails loudly (FontCoverageError) if a cmap lacks
any of ә ғ қ ң ө ұ ү һ і, their capitals, or the other characters letters print (№ « » –). ₸ is not covered by
Liberation: letters write "теңге" / "тенге" instead.
"""

from __future__ import annotations

import threading
from importlib import resources
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FAMILY = "LiberationSerif"
STYLES = {
    FAMILY: "LiberationSerif-Regular.ttf",
    f"{FAMILY}-Bold": "LiberationSerif-Bold.ttf",
    f"{FAMILY}-Italic": "LiberationSerif-Italic.ttf",
    f"{FAMILY}-BoldItalic": "LiberationSerif-BoldItalic.ttf",
}
KAZAKH_LETTERS = "ӘәҒғҚқҢңӨөҰұҮүҺһІі"
REQUIRED_CHARACTERS = KAZAKH_LETTERS + "АаЯяЁё№«»–—"

_lock = threading.Lock()
_registered = False


class FontCoverageError(RuntimeError):
    """A bundled font lacks characters the letters need (e.g. a 1.07 Liberation file slipped in)."""


def font_dir() -> Path:
    """Directory of the bundled TTF files and their licence."""
    return Path(str(resources.files("akimat_desk.letters").joinpath("fonts")))


def missing_characters(font: TTFont, required: str | None = None) -> str:
    """The characters of ``required`` (default REQUIRED_CHARACTERS) that ``font``'s cmap does not map to a glyph;
    empty when all are covered."""
    cmap = font.face.charToGlyph
    return "".join(ch for ch in (REQUIRED_CHARACTERS if required is None else required) if ord(ch) not in cmap)


def _load(name: str, filename: str) -> TTFont:
    path = font_dir() / filename
    if not path.is_file():
        raise FontCoverageError(f"bundled font {path} is missing; reinstall akimat_desk")
    font = TTFont(name, str(path))
    missing = missing_characters(font)
    if missing:
        raise FontCoverageError(f"{path.name} lacks {missing!r}: is it Liberation 1.07 instead of 2.x?")
    return font


def register_fonts() -> str:
    """Register the four styles once per process (thread-safe) and return the family name for ParagraphStyles.

    Raises FontCoverageError if a file is missing or its cmap lacks a required character.
    """
    global _registered
    with _lock:
        if not _registered:
            for name, filename in STYLES.items():
                pdfmetrics.registerFont(_load(name, filename))
            pdfmetrics.registerFontFamily(
                FAMILY,
                normal=FAMILY,
                bold=f"{FAMILY}-Bold",
                italic=f"{FAMILY}-Italic",
                boldItalic=f"{FAMILY}-BoldItalic",
            )
            _registered = True
    return FAMILY
