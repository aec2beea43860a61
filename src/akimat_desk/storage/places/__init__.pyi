"""The public names of ``akimat_desk.storage.places``: what other areas may use (read at run time too)."""

from .repositories import FilingSlot as FilingSlot
from .repositories import ImportRepository as ImportRepository
from .repositories import PlaceRepository as PlaceRepository
