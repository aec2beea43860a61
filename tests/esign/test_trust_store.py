"""The register's trust store: roots pinned by SHA-256, look-alike roots refused, changed bytes never trusted,
CRLs accepted only when their issuer's key verifies them, TEST roots only behind the office setting."""

from __future__ import annotations

import hashlib
import warnings
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography import x509 as cx509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from sqlalchemy import text

from akimat_desk.services.kernel.opening import open_register

from .conftest import DELTA_CRL, FULL_CRL, TEST_CA_2022, TEST_ROOT_2022, eds, run

ATTACHED = "cms/individual_attached.der"
ROOT_SHA = "b995e79e7c07429f8f79e185451e5599ce342ac720000f01b3854fdfa03031a6"


def _look_alike_root(genuine: Path) -> bytes:
    """A self-signed CA certificate with the genuine root's subject but a key of our own."""
    with warnings.catch_warnings():  # the NCA CN is longer than the 64 characters X.520 suggests
        warnings.simplefilter("ignore", UserWarning)
        subject = cx509.load_der_x509_certificate(genuine.read_bytes()).subject
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    now = datetime.now(UTC)
    cert = (
        cx509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(7)
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=365))
        .add_extension(cx509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.DER)


def test_import_pinned_root_and_list(capsys: Any, home: str) -> None:
    code, data, _ = run(
        capsys,
        "--home",
        home,
        "trust",
        "import",
        str(eds(TEST_ROOT_2022)),
        "--expect-sha256",
        ROOT_SHA.upper(),
        "--json",
    )
    assert code == 0 and data["sha256"] == ROOT_SHA and data["role"] == "anchor" and data["is_test"] is True
    assert data["valid_from"].startswith("2022-07-07") and data["valid_to"].startswith("2032-07-07")
    code, data, _ = run(capsys, "--home", home, "trust", "import", str(eds(TEST_ROOT_2022)), "--json")
    assert code == 0 and data["already_present"] is True
    code, listed, _ = run(capsys, "--home", home, "trust", "list", "--json")
    assert [(c["subject"], c["sha256"]) for c in listed] == [
        ("НЕГІЗГІ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST) TEST 2022", ROOT_SHA)
    ]
    code, out, _ = run(capsys, "--home", home, "trust", "list")
    assert ROOT_SHA in out and "2022-07-07 - 2032-07-07" in out


def test_a_wrong_pin_imports_nothing(capsys: Any, home: str) -> None:
    code, _, err = run(
        capsys, "--home", home, "trust", "import", str(eds(TEST_ROOT_2022)), "--expect-sha256", "00" * 32
    )
    assert code == 2 and ROOT_SHA in err and "expected SHA-256 fingerprint" in err
    assert run(capsys, "--home", home, "trust", "list", "--json")[1] == []


def test_leaf_and_garbage_are_refused(capsys: Any, home: str, tmp_path: Path) -> None:
    code, _, err = run(capsys, "--home", home, "trust", "import", str(eds("cms/individual_signer.cer")))
    assert code == 2 and "not a certification authority" in err
    (tmp_path / "x.cer").write_bytes(b"not a certificate")
    assert run(capsys, "--home", home, "trust", "import", str(tmp_path / "x.cer"))[0] == 2


def test_a_look_alike_root_is_refused_unless_pinned(capsys: Any, test_trust_home: str, tmp_path: Path) -> None:
    fake = tmp_path / "fake_root.cer"
    fake.write_bytes(_look_alike_root(eds(TEST_ROOT_2022)))
    code, _, err = run(capsys, "--home", test_trust_home, "trust", "import", str(fake))
    assert code == 2 and "already trusted" in err
    pin = hashlib.sha256(fake.read_bytes()).hexdigest()
    code, data, _ = run(
        capsys, "--home", test_trust_home, "trust", "import", str(fake), "--expect-sha256", pin, "--json"
    )
    assert code == 0 and data["sha256"] == pin


