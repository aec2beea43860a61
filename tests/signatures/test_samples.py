"""Every CMS sample of tests/data/eds/cms/ verified end to end, in every input form the clerk may bring."""

from __future__ import annotations

import base64
from datetime import UTC, datetime

import pytest
from asn1crypto import cms

from akimat_desk.signatures import Revocation, TimeBasis, TrustStore, Verdict, load_certificate, verify

from .data import read

ATTACHED = "cms/individual_attached.der"
DETACHED = "cms/individual_detached.der"
DOCUMENT = "cms/individual_document.txt"
GOST2004 = "cms/gost2004_detached_unknown_content.pem.txt"
GOST2022_CRLS = ("ca-test-gost-2022/nca_gost2022_test.crl", "ca-test-gost-2022/nca_gost2022_d_test.crl")


def _pem(der: bytes) -> bytes:
    body = base64.encodebytes(der).replace(b"\n", b"\r\n")
    return b"-----BEGIN CMS-----\r\n" + body + b"-----END CMS-----\r\n"


@pytest.mark.parametrize("form", ["der", "base64", "pem"])
def test_attached_sample_is_valid_in_every_form(store: TrustStore, form: str) -> None:
    der = read(ATTACHED)
    data = {"der": der, "base64": base64.b64encode(der), "pem": _pem(der)}[form]
    result = verify(data, trust=store, allow_test=True)
    assert result.verdict is Verdict.VALID
    assert result.algorithm == "GOST 34.10-2015 512 / Streebog-512"
    assert result.signer is not None
    assert result.signer.name == "ТЕСТОВ ТЕСТ ТЕСТОВИЧ"
    assert result.signer.iin == "123456789011"
    assert result.signer.bin is None
    assert result.signer.role == "individual"
    assert result.signed_at == datetime(2026, 7, 20, 9, 8, 6, tzinfo=UTC)
    assert result.content is not None
    assert result.content.decode().endswith("KZ")
    assert not result.detached
    assert result.chain == (
        "ТЕСТОВ ТЕСТ",
        "ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST) TEST 2022",
        "НЕГІЗГІ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST) TEST 2022",
    )


def test_sample_timestamp_is_checked_but_untrusted_without_the_production_tsa_root(store: TrustStore) -> None:
    result = verify(read(ATTACHED), trust=store, allow_test=True)
    assert result.timestamp is not None
    assert result.timestamp.imprint_ok  # imprint = Streebog-512(signature value)
    assert not result.timestamp.trusted
    assert result.timestamp.tsa == "TIME-STAMPING AUTHORITY"
    assert result.timestamp.time == datetime(2026, 7, 20, 9, 8, 7, tzinfo=UTC)
    assert result.time_basis is TimeBasis.SIGNING_TIME  # the untrusted token is not used as the time
    assert result.checks["timestamp"] == "untrusted"
    assert result.verdict is Verdict.VALID  # an untrusted token alone does not invalidate


def _tsa_certificate() -> bytes:
    signer = cms.ContentInfo.load(read(ATTACHED))["content"]["signer_infos"][0]
    token = next(a for a in signer["unsigned_attrs"] if a["type"].dotted == "1.2.840.113549.1.9.16.2.14")
    certs = cms.ContentInfo.load(token["values"][0].dump())["content"]["certificates"]
    return bytes(certs[0].chosen.dump())


def test_trusted_tsa_makes_the_timestamp_the_validation_time(store: TrustStore) -> None:
    trusted = TrustStore(anchors=[*store.anchors, _tsa_certificate()], intermediates=store.intermediates)
    result = verify(read(ATTACHED), trust=trusted, allow_test=True)
    assert result.timestamp is not None
    assert result.timestamp.trusted
    assert result.time_basis is TimeBasis.TIMESTAMP
    assert result.checked_at == datetime(2026, 7, 20, 9, 8, 7, tzinfo=UTC)
    assert result.verdict is Verdict.VALID


def test_detached_sample_with_its_document(store: TrustStore) -> None:
    result = verify(read(DETACHED), read(DOCUMENT), trust=store, allow_test=True)
    assert result.verdict is Verdict.VALID
    assert result.detached
    assert result.checks["content_digest"] == "ok"
    assert result.checks["signing_certificate"] == "ok"


def test_detached_sample_with_another_file_is_a_content_mismatch(store: TrustStore) -> None:
    result = verify(read(DETACHED), read(DOCUMENT) + b" ", trust=store, allow_test=True)
    assert result.verdict is Verdict.CONTENT_MISMATCH
    assert result.checks["signature"] == "ok"
    assert result.checks["content_digest"] == "failed"


