"""The quit crash (``Fatal Python error: bool_dealloc`` / ``none_dealloc``, issue 22 item 5), and its guard.

PySide6 6.12.0 (the only PySide6 on PyPI for this project) is built for Python 3.12+, where None, True and False
are immortal; on our Python 3.11 every call of a void C++ method from Python (``label.setText``, ``resize``,
``update``...) takes one reference from None and gives none back. A window that runs long enough (a clerk's day
of minute ticks, repaints and layouts) takes None's count to zero, and Python aborts, most often on quit while
the interpreter tears down. ``tests/ui/test_quit.py`` shows it in a subprocess.

``top_up()`` keeps the counts of None, False and True far above zero with references that are never released
(not even at exit: the holding lists are leaked on purpose, a few MB). The window calls it at start and every
few seconds; it costs three ``sys.getrefcount`` calls when nothing is needed. Remove it with a fixed PySide6
(or Python 3.12+). No Qt here: the guard runs before Qt is imported."""

from __future__ import annotations

import ctypes
import sys

FLOOR = 1_000_000  # top up below this many references
BLOCK = 4_000_000  # references added at a time
_HELD: list[list[object]] = []


def top_up() -> int:
    """Add references to None, False and True where their count fell below ``FLOOR``; returns how many blocks
    were added (0 when the counts were high enough)."""
    added = 0
    for singleton in (None, False, True):
        if sys.getrefcount(singleton) < FLOOR:
            block: list[object] = [singleton] * BLOCK
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(block))  # never freed: its references outlive the exit
            _HELD.append(block)
            added += 1
    return added
