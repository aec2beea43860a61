"""Damaged real files an exhaustive bit-flip run over cms/individual_attached.der found (every byte, masks 0x80,
0x01, 0x20): each must give a verdict, never an internal error."""

from __future__ import annotations

import pytest

from akimat_desk.signatures import TrustStore, verify
from akimat_desk.signatures.verdicts import TimeBasis

from .data import read

# (byte position, xor mask) in cms/individual_attached.der
FOUND = [(1750, 0x80)]


@pytest.mark.parametrize(("position", "mask"), FOUND)
def test_a_damaged_timestamp_token_is_an_untrusted_timestamp(store: TrustStore, position: int, mask: int) -> None:
    damaged = bytearray(read("cms/individual_attached.der"))
    damaged[position] ^= mask  # inside the unsigned timestamp token: the document signature itself is intact
    result = verify(bytes(damaged), trust=store, allow_test=True)
    assert result.timestamp is not None and not result.timestamp.trusted
    assert result.timestamp.problem is not None and result.timestamp.problem.startswith("malformed")
    assert result.time_basis is not TimeBasis.TIMESTAMP
