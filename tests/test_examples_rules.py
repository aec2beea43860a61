"""The examples are right (issue 15 item 10): one competent body, the city akimat for Almaty (art. 1 subp. 6); the
clerk of the screenshots is no organizer's representative; every event comes after its filing."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from akimat_desk.services.filings.demo import sample_filing
from tests.decisions.conftest import LETTERHEAD

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((REPO / "docs" / "examples").glob("*.json"))


def _starts_after_filing(data: dict[str, Any]) -> bool:
    received = datetime.fromisoformat(data["received_at"])
    starts = datetime.fromisoformat(data["starts_at"])
    return starts.date() > received.date()


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_each_example_event_comes_after_its_filing(path: Path) -> None:
    assert _starts_after_filing(json.loads(path.read_text("utf-8")))


def test_the_demo_register_is_one_almaty_office_with_events_after_filing() -> None:
    for i in range(40):
        data = sample_filing(i)
        assert _starts_after_filing(data), i
        where = data.get("place") or data.get("route") or ""
        assert re.search(r"Алматы", where), (i, where)  # the register of the Almaty city akimat


def test_the_letterhead_of_the_tests_is_the_city_akimat() -> None:
    names = " ".join(LETTERHEAD[f"name_{lang}"] for lang in ("kk", "ru", "en"))
    assert not re.search(r"аудан|район|district", names, re.I), names


def test_the_screenshot_clerk_is_no_representative_of_an_example() -> None:
    representatives = set()
    for path in EXAMPLES:
        rep = json.loads(path.read_text("utf-8")).get("representative") or {}
        if rep.get("surname"):
            representatives.add(f"{rep['surname']} {rep['given_name'][0]}.")
    actors = set()
    for script in (REPO / "scripts").glob("screenshots*.py"):
        actors |= set(re.findall(r'actor=f?"([^"(]+?)\s*(?:\(|")', script.read_text("utf-8")))
    assert actors and not {a.strip() for a in actors} & representatives, (actors, representatives)
