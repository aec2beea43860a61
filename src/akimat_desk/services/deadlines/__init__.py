"""Deadlines: the law's periods, countdowns, the working-day calendar and its overrides, the re-check after a change.

What other areas may use of it is listed in ``__init__.pyi`` (``akimat_desk.exports``)."""

from akimat_desk.exports import lazy_exports

__getattr__, __all__ = lazy_exports(__name__)
