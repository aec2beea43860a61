"""The public board carries no personal data; statistics match a hand-counted set; the journal masks
personal data unless asked; exports open in openpyxl and as PDF."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from akimat_desk.domain.statuses import Outcome, Status
from akimat_desk.services.filings.registered import change_status, withdraw_filing
from akimat_desk.services.kernel.context import ServiceContext
from akimat_desk.services.places import catalogue as svc
from akimat_desk.services.places.occupancy import board_csv, board_html, build_board
from akimat_desk.services.reports.journal import build_journal, mask_email, mask_id, mask_phone, write_journal
from akimat_desk.services.reports.statistics import compute_statistics, write_statistics
from tests.places.conftest import CONTACTS, PERSON, add_decision, filing

MARCH = (date(2026, 3, 1), date(2026, 3, 31))


def personal_strings() -> list[str]:
    return [
        PERSON["surname"],
        PERSON["given_name"],
        PERSON["iin"],
        PERSON["address"],
        "Жетісу",
        CONTACTS["email"],
        CONTACTS["phone"],
        "234 56 78",
        "erlan",
    ]


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_board_shows_events_and_free_time_without_personal_data(ctx: ServiceContext, square: int, lang: str) -> None:
    f = filing(ctx, purpose="Против тарифов", place="Площадь Республики")
    svc.link_place(ctx, f.id, square)
    svc.book_place(
        ctx,
        square,
        {
            "kind": "cultural",
            "title": "Наурыз мейрамы",
            "starts_at": "2026-03-20T15:00",
            "ends_at": "2026-03-20T18:00",
            "expected_participants": "2000",
        },
    )
    board = build_board(ctx, date(2026, 3, 20), date(2026, 3, 21))
    page, table = board_html(board, lang), board_csv(board, lang)
    for text in (page, table):
        for secret in [*personal_strings(), "Против тарифов", f.incoming_number]:
            assert secret not in text, secret
    assert f'<html lang="{lang}">' in page and "<script" not in page and "http" not in page.replace("http-equiv", "")
    rows = list(csv.reader(io.StringIO(table)))
    day = [r for r in rows[1:] if r[2] == "2026-03-20"]
    assert [(r[3], r[4]) for r in day] == [
        ("09:00", "10:00"),
        ("10:00", "12:00"),
        ("12:00", "15:00"),
        ("15:00", "18:00"),
        ("18:00", "20:00"),
    ]
    assert day[1][7] == "50" and day[3][7] == "2000"
    assert [(r[3], r[4]) for r in rows[1:] if r[2] == "2026-03-21"] == [("09:00", "20:00")]


def test_withdrawn_filings_leave_the_board(ctx: ServiceContext, square: int) -> None:
    f = filing(ctx)
    svc.link_place(ctx, f.id, square)
    withdraw_filing(ctx, f.id, "cancelled")
    [day] = build_board(ctx, date(2026, 3, 20), date(2026, 3, 20)).places[0].days
    assert day.events == () and len(day.free) == 1


def hand_counted_set(ctx: ServiceContext, square: int) -> None:
    medeu = svc.add_place(
        ctx,
        {
            "name_kk": "Ганди саябағы",
            "name_ru": "Парк Ганди",
            "district": "Медеу",
            "address": "ул. Ганди",
            "max_occupancy": "300",
            "decision_number": "1",
        },
    ).place.id
    f1 = filing(ctx, form="picket", participants=1, sound_equipment=False)
    f2 = filing(ctx, form="picket", participants=1, sound_equipment=False)
    f3 = filing(ctx, form="rally", received="2026-03-03T10:00:00+05:00")
    f4 = filing(ctx, form="picket", participants=1, sound_equipment=False, received="2026-03-04T10:00:00+05:00")
    f5 = filing(ctx, form="rally", received="2026-03-05T10:00:00+05:00")
    f6 = filing(ctx, form="march", route="Сарыарқа ауданы, Абай даңғылынан алаңға дейін")
    filing(ctx, form="picket", received="2026-02-10T10:00:00+05:00")  # outside the period
    for f, place in ((f1, square), (f2, square), (f3, medeu), (f4, medeu), (f5, square)):
        svc.link_place(ctx, f.id, place)
    change_status(ctx, f1.id, Status.DECIDED, Outcome.INFORMED)
    change_status(ctx, f2.id, Status.DECIDED, Outcome.REFUSED)
    add_decision(ctx, f2.id, "refuse", "refused", ["A14-4"])
    change_status(ctx, f3.id, Status.DECIDED, Outcome.REFUSED)
    add_decision(ctx, f3.id, "refuse", "refused", ["A14-9", "A14-10"])
    withdraw_filing(ctx, f4.id, "organizer cancelled")
    change_status(ctx, f5.id, Status.PROPOSAL_SENT)
    change_status(ctx, f5.id, Status.PROPOSAL_ACCEPTED)
    change_status(ctx, f6.id, Status.DECIDED, Outcome.APPROVED)
    change_status(ctx, f6.id, Status.HELD)


def counts(ctx: ServiceContext, *by: str) -> dict[tuple[str, ...], int]:
    table = compute_statistics(ctx, *MARCH, by)
    return {tuple(r[k] for k in by): r["count"] for r in table.rows}


def test_statistics_against_a_hand_counted_set(ctx: ServiceContext, square: int) -> None:
    hand_counted_set(ctx, square)
    assert compute_statistics(ctx, *MARCH, ["form"]).total == 6
    assert counts(ctx, "form") == {("picket",): 3, ("rally",): 2, ("march",): 1}
    assert counts(ctx, "outcome") == {
        ("informed",): 1,
        ("refused",): 2,
        ("withdrawn",): 1,
        ("proposal_accepted",): 1,
        ("held",): 1,
    }
    assert counts(ctx, "ground") == {("A14-4",): 1, ("A14-9",): 1, ("A14-10",): 1, ("",): 4}
    assert counts(ctx, "district", "form") == {
        ("Есіл", "picket"): 2,
        ("Есіл", "rally"): 1,
        ("Медеу", "picket"): 1,
        ("Медеу", "rally"): 1,
        ("Сарыарқа", "march"): 1,
    }
    assert counts(ctx, "month") == {("2026-03",): 6}
    assert compute_statistics(ctx, date(2026, 2, 1), date(2026, 3, 31), ["month"]).total == 7


def test_statistics_json_shape_and_exports(ctx: ServiceContext, square: int, tmp_path: Path) -> None:
    hand_counted_set(ctx, square)
    table = compute_statistics(ctx, *MARCH, ["district", "form"])
    data = json.loads(json.dumps(table.as_json()))
    assert data["total"] == 6 and all(set(r) == {"district", "form", "count"} for r in data["rows"])
    write_statistics(table, "kk", xlsx=tmp_path / "s.xlsx", pdf=tmp_path / "s.pdf")
    sheet = load_workbook(tmp_path / "s.xlsx").active
    values = [[c.value for c in row] for row in sheet.iter_rows(min_row=3)]
    assert values[0][:4] == ["Аудан \\ Нысаны", "пикеттеу", "митинг", "шеру"]
    assert values[-1] == ["Барлығы", 3, 2, 1, 6]
    assert (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF")


def test_masks() -> None:
    assert mask_id("900101300027") == "90********27"
    assert mask_phone("+7 701 234 56 78") == "+7 *** *** ** 78"
    assert mask_email("erlan.sarsenbaev@example.kz") == "e***@example.kz"


def test_journal_masks_personal_data_unless_asked(ctx: ServiceContext, tmp_path: Path) -> None:
    filing(ctx)
    filing(ctx, received="2026-03-03T09:00:00+05:00")
    masked = build_journal(ctx, *MARCH, "ru")
    assert [r[1] for r in masked.rows] == ["01-2026/0001", "01-2026/0002"]
    write_journal(masked, "ru", pdf=tmp_path / "j.pdf", xlsx=tmp_path / "j.xlsx", csv_path=tmp_path / "j.csv")
    text = (tmp_path / "j.csv").read_text("utf-8-sig")
    assert "Сәрсенбаев" in text and "90********27" in text
    for secret in (PERSON["iin"], "Жетісу", CONTACTS["email"], "234 56"):
        assert secret not in text
    xlsx = " ".join(str(c.value) for row in load_workbook(tmp_path / "j.xlsx").active.iter_rows() for c in row)
    assert PERSON["iin"] not in xlsx and "Жетісу" not in xlsx
    full = build_journal(ctx, *MARCH, "ru", unmask=True)
    assert PERSON["iin"] in full.rows[0] and PERSON["address"] in full.rows[0]
    assert re.search(rb"/Type /Page\b", (tmp_path / "j.pdf").read_bytes())
