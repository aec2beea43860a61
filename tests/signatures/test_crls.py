"""Revocation from imported CRL files: full + delta, signature of the CRL checked, time of judgement."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from akimat_desk.signatures import Revocation, TrustStore, Verdict, describe_crl, load_crl, verify
from akimat_desk.signatures.pkcs12 import KeyPair

from .data import GOST_INDIVIDUAL, GOST_REVOKED_CEO, NOTIFICATION, inside_validity, read
from .gost_signing import make_cms

FULL = "ca-test-gost-2022/nca_gost2022_test.crl"
DELTA = "ca-test-gost-2022/nca_gost2022_d_test.crl"
OLD_FULL = "ca-test-gost-2022/nca_gost2022_test_2022-07.crl"
REVOKED_AT = datetime(2024, 10, 29, 11, 45, 53, tzinfo=UTC)  # GOST512_0860d966… in the 2025-04 full CRL


@pytest.fixture(scope="module")
def revoked_signature(key: Callable[[str], KeyPair]) -> bytes:
    pair = key(GOST_REVOKED_CEO)
    return make_cms(pair, NOTIFICATION, datetime(2025, 1, 15, tzinfo=UTC))


def test_describe_crls() -> None:
    full, delta = describe_crl(load_crl(read(FULL))), describe_crl(load_crl(read(DELTA)))
    assert (full.entries, full.is_delta, full.number) == (54, False, 14)
    assert (delta.entries, delta.is_delta) == (0, True)
    assert full.issuer == "ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST) TEST 2022"


def test_revoked_by_crl(store: TrustStore, revoked_signature: bytes) -> None:
    result = verify(revoked_signature, trust=store, crls=[read(FULL), read(DELTA)], allow_test=True)
    assert result.verdict is Verdict.REVOKED
    assert result.revocation is Revocation.REVOKED
    assert any(d.startswith("revoked: ТЕСТОВ ТЕСТ at 2024-10-29 11:45:53") for d in result.details)


def test_same_signature_without_crl_is_valid_but_not_checked(store: TrustStore, revoked_signature: bytes) -> None:
    result = verify(revoked_signature, trust=store, allow_test=True)
    assert result.verdict is Verdict.VALID
    assert result.revocation is Revocation.NOT_CHECKED


def test_revocation_is_judged_at_a_trusted_time_not_the_signers_claim(
    store: TrustStore, key: Callable[[str], KeyPair]
) -> None:
    pair = key(GOST_REVOKED_CEO)
    backdated = make_cms(pair, NOTIFICATION, inside_validity(pair, days=0))  # claims a time before revocation
    assert inside_validity(pair, days=0) < REVOKED_AT
    result = verify(backdated, trust=store, crls=[read(FULL)], allow_test=True)
    assert result.verdict is Verdict.REVOKED
    registered_before = verify(
        backdated,
        trust=store,
        crls=[read(FULL)],
        allow_test=True,
        registration_time=datetime(2024, 10, 29, 11, 45, tzinfo=UTC),
    )
    assert registered_before.verdict is Verdict.VALID
    assert registered_before.revocation is Revocation.GOOD


def test_older_crl_does_not_list_it(store: TrustStore, revoked_signature: bytes) -> None:
    result = verify(revoked_signature, trust=store, crls=[read(OLD_FULL)], allow_test=True)
    assert result.verdict is Verdict.VALID
    assert result.revocation is Revocation.GOOD
    assert any(d.startswith("crl_outdated") for d in result.details)


def test_a_tampered_crl_is_ignored(store: TrustStore, revoked_signature: bytes) -> None:
    raw = bytearray(read(FULL))
    raw[200] ^= 1  # inside the list of revoked certificates
    result = verify(revoked_signature, trust=store, crls=[bytes(raw)], allow_test=True)
    assert result.revocation is Revocation.NOT_CHECKED
    assert result.verdict is Verdict.VALID
    assert any(d.startswith("crl_signature_invalid") for d in result.details)


def test_crl_of_another_ca_does_not_count(store: TrustStore, key: Callable[[str], KeyPair]) -> None:
    pair = key(GOST_INDIVIDUAL)
    signed = make_cms(pair, NOTIFICATION, inside_validity(pair))
    result = verify(signed, trust=store, crls=[read("ca-test-2018/nca_gost_test.crl")], allow_test=True)
    assert result.revocation is Revocation.NOT_CHECKED


def test_unreadable_crl_is_reported_not_fatal(store: TrustStore, revoked_signature: bytes) -> None:
    result = verify(revoked_signature, trust=store, crls=[b"not a crl"], allow_test=True)
    assert result.verdict is Verdict.VALID
    assert "crl_unreadable" in result.details
