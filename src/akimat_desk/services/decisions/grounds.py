"""The refusal grounds offered for a filing, each with its article, whether it may be used now, and a
suggested reason built from the register's facts (the clerk writes the final reason)."""

from __future__ import annotations

from dataclasses import dataclass

from akimat_desk.domain.decisions import Ground, after_proposal_ground, ground_rule
from akimat_desk.domain.statuses import Status
from akimat_desk.security.roles import Permission
from akimat_desk.services.deadlines import filing_clock
from akimat_desk.services.filings import get_filing
from akimat_desk.services.kernel.context import ServiceContext
from akimat_desk.services.kernel.messages import defect_message, message

_NOT_ACCEPTED = (Status.PROPOSAL_DECLINED, Status.PROPOSAL_UNANSWERED)


@dataclass(frozen=True, slots=True)
class GroundOffer:
    ground: Ground
    article: str
    available: bool
    suggestion: str
    note: str


def ground_offers(ctx: ServiceContext, reference: str | int, lang: str) -> list[GroundOffer]:
    """Every ground that applies to the filing's kind: ground 4) with the computed dates, ground 5) with
    the defective items, ground 10) and art. 11 p.3 / 13 p.3 only after a proposal not accepted."""
    ctx.require(Permission.READ)
    record = get_filing(ctx, reference)
    clock = filing_clock(ctx, record)
    own = after_proposal_ground(record.kind)
    not_accepted = record.status in _NOT_ACCEPTED
    offers = []
    for ground in Ground:
        if ground in (Ground.A11_3, Ground.A13_3) and ground is not own:
            continue
        available = not_accepted or ground not in (own, Ground.A14_10)
        suggestion, note = "", ""
        if ground is Ground.A14_4 and clock.timeliness and clock.timeliness.timeliness:
            t = clock.timeliness.timeliness
            suggestion = message(
                "ground.suggest_4",
                lang,
                registered=record.registered_on.isoformat(),
                last=t.last_filing_day.isoformat(),
                event=str(clock.event_day),
            )
            note = "" if not t.in_time else message("ground.note_in_time", lang)
        elif ground is Ground.A14_5:
            suggestion = " ".join(defect_message(d, lang) for d in record.defects)
            note = "" if record.defects else message("ground.note_no_defects", lang)
        elif ground is Ground.A14_10 and not available:
            note = message("ground.note_10", lang)
        elif ground is own and not available:
            note = message("ground.note_p3", lang)
        offers.append(GroundOffer(ground, ground_rule(ground), available, suggestion, note))
    return offers
