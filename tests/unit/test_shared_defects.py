"""Filings with the same defect share one frozen Defect object (a 20,000-row journal holds a few dozen kinds
of defect, not 200,000 copies), and sharing never mixes up what differs between them."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime

from akimat_desk.domain.content import Defect, find_defects
from akimat_desk.domain.document import parse_document


def defects(data: Mapping[str, object]) -> list[Defect]:
    return list(find_defects(parse_document(data, UTC)))


def test_equal_defects_of_two_filings_are_one_object_and_different_ones_are_not() -> None:
    base = {"form": "picket", "received_at": datetime(2025, 11, 3, 5, tzinfo=UTC).isoformat()}
    first = defects({**base, "contacts": {"email": "not-an-email"}})
    second = defects({**base, "contacts": {"email": "not-an-email"}})
    other = defects({**base, "contacts": {"email": "other@"}})
    assert first == second and all(a is b for a, b in zip(first, second, strict=True))
    mail = [d for d in other if d.code == "email_invalid"]
    assert [d.params for d in mail] == [{"value": "other@"}]


def test_a_defect_with_a_list_among_its_params_is_its_own() -> None:
    data = {"form": "demonstration", "received_at": "2025-11-03T10:00:00+05:00", "vehicles": {"count": 2}}
    first = [d for d in defects(data) if d.code == "vehicle_details_missing"]
    second = [d for d in defects(data) if d.code == "vehicle_details_missing"]
    assert first == second and first[0] is not second[0]
    assert first[0].params["missing"] == ["categories", "route_length_km", "start_point", "end_point"]
