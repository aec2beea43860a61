"""``akimat-desk due [--on DATE] [--json]`` (issue 22 item 4), and that it agrees with the Today page on the
demo register."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from akimat_desk.app import main
from akimat_desk.domain.decisions import DecisionKind, DecisionRequest
from akimat_desk.services.decisions.workflow import decide
from akimat_desk.services.filings.demo import create_demo_register
from akimat_desk.services.filings.register_view import Bucket
from akimat_desk.services.kernel.messages import message
from akimat_desk.services.kernel.opening import OpenRegister
from akimat_desk.ui.filings.dashboard_model import DashColumn
from akimat_desk.ui.filings.register_model import ID_ROLE
from akimat_desk.ui.filings.today_page import TodayView
from akimat_desk.ui.state import AppState, GuiState
from akimat_desk.ui.tasks import InlineRunner
from tests.reminders.conftest import at, file_one

EVENING = datetime(2026, 3, 18, 13, 29, tzinfo=UTC)  # 18:29 Almaty: one minute before the office closes


def due(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", f"sqlite:///{db}", "due", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_due_json_lists_overdue_due_and_waiting(
    register: OpenRegister, office: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    overdue = file_one(office, received="2026-11-10T10:00:00+05:00")  # review due Fri 13.11
    today = file_one(office, received="2026-11-13T10:00:00+05:00")  # review due Wed 18.11
    later = file_one(office, "march", received="2026-11-16T10:00:00+05:00")  # application, due 25.11
    proposal = file_one(office, "march", received="2026-11-12T10:00:00+05:00")
    decide(at(office, 2026, 11, 17), proposal.id, DecisionRequest(DecisionKind.PROPOSE, proposal="15:00-17:00"))
    code, out, err = due(capsys, tmp_path / "register.db", "--on", "2026-11-18", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["on"] == "2026-11-18"
    assert [i["id"] for i in data["overdue"]] == [overdue.id]
    assert data["overdue"][0]["next_action"] == "decide" and data["overdue"][0]["next_due"] == "2026-11-13"
    assert [i["id"] for i in data["due"]] == [today.id]
    assert [(i["id"], i["next_action"]) for i in data["waiting"]] == [(proposal.id, "deliver_proposal")]
    assert [i["id"] for i in data["needs_decision"]] == [today.id]  # due today, none by noon (seen at 18:29)
    assert later.id not in {i["id"] for k in ("overdue", "due", "waiting") for i in data[k]}
    code, out, _ = due(capsys, tmp_path / "register.db", "--on", "18.11.2026", "--lang", "ru")
    assert code == 0
    assert "Просрочено (1)" in out and "Принять решение" in out and overdue.incoming_number in out


def test_a_bad_date_is_refused_naming_the_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = due(capsys, tmp_path / "r.db", "--on", "31.02.2026", "--lang", "en")
    assert code == 2 and out == ""
    assert '"--on"' in err and "31.02.2026" in err


def test_due_json_agrees_with_the_today_page_on_the_demo_register(
    register: OpenRegister, tmp_path: Path, capsys: pytest.CaptureFixture[str], qtbot: Any, switcher: Any
) -> None:
    ctx = replace(register.context, clock=lambda: EVENING)
    create_demo_register(ctx, count=60)
    code, out, err = due(capsys, tmp_path / "register.db", "--on", "2026-03-18", "--json")
    assert code == 0, err
    data = json.loads(out)
    view = TodayView(AppState(ctx, InlineRunner(), "en", GuiState(tmp_path / "gui.json")))
    qtbot.addWidget(view)
    view.reload()
    shown = {name: view.model.bucket_ids(name) for name in Bucket.ALL}
    assert sorted(shown[Bucket.OVERDUE]) == sorted(i["id"] for i in data["overdue"])
    assert sorted(shown[Bucket.DUE_TODAY]) == sorted(i["id"] for i in data["due"])
    assert sorted(shown[Bucket.PROPOSALS]) == sorted(i["id"] for i in data["waiting"])
    assert sorted(shown[Bucket.NEEDS_DECISION]) == sorted(i["id"] for i in data["needs_decision"])
    assert data["overdue"] and data["due"] and data["waiting"] and data["needs_decision"]  # the demo has each
    first = data["overdue"][0]
    row = next(r for r in range(view.model.rowCount()) if view.model.index(r, 0).data(ID_ROLE) == first["id"])
    # the next step, in the window's words (the same English as the CLI's catalogue)
    assert view.model.index(row, DashColumn.NEXT).data() == message(f"next_action.{first['next_action']}", "en")


def test_a_proposal_waiting_for_its_answer_is_never_also_overdue(office: Any) -> None:
    """A notification answered by a proposal is waiting for the organizer, not 'overdue, held as notified'."""
    from akimat_desk.services.deadlines.legal_clock import due_report

    record = file_one(office, received="2026-11-10T10:00:00+05:00")  # review due Fri 13.11
    decide(at(office, 2026, 11, 11), record.id, DecisionRequest(DecisionKind.PROPOSE, proposal="15:00-17:00"))
    report = due_report(at(office, 2026, 11, 18, 8))
    assert [i.id for i in report.waiting] == [record.id]
    assert record.id not in {i.id for i in report.overdue + report.due + report.needs_decision}


def test_demo_decisions_are_real_decisions(register: OpenRegister) -> None:
    """Every demo filing in a decided status has its decision recorded (no 'refused' without a decision)."""
    from akimat_desk.services.decisions import answers_json
    from akimat_desk.services.filings.registered import list_filings
    from akimat_desk.storage.filings.repositories import FilingQuery

    ctx = replace(register.context, clock=lambda: EVENING)
    create_demo_register(ctx, count=40)
    decided = [f for f in list_filings(ctx, FilingQuery()) if f.outcome is not None]
    assert decided
    for filing in decided:
        outcomes = [d["outcome"] for d in answers_json(ctx, filing)["decisions"]]
        assert outcomes and outcomes[-1] == filing.outcome, filing.incoming_number