def test_detached_sample_without_content_is_never_valid(store: TrustStore) -> None:
    result = verify(read(DETACHED), trust=store, allow_test=True)
    assert result.verdict is Verdict.CONTENT_MISMATCH
    assert "detached_content_missing" in result.details


def test_samples_with_the_current_crls_are_not_revoked(store: TrustStore) -> None:
    crls = [read(p) for p in GOST2022_CRLS]
    result = verify(read(ATTACHED), trust=store, crls=crls, allow_test=True)
    assert result.verdict is Verdict.VALID
    assert result.revocation is Revocation.GOOD
    without = verify(read(ATTACHED), trust=store, allow_test=True)
    assert without.revocation is Revocation.NOT_CHECKED


def test_samples_need_the_test_setting(store: TrustStore) -> None:
    result = verify(read(ATTACHED), trust=store)
    assert result.verdict is Verdict.CHAIN_UNTRUSTED
    assert "chain: test_root_not_allowed" in result.details


def test_gost2004_sample_signature_verifies_although_its_content_is_unknown(store: TrustStore) -> None:
    result = verify(read(GOST2004), trust=store, allow_test=True)
    assert result.algorithm == "GOST 34.310-2004 / GOST 34.311-95"
    assert result.checks["signature"] == "ok"
    assert result.checks["signing_certificate"] == "ok"
    assert result.checks["chain"] == "ok"
    assert result.checks["validity"] == "ok"  # at its signing time, 2019-08-26
    assert result.verdict is Verdict.CONTENT_MISMATCH  # the signed document is not in the repo
    assert result.signer is not None
    assert result.signer.bin == "123456789021"
    assert result.signer.organization == 'АО "ТЕСТ"'
    assert result.signer.role == "employee"
    assert result.chain[-1] == "НЕГІЗГІ КО TEST (GOST)"


def test_result_serialises_to_json_ready_dict(store: TrustStore) -> None:
    data = verify(read(ATTACHED), trust=store, allow_test=True).to_dict()
    assert data["verdict"] == "valid"
    assert data["signer"]["iin"] == "123456789011"
    assert data["signed_at"] == "2026-07-20T09:08:06+00:00"
    assert data["timestamp"]["trusted"] is False
    assert "content" not in data


def _ber_indefinite(der: bytes) -> bytes:
    """The same SignedData re-encoded the BER way some Java producers use: indefinite lengths and the
    attached content as a constructed OCTET STRING in two chunks."""
    info = cms.ContentInfo.load(der)
    signed = info["content"]
    content = signed["encap_content_info"]["content"].native
    chunks = b"".join(bytes([4, len(part)]) + part for part in (content[:30], content[30:]))
    encap = (
        b"\x30\x80"
        + signed["encap_content_info"]["content_type"].dump()
        + b"\xa0\x80\x24\x80"
        + chunks
        + b"\0\0\0\0\0\0"
    )
    body = (
        signed["version"].dump()
        + signed["digest_algorithms"].dump()
        + encap
        + signed["certificates"].dump()
        + signed["signer_infos"].dump()
    )
    return b"\x30\x80" + info["content_type"].dump() + b"\xa0\x80\x30\x80" + body + b"\0\0\0\0\0\0"


def test_ber_indefinite_length_encoding_is_read(store: TrustStore) -> None:
    ber = _ber_indefinite(read(ATTACHED))
    assert ber != read(ATTACHED)
    result = verify(ber, trust=store, allow_test=True)
    assert result.verdict is Verdict.VALID
    assert result.content == cms.ContentInfo.load(read(ATTACHED))["content"]["encap_content_info"]["content"].native


def test_attached_signature_with_a_different_chosen_file(store: TrustStore) -> None:
    result = verify(read(ATTACHED), b"another file", trust=store, allow_test=True)
    assert result.verdict is Verdict.CONTENT_MISMATCH
    assert "given_content_differs_from_attached" in result.details


def test_test_chains_are_flagged_even_when_allowed(store: TrustStore) -> None:
    assert "test_certificate_chain" in verify(read(ATTACHED), trust=store, allow_test=True).details


@pytest.mark.parametrize("last", [b"\n", b" ", b"\t", b"\r"])
def test_der_ending_in_a_whitespace_byte_is_not_truncated(store: TrustStore, last: bytes) -> None:
    der = read(ATTACHED)[:-1] + last  # the last byte belongs to the TSA's signature in the timestamp token
    result = verify(der, trust=store, allow_test=True)
    assert result.verdict is Verdict.VALID  # read in full; only the (unsigned) token is damaged
    assert result.timestamp is not None
    assert result.timestamp.problem == "token_signature_invalid"
    cert = read("ca-test-gost-2022/root_test_gost_2022.cer")
    assert load_certificate(cert[:-1] + last).dump() == cert[:-1] + last
