"""The public names of ``akimat_desk.services.deadlines``: what other areas may use (read at run time too)."""

from .calendar import current_calendar as current_calendar
from .calendar import golden_differences as golden_differences
from .countdowns import FilingClock as FilingClock
from .countdowns import acknowledge_deadline_changes as acknowledge_deadline_changes
from .countdowns import clock_for as clock_for
from .countdowns import clock_json as clock_json
from .countdowns import event_day as event_day
from .countdowns import filing_clock as filing_clock
from .legal_clock import DueItem as DueItem
from .legal_clock import due_report as due_report
from .legal_clock import sees_escalation as sees_escalation
from .periods import law_periods as law_periods
