"""Storage of filings: their rows and history, counters, the register view's queries, attachments, bulk registration.

What other areas may use of it is listed in ``__init__.pyi`` (``akimat_desk.exports``)."""

from akimat_desk.exports import lazy_exports

__getattr__, __all__ = lazy_exports(__name__)
