"""Use case: run the legal checks (``domain.checks``) on one filing against its place, the place's bookings,
the other filings of the event day and the no-picket zones. Each result is a suggestion with its article.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, tzinfo
from typing import Any

from akimat_desk.domain.checks import CheckResult, FilingFacts, run_all
from akimat_desk.domain.deadlines import compute_filing_deadlines
from akimat_desk.domain.document import parse_document
from akimat_desk.domain.places import Place
from akimat_desk.domain.statuses import Status
from akimat_desk.security.roles import Permission
from akimat_desk.services.filings import load_filing
from akimat_desk.services.kernel.context import ServiceContext
from akimat_desk.services.kernel.messages import cite, message
from akimat_desk.storage.places.repositories import FilingSlot, PlaceRepository
from akimat_desk.storage.reports import StatisticsRepository
from akimat_desk.workdays import KazakhCalendar

_PROPOSAL_STATUSES = {
    Status.PROPOSAL_SENT,
    Status.PROPOSAL_ACCEPTED,
    Status.PROPOSAL_DECLINED,
    Status.PROPOSAL_UNANSWERED,
}


@dataclass(frozen=True, slots=True)
class FilingChecks:
    filing_id: int
    incoming_number: str
    place: Place | None
    results: tuple[CheckResult, ...]


def state_of(slot: FilingSlot) -> str:
    """The status, or ``refused`` / ``out_of_scope`` for a filing decided so."""
    if slot.status == Status.DECIDED and slot.outcome in ("refused", "out_of_scope"):
        return slot.outcome
    return slot.status


def facts_of(
    slot: FilingSlot, tz: tzinfo, cal: KazakhCalendar | None = None, reading: Any = None, proposal_made: bool = False
) -> FilingFacts:
    """Plain facts of a filing for the checks; timeliness only when a calendar is given."""
    sound = parse_document(slot.document, tz).sound_equipment
    in_time, last_day = None, None
    if cal is not None and slot.starts_at is not None:
        deadlines = compute_filing_deadlines(slot.kind, slot.registered_on, cal, slot.starts_at.date(), reading=reading)
        if deadlines.timeliness is not None:
            t = deadlines.timeliness
            in_time = t.in_time
            last_day = t.last_filing_day if t.in_time_a == t.in_time else t.last_filing_day_strict
    return FilingFacts(
        id=slot.id,
        incoming_number=slot.incoming_number,
        number_order=(slot.year, slot.seq),
        received_at=slot.received_at,
        form=slot.form,
        state=state_of(slot),
        place_id=slot.place_id,
        place_text=slot.place_text,
        starts_at=slot.starts_at,
        ends_at=slot.ends_at,
        participants=slot.participants,
        sound_equipment=None if sound is None else sound.used,
        defect_items=tuple(int(d.get("item", 0)) for d in slot.defects),
        defect_codes=tuple(str(d.get("code")) for d in slot.defects),
        filed_in_time=in_time,
        last_filing_day=last_day,
        proposal_made=proposal_made or slot.status in _PROPOSAL_STATUSES,
    )


def run_checks(ctx: ServiceContext, reference: str | int) -> FilingChecks:
    """All checks of the filing, in the order a clerk reads them. Nothing is decided or written."""
    ctx.require(Permission.READ)
    with ctx.uow() as uow:
        record = load_filing(uow, reference)
        repo = uow.repo(PlaceRepository)
        slot = repo.slot(record.id)
        assert slot is not None
        cal = ctx.calendar.get(uow)
        proposed = record.id in uow.repo(StatisticsRepository).proposals_made([record.id])
        facts = facts_of(slot, ctx.settings.tz, cal, ctx.settings.filing_reading, proposed)
        place = repo.place(slot.place_id) if slot.place_id is not None else None
        bookings, others = [], []
        if slot.starts_at is not None:
            day = slot.starts_at.date()
            bookings = repo.bookings(datetime.combine(day, time()), datetime.combine(day, time.max), None)
            others = [facts_of(s, ctx.settings.tz) for s in repo.slots_on_days(day, day) if s.id != record.id]
        zones = repo.zones()
    results = run_all(facts, place, bookings, others, zones)
    return FilingChecks(record.id, record.incoming_number, place, tuple(results))


def article_citation(article: str, lang: str) -> str:
    """ "9.4" -> "art. 9 p.4" / "п. 4 ст. 9 Закона" / "Заңның 9-бабының 4-тармағы"; "1.10" (art. 1 has only
    sub-items) -> "art. 1 sub. 10"."""
    parts = article.split(".")
    if parts[0] == "1" and len(parts) == 2:
        return message("check.definition", lang, sub=parts[1])
    english = f"art. {parts[0]} p.{parts[1]}" + (f" sub. {parts[2]}" if len(parts) > 2 else "")
    return cite(english, lang)


def check_message(result: CheckResult, lang: str) -> str:
    """The check in the clerk's language, ending with its article and, when it is another article, the refusal
    ground it may support."""
    text = message(f"check.{result.code}", lang, **result.params)
    where = article_citation(result.article, lang)
    ground = result.ground.removeprefix("A14-") if result.ground else None
    if ground and result.article != f"14.1.{ground}":
        where += "; " + message("check.ground", lang, ground=ground)
    return f"{text} ({where})"


def check_json(result: CheckResult, lang: str) -> dict[str, Any]:
    """``{"code", "article", "message"}`` plus the suggested ground and the raw parameters."""
    return {
        "code": result.code,
        "article": result.article,
        "message": check_message(result, lang),
        "ground": result.ground,
        "params": dict(result.params),
    }
