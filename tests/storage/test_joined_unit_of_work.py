"""A unit of work joined to an open one: the use cases run inside commit nothing on their own; only the outer
unit commits (or, leaving without commit, rolls everything back)."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest

from akimat_desk.services.filings.registered import count_filings
from akimat_desk.services.filings.registration import register_filing
from akimat_desk.storage.filings.repositories import FilingQuery
from tests.conftest import EXAMPLES


def _picket() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXAMPLES / "picket.json").read_text("utf-8"))
    return data


def test_work_in_a_joined_unit_is_rolled_back_with_its_outer_unit(ctx: Any) -> None:
    with ctx.uow(write=True) as outer:
        register_filing(replace(ctx, uow=outer.joined()), _picket())
        assert outer.filings.change_stamp()[0] >= 1  # visible inside the transaction
    assert count_filings(ctx, FilingQuery()) == 0


def test_work_in_a_joined_unit_is_kept_when_the_outer_unit_commits(ctx: Any) -> None:
    with ctx.uow(write=True) as outer:
        register_filing(replace(ctx, uow=outer.joined()), _picket())
        register_filing(replace(ctx, uow=outer.joined()), _picket())
        outer.commit()
    assert count_filings(ctx, FilingQuery()) == 2


def test_only_an_open_unit_can_be_joined(ctx: Any) -> None:
    unit = ctx.uow(write=True)
    with pytest.raises(AssertionError, match="open"), unit.joined()():
        pass
