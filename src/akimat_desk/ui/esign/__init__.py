"""The window's e-signature area: the trust store page, the card's signature panel, registration's e-document part.

What other areas may use of it is listed in ``__init__.pyi`` (``akimat_desk.exports``)."""

from akimat_desk.exports import lazy_exports

__getattr__, __all__ = lazy_exports(__name__)
