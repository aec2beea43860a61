"""Import of a legacy journal: mapping with a preview, bad rows reported, nothing written on a dry run or
while rows are refused (unless the clerk imports only the good ones), one transaction, never twice."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest
from openpyxl import Workbook

from akimat_desk.domain.errors import InvalidInput
from akimat_desk.services.deadlines.countdowns import filing_clock
from akimat_desk.services.filings.registered import count_filings, get_filing
from akimat_desk.services.kernel.context import ServiceContext
from akimat_desk.services.reports.legacy_import import commit_import, plan_json, prepare_import, read_journal
from akimat_desk.storage.filings.values import FilingQuery
from tests.legacy_journal import HEADER

GOOD = [
    [
        "12",
        date(2025, 11, 3),
        time(10, 5),
        "Пикет",
        "Иванова Мария Петровна",
        "900101400026",
        "г. Алматы",
        "+7 701 000 00 01",
        "О тарифах",
        "Парк Ганди",
        date(2025, 11, 20),
        time(11),
        time(12),
        1,
    ],
    [
        "13",
        "04.11.2025",
        "15:40",
        "митинг",
        "Сәрсенбаев Ерлан",
        "900101300027",
        "Алматы",
        "",
        "Экология",
        "Площадь у ДК",
        "25.11.2025",
        "10:00",
        "12:00",
        "150",
    ],
    [
        "14",
        "05.11.2025",
        "09:00",
        "шествие",
        "ОО «Жасыл Алматы»",
        "",
        "",
        "",
        "За парки",
        "",
        "26.11.2025",
        "10:00",
        "12:00",
        "300",
    ],
]
BAD = [
    ["15", "06.11.2025", "09:00", "флешмоб", "Ким В.", "", "", "", "", "", "26.11.2025", "10:00", "11:00", "5"],
    ["16", "31.02.2025", "09:00", "митинг", "Ким В.", "", "", "", "", "", "", "", "", ""],
    ["13", "07.11.2025", "09:00", "пикет", "Ким В.", "", "", "", "", "", "", "", "", ""],
]


def xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Журнал регистрации уведомлений, 2025 год"])  # a title above the header is skipped
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def total(ctx: ServiceContext) -> int:
    return count_filings(ctx, FilingQuery())


def test_columns_are_mapped_by_their_russian_headers(ctx: ServiceContext, tmp_path: Path) -> None:
    plan = prepare_import(ctx, read_journal(xlsx(tmp_path / "j.xlsx", GOOD)), None, "ru")
    assert plan.mapping_by_header() == {
        "Вх. №": "legacy_number",
        "Дата поступления": "received_date",
        "Время поступления": "received_time",
        "Форма": "form",
        "ФИО организатора": "organizer",
        "ИИН": "organizer.iin",
        "Адрес": "organizer.address",
        "Телефон": "contacts.phone",
        "Цель": "purpose",
        "Место проведения": "place",
        "Дата проведения": "event_date",
        "Начало": "start_time",
        "Окончание": "end_time",
        "Количество участников": "participants",
    }
    assert [a.row for a in plan.accepted] == [3, 4, 5] and plan.refused == ()
    first = plan.preview[0]
    assert first["form"] == "picket" and first["starts_at"] == "2025-11-20T11:00:00"
    assert first["organizer"] == {
        "type": "person",
        "surname": "Иванова",
        "given_name": "Мария",
        "patronymic": "Петровна",
        "iin": "900101400026",
        "address": "г. Алматы",
    }
    assert plan.preview[2]["organizer"]["type"] == "entity"
    assert total(ctx) == 0  # preparing writes nothing


def test_bad_rows_are_reported_and_nothing_is_written(ctx: ServiceContext, tmp_path: Path) -> None:
    plan = prepare_import(ctx, read_journal(xlsx(tmp_path / "j.xlsx", GOOD + BAD)), None, "en")
    report = {r.row: (r.field, r.code) for r in plan.refused}
    assert report == {
        6: ("form", "form_unknown"),
        7: ("received_date", "import_date_invalid"),
        8: ("legacy_number", "import_duplicate_number"),
    }
    assert "флешмоб" in plan.refused[0].message
    assert plan_json(plan)["accepted"] == 3
    with pytest.raises(InvalidInput) as err:
        commit_import(ctx, plan)
    assert err.value.code == "import_has_refused_rows"
    assert total(ctx) == 0
    result = commit_import(ctx, plan, only_valid=True)
    assert result.imported == 3 and total(ctx) == 3
    assert result.numbers == ("01-2025/0001", "01-2025/0002", "01-2025/0003")  # in order of receipt
    registered = get_filing(ctx, result.numbers[0]).history[0]
    assert registered.changes["legacy_number"] == "12" and registered.changes["imported_from"] == "j.xlsx"
    from akimat_desk.services.filings.registration import register_filing
    from akimat_desk.services.office.audit import verify_history

    register_filing(ctx, {"form": "picket", "received_at": "2025-12-01T10:00:00+05:00"})  # chain goes on after a bulk
    assert verify_history(ctx).intact  # the bulk insert chained the history exactly as one-by-one would
    assert [d.kind for d in filing_clock(ctx, get_filing(ctx, result.numbers[0])).deadlines] == ["review"]
    with pytest.raises(InvalidInput) as again:
        commit_import(ctx, plan, only_valid=True)
    assert again.value.code == "import_already_done" and total(ctx) == 4


def test_one_transaction_a_failure_midway_writes_nothing(
    ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = prepare_import(ctx, read_journal(xlsx(tmp_path / "j.xlsx", GOOD)), None, "en")
    from akimat_desk.storage.deadlines.repositories import DeadlineRepository

    def failing(*args: object) -> None:  # the filings and their history are already inserted by then
        raise RuntimeError("disk full")

    monkeypatch.setattr(DeadlineRepository, "add_many", failing)
    with pytest.raises(RuntimeError):
        commit_import(ctx, plan)
    assert total(ctx) == 0


def test_csv_in_windows_1251_with_semicolons_and_a_mapping_override(ctx: ServiceContext, tmp_path: Path) -> None:
    path = tmp_path / "old.csv"
    lines = [
        "N;Когда;Что;Кто;Где;Дата проведения;Начало;Окончание",
        "1;2025-11-03 10:05;митинг;Петров Андрей;Площадь;2025-11-20;10:00;12:00",
    ]
    path.write_bytes("\r\n".join(lines).encode("cp1251"))
    raw = read_journal(path)
    with pytest.raises(InvalidInput) as err:
        prepare_import(ctx, raw, None, "en")
    assert err.value.field == "--map"
    plan = prepare_import(ctx, raw, "Когда=received_at,Что=form,D=organizer,5=place,N=legacy_number", "en")
    assert plan.refused == () and plan.preview[0]["received_at"].startswith("2025-11-03T10:05")
    commit_import(ctx, plan)
    assert total(ctx) == 1
    with pytest.raises(InvalidInput) as bad:
        prepare_import(ctx, raw, "Нет такого=form", "en")
    assert (bad.value.code, bad.value.field) == ("import_column_unknown", "--map")


def test_received_at_is_read_in_the_office_time_zone(ctx: ServiceContext, tmp_path: Path) -> None:
    rows = [["1", datetime(2025, 11, 3), "10:05", "пикет", "Ким Виктор", "", "", "", "", "", "", "", "", ""]]
    plan = prepare_import(ctx, read_journal(xlsx(tmp_path / "j.xlsx", rows)), None, "en")
    assert plan.preview[0]["received_at"] == "2025-11-03T10:05:00+05:00"


@pytest.mark.postgres
def test_import_on_postgres_numbers_history_deadlines_and_search(postgres_url: str, tmp_path: Path) -> None:
    from dataclasses import replace

    from akimat_desk.services.filings.registered import list_filings
    from akimat_desk.services.filings.registration import register_filing
    from akimat_desk.services.kernel.opening import open_register
    from akimat_desk.services.office.audit import verify_history
    from tests.conftest import FIXED_NOW

    reg = open_register(postgres_url, None)
    try:
        ctx = replace(reg.context, clock=lambda: FIXED_NOW)
        register_filing(ctx, {"form": "picket", "received_at": "2025-11-01T10:00:00+05:00"})  # number 1 is taken
        plan = prepare_import(ctx, read_journal(xlsx(tmp_path / "j.xlsx", GOOD + BAD)), None, "en")
        result = commit_import(ctx, plan, only_valid=True)
        assert result.numbers == ("01-2025/0002", "01-2025/0003", "01-2025/0004")
        first = get_filing(ctx, result.numbers[0])
        assert first.history[0].changes["legacy_number"] == "12" and first.document["form"] == "picket"
        assert [d.kind for d in filing_clock(ctx, first).deadlines] == ["review"]
        assert [f.incoming_number for f in list_filings(ctx, FilingQuery(search="жасыл"))] == ["01-2025/0004"]
        register_filing(ctx, {"form": "picket", "received_at": "2025-12-01T10:00:00+05:00"})
        assert verify_history(ctx).intact and total(ctx) == 5
    finally:
        reg.close()
