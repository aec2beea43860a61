"""The register view: ids in SQL order, full-text search (FTS5 on SQLite, the same answers on PostgreSQL)
kept in sync with corrections, and the Today buckets."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from akimat_desk.services.filings.demo import create_demo_register
from akimat_desk.services.filings.register_view import (
    Bucket,
    RegisterFilter,
    SearchIndexRepair,
    SortKey,
    register_ids,
    register_rows,
    repair_search_index,
    today_dashboard,
)
from akimat_desk.services.filings.registered import correct_filing
from akimat_desk.services.kernel.opening import open_register
from tests.conftest import FIXED_NOW


def _searches(ctx: Any) -> dict[str, list[int]]:
    return {
        word: register_ids(ctx, RegisterFilter(search=word)) for word in ("ГАНДИ", "ким", "01-2026/0007", "ки ганди")
    }


def test_search_finds_words_inside_names_and_numbers_and_follows_corrections(ctx: Any) -> None:
    create_demo_register(ctx, count=30)
    found = _searches(ctx)
    assert found["01-2026/0007"] == [7]
    assert found["ГАНДИ"] and set(found["ки ганди"]) <= set(found["ГАНДИ"])
    first = found["ГАНДИ"][0]
    correct_filing(ctx, first, {"place": "Зеленоглазая площадь"}, "ошибка при вводе")
    assert first not in register_ids(ctx, RegisterFilter(search="ганди"))
    assert register_ids(ctx, RegisterFilter(search="зеленоглаз")) == [first]


def test_sorting_and_filters_are_done_in_sql(ctx: Any) -> None:
    create_demo_register(ctx, count=30)
    by_deadline = register_ids(ctx, RegisterFilter(), SortKey.DEADLINE, descending=False)
    rows = register_rows(ctx, by_deadline)
    dues = [rows[i].review_due for i in by_deadline]
    assert dues == sorted(dues)
    pickets = register_ids(ctx, RegisterFilter(form="picket"))
    assert pickets and all(r.form == "picket" for r in register_rows(ctx, pickets).values())


def test_a_dropped_search_index_is_repaired(ctx: Any) -> None:
    create_demo_register(ctx, count=5)
    with ctx.uow.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER filings_fts_au")
    assert repair_search_index(ctx) == SearchIndexRepair(True)
    assert repair_search_index(ctx) == SearchIndexRepair(False)  # nothing left to repair
    correct_filing(ctx, 1, {"purpose": "Зеленоглазое такси"}, "test")
    assert register_ids(ctx, RegisterFilter(search="зеленоглаз")) == [1]


def test_today_buckets(ctx: Any) -> None:
    create_demo_register(ctx, count=30)
    board = today_dashboard(ctx)
    assert board.buckets[Bucket.OVERDUE] and board.buckets[Bucket.NEXT_DAYS]
    assert all(r.review_due and r.review_due <= board.today for r in board.buckets[Bucket.DUE_TODAY])


@pytest.mark.postgres
def test_the_same_search_on_postgres(postgres_url: str, ctx: Any, tmp_path: Path) -> None:
    create_demo_register(ctx, count=30)
    reg = open_register(postgres_url, None, actor="tester")
    try:
        pg = replace(reg.context, clock=lambda: FIXED_NOW)
        create_demo_register(pg, count=30)
        assert _searches(pg) == _searches(ctx)
    finally:
        reg.close()


@pytest.mark.postgres
def test_postgres_search_index_is_checked_repaired_and_a_refusal_reported(
    postgres_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    from sqlalchemy import create_engine

    from akimat_desk.storage.filings.register_view import TRGM_INDEX, install_search_index

    reg = open_register(postgres_url, None, actor="tester")
    try:
        assert repair_search_index(reg.context) == SearchIndexRepair(False)  # the migration made it
        with reg.context.uow.engine.begin() as conn:
            conn.exec_driver_sql(f"DROP INDEX {TRGM_INDEX}")
        assert repair_search_index(reg.context) == SearchIndexRepair(True)
        with reg.context.uow.engine.begin() as conn:
            conn.exec_driver_sql(f"DROP INDEX {TRGM_INDEX}")
            conn.exec_driver_sql("DROP EXTENSION pg_trgm")
            conn.exec_driver_sql("CREATE ROLE clerk_no_ddl LOGIN")
            conn.exec_driver_sql("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
            conn.exec_driver_sql(f'REVOKE CREATE ON DATABASE "{postgres_url.rsplit("/", 1)[1]}" FROM PUBLIC')
    finally:
        reg.close()
    limited = create_engine(postgres_url.replace("postgres@", "clerk_no_ddl@"))
    try:
        with caplog.at_level("WARNING"), limited.begin() as conn:
            problem = install_search_index(conn)
    finally:
        limited.dispose()
    assert problem is not None and "permission denied" in problem
    assert any(TRGM_INDEX in r.getMessage() and "permission denied" in r.getMessage() for r in caplog.records)


def test_a_nul_or_a_control_character_in_the_search_is_harmless(ctx: Any, postgres_url: str, tmp_path: Path) -> None:
    create_demo_register(ctx, count=30)
    plain = register_ids(ctx, RegisterFilter(search="ганди"))
    assert plain
    for typed in ("ган\x00ди", "\x00ганди", "ганди\x00", "ганди\t\x1b"):
        found = register_ids(ctx, RegisterFilter(search=typed))  # FTS5 refused a NUL: "unterminated string"
        assert set(found) >= set(plain), typed
    assert register_ids(ctx, RegisterFilter(search="\x00")) == register_ids(ctx, RegisterFilter())
    reg = open_register(postgres_url, None)
    try:
        pg = replace(reg.context, clock=lambda: FIXED_NOW)
        create_demo_register(pg, count=30)
        assert register_ids(pg, RegisterFilter(search="ганди\x00")) == register_ids(pg, RegisterFilter(search="ганди"))
    finally:
        reg.close()