def test_a_root_whose_stored_bytes_changed_is_not_trusted(capsys: Any, test_trust_home: str) -> None:
    args = ("--home", test_trust_home, "verify", str(eds(ATTACHED)), "--trust-test", "--json")
    assert run(capsys, *args)[1]["verdict"] == "valid"
    reg = open_register(Path(test_trust_home) / "register.db", Path(test_trust_home) / "backups")
    with reg.engine.begin() as conn:
        der = conn.execute(text("SELECT der FROM trust_certificates WHERE sha256 = :s"), {"s": ROOT_SHA}).scalar_one()
        changed = der[:-5] + bytes([der[-5] ^ 1]) + der[-4:]
        conn.execute(text("UPDATE trust_certificates SET der = :d WHERE sha256 = :s"), {"d": changed, "s": ROOT_SHA})
    reg.close()
    code, data, _ = run(capsys, *args)
    assert (code, data["verdict"]) == (1, "chain_untrusted")
    assert any(d.startswith("trust_certificate_changed: НЕГІЗГІ") for d in data["details"])


def test_test_chain_needs_the_office_setting_or_trust_test(capsys: Any, test_trust_home: str) -> None:
    args = ("--home", test_trust_home, "verify", str(eds(ATTACHED)), "--json")
    code, data, _ = run(capsys, *args)
    assert (code, data["verdict"]) == (1, "chain_untrusted") and "chain: test_root_not_allowed" in data["details"]
    assert run(capsys, *args, "--trust-test")[0] == 0
    code, state, _ = run(capsys, "--home", test_trust_home, "trust", "test-roots", "on", "--json")
    assert code == 0 and state == {"trust_test_roots": True}
    code, data, _ = run(capsys, *args)
    assert (code, data["verdict"]) == (0, "valid") and "test_certificate_chain" in data["details"]
    run(capsys, "--home", test_trust_home, "trust", "test-roots", "off")
    assert run(capsys, *args)[0] == 1


def test_crls_full_and_delta_listed(capsys: Any, test_trust_home: str) -> None:
    for path in (FULL_CRL, DELTA_CRL):
        code, data, err = run(capsys, "--home", test_trust_home, "crl", "import", str(eds(path)), "--json")
        assert code == 0, err
    assert data["is_delta"] is True and data["entries"] == 0
    code, listed, _ = run(capsys, "--home", test_trust_home, "crl", "list", "--json")
    assert [(c["is_delta"], c["entries"], c["number"]) for c in listed] == [(False, 54, "14"), (True, 0, "10")]
    assert listed[0]["issuer"] == "ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST) TEST 2022"
    assert listed[0]["this_update"].startswith("2025-04-29")
    code, data, _ = run(capsys, "--home", test_trust_home, "verify", str(eds(ATTACHED)), "--trust-test", "--json")
    assert (code, data["revocation"]) == (0, "good")


def test_crl_of_an_unknown_issuer_or_tampered_is_refused(capsys: Any, test_trust_home: str, tmp_path: Path) -> None:
    code, _, err = run(capsys, "--home", test_trust_home, "crl", "import", str(eds("ca-test-2018/nca_gost_test.crl")))
    assert code == 2 and "ҰКО 3.0 (GOST TEST)" in err
    raw = bytearray(eds(FULL_CRL).read_bytes())
    raw[200] ^= 1
    (tmp_path / "tampered.crl").write_bytes(bytes(raw))
    code, _, err = run(capsys, "--home", test_trust_home, "crl", "import", str(tmp_path / "tampered.crl"))
    assert code == 2 and "does not verify" in err
    assert run(capsys, "--home", test_trust_home, "crl", "list", "--json")[1] == []


def test_crl_import_before_its_ca_is_refused(capsys: Any, home: str) -> None:
    run(capsys, "--home", home, "trust", "import", str(eds(TEST_ROOT_2022)))
    code, _, err = run(capsys, "--home", home, "crl", "import", str(eds(FULL_CRL)))
    assert code == 2 and "import that certificate first" in err
    run(capsys, "--home", home, "trust", "import", str(eds(TEST_CA_2022)))
    assert run(capsys, "--home", home, "crl", "import", str(eds(FULL_CRL)))[0] == 0
