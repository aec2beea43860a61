"""The PKCS#12 (training) signer: its CMS verifies with the project's verifier and with gostcrypto."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from asn1crypto import cms
from gostcrypto import gostsignature

from akimat_desk.signatures import Verdict, verify
from akimat_desk.signatures import algorithms as alg
from akimat_desk.signatures.p12_signer import Pkcs12Signer, detached_cms
from akimat_desk.signatures.pkcs12 import KeyPair, load_p12
from akimat_desk.signatures.signing import Signer, SigningError, SigningRequest
from akimat_desk.signatures.training_pki import write_p12

from .conftest import AKIMAT_BIN, DATA, NCA_KEY, PASSWORD, SIGNATORY_IIN, Pki

PDF = b"%PDF-1.7\n% an outgoing letter\n" + bytes(range(256)) * 4
SIGNED_AT = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)


def _signer(pki: Pki, password: str = PASSWORD) -> Pkcs12Signer:
    return Pkcs12Signer(pki.p12, lambda: password)


def test_is_a_signer_and_its_cms_verifies(pki: Pki) -> None:
    signer = _signer(pki)
    assert isinstance(signer, Signer)
    der = signer.sign(SigningRequest(PDF, bin=AKIMAT_BIN, iin=SIGNATORY_IIN))
    result = verify(der, PDF, trust=pki.store, allow_test=True)
    assert result.verdict is Verdict.VALID, result.details
    assert result.detached
    assert result.signer is not None and result.signer.bin == AKIMAT_BIN and result.signer.iin == SIGNATORY_IIN
    assert result.signer.role == "right_of_signature"


def test_signed_attributes_in_the_nca_sdk_order(pki: Pki) -> None:
    der = _signer(pki).sign(SigningRequest(PDF))
    info = cms.ContentInfo.load(der)["content"]["signer_infos"][0]
    assert [a["type"].dotted for a in info["signed_attrs"]] == [
        "1.2.840.113549.1.9.3",
        "1.2.840.113549.1.9.5",
        "1.2.840.113549.1.9.16.2.47",
        "1.2.840.113549.1.9.4",
    ]
    assert info["signature_algorithm"]["algorithm"].dotted == alg.KZ_GOST2015_512_SIG
    assert info["digest_algorithm"]["algorithm"].dotted == alg.KZ_STREEBOG_512


def test_nca_test_key_signs_and_gostcrypto_agrees(nca_key: KeyPair, nca_store: object) -> None:
    der = detached_cms(nca_key, PDF, SIGNED_AT)
    at = nca_key.certificate.not_valid_before + timedelta(days=30)
    assert verify(der, PDF, trust=nca_store, allow_test=True, at=at).verdict is Verdict.VALID  # type: ignore[arg-type]
    # an independent path: gostcrypto's own verify (big-endian halves, digest bytes reversed)
    info = cms.ContentInfo.load(der)["content"]["signer_infos"][0]
    signature = info["signature"].native
    digest = alg.digest(alg.KZ_STREEBOG_512, info["signed_attrs"].untag().dump())
    public = alg.public_key_of(nca_key.certificate).raw
    curve = gostsignature.CURVES_R_1323565_1_024_2019["id-tc26-gost-3410-12-512-paramSetA"]
    checker = gostsignature.new(gostsignature.MODE_512, curve)
    big_endian_key = bytearray(public[:64][::-1] + public[64:][::-1])
    big_endian_sig = bytearray(signature[:64][::-1] + signature[64:][::-1])
    assert checker.verify(big_endian_key, bytearray(digest[::-1]), big_endian_sig)
    assert not checker.verify(big_endian_key, bytearray(digest[::-1]), big_endian_sig[:-1] + b"\x00")


def test_expired_nca_key_is_refused_now(nca_key: KeyPair, nca_store: object) -> None:
    der = detached_cms(nca_key, PDF, datetime.now(UTC).replace(microsecond=0))
    assert verify(der, PDF, trust=nca_store, allow_test=True).verdict is Verdict.CERT_EXPIRED  # type: ignore[arg-type]


def test_a_letter_changed_by_one_byte_is_refused(pki: Pki) -> None:
    der = _signer(pki).sign(SigningRequest(PDF))
    changed = PDF[:100] + bytes([PDF[100] ^ 1]) + PDF[101:]
    assert verify(der, changed, trust=pki.store, allow_test=True).verdict is Verdict.CONTENT_MISMATCH


def test_test_root_counts_only_in_test_mode(pki: Pki) -> None:
    der = _signer(pki).sign(SigningRequest(PDF))
    assert verify(der, PDF, trust=pki.store, allow_test=False).verdict is Verdict.CHAIN_UNTRUSTED


def test_wrong_password_and_foreign_file(pki: Pki) -> None:
    with pytest.raises(SigningError) as wrong:
        _signer(pki, "nope").sign(SigningRequest(PDF))
    assert wrong.value.code == "wrong_password"
    with pytest.raises(SigningError) as junk:
        Pkcs12Signer(b"not a key file", lambda: PASSWORD).sign(SigningRequest(PDF))
    assert junk.value.code == "key_unreadable"


def test_every_wrong_password_is_told_as_one(pki: Pki, nca_key: KeyPair) -> None:
    """A wrong password passes the 3DES padding check about once in 256 tries; the decrypted garbage must still
    be told as a wrong password, never as "not a key file" (seen once in the signing dialog's test)."""
    from akimat_desk.signatures.pkcs12 import Pkcs12Error

    nca = (DATA / NCA_KEY).read_bytes()
    codes = set()
    for i in range(1200):
        try:
            load_p12(pki.p12 if i % 2 else nca, f"wrong-{i}")
        except Pkcs12Error as exc:
            codes.add(exc.code)
    assert codes == {"wrong_password"}


@pytest.mark.parametrize(
    ("request_", "detail"),
    [
        (SigningRequest(PDF, bin="990340000111"), "bin"),
        (SigningRequest(PDF, iin="900101300999"), "iin"),
        (SigningRequest(PDF, roles=("1.2.398.3.3.4.1.2.1",)), "roles"),
    ],
)
def test_the_request_restricts_the_key(pki: Pki, request_: SigningRequest, detail: str) -> None:
    with pytest.raises(SigningError) as refused:
        _signer(pki).sign(request_)
    assert refused.value.code == "key_not_allowed" and detail in refused.value.detail


def test_key_file_with_a_foreign_certificate(pki: Pki) -> None:
    forged = KeyPair(pki.signatory.algorithm, pki.other_bin.private_key_info, pki.signatory.certificate)
    with pytest.raises(SigningError) as mismatch:
        Pkcs12Signer(write_p12(forged, PASSWORD), lambda: PASSWORD).sign(SigningRequest(PDF))
    assert mismatch.value.code == "key_mismatch"


def test_written_p12_reads_back(pki: Pki) -> None:
    back = load_p12(pki.p12, PASSWORD)
    assert back.certificate.dump() == pki.signatory.certificate.dump()
    assert back.gost_scalar == pki.signatory.gost_scalar
