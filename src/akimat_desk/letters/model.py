"""What a letter or a receipt says, independent of storage, the UI and the layout.

Every value here is plain data (strings, dates, tuples) so the register, the CLI and the tests can build letters
without touching the database. Construction validates what would make a wrong *legal* document, such as an approval
of a picket, a refusal without a written reason, or a proposal with no deadline. Raising ``ValueError`` then is better
than printing the wrong article. Workflow rules (for example ground 10) only after a proposal) belong to the
services, not here.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from akimat_desk.letters.names import PersonName

LANGUAGES = ("kk", "ru", "en")
FORMS = ("picket", "assembly", "rally", "demonstration", "march")
NOTIFIED_FORMS = ("picket", "assembly", "rally")  # art. 10: notification; the others need approval (art. 12)
KINDS = (
    "inform",
    "inform_with_conditions",
    "approve",
    "approve_without_sound_and_vehicles",
    "propose",
    "refuse",
    "out_of_scope",
)
NOTIFICATION_ONLY_KINDS = ("inform", "inform_with_conditions")
APPLICATION_ONLY_KINDS = ("approve", "approve_without_sound_and_vehicles")
GROUND_CODES = (*(f"A14-{n}" for n in range(1, 11)), "A11-3", "A13-3")
APPEAL_ROUTES = ("complaint", "court")
# Every decision that restricts or refuses carries the appeal route (art. 14 p.2, art. 19): all but a plain approval.
RESTRICTIVE_KINDS = tuple(kind for kind in KINDS if kind != "approve")
MOVING_FORMS = ("demonstration", "march")  # the place is a route (art. 12 p.2 subp. 4))

_GROUND_RE = re.compile(r"^A14-(?:[1-9]|10)$|^A1[13]-3$")


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise ValueError(message)


def is_notification(form: str) -> bool:
    """Picket, assembly and rally are notified (art. 10); demonstration and march need approval (art. 12)."""
    return form in NOTIFIED_FORMS


@dataclass(frozen=True)
class Letterhead:
    """The akimat's requisites. The name is always printed in Kazakh and Russian side by side (one blank, two
    languages); ``name_en``/``address_en`` are used only on the unofficial English translation, under the blank.

    ``appeal_route`` is "complaint" (APPK arts 91-92: complaint to the higher body within three months, then court)
    or "court" (no reviewing body above this akimat; APPK art. 136: one month to court).
    """

    name_kk: str
    name_ru: str
    address_kk: str
    address_ru: str
    phone: str
    email: str
    name_en: str = ""
    address_en: str = ""
    department_kk: str = ""
    department_ru: str = ""
    department_en: str = ""
    emblem_path: Path | None = None
    appeal_route: str = "complaint"

    def __post_init__(self) -> None:
        _require(bool(self.name_kk.strip() and self.name_ru.strip()), "letterhead needs the name in kk and ru")
        _require(self.appeal_route in APPEAL_ROUTES, f"appeal_route must be one of {APPEAL_ROUTES}")


@dataclass(frozen=True)
class Addressee:
    """The organizer (a person or a legal entity) and, when one acts, the organizer's representative.

    ``person`` gives a person's name in parts (and the IIN) so the Russian letter can decline it; without it
    ``name`` is read as "surname given patronymic", or kept unchanged when it names an organization."""

    name: str
    address: str
    representative: str = ""
    person: PersonName | None = None

    def __post_init__(self) -> None:
        _require(bool(self.name.strip()), "addressee needs a name")


@dataclass(frozen=True)
class EventDetails:
    """The event as filed: form code, place (or start point), route for moving forms, times, expected numbers."""

    form: str
    place: str
    starts_at: dt.datetime | None
    ends_at: dt.datetime | None
    route: str = ""
    participants: int | None = None

    def __post_init__(self) -> None:
        _require(self.form in FORMS, f"unknown form {self.form!r}; expected one of {FORMS}")
        if self.starts_at is not None and self.ends_at is not None:  # a defective filing may lack them (ground 5)
            _require(self.ends_at > self.starts_at, "the event must end after it starts")
        _require(self.participants is None or self.participants > 0, "participants must be positive")


@dataclass(frozen=True)
class RefusalGround:
    """One ground of refusal and the clerk's written reasons for it (art. 14 p.2: reasoned and motivated).

    ``code`` is 'A14-1'..'A14-10' (art. 14 p.1 sub. 1)-10)), 'A11-3' or 'A13-3' (no consent to a proposal).
    """

    code: str
    reason: str

    def __post_init__(self) -> None:
        _require(bool(_GROUND_RE.match(self.code)), f"unknown ground {self.code!r}; expected one of {GROUND_CODES}")
        _require(bool(self.reason.strip()), f"ground {self.code} needs a written reason (art. 14 p.2)")


@dataclass(frozen=True)
class Signatory:
    """Who signs: the position (in the letter's language, e.g. "Әкімнің орынбасары") and "initials + surname"."""

    position: str
    name: str


@dataclass(frozen=True)
class Executor:
    """The official who drafted the letter; printed in the footer of the last page."""

    name: str
    phone: str


@dataclass(frozen=True)
class EDocumentNote:
    """Printed on a paper copy of an electronic original: the original is electronic, and the signature check
    result (``signature_valid``) with optional ``detail`` (signer, time of the check)."""

    signature_valid: bool
    detail: str = ""


@dataclass(frozen=True)
class Letter:
    """One answer to one filing, in one language.

    ``subject`` may be empty: the standard subject line of ``kind`` is used. ``grounds`` only for "refuse" (at least
    one); ``proposal`` only for "propose" (the letter states the organizer's one working day from receipt, art. 11
    p.3 / 13 p.3, never a date: ``answer_deadline`` is carried for the register only); ``conditions`` are items of
    information the akimat adds (e.g. its representative under art. 8 p.3 subp. 5)), never obligations the law does
    not give; ``remarks`` is a free paragraph by the clerk (for "out_of_scope", why the law does not apply).
    ``review_deadline`` is the last day of the review period (carried for the register; not printed).
    ``draft`` is a preview: no outgoing number or date is printed, and the page says so.
    ``seal`` is the register seal at issue (``chain:position:hash16 ...``), printed at the foot of every page;
    "" for a preview.
    """

    kind: str
    language: str
    letterhead: Letterhead
    outgoing_number: str
    outgoing_date: dt.date
    incoming_number: str
    incoming_date: dt.date
    addressee: Addressee
    event: EventDetails
    signatory: Signatory
    executor: Executor
    subject: str = ""
    grounds: tuple[RefusalGround, ...] = ()
    proposal: str = ""
    answer_deadline: dt.date | None = None
    conditions: tuple[str, ...] = ()
    remarks: str = ""
    review_deadline: dt.date | None = None
    e_document: EDocumentNote | None = None
    draft: bool = False
    seal: str = ""

    def __post_init__(self) -> None:
        _require(self.kind in KINDS, f"unknown letter kind {self.kind!r}; expected one of {KINDS}")
        _require(self.language in LANGUAGES, f"unknown language {self.language!r}; expected one of {LANGUAGES}")
        _require(bool(self.incoming_number.strip()), "the incoming number must not be empty")
        _require(self.draft or bool(self.outgoing_number.strip()), "an issued letter needs its outgoing number")
        _require(self.outgoing_date >= self.incoming_date, "the answer cannot be dated before the filing")
        self._check_kind_fits_form()
        self._check_kind_payload()

    @property
    def is_notification(self) -> bool:
        """True when the filing is a notification (art. 11 applies), False for an application (art. 13)."""
        return is_notification(self.event.form)

    def _check_kind_fits_form(self) -> None:
        if self.kind in NOTIFICATION_ONLY_KINDS:
            _require(self.is_notification, f"{self.kind!r} answers a notification (art. 11), not a {self.event.form}")
        if self.kind in APPLICATION_ONLY_KINDS:
            _require(
                not self.is_notification, f"{self.kind!r} answers an application (art. 13), not a {self.event.form}"
            )

    def _check_kind_payload(self) -> None:
        refusing = self.kind == "refuse"
        _require(refusing == bool(self.grounds), "a refusal needs grounds, and only a refusal has grounds")
        wrong = "A13-3" if self.is_notification else "A11-3"
        _require(all(g.code != wrong for g in self.grounds), f"{wrong} does not apply to a {self.event.form}")
        _require(len({g.code for g in self.grounds}) == len(self.grounds), "each ground may be cited once")
        proposing = self.kind == "propose"
        _require(proposing == bool(self.proposal.strip()), "a proposal letter needs the proposal text (only it)")
        _require(proposing or self.answer_deadline is None, "only a proposal letter has an answer deadline")


@dataclass(frozen=True)
class Receipt:
    """Registration receipt for a paper filing, handed over at the desk (the day of registration is the day of
    filing: art. 10 p.2, art. 12 p.1). ``received_items`` lists what was received, e.g. "notification, 2 pages";
    ``notes`` are extra paragraphs by the clerk (e.g. defects noticed at the desk), printed after the list."""

    language: str
    letterhead: Letterhead
    incoming_number: str
    received_at: dt.datetime
    form: str
    organizer: str
    received_items: tuple[str, ...]
    review_deadline: dt.date
    received_by: Signatory
    notes: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        _require(self.language in LANGUAGES, f"unknown language {self.language!r}")
        _require(self.form in FORMS, f"unknown form {self.form!r}")
        _require(bool(self.incoming_number.strip()), "the receipt needs the incoming number")
        _require(bool(self.received_items), "the receipt must list what was received")
        _require(self.review_deadline >= self.received_at.date(), "the review deadline precedes the receipt")
