"""The register window's query and row types: plain values, no database library imported.

Kept apart from ``repos_search`` so the window's start-up preview (``services.startup_preview``) can build the
same rows from a plain SQLite read before SQLAlchemy is loaded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class SortKey(StrEnum):
    NUMBER = "number"
    RECEIVED = "received"
    FORM = "form"
    ORGANIZER = "organizer"
    PLACE = "place"
    EVENT = "event"
    STATUS = "status"
    DEADLINE = "deadline"


@dataclass(frozen=True, slots=True)
class RegisterFilter:
    """What the register shows: form and status codes, registration-date range, search words."""

    form: str | None = None
    status: str | None = None
    received_from: date | None = None
    received_to: date | None = None
    search: str | None = None


@dataclass(frozen=True, slots=True)
class RegisterRow:
    """One line of the register: enough to display it and compute its countdown, nothing more."""

    id: int
    incoming_number: str
    received_at: datetime
    registered_on: date
    form: str
    kind: str
    organizer: str
    place: str
    starts_at: datetime | None
    ends_at: datetime | None
    status: str
    outcome: str | None
    defects: int
    review_due: date | None
    deadline_moved: bool
