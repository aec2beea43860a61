"""Storage of decisions, outgoing letters, dispatches and proposal answers.

What other areas may use of it is listed in ``__init__.pyi`` (``akimat_desk.exports``)."""

from akimat_desk.exports import lazy_exports

__getattr__, __all__ = lazy_exports(__name__)
