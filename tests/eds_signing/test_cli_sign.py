"""``akimat-desk training-keys`` and ``sign`` end to end, in-process, on a register in a temporary home."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from akimat_desk.app import main
from tests.conftest import EXAMPLES
from tests.decisions.conftest import LETTERHEAD


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    try:
        return code, json.loads(out), err
    except json.JSONDecodeError:
        return code, out, err


@pytest.fixture
def office_home(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> str:
    """A training register: letterhead, BIN, signatory IIN, TEST roots on, and one filing with its letter."""
    monkeypatch.setenv("AKIMAT_DESK_KEY_PASSWORD", "Train-2026")
    home = str(tmp_path / "home")
    pairs = [f"{k}={v}" for k, v in LETTERHEAD.items()] + ["bin=123456789021", "signatory_iin=880101300123"]
    assert run(capsys, "--home", home, "settings", "set", *pairs)[0] == 0
    assert run(capsys, "--home", home, "trust", "test-roots", "on")[0] == 0
    data = json.loads((EXAMPLES / "rally.json").read_text("utf-8"))
    data["received_at"] = (datetime.now(UTC) - timedelta(hours=2)).isoformat()
    filing = tmp_path / "filing.json"
    filing.write_text(json.dumps(data), "utf-8")
    code, registered, err = run(capsys, "--home", home, "register", str(filing), "--json")
    assert code == 0, err
    number = registered["incoming_number"]
    assert run(capsys, "--home", home, "decide", number, "--outcome", "inform")[0] == 0
    code, _, err = run(capsys, "--home", home, "letter", number, "--out", str(tmp_path / "letter.pdf"))
    assert code == 0, err
    (tmp_path / "number").write_text(number)
    return home


def test_training_keys_then_sign_with_the_p12_signer(office_home: str, tmp_path: Path, capsys: Any) -> None:
    number = (tmp_path / "number").read_text()
    keys = tmp_path / "keys"
    code, made, err = run(
        capsys, "--home", office_home, "training-keys", "--out", str(keys), "--name", "Сейітов Арман Болатұлы", "--json"
    )
    assert code == 0, err
    assert made["bin"] == "123456789021" and (keys / "signatory.p12").stat().st_mode & 0o077 == 0
    # before the training root is imported the signature is refused and nothing is stored
    code, _, err = run(capsys, "--home", office_home, "sign", number, "--signer", "p12", "--key", made["key"])
    assert code == 2 and "(CMS)" in err
    assert run(capsys, "--home", office_home, "trust", "import", made["root"])[0] == 0
    code, signed, err = run(
        capsys, "--home", office_home, "sign", number, "--signer", "p12", "--key", made["key"], "--json"
    )
    assert code == 0, err
    assert signed["verdict"] == "valid" and signed["signer"].startswith("СЕЙІТОВ")
    code, shown, _ = run(capsys, "--home", office_home, "show", number, "--json")
    assert "letter_signed" in json.dumps(shown, ensure_ascii=False)


def test_wrong_password_and_missing_key(office_home: str, tmp_path: Path, capsys: Any, monkeypatch: Any) -> None:
    number = (tmp_path / "number").read_text()
    made = run(capsys, "--home", office_home, "training-keys", "--out", str(tmp_path / "k"), "--json")[1]
    monkeypatch.setenv("AKIMAT_DESK_KEY_PASSWORD", "wrong")
    code, _, err = run(
        capsys, "--home", office_home, "--lang", "ru", "sign", number, "--signer", "p12", "--key", made["key"]
    )
    assert code == 2 and "пароль" in err
    code, _, err = run(capsys, "--home", office_home, "sign", number, "--signer", "p12")
    assert code == 2 and "--key" in err


def test_ncalayer_needs_a_pinned_root(office_home: str, tmp_path: Path, capsys: Any) -> None:
    number = (tmp_path / "number").read_text()
    code, _, err = run(capsys, "--home", office_home, "sign", number)
    assert code == 2 and "trust" in err


def test_letter_copy_check_letter_and_send(office_home: str, tmp_path: Path, capsys: Any) -> None:
    import subprocess

    from .test_mail import Inbox, _free_port

    number = (tmp_path / "number").read_text()
    copy = tmp_path / "copy.pdf"
    assert run(capsys, "--home", office_home, "letter-copy", number, "--out", str(copy))[0] == 0
    subprocess.run(["pdftoppm", "-r", "100", "-png", "-singlefile", str(copy), str(tmp_path / "photo")], check=True)
    code, found, _ = run(capsys, "--home", office_home, "check-letter", str(tmp_path / "photo.png"), "--json")
    assert code == 0 and found["outcome"] == "issued" and found["qr"]["number"]
    code, _, err = run(capsys, "--home", office_home, "check-letter", str(tmp_path / "number"))
    assert code == 2 and "file" in err
    from aiosmtpd.controller import Controller

    inbox, port = Inbox(), _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        settings = ["smtp_host=127.0.0.1", f"smtp_port={port}", "smtp_security=none", "smtp_from=akimat@example.kz"]
        assert run(capsys, "--home", office_home, "settings", "set", *settings)[0] == 0
        code, sent, err = run(capsys, "--home", office_home, "send", number, "--channel", "email", "--json")
    finally:
        controller.stop()
    assert code == 0, err
    assert sent["status"] == "sent" and len(inbox.messages) == 1
    code, _, err = run(
        capsys, "--home", office_home, "send", number, "--channel", "eds", "--out", str(tmp_path / "p.zip")
    )
    assert code == 2 and "sign" in err
