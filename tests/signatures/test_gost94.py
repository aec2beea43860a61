"""GOST R 34.11-94 (test parameter set) against the standard's and the reference test vectors."""

from __future__ import annotations

import pytest

from akimat_desk.signatures.gost94 import Gost94, gost94

# Digests as the 32-byte output (the little-endian encoding of H), as published with the test paramset.
VECTORS = [
    (b"", "ce85b99cc46752fffee35cab9a7b0278abb4c2d2055cff685af4912c49490f8d"),
    (b"a", "d42c539e367c66e9c88a801f6649349c21871b4344c6a573f849fdce62f314dd"),
    (b"abc", "f3134348c44fb1b2a277729e2285ebb5cb5e0f29c975bc753b70497c06a4d51d"),
    (b"message digest", "ad4434ecb18f2c99b60cbe59ec3d2469582b65273f48de72db2fde16a4889a4d"),
    (b"U" * 128, "53a3a3ed25180cef0c1d85a074273e551c25660a87062a52d926a9e8fe5733a4"),
]

# GOST R 34.11-94, appendix A: the two worked examples, H printed as a big-endian number.
STANDARD_EXAMPLES = [
    (b"This is message, length=32 bytes", "FAFF37A615A816691CFF3EF8B68CA247E09525F39F8119832EB81975D366C4B1"),
    (
        b"Suppose the original message has length = 50 bytes",
        "0852F5623B89DD57AEB4781FE54DF14EEAFBC1350613763A0D770AA657BA1A47",
    ),
]


@pytest.mark.parametrize(("message", "expected"), VECTORS)
def test_reference_vectors(message: bytes, expected: str) -> None:
    assert gost94(message).hex() == expected


@pytest.mark.parametrize(("message", "expected_h"), STANDARD_EXAMPLES)
def test_standard_appendix_examples(message: bytes, expected_h: str) -> None:
    assert gost94(message)[::-1].hex().upper() == expected_h


def test_incremental_updates_equal_one_shot() -> None:
    data = bytes(range(256)) * 5 + b"tail"
    hasher = Gost94()
    for start in range(0, len(data), 37):
        hasher.update(data[start : start + 37])
    assert hasher.digest() == gost94(data)
    assert hasher.digest() == hasher.digest()  # digest() does not consume the state


def test_one_changed_byte_changes_the_digest() -> None:
    data = bytearray(b"x" * 100)
    before = gost94(bytes(data))
    data[50] ^= 1
    assert gost94(bytes(data)) != before
