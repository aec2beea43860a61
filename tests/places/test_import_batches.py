"""The import writes its rows by batches within one transaction: numbers per year in order of receipt across
batches, the history chained and replayable, one review deadline each, and a failure in a later batch writes
nothing. While it writes, SQLite's page cache is bounded (the import's memory), and restored after."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from akimat_desk.services.deadlines.countdowns import filing_clock
from akimat_desk.services.filings.registered import get_filing
from akimat_desk.services.kernel.context import ServiceContext
from akimat_desk.services.office.audit import verify_history
from akimat_desk.services.reports import legacy_import
from akimat_desk.services.reports.legacy_import import commit_import, prepare_import, read_journal
from akimat_desk.storage.kernel.engine import BULK_PAGE_CACHE_KIB, PAGE_CACHE_KIB
from tests.places.test_import import total, xlsx


def _row(n: int, received: date) -> list[object]:
    return [str(n), received, time(9 + n % 8, n % 60), "пикет", f"Ким Виктор {n}", "", "", "", "", "", "", "", "", ""]


# Receipts out of order and over two years: numbering sorts them by receipt, each year from 1.
DAYS = [date(2026, 1, 12), date(2025, 11, 3), date(2026, 1, 5), date(2025, 11, 4), date(2025, 12, 1)]
ROWS = [_row(n, day) for n, day in enumerate(DAYS * 2, start=1)]


def test_rows_in_several_batches_are_numbered_chained_and_dated_as_in_one(
    ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(legacy_import, "COMMIT_BATCH", 3)
    plan = prepare_import(ctx, read_journal(xlsx(tmp_path / "j.xlsx", ROWS)), None, "en")
    result = commit_import(ctx, plan)
    assert result.numbers == tuple(f"01-2025/{i:04d}" for i in range(1, 7)) + tuple(
        f"01-2026/{i:04d}" for i in range(1, 5)
    )
    received = [get_filing(ctx, number).received_at for number in result.numbers]
    assert received == sorted(received)  # in order of receipt across the batches
    legacy = {get_filing(ctx, n).history[0].changes["legacy_number"] for n in result.numbers}
    assert legacy == {str(n) for n in range(1, 11)}  # every row once
    for number in result.numbers:
        assert [d.kind for d in filing_clock(ctx, get_filing(ctx, number)).deadlines] == ["review"]
    assert verify_history(ctx).intact  # chained in order over the batches; every snapshot replays to its row


def test_a_failure_in_a_later_batch_writes_nothing(
    ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(legacy_import, "COMMIT_BATCH", 3)
    plan = prepare_import(ctx, read_journal(xlsx(tmp_path / "j.xlsx", ROWS)), None, "en")
    from akimat_desk.storage.deadlines.repositories import DeadlineRepository

    original = DeadlineRepository.add_many
    calls: list[int] = []

    def third_fails(self: DeadlineRepository, deadlines: object) -> None:
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("disk full")
        original(self, deadlines)  # type: ignore[arg-type]

    monkeypatch.setattr(DeadlineRepository, "add_many", third_fails)
    with pytest.raises(RuntimeError):
        commit_import(ctx, plan)
    assert len(calls) == 3 and total(ctx) == 0


def test_the_page_cache_is_bounded_while_the_import_writes_and_restored_after(ctx: ServiceContext) -> None:
    def cache_size(uow: object) -> int:
        session = uow._session  # type: ignore[attr-defined]
        return int(session.connection().exec_driver_sql("PRAGMA cache_size").scalar())

    with ctx.uow(write=True) as uow:
        assert cache_size(uow) == -PAGE_CACHE_KIB
        with uow.bulk_write():
            assert cache_size(uow) == -BULK_PAGE_CACHE_KIB
        assert cache_size(uow) == -PAGE_CACHE_KIB
        with pytest.raises(ValueError, match="a failed import"), uow.bulk_write():
            raise ValueError("a failed import")
        assert cache_size(uow) == -PAGE_CACHE_KIB
