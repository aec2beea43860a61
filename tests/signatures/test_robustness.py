"""No input raises: anything gives a verdict, damaged input is never 'valid', and an internal error of the
verifier is raised as the bug it is, never reported as a malformed file."""

from __future__ import annotations

import base64
import importlib
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from akimat_desk.signatures import TrustStore, Verdict, VerificationResult, verify
from akimat_desk.signatures.pkcs12 import KeyPair

from .data import GOST_INDIVIDUAL, NOTIFICATION, inside_validity, read
from .gost_signing import make_cms

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def signed(key: Callable[[str], KeyPair]) -> bytes:
    pair = key(GOST_INDIVIDUAL)
    return make_cms(pair, NOTIFICATION, inside_validity(pair))


@FAST
@given(st.binary(max_size=600))
def test_random_bytes_give_a_non_valid_verdict(data: bytes) -> None:
    result = verify(data)
    assert isinstance(result, VerificationResult)
    assert result.verdict is not Verdict.VALID


@FAST
@given(st.text(max_size=300))
def test_random_text_and_xml_like_text(data: str) -> None:
    for raw in (data.encode(), b"<" + data.encode(), b"-----BEGIN CMS-----\n" + data.encode()):
        assert verify(raw).verdict is not Verdict.VALID


@FAST
@given(cut=st.integers(min_value=0, max_value=10_000))
def test_truncated_signatures_are_never_valid(signed: bytes, store: TrustStore, cut: int) -> None:
    cut %= len(signed)
    assert verify(signed[:cut], trust=store, allow_test=True).verdict is not Verdict.VALID
    encoded = base64.b64encode(signed)
    assert verify(encoded[: cut % len(encoded)], trust=store, allow_test=True).verdict is not Verdict.VALID


@FAST
@given(position=st.integers(min_value=0, max_value=10_000), bit=st.integers(min_value=0, max_value=7))
def test_any_single_bit_flip_never_crashes(signed: bytes, store: TrustStore, position: int, bit: int) -> None:
    position %= len(signed)
    damaged = bytearray(signed)
    damaged[position] ^= 1 << bit
    result = verify(bytes(damaged), trust=store, allow_test=True)
    assert isinstance(result.verdict, Verdict)


def test_real_sample_mutations_are_verdicts(store: TrustStore) -> None:
    sample = read("cms/individual_attached.der")
    for position in range(0, len(sample), 97):
        damaged = bytearray(sample)
        damaged[position] ^= 0x80
        assert isinstance(verify(bytes(damaged), trust=store, allow_test=True).verdict, Verdict)


def test_truncated_der_is_reported_as_malformed(signed: bytes, store: TrustStore) -> None:
    for cut in (0, 1, 2, 10, len(signed) // 2, len(signed) - 1):
        assert verify(signed[:cut], trust=store, allow_test=True).verdict is Verdict.MALFORMED


def test_the_intact_file_is_valid_so_the_damage_tests_mean_something(signed: bytes, store: TrustStore) -> None:
    assert verify(signed, trust=store, allow_test=True).verdict is Verdict.VALID


@pytest.mark.parametrize(
    ("module", "name", "error"),
    [
        ("verify", "check_signer", RuntimeError("bug in the signer check")),
        ("verify", "build_chain", ValueError("bug in the chain builder")),
        ("verify", "check_revocation", TypeError("bug in the revocation check")),
        ("algorithms", "verify_signature", KeyError("bug in the signature check")),
        ("verify", "load_signed_data", AttributeError("bug in the reader")),
    ],
)
def test_an_internal_error_is_raised_not_reported_as_a_malformed_file(
    signed: bytes, store: TrustStore, monkeypatch: pytest.MonkeyPatch, module: str, name: str, error: Exception
) -> None:
    def broken(*_args: object, **_kwargs: object) -> object:
        raise error

    monkeypatch.setattr(importlib.import_module(f"akimat_desk.signatures.{module}"), name, broken)
    with pytest.raises(type(error), match="bug in"):
        verify(signed, trust=store, allow_test=True, crls=[read("ca-test-gost-2022/nca_gost2022_test.crl")])


def test_an_internal_error_in_the_timestamp_check_is_raised(store: TrustStore, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object, **_kwargs: object) -> object:
        raise RuntimeError("bug in the timestamp check")

    monkeypatch.setattr(importlib.import_module("akimat_desk.signatures.tsp"), "check_signer", broken)
    with pytest.raises(RuntimeError, match="bug in the timestamp check"):
        verify(read("cms/individual_attached.der"), trust=store, allow_test=True)
