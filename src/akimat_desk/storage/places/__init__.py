"""Storage of places, routes, no-picket zones, bookings and filing-to-place links.

What other areas may use of it is listed in ``__init__.pyi`` (``akimat_desk.exports``)."""

from akimat_desk.exports import lazy_exports

__getattr__, __all__ = lazy_exports(__name__)
