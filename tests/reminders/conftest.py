"""An office with its letterhead set, and helpers to register filings and move a fake clock."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

from akimat_desk.services.office.settings import update_settings
from tests.conftest import EXAMPLES, register_on_receipt
from tests.decisions.conftest import LETTERHEAD


@pytest.fixture
def office(ctx: Any) -> Any:
    return replace(ctx, settings=update_settings(ctx.uow, **LETTERHEAD))


def file_one(
    office: Any, name: str = "rally", received: str = "2026-11-16T10:00:00+05:00", event: str = "2026-12-10"
) -> Any:
    """Register the example ``name`` received at ``received`` for an event on ``event`` 11:00-13:00."""
    data = json.loads((EXAMPLES / f"{name}.json").read_text("utf-8"))
    data["received_at"] = received
    data["starts_at"], data["ends_at"] = f"{event}T11:00:00", f"{event}T13:00:00"
    return register_on_receipt(office, data).filing


def at(office: Any, y: int, m: int, d: int, h: int = 6, mi: int = 0) -> Any:
    """The office seen at the UTC instant y-m-d h:mi (Almaty is UTC+5)."""
    return replace(office, clock=lambda: datetime(y, m, d, h, mi, tzinfo=UTC))


from tests.ui.conftest import state, switcher  # noqa: E402, F401  (window fixtures for the GUI tests here)
