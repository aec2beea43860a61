"""The register's search through ``list_filings`` (what ``akimat-desk list --search`` runs) uses the FTS5 index
and, for one page, walks the index of the time of receipt instead of sorting every hit (issue 17 item 3): its
cost does not grow with the register. The answers are those of the plain ``LIKE`` scan, word for word."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import event

from akimat_desk.services.filings.demo import sample_filing
from akimat_desk.services.filings.registered import list_filings
from akimat_desk.services.filings.registration import register_filing
from akimat_desk.storage.filings.register_view import SEARCH_TRIGGERS
from akimat_desk.storage.filings.values import FilingQuery

SEARCHES = ["сәрсенбаев", "ГАНДИ", "ал", "2026/000", "жасыл алматы", "100%_", "zzz", "", "01-2026/0003"]


@pytest.fixture
def filled(ctx: Any) -> Any:
    for i in range(24):
        register_filing(ctx, sample_filing(i))
    return ctx


def numbers(ctx: Any, search: str, limit: int | None) -> list[str]:
    return [f.incoming_number for f in list_filings(ctx, FilingQuery(search=search, limit=limit))]


def test_the_index_finds_what_the_like_scan_finds_in_the_same_order(filled: Any) -> None:
    with_index = {(s, limit): numbers(filled, s, limit) for s in SEARCHES for limit in (None, 3)}
    assert with_index[("сәрсенбаев", None)] and with_index[("ал", 3)]  # the words do find filings
    with filled.uow.engine.begin() as conn:  # without its triggers the index is not trusted: LIKE scans
        for trigger in SEARCH_TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER {trigger}")
    scanned = {(s, limit): numbers(filled, s, limit) for s in SEARCHES for limit in (None, 3)}
    assert with_index == scanned
    assert all(scanned[(s, 3)] == scanned[(s, None)][:3] for s in SEARCHES)  # a page is the list's head


def plan_of_page(ctx: Any, search: str) -> str:
    """SQLite's query plan of the statement ``list_filings`` runs for one page of ``search`` (registers hold no
    ANALYZE statistics, so the planner judges 24 filings as it judges 100,000)."""
    seen: list[tuple[str, Any]] = []

    def keep(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        if "FROM filings" in statement and "LIMIT" in statement:
            seen.append((statement, parameters))

    event.listen(ctx.uow.engine, "before_cursor_execute", keep)
    try:
        assert numbers(ctx, search, 2)
    finally:
        event.remove(ctx.uow.engine, "before_cursor_execute", keep)
    statement, parameters = seen[-1]
    with ctx.uow.engine.connect() as conn:
        rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
    return "\n".join(str(row[-1]) for row in rows)


def test_one_page_of_a_search_walks_the_received_index_and_sorts_nothing(filled: Any) -> None:
    plan = plan_of_page(filled, "сәрсенбаев")
    assert "filings_fts" in plan  # the FTS5 index answers the word, no LIKE over every row
    assert "USING INDEX ix_filings_received_at" in plan
    assert "TEMP B-TREE" not in plan  # the hits are not all fetched and sorted for a page of them
