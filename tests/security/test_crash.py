"""kill -9 in the middle of registrations, 50 times at random moments: every acknowledged filing is there,
``PRAGMA integrity_check`` is ok, the numbers have no gap and the history chain is intact."""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

import pytest

from akimat_desk.services.filings.demo import sample_filing
from akimat_desk.services.filings.registered import list_filings
from akimat_desk.services.filings.registration import register_filing
from akimat_desk.services.kernel.opening import open_register
from akimat_desk.services.office.audit import verify_history
from akimat_desk.storage.filings.values import FilingQuery
from akimat_desk.storage.kernel.engine import integrity_check

KILLS = 50


def _registering_child(db: Path, ack_fd: int, seed: int) -> None:
    """Register filings until killed; write each number to ``ack_fd`` only after its commit returned."""
    try:
        reg = open_register(db, None, actor="crash")
        os.write(ack_fd, b"ready\n")
        for i in range(10_000):
            number = register_filing(reg.context, sample_filing((seed * 37 + i) % 800)).filing.incoming_number
            os.write(ack_fd, f"{number}\n".encode())
    finally:
        os._exit(0)


def _run_once(db: Path, rng: random.Random, seed: int) -> list[str]:
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(read_fd)
        _registering_child(db, write_fd, seed)
    os.close(write_fd)
    time.sleep(rng.uniform(0.0, 0.6))  # anywhere: while opening, mid-transaction, between commits
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    with os.fdopen(read_fd, "rb") as pipe:
        lines = pipe.read().decode().split()
    return [line for line in lines if line != "ready"]


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_no_acknowledged_filing(tmp_path: Path) -> None:
    db = tmp_path / "register.db"
    open_register(db, None).close()
    rng = random.Random(333)
    acknowledged: list[str] = []
    for k in range(KILLS):
        acknowledged += _run_once(db, rng, k)
    reg = open_register(db, None)
    try:
        assert integrity_check(reg.engine) == "ok"
        stored = sorted(f.incoming_number for f in list_filings(reg.context, FilingQuery()))
        assert set(acknowledged) <= set(stored)
        assert stored == [f"01-2026/{n:04d}" for n in range(1, len(stored) + 1)]  # no gap, none reused
        assert len(stored) - len(acknowledged) <= KILLS  # at most one committed-but-unacknowledged per kill
        report = verify_history(reg.context)
        assert report.intact and report.chains[0].entries == len(stored)
        assert len(acknowledged) > KILLS  # the kills really landed among registrations
    finally:
        reg.close()
