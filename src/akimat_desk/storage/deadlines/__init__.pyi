"""The public names of ``akimat_desk.storage.deadlines``: what other areas may use (read at run time too)."""

from .orm import CalendarOverrideRow as CalendarOverrideRow
from .orm import FilingDeadlineRow as FilingDeadlineRow
