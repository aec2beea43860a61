"""Parsing a filing: only non-filings are refused; everything else is kept for the defect list."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from akimat_desk.domain.assemblies import Channel, FilingKind, Form, kind_of
from akimat_desk.domain.document import parse_document
from akimat_desk.domain.errors import InvalidInput
from tests.conftest import EXAMPLES

ALMATY = ZoneInfo("Asia/Almaty")


def minimal(**extra: object) -> dict[str, object]:
    return {"form": "rally", "received_at": "2026-03-18T15:40:00+05:00", **extra}


@pytest.mark.parametrize(
    ("form", "kind"),
    [
        ("picket", "notification"),
        ("assembly", "notification"),
        ("rally", "notification"),
        ("demonstration", "application"),
        ("march", "application"),
    ],
)
def test_each_form_implies_its_kind(form: str, kind: str) -> None:
    assert kind_of(Form(form)) is FilingKind(kind)
    assert parse_document(minimal(form=form), ALMATY).kind is FilingKind(kind)


@pytest.mark.parametrize(
    ("data", "code", "field"),
    [
        ({"received_at": "2026-03-18T15:40:00+05:00"}, "form_missing", "form"),
        (minimal(form="parade"), "form_unknown", "form"),
        ({"form": "picket"}, "received_at_missing", "received_at"),
        (minimal(received_at="yesterday"), "received_at_invalid", "received_at"),
        (minimal(channel="fax"), "channel_unknown", "channel"),
        (minimal(language="de"), "language_unknown", "language"),
    ],
)
def test_non_filings_are_refused_naming_the_field(data: dict[str, object], code: str, field: str) -> None:
    with pytest.raises(InvalidInput) as info:
        parse_document(data, ALMATY)
    assert (info.value.code, info.value.field) == (code, field)


def test_a_bare_filing_with_form_and_receipt_time_is_accepted() -> None:
    doc = parse_document(minimal(), ALMATY)
    assert doc.form is Form.RALLY and doc.channel is Channel.PAPER
    assert doc.received_at == datetime(2026, 3, 18, 10, 40, tzinfo=UTC)


def test_receipt_time_without_offset_is_office_local_time() -> None:
    doc = parse_document(minimal(received_at="2026-03-18T15:40"), ALMATY)
    assert doc.received_at.astimezone(UTC) == datetime(2026, 3, 18, 10, 40, tzinfo=UTC)


def test_form_is_case_insensitive_and_unknown_fields_are_kept() -> None:
    doc = parse_document(minimal(form="  Picket ", note="arrived with a cover letter"), ALMATY)
    assert doc.form is Form.PICKET
    assert doc.unknown_fields == ("note",)


def test_wrong_types_become_invalid_values_not_errors() -> None:
    doc = parse_document(minimal(participants="many", starts_at="soon", filed_on="18/03"), ALMATY)
    assert doc.participants is None and doc.invalid["participants"] == "many"
    assert doc.invalid["starts_at"] == "soon" and doc.invalid["filed_on"] == "18/03"


def test_yes_no_words_in_three_languages() -> None:
    doc = parse_document(minimal(pd_consent="иә", signed="да", structures="жоқ", sound_equipment="нет"), ALMATY)
    assert doc.pd_consent is True and doc.signed is True
    assert doc.structures is not None and doc.structures.used is False
    assert doc.sound_equipment is not None and doc.sound_equipment.used is False


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.json")), ids=lambda p: p.stem)
def test_documented_examples_parse_without_defects(path: object) -> None:
    from akimat_desk.domain.content import find_defects

    data = json.loads(EXAMPLES.joinpath(str(path)).read_text("utf-8"))
    doc = parse_document(data, ALMATY)
    assert doc.form.value == data["form"]
    assert find_defects(doc) == []


def test_dates_outside_any_working_day_calendar_are_typing_errors() -> None:
    with pytest.raises(InvalidInput) as info:
        parse_document(minimal(received_at="9999-12-31T10:00:00+05:00"), ALMATY)
    assert (info.value.code, info.value.field) == ("received_at_out_of_range", "received_at")
    doc = parse_document(minimal(starts_at="9999-01-01T10:00", ends_at="9999-01-01T12:00"), ALMATY)
    assert doc.starts_at is None and doc.invalid["starts_at"] == "9999-01-01T10:00"
