"""GOST 34.10 curve arithmetic with the NCA little-endian layouts."""

from __future__ import annotations

import pytest

from akimat_desk.signatures import algorithms, gost_ec
from akimat_desk.signatures.certs import load_certificate

from .data import read
from .gost_signing import gost_sign

CURVES = [gost_ec.CURVE_512A, gost_ec.CURVE_256_CRYPTOPRO_A]


@pytest.mark.parametrize("curve", CURVES, ids=lambda c: c.name)
def test_base_point_is_on_the_curve_and_has_order_q(curve: gost_ec.Curve) -> None:
    assert curve.on_curve(curve.x, curve.y)
    assert gost_ec.scalar_mult(curve, curve.q) is None
    assert gost_ec.scalar_mult(curve, curve.q + 1) == (curve.x, curve.y)


@pytest.mark.parametrize("curve", CURVES, ids=lambda c: c.name)
def test_sign_then_verify_and_reject_changes(curve: gost_ec.Curve) -> None:
    private = 0x1234567890ABCDEF % curve.q
    public = gost_ec.public_key_bytes(curve, private)
    digest = bytes(range(curve.size))
    signature = gost_sign(curve, private, digest)
    assert gost_ec.verify(curve, public, digest, signature)
    assert not gost_ec.verify(curve, public, digest[:-1] + b"\x01", signature)
    assert not gost_ec.verify(curve, public, digest, signature[:5] + bytes([signature[5] ^ 1]) + signature[6:])
    # the RFC 4491 layout (s || r big-endian) is not what NCA uses and must fail
    assert not gost_ec.verify(curve, public, digest, signature[::-1])


def test_malformed_keys_and_signatures_are_rejected_without_raising() -> None:
    curve = gost_ec.CURVE_512A
    assert not gost_ec.verify(curve, b"\x00" * 128, b"d" * 64, b"\x01" * 128)
    assert not gost_ec.verify(curve, b"short", b"d" * 64, b"\x01" * 128)
    public = gost_ec.public_key_bytes(curve, 7)
    assert not gost_ec.verify(curve, public, b"d" * 64, b"\x00" * 128)  # r = s = 0
    assert not gost_ec.verify(curve, public, b"d" * 64, b"\x01" * 127)


@pytest.mark.parametrize(
    "path",
    [
        "ca-test-gost-2022/root_test_gost_2022.cer",
        "ca-test-2018/root_gost_test.crt",
        "ca-prod-2015/root_gost.crt",
    ],
)
def test_real_self_signed_roots_verify(path: str) -> None:
    cert = load_certificate(read(path))
    signature_oid = cert["signature_algorithm"]["algorithm"].dotted
    tbs = cert["tbs_certificate"].dump()
    key = algorithms.public_key_of(cert)
    assert algorithms.verify_signature(signature_oid, key, tbs, cert["signature_value"].native)
    assert not algorithms.verify_signature(signature_oid, key, tbs + b"\x00", cert["signature_value"].native)
