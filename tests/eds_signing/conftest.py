"""Fixtures for the signing tests: the NCA test key (from tests/data), a training PKI made per session."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from akimat_desk.signatures import TrustStore
from akimat_desk.signatures.pkcs12 import KeyPair, load_p12
from akimat_desk.signatures.training_pki import Issuer, make_root, make_signatory, write_p12

DATA = Path(__file__).resolve().parents[1] / "data" / "eds_signing"
NCA_KEY = "GOST512_1fc27b2d34352e12507d72b4eef6df1f50c8fb59.p12"
AKIMAT_BIN = "123456789021"
SIGNATORY_IIN = "880101300123"
PASSWORD = "Train-2026"


@dataclass(frozen=True)
class Pki:
    root: Issuer
    signatory: KeyPair
    p12: bytes
    other_bin: KeyPair
    expired: KeyPair
    employee: KeyPair

    @property
    def store(self) -> TrustStore:
        return TrustStore(anchors=[self.root.certificate.dump()])


def _signatory(root: Issuer, **overrides: object) -> KeyPair:
    fields: dict[str, object] = {
        "surname": "АХМЕТОВ",
        "given_name": "АСАН",
        "patronymic": "БОЛАТҰЛЫ",
        "iin": SIGNATORY_IIN,
        "bin_": AKIMAT_BIN,
        "organization": 'ГУ "АППАРАТ АКИМА"',
    }
    fields.update(overrides)
    return make_signatory(root, **fields)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def pki() -> Pki:
    root = make_root()
    signatory = _signatory(root)
    return Pki(
        root=root,
        signatory=signatory,
        p12=write_p12(signatory, PASSWORD, (root.certificate,)),
        other_bin=_signatory(root, bin_="990340000111"),
        expired=_signatory(root, not_before=datetime.now(UTC) - timedelta(days=400)),
        employee=_signatory(root, roles=("1.2.398.3.3.4.1.2", "1.2.398.3.3.4.1.2.5")),
    )


@pytest.fixture(scope="session")
def nca_key() -> KeyPair:
    return load_p12((DATA / NCA_KEY).read_bytes(), "Qwerty12")


@pytest.fixture(scope="session")
def nca_store() -> TrustStore:
    return TrustStore(
        anchors=[(DATA / "root_test_gost_2022.cer").read_bytes()],
        intermediates=[(DATA / "nca_gost2022_test.cer").read_bytes()],
    )


# --- a register with an issued letter (service and CLI tests) ---------------------------------------------

import json  # noqa: E402
from dataclasses import replace  # noqa: E402
from typing import Any  # noqa: E402

from akimat_desk.domain.decisions import DecisionKind, DecisionRequest  # noqa: E402
from akimat_desk.services.decisions.outgoing import issue_letter  # noqa: E402
from akimat_desk.services.decisions.workflow import decide  # noqa: E402
from akimat_desk.services.esign.trust_store import import_certificate, set_trust_test_roots  # noqa: E402
from akimat_desk.services.filings.registration import register_filing  # noqa: E402
from akimat_desk.services.office.settings import update_settings  # noqa: E402
from tests.conftest import EXAMPLES  # noqa: E402
from tests.decisions.conftest import LETTERHEAD  # noqa: E402

NOW = datetime(2026, 11, 17, 6, 0, tzinfo=UTC)


def office_with_letter(ctx: Any, bin_: str, iin: str, now: datetime = NOW) -> tuple[Any, Any]:
    """(a context of an office with its BIN and signatory set, in TEST mode; the issued letter)."""
    settings = update_settings(ctx.uow, **LETTERHEAD, bin=bin_, signatory_iin=iin)
    clerk = replace(ctx, settings=settings, clock=lambda: now)
    set_trust_test_roots(clerk, True)
    data = json.loads((EXAMPLES / "rally.json").read_text("utf-8"))
    data["received_at"] = (now - timedelta(days=1)).isoformat()
    record = register_filing(clerk, data).filing
    decide(clerk, record.id, DecisionRequest(DecisionKind.INFORM))
    return clerk, issue_letter(clerk, record.id)


@pytest.fixture
def signing_office(ctx: Any, pki: Pki) -> tuple[Any, Any]:
    """An office whose trust store holds the session's training root; its letter is issued."""
    clerk, issued = office_with_letter(ctx, AKIMAT_BIN, SIGNATORY_IIN, datetime.now(UTC).replace(microsecond=0))
    import_certificate(clerk, pki.root.certificate.dump(), "training-root.cer")
    return clerk, issued
