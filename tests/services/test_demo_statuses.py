"""The demo register's statuses never contradict each other (issue 22 item 5): a refusal is a decision record
whose ground is true of the filing, every decision's letter is issued and handed over, a proposal is handed over
so the organizer's one working day to answer is shown, and every e-filing carries its signed document."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from akimat_desk.domain.deadlines import CountdownState, DeadlineKind
from akimat_desk.domain.filing import EventAction
from akimat_desk.services.deadlines import filing_clock
from akimat_desk.services.deadlines.legal_clock import due_report
from akimat_desk.services.decisions import letters_of
from akimat_desk.services.esign.verification import verification_history
from akimat_desk.services.filings import create_demo_register
from akimat_desk.services.filings.attachments import list_attachments
from akimat_desk.services.filings.registered import get_filing
from akimat_desk.services.kernel.opening import open_register
from akimat_desk.services.office.settings import update_settings
from tests.settings.letterhead import LETTERHEAD

NOW = datetime(2026, 12, 2, 6, 0, tzinfo=UTC)  # 11:00 in Almaty
COUNT = 30


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, list[Any]]]:
    home = tmp_path_factory.mktemp("demo")
    reg = open_register(Path(home) / "register.db", Path(home) / "backups", actor="tester")
    ctx = replace(reg.context, clock=lambda: NOW)
    ctx = replace(ctx, settings=update_settings(ctx.uow, **LETTERHEAD))
    create_demo_register(ctx, COUNT)
    yield ctx, [get_filing(ctx, i) for i in range(1, COUNT + 1)]
    reg.close()


def _decisions(filing: Any) -> list[dict[str, Any]]:
    return [e.changes["decision"] for e in filing.history if e.action is EventAction.DECIDED]


def test_every_decided_filing_has_its_decision_and_its_letter_handed_over(demo: tuple[Any, list[Any]]) -> None:
    ctx, filings = demo
    decided = [f for f in filings if f.status == "decided"]
    assert decided
    for f in decided:
        assert _decisions(f), f.incoming_number
        assert letters_of(ctx, f.id), f"{f.incoming_number}: decided without a letter"
        assert any(e.action is EventAction.DISPATCHED for e in f.history), f.incoming_number
    assert not [i for i in due_report(ctx).overdue if i.status == "decided"], "a decided demo filing owes its letter"


def test_a_refusal_cites_a_ground_that_is_true_of_the_filing(demo: tuple[Any, list[Any]]) -> None:
    _ctx, filings = demo
    refused = [f for f in filings if f.outcome == "refused"]
    assert refused
    for f in refused:
        [decision] = _decisions(f)
        assert decision["grounds"] == ["A14-5"]
        assert "purpose_missing" in {d.code for d in f.defects}, f"{f.incoming_number}: refused though complete"


def test_a_proposal_shows_the_organizers_day_to_answer(demo: tuple[Any, list[Any]]) -> None:
    ctx, filings = demo
    proposals = [f for f in filings if f.status == "proposal_sent"]
    assert proposals
    due = {i.id: i for i in due_report(ctx).all_items()}
    for f in proposals:
        countdown = filing_clock(ctx, f).countdown
        assert countdown is not None and countdown.deadline.kind is DeadlineKind.PROPOSAL_ANSWER
        assert countdown.state is not CountdownState.SILENCE_MEANS_CONSENT  # never "held as notified"
        assert due[f.id].next_due == countdown.deadline.day


def test_every_e_filing_carries_its_signed_document_and_a_verdict(demo: tuple[Any, list[Any]]) -> None:
    ctx, filings = demo
    e_filings = [f for f in filings if f.channel == "e_document"]
    assert len(e_filings) == COUNT // 5
    for f in e_filings:
        kinds = {a.kind for a in list_attachments(ctx, f.id)}
        assert {"original_e_document", "signed_content"} <= kinds, f.incoming_number
        [verdict] = verification_history(ctx, f.id)
        assert verdict.verdict == "chain_untrusted"  # signed by the demo's throw-away TEST root, not trusted
        assert f.document["signed"] is True
