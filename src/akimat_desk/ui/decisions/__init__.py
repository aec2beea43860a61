"""The window's decisions area: the decision and dispatch dialogs, the letter preview, the card's decisions panel.

What other areas may use of it is listed in ``__init__.pyi`` (``akimat_desk.exports``)."""

from akimat_desk.exports import lazy_exports

__getattr__, __all__ = lazy_exports(__name__)
