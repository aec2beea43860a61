"""A bulk registration (legacy import) stores every column, every history event and the search index exactly
as registering the same filings one by one does, on SQLite and on PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from akimat_desk.domain.content import Defect
from akimat_desk.domain.filing import EventAction
from akimat_desk.domain.statuses import Status
from akimat_desk.services.filings.demo import sample_filing
from akimat_desk.services.filings.projection import filing_values
from akimat_desk.services.filings.registered import list_filings
from akimat_desk.services.kernel.context import ServiceContext
from akimat_desk.services.kernel.opening import open_register
from akimat_desk.services.office.audit import verify_history
from akimat_desk.storage.filings.values import FilingQuery, NewEvent, NewFiling
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Almaty")
ODD_DEFECTS = (  # what a key could confuse or a piece could not be reused for
    Defect(8, "vehicle_details_missing", "vehicles", "art. 12 item 8", {"missing": ["count", "categories"]}),
    Defect(6, "participants_invalid", "participants", "art. 10 item 6", {"value": 1}),
    Defect(6, "participants_invalid", "participants", "art. 10 item 6", {"value": True}),
    Defect(6, "participants_invalid", "participants", "art. 10 item 6", {"value": "1"}),
    Defect(3, "iin_checksum", "organizer.iin", "art. 10 item 3", {"value": 'Ә "кавычки" \\ /'}),
    Defect(5, "outside_permitted_hours", "starts_at", "art. 9 p.4", {"opens": "09:00", "closes": "20:00"}),
    Defect(5, "outside_permitted_hours", "starts_at", "art. 9 p.4", {"closes": "20:00", "opens": "09:00"}),
)


def filings(first_seq: int) -> list[NewFiling]:
    items = []
    for k in range(12):
        values, _doc = filing_values(sample_filing(k), TZ, lambda d: d, Status.REGISTERED, None)
        if k % 3 == 0:
            values = replace(values, defects=values.defects + ODD_DEFECTS[k % 4 : k % 4 + 4])
        seq = first_seq + k
        changes: dict[str, Any] = {"imported_from": "журнал.xlsx", "row": k + 2, "legacy_number": str(k)}
        event = NewEvent(FIXED_NOW, "tester", EventAction.REGISTERED, changes, "legacy journal import")
        items.append(NewFiling("01", 2026, seq, f"01-2026/{seq:04d}", values, event))
    return items


class _Raw:
    """The unit's session: the raw text of the JSON columns is the point."""

    def __init__(self, session: Any) -> None:
        self.session = session


def stored(ctx: ServiceContext, seqs: range) -> list[tuple[Any, ...]]:
    """Every column but the id and the number, and the history event but its links, as the database has them."""
    with ctx.uow() as uow:
        found = uow.repo(_Raw).session.execute(
            text(
                "SELECT f.received_at, f.registered_on, f.form, f.kind, f.channel, f.language, f.status, f.outcome,"
                " f.organizer_name, f.purpose, f.place, f.starts_at, f.ends_at, f.participants, f.search_text,"
                " CAST(f.document AS TEXT), CAST(f.defects AS TEXT), f.created_by, f.version, e.seq, e.at,"
                " e.actor, e.action, CAST(e.changes AS TEXT), e.reason FROM filings f"
                " JOIN filing_events e ON e.filing_id = f.id WHERE f.seq BETWEEN :a AND :b ORDER BY f.seq"
            ),
            {"a": seqs.start, "b": seqs.stop - 1},
        )
        return [tuple(r) for r in found]


def check_bulk_equals_one_by_one(ctx: ServiceContext) -> None:
    with ctx.uow(write=True) as uow:
        for item in filings(1):
            uow.filings.add(item.akimat_code, item.year, item.seq, item.number, item.values, "tester", item.event)
        uow.filings.add_many(filings(101), "tester")
        uow.commit()
    one_by_one, bulk = stored(ctx, range(1, 13)), stored(ctx, range(101, 113))
    assert len(bulk) == 12 and bulk == one_by_one
    assert verify_history(ctx).intact
    found = list_filings(ctx, FilingQuery(search="01-2026/0105"))
    assert [f.incoming_number for f in found] == ["01-2026/0105"]  # the search index has the bulk rows


def test_bulk_registration_stores_what_one_by_one_registration_stores(ctx: ServiceContext) -> None:
    check_bulk_equals_one_by_one(ctx)


@pytest.mark.postgres
def test_bulk_registration_stores_what_one_by_one_registration_stores_on_postgres(
    postgres_url: str, tmp_path: Path
) -> None:
    reg = open_register(postgres_url, None)
    try:
        check_bulk_equals_one_by_one(replace(reg.context, clock=lambda: FIXED_NOW))
    finally:
        reg.close()
