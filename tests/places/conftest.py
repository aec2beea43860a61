"""Helpers for the places tests: filings registered with chosen facts, places, decisions as the lead's
workflow stores them."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy.orm import Session

from akimat_desk.domain.filing import FilingRecord
from akimat_desk.services.filings.demo import sample_filing
from akimat_desk.services.filings.registration import register_filing
from akimat_desk.services.kernel.context import ServiceContext
from akimat_desk.services.places import catalogue as svc
from akimat_desk.storage.decisions.orm import DecisionRow

PERSON = {
    "type": "person",
    "surname": "Сәрсенбаев",
    "given_name": "Ерлан",
    "patronymic": "Қайратұлы",
    "iin": "900101300027",
    "address": "Алматы қ., Жетісу к-сі, 77",
}
CONTACTS = {"email": "erlan.sarsenbaev@example.kz", "phone": "+7 701 234 56 78"}


def filing(
    ctx: ServiceContext,
    form: str = "rally",
    received: str = "2026-03-02T10:15:00+05:00",
    starts: str = "2026-03-20T10:00:00",
    ends: str = "2026-03-20T12:00:00",
    **extra: Any,
) -> FilingRecord:
    """Register a filing with every item present (demo filing 0 as the base) and the given facts."""
    data = sample_filing(0)
    data.update(
        form=form,
        received_at=received,
        starts_at=starts,
        ends_at=ends,
        organizer=dict(PERSON),
        contacts=dict(CONTACTS),
        filed_on=received[:10],
    )
    data.setdefault("place", "Площадь Республики")
    if form != "picket":
        data["regulations"] = "утверждён"
        data["participants"] = 50
    if form in ("march", "demonstration"):
        data.pop("place", None)
        data["route"] = "от ул. Абая до пл. Республики"
        data["order_measures"] = "волонтёры"
        data["vehicles"] = (
            False
            if form == "march"
            else {"count": 2, "categories": "B", "route_length_km": 2.0, "start_point": "А", "end_point": "Б"}
        )
    data.update(extra)
    return register_filing(ctx, data).filing


def add_square(ctx: ServiceContext, **over: Any) -> int:
    fields = {
        "name_kk": "Республика алаңы",
        "name_ru": "Площадь Республики",
        "name_en": "Republic Square",
        "district": "Есіл",
        "address": "пр. Республики, 1",
        "max_occupancy": "100",
        "decision_number": "133/16-VIII",
        "decision_date": "2023-12-26",
        **over,
    }
    return svc.add_place(ctx, fields).place.id


class _Raw:
    def __init__(self, session: Session) -> None:
        self.session = session


def add_decision(ctx: ServiceContext, filing_id: int, kind: str, outcome: str | None, grounds: list[str]) -> None:
    """A decision row as the decision workflow stores it (kind refuse/propose/inform..., grounds with reasons)."""
    with ctx.uow(write=True) as uow:
        uow.repo(_Raw).session.add(
            DecisionRow(
                filing_id=filing_id,
                kind=kind,
                outcome=outcome,
                grounds=[{"code": g, "reason": "..."} for g in grounds],
                proposal=None,
                conditions=None,
                remarks=None,
                review_deadline=None,
                late=False,
                decided_at=datetime(2026, 3, 5, tzinfo=UTC),
                decided_by="tester",
            )
        )
        uow.commit()


@pytest.fixture
def square(ctx: ServiceContext) -> int:
    return add_square(ctx)
