"""Ten clerks registering at the same moment, in ten processes, on SQLite and on PostgreSQL: the incoming
numbers are unique and gapless and the history chain stays one intact line."""

from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Any

from akimat_desk.services.filings.demo import sample_filing
from akimat_desk.services.filings.registered import list_filings
from akimat_desk.services.filings.registration import register_filing
from akimat_desk.services.kernel.opening import open_register
from akimat_desk.services.office.audit import verify_history
from akimat_desk.storage.filings.values import FilingQuery

CLERKS, EACH = 10, 5


def _clerk(database: str, index: int, start: Any, queue: Any) -> None:
    try:
        reg = open_register(database if "://" in database else Path(database), None, actor=f"clerk{index}")
        start.wait(60)
        numbers = [
            register_filing(reg.context, sample_filing(index * 100 + i)).filing.incoming_number for i in range(EACH)
        ]
        reg.close()
        queue.put(numbers)
    except BaseException as exc:  # report, so that the test fails with the reason instead of a timeout
        queue.put(repr(exc))


def test_ten_processes_register_at_once_with_unique_gapless_numbers(database: str) -> None:
    open_register(database, None).close()  # migrated once, before the clerks arrive
    mp = multiprocessing.get_context("fork")
    start, queue = mp.Event(), mp.Queue()
    clerks = [mp.Process(target=_clerk, args=(database, k, start, queue)) for k in range(CLERKS)]
    for clerk in clerks:
        clerk.start()
    start.set()
    results = [queue.get(timeout=240) for _ in clerks]
    for clerk in clerks:
        clerk.join(timeout=60)
    assert all(isinstance(r, list) for r in results), results
    numbers = [n for r in results for n in r]
    assert sorted(numbers) == [f"01-2026/{n:04d}" for n in range(1, CLERKS * EACH + 1)]
    assert all(r == sorted(r) for r in results)  # each clerk saw its numbers increase
    reg = open_register(database, None)
    try:
        assert len(list_filings(reg.context, FilingQuery())) == CLERKS * EACH  # everyone sees everyone's filings
        report = verify_history(reg.context)
        assert report.intact and report.chains[0].entries == CLERKS * EACH
    finally:
        reg.close()
