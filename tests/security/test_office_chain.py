"""The office chain (issue 16, item 1): places, no-picket zones, bookings and office settings are chained, and
``audit verify`` replays the chain against the rows and names the first record and field changed behind the
application's back, on SQLite and PostgreSQL; records made before the office chain are "not covered"."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import sqlalchemy as sa

from akimat_desk.services.office.audit import AuditReport, break_message, report_lines, verify_history
from akimat_desk.services.office.settings import update_settings
from akimat_desk.services.places import catalogue as places
from tests.conftest import FIXED_NOW
from tests.intruder import drop_guards

SQUARE = {
    "name_kk": "Республика алаңы",
    "name_ru": "Площадь Республики",
    "name_en": "Republic Square",
    "district": "Есіл",
    "address": "пр. Республики, 1",
    "max_occupancy": "100",
    "decision_number": "133/16-VIII",
    "decision_date": "2023-12-26",
}
CONCERT = {
    "kind": "cultural",
    "title": "Наурыз мейрамы",
    "starts_at": "2026-03-20T15:00",
    "ends_at": "2026-03-20T18:00",
    "expected_participants": "2000",
}


def _office(reg: Any) -> tuple[Any, int, int]:
    """A register whose administrator added a place, updated it, booked it twice, cancelled one booking and
    changed a setting: every kind of office change, through the services."""
    ctx = replace(reg.context, clock=lambda: FIXED_NOW)
    place = places.add_place(ctx, SQUARE).place.id
    places.update_place(ctx, place, SQUARE | {"max_occupancy": "150"})
    kept = places.book_place(ctx, place, CONCERT).booking.id
    cancelled = places.book_place(ctx, place, CONCERT | {"title": "Репетиция"}).booking.id
    places.cancel_booking(ctx, cancelled)
    places.add_zone(
        ctx,
        {"category": "residence", "name_kk": "Ақорда", "name_ru": "Акорда", "name_en": "Akorda", "keywords": "Акорда"},
    )
    update_settings(ctx.uow, akimat_code="02")
    return ctx, place, kept


def _sql(reg: Any, statement: str) -> None:
    with reg.engine.begin() as conn:
        drop_guards(conn)
        conn.execute(sa.text(statement))


def _office_break(report: AuditReport) -> Any:
    office = next(c for c in report.chains if c.chain == "office")
    assert office.first_break is not None, report_lines(report, "en")
    return office.first_break


def test_an_untouched_office_replays_clean(any_register: Any) -> None:
    ctx, _, _ = _office(any_register)
    report = verify_history(ctx)
    assert report.intact, report_lines(report, "en")
    lines = report_lines(report, "en")
    assert any(
        line.startswith("places, no-picket zones, bookings and office settings") and "rows match" in line
        for line in lines
    ), lines


def test_a_place_capacity_updated_in_sql_is_named(any_register: Any) -> None:
    ctx, place, _ = _office(any_register)
    _sql(any_register, f"UPDATE places SET max_occupancy = 5000 WHERE id = {place}")
    found = _office_break(verify_history(ctx))
    assert (found.label, found.field, found.expected, found.found) == (f"place {place}", "max_occupancy", "150", "5000")
    assert "max_occupancy" in break_message(found, "ru") and "5000" in break_message(found, "kk")


def test_a_deleted_booking_is_named(any_register: Any) -> None:
    ctx, _, kept = _office(any_register)
    _sql(any_register, f"DELETE FROM place_bookings WHERE id = {kept}")
    found = _office_break(verify_history(ctx))
    assert (found.label, found.field, found.found) == (f"booking {kept}", "record", "-")


def test_a_cancellation_undone_in_sql_is_named(any_register: Any) -> None:
    ctx, _, kept = _office(any_register)
    _sql(any_register, f"UPDATE place_bookings SET cancelled_at = NULL WHERE id <> {kept}")
    found = _office_break(verify_history(ctx))
    assert found.field == "cancelled_at" and found.found == "-"


def test_a_setting_changed_in_sql_is_named(any_register: Any) -> None:
    ctx, _, _ = _office(any_register)
    with any_register.engine.begin() as conn:
        value = conn.execute(sa.text("SELECT value FROM settings WHERE key = 'office'")).scalar_one()
    office = value if isinstance(value, dict) else __import__("json").loads(value)
    office["akimat_code"] = "09"
    _sql(any_register, "UPDATE settings SET value = '" + __import__("json").dumps(office) + "' WHERE key = 'office'")
    found = _office_break(verify_history(ctx))
    assert (found.label, found.field) == ("setting office", "value")
    assert '"akimat_code": "09"' in found.found or "09" in found.found


def test_records_made_before_the_office_chain_are_not_covered(any_register: Any) -> None:
    ctx, place, _ = _office(any_register)
    _sql(
        any_register, f"DELETE FROM security_events WHERE action LIKE 'office_%' AND subject = 'place:{place}'"
    )  # a place from before the chain: no entry at all
    _sql(any_register, "DELETE FROM audit_heads WHERE chain = 'security_events'")
    report = verify_history(ctx)
    office = next(c for c in report.chains if c.chain == "office")
    assert office.first_break is None and office.uncovered == 1
    assert any("made before the office chain" in line for line in report_lines(report, "en"))
