"""Every verdict, produced by fresh signatures made in the test with the NCA RK test keys."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from akimat_desk.signatures import Revocation, TimeBasis, TrustStore, Verdict, verify
from akimat_desk.signatures.pkcs12 import KeyPair

from .data import (
    GOST2004_TEST,
    GOST_CEO,
    GOST_INDIVIDUAL,
    NOTIFICATION,
    RSA_AUTH_PROD,
    RSA_PROD,
    inside_validity,
)
from .gost_signing import flip_byte, make_cms, signer_parts

KeyLoader = Callable[[str], KeyPair]


@pytest.fixture(scope="module")
def gost_attached(key: KeyLoader) -> bytes:
    pair = key(GOST_INDIVIDUAL)
    return make_cms(pair, NOTIFICATION, inside_validity(pair))


@pytest.fixture(scope="module")
def gost_detached(key: KeyLoader) -> bytes:
    pair = key(GOST_INDIVIDUAL)
    return make_cms(pair, NOTIFICATION, inside_validity(pair), detached=True)


def test_fresh_gost2015_signature_is_valid(store: TrustStore, gost_attached: bytes) -> None:
    result = verify(gost_attached, trust=store, allow_test=True)
    assert result.verdict is Verdict.VALID, result.details
    assert result.algorithm == "GOST 34.10-2015 512 / Streebog-512"
    assert result.time_basis is TimeBasis.SIGNING_TIME
    assert result.content == NOTIFICATION
    assert all(v in ("ok", "absent", "not_checked") for v in result.checks.values()), result.checks


def test_legal_entity_identity(store: TrustStore, key: KeyLoader) -> None:
    pair = key(GOST_CEO)
    result = verify(make_cms(pair, NOTIFICATION, inside_validity(pair)), trust=store, allow_test=True)
    assert result.verdict is Verdict.VALID
    assert result.signer is not None
    assert (result.signer.iin, result.signer.bin) == ("123456789011", "123456789021")
    assert result.signer.organization == 'АО "ТЕСТ"'
    assert result.signer.role == "first_head"
    assert "legal_entity" in result.signer.roles


@pytest.mark.parametrize(
    ("path", "algorithm"),
    [
        (GOST2004_TEST, "GOST 34.310-2004 / GOST 34.311-95"),
        (RSA_PROD, "RSA / SHA-256"),
    ],
)
def test_fresh_gost2004_and_rsa_signatures_are_valid(
    store: TrustStore, key: KeyLoader, path: str, algorithm: str
) -> None:
    pair = key(path)
    result = verify(make_cms(pair, NOTIFICATION, inside_validity(pair)), trust=store, allow_test=True)
    assert result.verdict is Verdict.VALID, result.details
    assert result.algorithm == algorithm


def test_one_byte_changed_in_the_content(store: TrustStore, gost_attached: bytes) -> None:
    tampered = flip_byte(gost_attached, NOTIFICATION, 40)
    result = verify(tampered, trust=store, allow_test=True)
    assert result.verdict is Verdict.CONTENT_MISMATCH
    assert result.checks["signature"] == "ok"


def test_one_byte_changed_in_the_signed_attributes(store: TrustStore, gost_attached: bytes) -> None:
    parts = signer_parts(gost_attached)
    for target in ("signing_time", "message_digest"):
        result = verify(flip_byte(gost_attached, parts[target], 5), trust=store, allow_test=True)
        assert result.verdict is Verdict.SIGNATURE_INVALID, target
        assert result.checks["signature"] == "failed"


@pytest.mark.parametrize("offset", [0, 70, 127])
def test_one_byte_changed_in_the_signature(store: TrustStore, gost_attached: bytes, offset: int) -> None:
    tampered = flip_byte(gost_attached, signer_parts(gost_attached)["signature"], offset)
    assert verify(tampered, trust=store, allow_test=True).verdict is Verdict.SIGNATURE_INVALID


def test_detached_with_the_right_and_a_wrong_file(store: TrustStore, gost_detached: bytes) -> None:
    assert verify(gost_detached, NOTIFICATION, trust=store, allow_test=True).verdict is Verdict.VALID
    wrong = verify(gost_detached, NOTIFICATION.replace(b"20", b"200"), trust=store, allow_test=True)
    assert wrong.verdict is Verdict.CONTENT_MISMATCH
    assert wrong.checks["content_digest"] == "failed"


def test_expired_and_not_yet_valid_certificate(store: TrustStore, key: KeyLoader) -> None:
    pair = key(GOST_INDIVIDUAL)
    cert = pair.certificate
    late = make_cms(pair, NOTIFICATION, (cert.not_valid_after + timedelta(days=3)).replace(microsecond=0))
    early = make_cms(pair, NOTIFICATION, (cert.not_valid_before - timedelta(days=3)).replace(microsecond=0))
    for signed in (late, early):
        result = verify(signed, trust=store, allow_test=True)
        assert result.verdict is Verdict.CERT_EXPIRED
        assert "not_valid_at_signing_time: ТЕСТОВ ТЕСТ" in result.details


def test_validity_at_a_date_the_caller_forces(store: TrustStore, gost_attached: bytes) -> None:
    result = verify(gost_attached, trust=store, allow_test=True, at=datetime(2030, 1, 1, tzinfo=UTC))
    assert result.verdict is Verdict.CERT_EXPIRED
    assert result.time_basis is TimeBasis.GIVEN


def test_without_signing_time_the_registration_time_is_used(store: TrustStore, key: KeyLoader) -> None:
    pair = key(GOST_INDIVIDUAL)
    signed = make_cms(pair, NOTIFICATION, None)
    inside = verify(signed, trust=store, allow_test=True, registration_time=inside_validity(pair))
    assert inside.verdict is Verdict.VALID
    assert inside.time_basis is TimeBasis.REGISTRATION
    assert inside.signed_at is None
    after = verify(signed, trust=store, allow_test=True, registration_time=datetime(2031, 1, 1, tzinfo=UTC))
    assert after.verdict is Verdict.CERT_EXPIRED


def test_authentication_key_is_not_a_signature(store: TrustStore, key: KeyLoader) -> None:
    pair = key(RSA_AUTH_PROD)
    result = verify(make_cms(pair, NOTIFICATION, inside_validity(pair)), trust=store)
    assert result.verdict is Verdict.AUTH_KEY
    assert result.checks["signature"] == "ok"  # a correct signature, but by a key not meant for signing
    assert result.signer is not None
    assert not result.signer.is_signing_key


def test_test_chain_without_the_setting(gost_attached: bytes, store: TrustStore) -> None:
    assert verify(gost_attached, trust=store).verdict is Verdict.CHAIN_UNTRUSTED
    assert verify(gost_attached).verdict is Verdict.CHAIN_UNTRUSTED  # no anchors at all


def test_unknown_signature_algorithm(store: TrustStore, key: KeyLoader) -> None:
    pair = key(GOST_INDIVIDUAL)
    signed = make_cms(pair, NOTIFICATION, inside_validity(pair), signature_oid="1.2.398.3.10.1.1.2.3.9")
    assert verify(signed, trust=store, allow_test=True).verdict is Verdict.UNSUPPORTED_ALGORITHM


@pytest.mark.parametrize(
    "data", [b"", b"hello", b"\x30\x03\x02\x01\x01", b"-----BEGIN CMS-----\n!!\n-----END CMS-----"]
)
def test_garbage_is_malformed(data: bytes) -> None:
    result = verify(data)
    assert result.verdict is Verdict.MALFORMED
    assert result.details


def test_truncated_files_are_malformed(gost_attached: bytes) -> None:
    for size in (1, 10, len(gost_attached) // 2, len(gost_attached) - 1):
        assert verify(gost_attached[:size]).verdict is Verdict.MALFORMED


def test_revocation_is_not_checked_without_crls(store: TrustStore, gost_attached: bytes) -> None:
    result = verify(gost_attached, trust=store, allow_test=True)
    assert result.revocation is Revocation.NOT_CHECKED
    assert result.checks["revocation"] == "not_checked"


def test_zip_containers_are_reported_unsupported_not_valid(gost_attached: bytes) -> None:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notification.txt", NOTIFICATION)
        archive.writestr("META-INF/signature-1.cms", gost_attached)
    result = verify(buffer.getvalue())
    assert result.verdict is Verdict.UNSUPPORTED_ALGORITHM
    assert "zip_container_not_supported" in result.details
