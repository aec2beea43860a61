"""The public names of ``akimat_desk.services.decisions``: what other areas may use (read at run time too)."""

from .letter_bounces import BounceResult as BounceResult
from .letter_bounces import record_bounce as record_bounce
from .letter_mail import send_letter_email as send_letter_email
from .letter_mail import sending_changes as sending_changes
from .outgoing import issue_letter as issue_letter
from .outgoing import letters_of as letters_of
from .undo import undo_decision as undo_decision
from .undo import undo_dispatch as undo_dispatch
from .workflow import answers_json as answers_json
from .workflow import decide as decide
from .workflow import dispatch_letter as dispatch_letter
from .workflow import record_proposal_answer as record_proposal_answer
