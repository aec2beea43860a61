"""``akimat-desk verify``: exit 0 valid, 1 checked and not valid, 2 unreadable; the register's trust store."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from akimat_desk.signatures.pkcs12 import KeyPair

from .conftest import GOST_CEO, eds, notification, run, signed_notification

ATTACHED = "cms/individual_attached.der"
DETACHED = "cms/individual_detached.der"
DOCUMENT = "cms/individual_document.txt"
GOST2004 = "cms/gost2004_detached_unknown_content.pem.txt"


@pytest.mark.parametrize(
    ("sample", "content", "verdict", "code"),
    [
        (ATTACHED, None, "valid", 0),
        (DETACHED, DOCUMENT, "valid", 0),
        (DETACHED, ATTACHED, "content_mismatch", 1),  # the wrong file chosen as the signed document
        (DETACHED, None, "content_mismatch", 1),  # the signed document not chosen at all
        (GOST2004, None, "content_mismatch", 1),  # its content is not in the data set
    ],
)
def test_every_sample_with_the_test_chain_allowed(
    capsys: Any, verify_home: str, sample: str, content: str | None, verdict: str, code: int
) -> None:
    args = ["--home", verify_home, "verify", str(eds(sample)), "--trust-test", "--json"]
    args += ["--content", str(eds(content))] if content else []
    exit_code, data, _ = run(capsys, *args)
    assert (exit_code, data["verdict"]) == (code, verdict)
    assert data["algorithm"].startswith("GOST")


def test_valid_sample_prints_signer_chain_time_and_revocation(capsys: Any, verify_home: str) -> None:
    code, data, _ = run(capsys, "--home", verify_home, "verify", str(eds(ATTACHED)), "--trust-test", "--json")
    assert code == 0
    signer = data["signer"]
    assert (signer["name"], signer["iin"], signer["bin"], signer["role"]) == (
        "ТЕСТОВ ТЕСТ ТЕСТОВИЧ",
        "123456789011",
        None,
        "individual",
    )
    assert data["signed_at"].startswith("2026-07-20")
    assert data["timestamp"]["tsa"] == "TIME-STAMPING AUTHORITY" and data["timestamp"]["trusted"] is False
    assert data["chain"][-1] == "НЕГІЗГІ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST) TEST 2022"
    assert data["revocation"] == "not_checked"
    assert data["message"].startswith("The signature is valid")
    code, text, _ = run(capsys, "--home", verify_home, "--lang", "kk", "verify", str(eds(ATTACHED)), "--trust-test")
    assert code == 0 and "verdict: valid - Қолтаңба жарамды" in text and "role: individual (жеке тұлға)" in text


def test_without_imported_roots_nothing_is_trusted(capsys: Any, home: str) -> None:
    code, data, _ = run(capsys, "--home", home, "verify", str(eds(ATTACHED)), "--trust-test", "--json")
    assert (code, data["verdict"]) == (1, "chain_untrusted")


def test_at_a_date_after_the_certificate_expired(capsys: Any, verify_home: str) -> None:
    args = ["--home", verify_home, "verify", str(eds(ATTACHED)), "--trust-test", "--json"]
    code, data, _ = run(capsys, *args, "--at", "2027-06-01")
    assert (code, data["verdict"], data["time_basis"]) == (1, "cert_expired", "given")
    code, data, _ = run(capsys, *args, "--at", "2026-12-01")
    assert (code, data["verdict"]) == (0, "valid")
    code, _, err = run(capsys, *args, "--at", "1 June")
    assert code == 2 and "--at" in err


def test_legal_entity_signer_shows_bin_organization_and_role(
    capsys: Any, verify_home: str, tmp_path: Path, key: Callable[[str], KeyPair]
) -> None:
    pair = key(GOST_CEO)
    signed_at = datetime(2025, 2, 3, 9, 0, tzinfo=UTC)
    _, cms = signed_notification(pair, notification("2025-02-03T15:00:00+05:00"), signed_at)
    (tmp_path / "ceo.cms").write_bytes(cms)
    code, data, _ = run(capsys, "--home", verify_home, "verify", str(tmp_path / "ceo.cms"), "--trust-test", "--json")
    assert (code, data["verdict"]) == (0, "valid")
    signer = data["signer"]
    assert (signer["iin"], signer["bin"], signer["organization"]) == ("123456789011", "123456789021", 'АО "ТЕСТ"')
    assert signer["role"] == "first_head" and "legal_entity" in signer["roles"]


@pytest.mark.parametrize("kind", ["random", "truncated", "empty", "text"])
def test_unreadable_files_exit_2(capsys: Any, verify_home: str, tmp_path: Path, kind: str) -> None:
    sample = eds(ATTACHED).read_bytes()
    data = {
        "random": bytes(range(7, 250, 3)) * 5,
        "truncated": sample[:300],
        "empty": b"",
        "text": "Уведомление о пикете".encode(),
    }[kind]
    (tmp_path / "bad.cms").write_bytes(data)
    code, out, _ = run(capsys, "--home", verify_home, "verify", str(tmp_path / "bad.cms"), "--json")
    assert (code, out["verdict"]) == (2, "malformed")


def test_a_missing_file_exits_2(capsys: Any, home: str, tmp_path: Path) -> None:
    code, _, err = run(capsys, "--home", home, "verify", str(tmp_path / "nowhere.cms"))
    assert code == 2 and "nowhere.cms" in err
