"""The same storage code on PostgreSQL: migrations, registration, numbering, search, corrections."""

from __future__ import annotations

import json
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from akimat_desk.domain.statuses import Status
from akimat_desk.services.filings.demo import sample_filing
from akimat_desk.services.filings.registered import correct_filing, list_filings, withdraw_filing
from akimat_desk.services.filings.registration import register_filing
from akimat_desk.services.kernel.opening import open_register
from akimat_desk.storage.filings.values import FilingQuery
from tests.conftest import EXAMPLES, FIXED_NOW

pytestmark = pytest.mark.postgres


def test_register_search_correct_withdraw_on_postgres(postgres_url: str, tmp_path: Path) -> None:
    reg = open_register(postgres_url, tmp_path / "backups")
    try:
        assert reg.migration.backup is None  # a server database is backed up by the server's own tools
        ctx = replace(reg.context, clock=lambda: FIXED_NOW)
        data = json.loads((EXAMPLES / "rally.json").read_text("utf-8"))
        first = register_filing(ctx, data).filing
        second = register_filing(ctx, data).filing
        assert (first.incoming_number, second.incoming_number) == ("01-2026/0001", "01-2026/0002")
        assert first.document == data
        assert len(list_filings(ctx, FilingQuery(search="ганди"))) == 2
        corrected = correct_filing(ctx, first.id, {"participants": 99}, "fix").filing
        assert corrected.history[-1].changes["participants"] == {"old": 150, "new": 99}
        assert withdraw_filing(ctx, second.id, "cancelled").filing.status is Status.WITHDRAWN
    finally:
        reg.close()


def test_concurrent_registrations_on_postgres_are_gap_free(postgres_url: str) -> None:
    open_register(postgres_url, None).close()
    numbers: list[str] = []
    lock = threading.Lock()

    def worker(offset: int) -> None:
        reg = open_register(postgres_url, None)
        try:
            for i in range(15):
                number = register_filing(reg.context, sample_filing(offset + i)).filing.incoming_number
                with lock:
                    numbers.append(number)
        finally:
            reg.close()

    threads = [threading.Thread(target=worker, args=(k * 100,)) for k in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(numbers) == [f"01-2026/{n:04d}" for n in range(1, 46)]
