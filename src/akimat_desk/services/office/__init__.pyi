"""The public names of ``akimat_desk.services.office``: what other areas may use (read at run time too)."""

from .selftest import run_self_test as run_self_test
from .settings import OfficeSettings as OfficeSettings
from .settings import format_number as format_number
