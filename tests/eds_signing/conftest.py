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
