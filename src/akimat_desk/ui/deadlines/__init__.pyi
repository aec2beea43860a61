"""The public names of ``akimat_desk.ui.deadlines``: what other areas may use (read at run time too)."""

from .legal_clock_texts import next_action_text as next_action_text
