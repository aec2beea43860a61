"""The public names of ``akimat_desk.ui.deadlines``: what other areas may use (read at run time too)."""

from .calendar_tab import CalendarTab as CalendarTab
from .legal_clock_texts import next_action_text as next_action_text
from .reminders_page import install_reminders_page as install_reminders_page
from .reminders_tray import install_reminders as install_reminders
from .timeline_panel import install_timeline as install_timeline
