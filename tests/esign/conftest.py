"""Fixtures for e-signed filings: the NCA RK test data of tests/data/eds/, cached test keys, fresh signed notifications,
and the command line run in-process."""

from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from akimat_desk.app import main
from akimat_desk.signatures.pkcs12 import KeyPair, load_p12
from tests.datafiles import eds_path
from tests.signatures.gost_signing import make_cms

TEST_ROOT_2022 = "ca-test-gost-2022/root_test_gost_2022.cer"
TEST_CA_2022 = "ca-test-gost-2022/nca_gost2022_test.cer"
FULL_CRL = "ca-test-gost-2022/nca_gost2022_test.crl"
DELTA_CRL = "ca-test-gost-2022/nca_gost2022_d_test.crl"
GOST_INDIVIDUAL = "keys-test-gost2015/GOST512_0d79679f360a2da49a631a0b1ac76f76c34b6f24.p12"
GOST_CEO = "keys-test-gost2015/GOST512_10f5125fb9e52f84c42cbad8e451c68f10a5e869.p12"
GOST_REVOKED_CEO = "keys-test-gost2015/GOST512_0860d9665327c26760c213126760a3b73072218d.p12"


def eds(relative: str) -> Path:
    """The path of a file of tests/data/eds/ (fails, never skips, when it is missing)."""
    return eds_path(relative)


@pytest.fixture(scope="session")
def key() -> Callable[[str], KeyPair]:
    cache: dict[str, KeyPair] = {}

    def load(relative: str) -> KeyPair:
        if relative not in cache:
            cache[relative] = load_p12(eds(relative).read_bytes())
        return cache[relative]

    return load


def notification(received_at: str, **fields: Any) -> dict[str, Any]:
    """A picket notification as the organizer would file it (no organizer unless given)."""
    data: dict[str, Any] = {
        "form": "picket",
        "received_at": received_at,
        "language": "ru",
        "contacts": {"email": "test@example.kz", "phone": "+7 701 123 45 67"},
        "purpose": "Выразить мнение о ценах на общественный транспорт",
        "place": "г. Астана, сквер у акимата",
        "starts_at": "2025-03-01T12:00:00",
        "ends_at": "2025-03-01T13:00:00",
        "participants": 1,
        "structures": False,
        "sound_equipment": False,
        "visual_materials": False,
        "pd_consent": True,
        "funding_sources": "Собственные средства",
        "filed_on": received_at[:10],
    }
    return data | fields


def signed_notification(pair: KeyPair, data: dict[str, Any], signed_at: datetime) -> tuple[bytes, bytes]:
    """(the notification's bytes, an attached GOST/RSA CMS over them made with ``pair``)."""
    content = json.dumps(data, ensure_ascii=False, indent=1).encode()
    return content, make_cms(pair, content, signed_at.astimezone(UTC))


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any, str]:
    """``akimat-desk ARGS`` in-process: (exit code, JSON or text printed, stderr)."""
    code = main(list(args))
    out, err = capsys.readouterr()
    try:
        return code, json.loads(out), err
    except json.JSONDecodeError:
        return code, out, err


@pytest.fixture
def home(tmp_path: Path) -> str:
    return str(tmp_path / "home")


@pytest.fixture(scope="session")
def verify_home(tmp_path_factory: pytest.TempPathFactory) -> str:
    """One register shared by read-only tests: the TEST 2022 root and CA imported (TEST roots not allowed)."""
    home = str(tmp_path_factory.mktemp("verify") / "home")
    for path in (TEST_ROOT_2022, TEST_CA_2022):
        with contextlib.redirect_stdout(io.StringIO()):
            assert main(["--home", home, "trust", "import", str(eds(path))]) == 0
    return home


@pytest.fixture
def test_trust_home(home: str, capsys: pytest.CaptureFixture[str]) -> str:
    """A register whose trust store has the TEST 2022 root and CA (TEST roots not yet allowed)."""
    for path in (TEST_ROOT_2022, TEST_CA_2022):
        code, _, err = run(capsys, "--home", home, "trust", "import", str(eds(path)), "--json")
        assert code == 0, err
    return home
