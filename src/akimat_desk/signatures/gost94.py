"""GOST R 34.11-94 hash with the test parameter set (id-GostR3411-94-TestParamSet), zero IV.

Kazakh GOST 34.311-95 (the digest of GOST 34.310-2004 signatures) is this function. The output is the
32-byte little-endian encoding of the final chaining value H, which is the byte order used by every
implementation and by the NCA RK signatures (the standard prints H as a big-endian number instead).

Speed: table-driven GOST 28147-89 rounds and GF(2)-linear lookup tables for the psi shuffles
(psi is linear, so psi^n of a 256-bit word is the XOR of 32 per-byte table entries).
"""

from __future__ import annotations

from functools import cache

_SBOX = (
    (4, 10, 9, 2, 13, 8, 0, 14, 6, 11, 1, 12, 7, 15, 5, 3),
    (14, 11, 4, 12, 6, 13, 15, 10, 2, 3, 8, 1, 0, 7, 5, 9),
    (5, 8, 1, 13, 10, 3, 4, 2, 14, 15, 12, 7, 6, 0, 9, 11),
    (7, 13, 10, 1, 0, 8, 9, 15, 14, 4, 6, 12, 11, 2, 5, 3),
    (6, 12, 7, 1, 5, 15, 13, 8, 4, 10, 9, 14, 0, 3, 11, 2),
    (4, 11, 10, 0, 7, 2, 1, 13, 3, 6, 8, 5, 9, 12, 15, 14),
    (13, 11, 4, 1, 3, 15, 5, 9, 0, 10, 14, 7, 6, 8, 2, 12),
    (1, 15, 13, 0, 5, 7, 10, 4, 9, 2, 3, 14, 6, 11, 8, 12),
)
_M32 = 0xFFFFFFFF
_M64 = (1 << 64) - 1
_M256 = (1 << 256) - 1
_C3 = int.from_bytes(bytes.fromhex("ff00ffff000000ffff0000ff00ffff0000ff00ff00ff00ffff00ff00ff00ff00"), "big")
# P: output byte i + 4k (0-based) takes input byte 8i + k.
_P_ORDER = [0] * 32
for _i in range(4):
    for _k in range(8):
        _P_ORDER[_i + 4 * _k] = 8 * _i + _k


def _round_tables() -> tuple[list[int], list[int], list[int], list[int]]:
    """Four byte tables combining two S-boxes each with the 11-bit left rotation."""
    tables = []
    for byte_index in range(4):
        lo_box, hi_box = _SBOX[2 * byte_index], _SBOX[2 * byte_index + 1]
        table = []
        for value in range(256):
            sub = (hi_box[value >> 4] << 4 | lo_box[value & 15]) << (8 * byte_index)
            table.append(((sub << 11) | (sub >> 21)) & _M32)
        tables.append(table)
    return tables[0], tables[1], tables[2], tables[3]


_T0, _T1, _T2, _T3 = _round_tables()


def _encrypt(key: int, block: int) -> int:
    """GOST 28147-89 ECB encryption of a 64-bit block (low half = N1) under a 256-bit key."""
    subkeys = [(key >> (32 * i)) & _M32 for i in range(8)]
    schedule = subkeys * 3 + subkeys[::-1]
    n1, n2 = block & _M32, block >> 32
    t0, t1, t2, t3 = _T0, _T1, _T2, _T3
    for subkey in schedule:
        t = (n1 + subkey) & _M32
        n1, n2 = n2 ^ t0[t & 255] ^ t1[(t >> 8) & 255] ^ t2[(t >> 16) & 255] ^ t3[t >> 24], n1
    return n2 | (n1 << 32)


def _psi(y: int) -> int:
    w = y ^ (y >> 16) ^ (y >> 32) ^ (y >> 48) ^ (y >> 192) ^ (y >> 240)
    return (y >> 16) | ((w & 0xFFFF) << 240)


@cache
def _psi_power_tables(power: int) -> tuple[tuple[int, ...], ...]:
    """For each byte position, a 256-entry table of psi^power applied to that byte alone."""
    result = []
    for position in range(32):
        basis = []
        for bit in range(8):
            y = 1 << (8 * position + bit)
            for _ in range(power):
                y = _psi(y)
            basis.append(y)
        table = [0] * 256
        for value in range(1, 256):
            low = value & -value
            table[value] = table[value ^ low] ^ basis[low.bit_length() - 1]
        result.append(tuple(table))
    return tuple(result)


def _apply(tables: tuple[tuple[int, ...], ...], y: int) -> int:
    acc = 0
    for position, byte in enumerate(y.to_bytes(32, "little")):
        if byte:
            acc ^= tables[position][byte]
    return acc


def _p(y: int) -> int:
    raw = y.to_bytes(32, "little")
    return int.from_bytes(bytes(raw[i] for i in _P_ORDER), "little")


def _a(y: int) -> int:
    return (y >> 64) | (((y ^ (y >> 64)) & _M64) << 192)


def _step(h: int, m: int) -> int:
    """The compression function f(H, M) of GOST R 34.11-94."""
    u, v = h, m
    keys = [_p(u ^ v)]
    for constant in (0, _C3, 0):
        u = _a(u) ^ constant
        v = _a(_a(v))
        keys.append(_p(u ^ v))
    s = 0
    for i, key in enumerate(keys):
        s |= _encrypt(key, (h >> (64 * i)) & _M64) << (64 * i)
    return _apply(_psi_power_tables(61), h) ^ _apply(_psi_power_tables(62), m) ^ _apply(_psi_power_tables(74), s)


class Gost94:
    """Incremental GOST R 34.11-94 (test S-box, zero IV): update(bytes) then digest() -> 32 bytes."""

    digest_size = 32

    def __init__(self, data: bytes = b"") -> None:
        self._h = 0
        self._sigma = 0
        self._length = 0
        self._buffer = b""
        self.update(data)

    def update(self, data: bytes) -> None:
        """Feed more message bytes."""
        buffer = self._buffer + bytes(data)
        full = len(buffer) - len(buffer) % 32
        h, sigma = self._h, self._sigma
        for offset in range(0, full, 32):
            block = int.from_bytes(buffer[offset : offset + 32], "little")
            h = _step(h, block)
            sigma = (sigma + block) & _M256
        self._h, self._sigma = h, sigma
        self._length += full * 8
        self._buffer = buffer[full:]

    def digest(self) -> bytes:
        """The 32-byte digest of everything fed so far (the object stays usable)."""
        h, sigma, length = self._h, self._sigma, self._length
        if self._buffer:
            block = int.from_bytes(self._buffer.ljust(32, b"\0"), "little")
            h = _step(h, block)
            sigma = (sigma + block) & _M256
            length += len(self._buffer) * 8
        h = _step(h, length & _M256)
        h = _step(h, sigma)
        return h.to_bytes(32, "little")

    def hexdigest(self) -> str:
        return self.digest().hex()


def gost94(data: bytes) -> bytes:
    """GOST R 34.11-94 (test parameter set) digest of ``data``, 32 bytes."""
    return Gost94(data).digest()
