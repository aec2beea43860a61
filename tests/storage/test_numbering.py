"""Incoming numbers: per akimat and year, configurable, gap-free, never reused, safe across processes."""

from __future__ import annotations

import json
import multiprocessing
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from akimat_desk.domain.errors import InvalidInput
from akimat_desk.services.filings.demo import sample_filing
from akimat_desk.services.filings.registered import list_filings
from akimat_desk.services.filings.registration import register_filing
from akimat_desk.services.kernel.opening import open_register
from akimat_desk.services.office.settings import update_settings, validate_number_format
from akimat_desk.storage.filings.values import FilingQuery
from tests.conftest import EXAMPLES, register_on_receipt


def _register_many(db: str, count: int, start: Any, queue: Any) -> None:
    reg = open_register(Path(db), None, actor="worker")
    start.wait()
    numbers = [register_filing(reg.context, sample_filing(i)).filing.incoming_number for i in range(count)]
    reg.close()
    queue.put(numbers)


def test_two_processes_registering_at_once_get_unique_gap_free_numbers(tmp_path: Path) -> None:
    db = tmp_path / "register.db"
    open_register(db, None).close()
    mp = multiprocessing.get_context("spawn")
    start, queue = mp.Event(), mp.Queue()
    workers = [mp.Process(target=_register_many, args=(str(db), 25, start, queue)) for _ in range(2)]
    for w in workers:
        w.start()
    start.set()
    results = [queue.get(timeout=120) for _ in workers]
    for w in workers:
        w.join(timeout=60)
        assert w.exitcode == 0
    numbers = results[0] + results[1]
    assert len(set(numbers)) == 50
    assert sorted(numbers) == [f"01-2026/{n:04d}" for n in range(1, 51)]
    assert all(a < b for a, b in zip(results[0], results[0][1:], strict=False))  # each process saw them increase


def test_numbers_restart_each_year_and_format_is_configurable(ctx: Any) -> None:
    data = json.loads((EXAMPLES / "picket.json").read_text("utf-8"))
    first = register_filing(ctx, data).filing
    assert first.incoming_number == "01-2026/0001"
    update_settings(ctx.uow, akimat_code="07", number_format="ВХ-{akimat}/{year}-{seq:05d}")
    ctx2 = replace(ctx, settings=replace(ctx.settings, akimat_code="07", number_format="ВХ-{akimat}/{year}-{seq:05d}"))
    assert register_filing(ctx2, data).filing.incoming_number == "ВХ-07/2026-00001"
    next_year = dict(data, received_at="2027-01-05T10:00:00+05:00")
    assert register_on_receipt(ctx2, next_year).filing.incoming_number == "ВХ-07/2027-00001"
    assert register_filing(ctx, data).filing.incoming_number == "01-2026/0002"


def test_a_refused_registration_does_not_use_up_a_number(ctx: Any) -> None:
    data = json.loads((EXAMPLES / "picket.json").read_text("utf-8"))
    register_filing(ctx, data)
    with pytest.raises(InvalidInput):
        register_filing(ctx, dict(data, form="parade"))
    assert register_filing(ctx, data).filing.incoming_number == "01-2026/0002"
    assert len(list_filings(ctx, FilingQuery())) == 2


@pytest.mark.parametrize("fmt", ["{akimat}-{year}", "{seq}-{month}", "{seq:zz}", "{", "plain"])
def test_formats_that_could_repeat_numbers_are_refused(fmt: str) -> None:
    with pytest.raises(InvalidInput) as info:
        validate_number_format(fmt)
    assert info.value.code == "number_format_invalid"
