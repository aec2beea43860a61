"""A registered filing and its history as the rest of the application sees them (frozen, no ORM)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any, NewType

from akimat_desk.domain.assemblies import Channel, FilingKind, Form, Language
from akimat_desk.domain.content import Defect
from akimat_desk.domain.statuses import Outcome, Status

FilingId = NewType("FilingId", int)

ATTACHMENT_KINDS = ("scan", "document", "image", "original_e_document", "signed_content", "letter", "other")
"""What a file kept with a filing may be (the clerk picks one when attaching it)."""


class EventAction(StrEnum):
    """What an entry of a filing's history records."""

    REGISTERED = "registered"
    CORRECTED = "corrected"
    STATUS_CHANGED = "status_changed"
    WITHDRAWN = "withdrawn"
    DEADLINE_CHANGED = "deadline_changed"
    DEADLINE_ACKNOWLEDGED = "deadline_acknowledged"
    ATTACHED = "attached"
    PLACE_LINKED = "place_linked"
    DECIDED = "decided"
    PROPOSAL_ANSWERED = "proposal_answered"
    LETTER_ISSUED = "letter_issued"
    LETTER_NUMBERS_KEPT = "letter_numbers_kept"  # migration 0010: per-language numbers issued before it stay
    DISPATCHED = "dispatched"
    DELIVERED = "delivered"
    SIGNATURE_VERIFIED = "signature_verified"
    LETTER_SIGNED = "letter_signed"
    LETTER_EMAILED = "letter_emailed"
    LETTER_BOUNCED = "letter_bounced"  # a delivery status notification: the e-mail reached nobody
    DECISION_UNDONE = "decision_undone"  # a decision undone within its minute (issue 22): the status goes back
    DISPATCH_UNDONE = "dispatch_undone"  # a dispatch undone within its minute: the letter counts as not sent by it


@dataclass(frozen=True, slots=True)
class FilingEvent:
    """One appended entry of a filing's history: who, when, what changed, why."""

    seq: int
    at: datetime
    actor: str
    action: EventAction
    changes: Mapping[str, Any]
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class FilingRecord:
    """A filing as registered: numbering, receipt, status and the document (corrections applied)."""

    id: FilingId
    incoming_number: str
    received_at: datetime
    registered_on: date
    form: Form
    kind: FilingKind
    channel: Channel
    language: Language
    status: Status
    outcome: Outcome | None
    document: Mapping[str, Any]
    defects: tuple[Defect, ...]
    organizer_name: str
    version: int
    history: tuple[FilingEvent, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class StoredDeadline:
    """A legal deadline as computed and stored for a filing (``kind`` is a ``DeadlineKind`` value)."""

    kind: str
    due_on: date
    calendar_version: str
    computed_at: datetime
    previous_due_on: date | None = None
    changed_by_act: str | None = None
    acknowledged_at: datetime | None = None
    acknowledged_by: str | None = None

    @property
    def needs_acknowledgement(self) -> bool:
        """True while a calendar change moved this deadline and no clerk has acknowledged it."""
        return self.previous_due_on is not None and self.acknowledged_at is None
