"""A time of receipt more than a day after the register's clock is refused (issue 21 item 12).

The rule (``services.filings.refuse_future_receipt``) holds wherever a time of receipt enters the register:
registration (the window's dialog, the CLI's ``register``, a scan and an e-filing go through
``register_filing``), a correction of ``received_at`` and the legacy import (the row is refused). Exactly one
day ahead is still accepted (clock skew, the next morning's post stamped ahead); one minute more is not.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from akimat_desk.domain.errors import InvalidInput
from akimat_desk.services.filings.registered import correct_filing, count_filings, get_filing
from akimat_desk.services.filings.registration import register_filing
from akimat_desk.services.kernel.messages import error_message
from akimat_desk.services.reports.legacy_import import commit_import, prepare_import, read_journal
from akimat_desk.storage.filings.values import FilingQuery
from tests.conftest import EXAMPLES, FIXED_NOW, freeze_clock

from .conftest import run, run_json, snapshot

PICKET = json.loads((EXAMPLES / "picket.json").read_text("utf-8"))
NOW = datetime(2026, 5, 12, 6, 30, tzinfo=UTC)  # the CLI's clock in these tests: 11:30 in Almaty
TIME_OF_RECEIPT = {"en": "Time of receipt", "ru": "Время поступления", "kk": "Түскен уақыты"}


def received(moment: datetime) -> dict[str, Any]:
    return {**PICKET, "received_at": moment.isoformat()}


def filing_file(tmp_path: Path, moment: datetime) -> str:
    path = tmp_path / f"filing-{moment:%Y%m%d%H%M}.json"
    path.write_text(json.dumps(received(moment), ensure_ascii=False), "utf-8")
    return str(path)


def total(ctx: Any) -> int:
    return count_filings(ctx, FilingQuery())


def test_exactly_one_day_ahead_is_registered_one_minute_more_is_refused(ctx: Any) -> None:
    with pytest.raises(InvalidInput) as refused:
        register_filing(ctx, received(FIXED_NOW + timedelta(days=1, minutes=1)))
    assert (refused.value.code, refused.value.field) == ("received_at_in_future", "received_at")
    assert total(ctx) == 0  # nothing written, not even a number taken
    record = register_filing(ctx, received(FIXED_NOW + timedelta(days=1))).filing
    assert record.received_at == FIXED_NOW + timedelta(days=1)
    assert record.incoming_number.endswith("/0001")  # the refused attempt used no number


def test_the_rule_reads_the_registers_clock_not_the_computers(ctx: Any) -> None:
    from dataclasses import replace

    ahead = FIXED_NOW + timedelta(days=3)
    with pytest.raises(InvalidInput):
        register_filing(ctx, received(ahead))
    later = replace(ctx, clock=lambda: ahead - timedelta(hours=2))  # two days on, the same receipt is past
    assert register_filing(later, received(ahead)).filing.received_at == ahead


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_message_names_the_field_the_times_and_the_limit(ctx: Any, lang: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        register_filing(ctx, received(datetime(2026, 3, 25, 9, 0, tzinfo=UTC)))
    text = error_message(refused.value, lang)
    assert text.startswith(TIME_OF_RECEIPT[lang]) and "received_at" not in text  # the clerk's words only
    # office time (Asia/Almaty, UTC+5): the receipt, the register's now and the latest accepted minute
    assert "2026-03-25 14:00" in text and "2026-03-18 15:00" in text and "2026-03-19 15:00" in text
    assert "{" not in text


def test_cli_register_refuses_with_exit_2_and_writes_nothing(
    capsys: Any, home: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    freeze_clock(monkeypatch, NOW)
    run_json(capsys, "--home", home, "register", filing_file(tmp_path, NOW - timedelta(hours=1)))
    before = snapshot(home)
    code, out, err = run(
        capsys, "--home", home, "--lang", "ru", "register", filing_file(tmp_path, NOW + timedelta(days=2))
    )
    assert (code, out) == (2, "")
    assert "Время поступления" in err and "received_at" not in err and "2026-05-14 11:30" in err
    assert snapshot(home) == before
    code, _, err = run(capsys, "--home", home, "register", filing_file(tmp_path, NOW + timedelta(days=1)))
    assert code == 0, err


def test_a_correction_cannot_move_the_receipt_into_the_future(ctx: Any) -> None:
    record = register_filing(ctx, received(FIXED_NOW - timedelta(hours=3))).filing
    with pytest.raises(InvalidInput) as refused:
        correct_filing(ctx, record.id, {"received_at": (FIXED_NOW + timedelta(days=1, minutes=1)).isoformat()}, "typo")
    assert refused.value.code == "received_at_in_future"
    unchanged = get_filing(ctx, record.id)
    assert unchanged.received_at == record.received_at and len(unchanged.history) == 1
    corrected = correct_filing(ctx, record.id, {"received_at": (FIXED_NOW + timedelta(days=1)).isoformat()}, "typo")
    assert corrected.filing.received_at == FIXED_NOW + timedelta(days=1)
    # another field corrected later leaves an already accepted receipt alone, whatever the clock says then
    assert (
        correct_filing(ctx, record.id, {"participants": 3}, "clarified").filing.received_at
        == corrected.filing.received_at
    )


def test_cli_correct_refuses_with_exit_2_and_writes_nothing(
    capsys: Any, home: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    freeze_clock(monkeypatch, NOW)
    run_json(capsys, "--home", home, "register", filing_file(tmp_path, NOW - timedelta(hours=1)))
    before = snapshot(home)
    ahead = (NOW + timedelta(days=5)).isoformat()
    code, _, err = run(
        capsys, "--home", home, "--lang", "kk", "correct", "1", "--set", f"received_at={ahead}", "--reason", "қате"
    )
    assert code == 2 and "Түскен уақыты" in err and "received_at" not in err
    assert snapshot(home) == before


JOURNAL = [
    "№;Дата поступления;Время поступления;Форма;ФИО организатора",
    "1;11.05.2026;10:00;пикет;Иванова Мария",
    "2;14.05.2026;09:00;митинг;Ким Виктор",  # three days after the register's clock
    "3;13.05.2026;11:00;шествие;Сейітов Асқар",  # 11:00 Almaty: 30 minutes inside the day ahead
]


def journal(tmp_path: Path) -> Path:
    path = tmp_path / "journal.csv"
    path.write_text("\n".join(JOURNAL), "utf-8")
    return path


def test_the_import_refuses_the_row_received_in_the_future(ctx: Any, tmp_path: Path) -> None:
    from dataclasses import replace

    office = replace(ctx, clock=lambda: NOW)
    plan = prepare_import(office, read_journal(journal(tmp_path)), None, "en")
    assert [(r.row, r.field, r.code) for r in plan.refused] == [(3, "received_at", "received_at_in_future")]
    assert plan.refused[0].message.startswith("Time of receipt") and "2026-05-14 09:00" in plan.refused[0].message
    assert [a.row for a in plan.accepted] == [2, 4]
    assert commit_import(office, plan, only_valid=True).imported == 2 and total(ctx) == 2


def test_cli_import_names_the_row_and_writes_nothing(
    capsys: Any, home: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    freeze_clock(monkeypatch, NOW)
    run_json(capsys, "--home", home, "register", filing_file(tmp_path, NOW - timedelta(hours=1)))
    before = snapshot(home)
    code, out, err = run(capsys, "--home", home, "--lang", "en", "import", str(journal(tmp_path)))
    assert code == 2 and "1 of 3 rows are refused; nothing was imported" in err
    assert "Row 3 refused: Time of receipt" in out and "2026-05-14 09:00" in out
    assert snapshot(home) == before
