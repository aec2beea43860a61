"""GOST 34.10 elliptic-curve arithmetic (pure Python ints, Jacobian coordinates) with NCA RK byte layouts.

Curve parameters come from gostcrypto; gostcrypto's own verify() is not used because it expects the
big-endian RFC layouts. NCA RK layouts (see tests/data/eds/VERIFYING.md, all verified on real data):

* public key: X || Y, each coordinate little-endian (32 or 64 bytes);
* signature: r || s, each half little-endian;
* digest: read as a little-endian integer mod q (0 -> 1).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from gostcrypto.gostsignature import CURVES_R_1323565_1_024_2019

_Jacobian = tuple[int, int, int]
_INFINITY: _Jacobian = (1, 1, 0)
_WINDOW = 4


@dataclass(frozen=True)
class Curve:
    """Short Weierstrass curve y^2 = x^3 + ax + b over F_p with base point (x, y) of prime order q."""

    name: str
    p: int
    a: int
    b: int
    q: int
    x: int
    y: int
    size: int = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "size", (self.p.bit_length() + 7) // 8)

    def on_curve(self, x: int, y: int) -> bool:
        """True when the affine point (x, y) satisfies the curve equation with reduced coordinates."""
        if not (0 <= x < self.p and 0 <= y < self.p):
            return False
        return (y * y - (x * x * x + self.a * x + self.b)) % self.p == 0


def _curve(name: str) -> Curve:
    c = CURVES_R_1323565_1_024_2019[name]
    return Curve(name, c["p"], c["a"], c["b"], c["q"], c["x"], c["y"])


#: GOST 34.10-2015 512-bit (NCA params 1.2.398.3.10.1.1.2.2.1) = tc26 512 paramSetA.
CURVE_512A = _curve("id-tc26-gost-3410-12-512-paramSetA")
#: GOST 34.310-2004 (NCA params 1.2.398.3.10.1.1.1.1.1) = CryptoPro-A = tc26 256 paramSetB.
CURVE_256_CRYPTOPRO_A = _curve("id-tc26-gost-3410-2012-256-paramSetB")
#: Every curve gostcrypto knows, the two NCA RK curves first (used to identify a key by its point).
_NCA_NAMES = (CURVE_512A.name, CURVE_256_CRYPTOPRO_A.name)
ALL_CURVES: tuple[Curve, ...] = (
    CURVE_512A,
    CURVE_256_CRYPTOPRO_A,
    *(_curve(name) for name in CURVES_R_1323565_1_024_2019 if name not in _NCA_NAMES),
)


def _double(c: Curve, pt: _Jacobian) -> _Jacobian:
    x, y, z = pt
    if z == 0 or y == 0:
        return _INFINITY
    p = c.p
    yy = y * y % p
    s = 4 * x * yy % p
    zz = z * z % p
    m = (3 * x * x + c.a * zz * zz) % p
    x3 = (m * m - 2 * s) % p
    y3 = (m * (s - x3) - 8 * yy * yy) % p
    return x3, y3, 2 * y * z % p


def _add(c: Curve, p1: _Jacobian, p2: _Jacobian) -> _Jacobian:
    if p1[2] == 0:
        return p2
    if p2[2] == 0:
        return p1
    p = c.p
    x1, y1, z1 = p1
    x2, y2, z2 = p2
    z1z1, z2z2 = z1 * z1 % p, z2 * z2 % p
    u1, u2 = x1 * z2z2 % p, x2 * z1z1 % p
    s1, s2 = y1 * z2 * z2z2 % p, y2 * z1 * z1z1 % p
    h, r = (u2 - u1) % p, (s2 - s1) % p
    if h == 0:
        return _double(c, p1) if r == 0 else _INFINITY
    hh = h * h % p
    hhh = h * hh % p
    v = u1 * hh % p
    x3 = (r * r - hhh - 2 * v) % p
    y3 = (r * (v - x3) - s1 * hhh) % p
    return x3, y3, z1 * z2 * h % p


def _to_affine(c: Curve, pt: _Jacobian) -> tuple[int, int] | None:
    x, y, z = pt
    if z == 0:
        return None
    zi = pow(z, -1, c.p)
    zi2 = zi * zi % c.p
    return x * zi2 % c.p, y * zi2 * zi % c.p


def _window_table(c: Curve, point: tuple[int, int]) -> list[_Jacobian]:
    table = [_INFINITY, (point[0], point[1], 1)]
    for _ in range(2, 1 << _WINDOW):
        table.append(_add(c, table[-1], table[1]))
    return table


@lru_cache(maxsize=8)
def _base_table(c: Curve) -> list[_Jacobian]:
    return _window_table(c, (c.x, c.y))


def _double_mul(c: Curve, k1: int, t1: list[_Jacobian], k2: int, t2: list[_Jacobian]) -> _Jacobian:
    """k1*P1 + k2*P2 with a shared fixed-window ladder (Shamir's trick, 4-bit windows)."""
    acc = _INFINITY
    top = max(k1.bit_length(), k2.bit_length())
    mask = (1 << _WINDOW) - 1
    for shift in range(((top + _WINDOW - 1) // _WINDOW - 1) * _WINDOW, -1, -_WINDOW):
        for _ in range(_WINDOW):
            acc = _double(c, acc)
        d1, d2 = (k1 >> shift) & mask, (k2 >> shift) & mask
        if d1:
            acc = _add(c, acc, t1[d1])
        if d2:
            acc = _add(c, acc, t2[d2])
    return acc


def scalar_mult(c: Curve, k: int, point: tuple[int, int] | None = None) -> tuple[int, int] | None:
    """k * point (the base point when None), affine, or None for the point at infinity."""
    table = _base_table(c) if point is None else _window_table(c, point)
    return _to_affine(c, _double_mul(c, k % c.q, table, 0, table))


def digest_to_int(c: Curve, digest: bytes) -> int:
    """The NCA RK rule: the digest as a little-endian integer mod q, with 0 replaced by 1."""
    e = int.from_bytes(digest, "little") % c.q
    return e or 1


def decode_public_key(c: Curve, raw: bytes) -> tuple[int, int] | None:
    """X || Y little-endian -> affine point, or None when the length is wrong or the point is off-curve."""
    n = len(raw) // 2
    if len(raw) != 2 * c.size:
        return None
    x, y = int.from_bytes(raw[:n], "little"), int.from_bytes(raw[n:], "little")
    return (x, y) if c.on_curve(x, y) else None


def verify(c: Curve, public_key: bytes, digest: bytes, signature: bytes) -> bool:
    """Check a GOST 34.10 signature (r || s little-endian) over ``digest`` with an X || Y LE public key.

    Returns False (never raises) for malformed keys or signatures.
    """
    q = c.q
    point = decode_public_key(c, public_key)
    if point is None or len(signature) != 2 * c.size:
        return False
    r = int.from_bytes(signature[: c.size], "little")
    s = int.from_bytes(signature[c.size :], "little")
    if not (0 < r < q and 0 < s < q):
        return False
    v = pow(digest_to_int(c, digest), -1, q)
    z1, z2 = s * v % q, (q - r) * v % q
    result = _to_affine(c, _double_mul(c, z1, _base_table(c), z2, _window_table(c, point)))
    return result is not None and result[0] % q == r


def public_key_bytes(c: Curve, private_key: int) -> bytes:
    """X || Y little-endian of private_key * G."""
    point = scalar_mult(c, private_key)
    if point is None:
        raise ValueError("bad private key")
    return point[0].to_bytes(c.size, "little") + point[1].to_bytes(c.size, "little")
