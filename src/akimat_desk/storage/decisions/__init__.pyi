"""The public names of ``akimat_desk.storage.decisions``: what other areas may use (read at run time too)."""

from .orm import DecisionRow as DecisionRow
from .orm import DispatchRow as DispatchRow
from .orm import OutgoingLetterRow as OutgoingLetterRow
from .orm import ProposalAnswerRow as ProposalAnswerRow
from .repositories import DecisionRepository as DecisionRepository
from .repositories import LetterRecord as LetterRecord
