"""Issue 16 item 2: every outgoing letter and every printed journal page carries the register seal of the
moment it was issued (in the letter's own language), and the seal is appended to the anchors file beside the
register, so a rollback is found against the paper too."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from pypdf import PdfReader

from akimat_desk.domain.decisions import DecisionKind, DecisionRequest
from akimat_desk.services.decisions.outgoing import issue_letter, issue_letters
from akimat_desk.services.decisions.workflow import decide
from akimat_desk.services.filings.registration import register_filing
from akimat_desk.services.office.audit import issue_seal, verify_history
from akimat_desk.services.office.settings import update_settings
from akimat_desk.services.reports.journal import build_journal, write_journal
from tests.conftest import FIXED_NOW
from tests.decisions.conftest import LETTERHEAD
from tests.intruder import drop_guards
from tests.security.test_tamper_evidence import PICKET

LABELS = {"kk": "Журнал мөрі: ", "ru": "Печать журнала: ", "en": "Register seal: "}


def _ctx(reg: Any) -> Any:
    ctx = replace(reg.context, clock=lambda: FIXED_NOW)
    return replace(ctx, settings=update_settings(ctx.uow, **LETTERHEAD))


def _pages(pdf: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def _anchors(reg: Any) -> list[dict[str, Any]]:
    text = Path(str(reg.engine.url.database) + ".anchors").read_text("utf-8")
    return [json.loads(line) for line in text.splitlines()]


def _printed(heads: dict[str, list[Any]]) -> str:
    return " ".join(f"{chain}:{seq}:{prefix}" for chain, (seq, prefix) in sorted(heads.items()))


def test_a_letter_carries_the_seal_of_its_issue_in_its_language_and_the_anchors_file(register: Any) -> None:
    ctx = _ctx(register)
    record = register_filing(ctx, PICKET).filing
    decide(ctx, record.id, DecisionRequest(DecisionKind.INFORM))
    seal, _ = issue_seal(ctx, "seal")
    issued = issue_letter(ctx, record.id, "ru")
    pages = _pages(issued.pdf)
    assert all(LABELS["ru"] + seal in page for page in pages), pages[-1]
    last = _anchors(register)[-1]
    assert last["source"] == f"letter {issued.letter.outgoing_number} ru" and _printed(last["heads"]) == seal
    assert issue_letter(ctx, record.id, "ru").pdf == issued.pdf  # asked again: the same bytes
    both = issue_letters(ctx, record.id, ["ru", "kk", "en"])
    assert issue_letters(ctx, record.id, ["ru", "kk", "en"]) == both  # the same letters, the same bytes
    printed = _pages(both)
    for lang in ("kk", "en"):
        lines = [a for a in _anchors(register) if a["source"] == f"letter {issued.letter.outgoing_number} {lang}"]
        assert len(lines) == 1
        assert any(LABELS[lang] + _printed(lines[0]["heads"]) in page for page in printed)
    assert any(LABELS["ru"] + seal in page for page in printed)
    assert verify_history(ctx).intact


def test_every_journal_page_carries_the_seal_and_a_cut_behind_it_is_a_rollback(register: Any, tmp_path: Path) -> None:
    ctx = _ctx(register)
    for _ in range(45):  # more than one landscape page of lines
        register_filing(ctx, PICKET)
    seal, _ = issue_seal(ctx, "seal")
    journal = build_journal(ctx, date(2026, 1, 1), date(2026, 12, 31), "kk")
    assert journal.seal == seal
    write_journal(journal, "kk", pdf=tmp_path / "journal.pdf")
    pages = _pages((tmp_path / "journal.pdf").read_bytes())
    assert len(pages) > 1 and all(LABELS["kk"] + seal in page for page in pages)
    last = _anchors(register)[-1]
    assert last["source"] == "journal 2026-01-01..2026-12-31" and _printed(last["heads"]) == seal
    position = int(seal.split("filing_events:")[1].split(":")[0])
    with register.engine.begin() as conn:
        drop_guards(conn)
        conn.execute(sa.text(f"DELETE FROM filing_events WHERE chain_seq = {position}"))
        conn.execute(
            sa.text(
                "UPDATE audit_heads SET last_seq = last_seq - 1, last_hash = (SELECT entry_hash FROM "
                f"filing_events WHERE chain_seq = {position - 1}) WHERE chain = 'filing_events'"
            )
        )
    found = verify_history(ctx).first_break
    assert found is not None and (found.kind, found.field) == ("rollback", last["source"])
