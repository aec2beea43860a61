"""Attachments: copied into the register with their SHA-256, never moved, read back checked."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from akimat_desk.app import main
from akimat_desk.domain.errors import InvalidInput
from akimat_desk.domain.filing import EventAction
from akimat_desk.services.filings.attachments import AttachmentCorrupted, attach_file, list_attachments, read_attachment
from akimat_desk.services.filings.registered import get_filing
from akimat_desk.services.filings.registration import register_filing
from tests.conftest import EXAMPLES
from tests.intruder import drop_guards


def test_a_scan_is_copied_not_moved_and_read_back_identical(ctx: Any, tmp_path: Path) -> None:
    record = register_filing(ctx, json.loads((EXAMPLES / "picket.json").read_text("utf-8"))).filing
    scan = tmp_path / "скан уведомления.pdf"
    content = b"%PDF-1.4\n" + bytes(range(256)) * 40
    scan.write_bytes(content)
    attached = attach_file(ctx, record.id, scan, note="2 pages").attachment
    assert scan.exists() and scan.read_bytes() == content
    assert attached.sha256 == hashlib.sha256(content).hexdigest() and attached.media_type == "application/pdf"
    assert [a.name for a in list_attachments(ctx, record.incoming_number)] == ["скан уведомления.pdf"]
    info, back = read_attachment(ctx, attached.id)
    assert back == content and info.size == len(content)
    last = get_filing(ctx, record.id).history[-1]
    assert last.action is EventAction.ATTACHED and last.changes["attachment"]["sha256"] == attached.sha256


def test_a_damaged_attachment_is_reported(ctx: Any, tmp_path: Path, register: Any) -> None:
    record = register_filing(ctx, json.loads((EXAMPLES / "picket.json").read_text("utf-8"))).filing
    (tmp_path / "a.png").write_bytes(b"\x89PNG original")
    attached = attach_file(ctx, record.id, tmp_path / "a.png").attachment
    with register.engine.begin() as conn:
        drop_guards(conn)  # an intruder who owns the file drops the append-only triggers first
        conn.exec_driver_sql("UPDATE attachments SET content = X'00' WHERE id = ?", (attached.id,))
    with pytest.raises(AttachmentCorrupted):
        read_attachment(ctx, attached.id)


def test_missing_file_is_bad_input(ctx: Any, tmp_path: Path) -> None:
    record = register_filing(ctx, json.loads((EXAMPLES / "picket.json").read_text("utf-8"))).filing
    with pytest.raises(InvalidInput) as info:
        attach_file(ctx, record.id, tmp_path / "nope.pdf")
    assert info.value.code == "file_unreadable"
    assert list_attachments(ctx, record.id) == []


def test_cli_attach_list_save(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    home = str(tmp_path / "home")
    assert main(["--home", home, "register", str(EXAMPLES / "rally.json")]) == 0
    (tmp_path / "scan.jpg").write_bytes(b"\xff\xd8 jpeg bytes")
    capsys.readouterr()
    assert main(["--home", home, "attach", "1", str(tmp_path / "scan.jpg"), "--json"]) == 0
    attached = json.loads(capsys.readouterr().out)[0]
    assert attached["media_type"] == "image/jpeg"
    assert main(["--home", home, "attachment-save", str(attached["id"]), "--out", str(tmp_path / "copy.jpg")]) == 0
    assert (tmp_path / "copy.jpg").read_bytes() == b"\xff\xd8 jpeg bytes"
    assert main(["--home", home, "attachment-save", str(attached["id"]), "--out", str(tmp_path / "copy.jpg")]) == 2
