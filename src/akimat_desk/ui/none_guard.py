"""The quit crash (``Fatal Python error: bool_dealloc`` / ``none_dealloc``, issue 22 item 5), and its guard.

PySide6 6.12.0 (the only PySide6 on PyPI for this project) behaves as on Python 3.12+, where None, True and False
are immortal; on our Python 3.11 every call of a void C++ method from Python (``label.setText``, ``resize``,
``update``...) takes one reference from None and gives none back. A window that runs long enough (a clerk's day
of minute ticks, repaints and layouts) takes None's count to zero, and Python aborts, most often on quit while
the interpreter tears down. ``tests/ui/test_quit.py`` shows it in a subprocess.

``top_up()`` keeps the counts of None, False and True far above zero with references that are never released
(not even at exit; nothing is allocated: the counts are raised in place). The window calls it at start and every
few seconds; it costs three ``sys.getrefcount`` calls when nothing is needed. Remove it with a fixed PySide6
(or Python 3.12+). No Qt here: the guard runs before Qt is imported."""

from __future__ import annotations

import ctypes
import sys

FLOOR = 1_000_000  # top up below this many references
BLOCK = 10_000_000  # references added at a time
NEEDED = sys.version_info < (3, 12) and sys.implementation.name == "cpython"  # immortal singletons from 3.12


def _add_references(singleton: object, count: int) -> None:
    """Raise ``singleton``'s reference count by ``count`` in place (CPython: ``ob_refcnt`` is the object's first
    field; the GIL is held). Costs no memory, unlike holding ``count`` references in a list."""
    ctypes.c_ssize_t.from_address(id(singleton)).value += count


def top_up() -> int:
    """Add references to None, False and True where their count fell below ``FLOOR``; returns how many of
    them were topped up (0 when the counts were high enough, or on a Python whose singletons are immortal)."""
    if not NEEDED:
        return 0
    added = 0
    for singleton in (None, False, True):
        if sys.getrefcount(singleton) < FLOOR:
            _add_references(singleton, BLOCK)
            added += 1
    return added
