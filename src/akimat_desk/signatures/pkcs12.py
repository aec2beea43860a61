"""PKCS#12 reader for NCA RK key files (GOST 34.10-2015/2004 and RSA), for the training signer and tests.

cryptography cannot load these files: the key bags hold GOST keys it does not know, and the certificate
bags use RC2-40, which it only offers with 128-bit keys. So the PKCS#12 KDF (RFC 7292 appendix B) and RC2
(RFC 2268) are written here; 3DES comes from cryptography's decrepit module.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from asn1crypto import core, pkcs12, x509
from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives.ciphers import Cipher, modes

PASSWORD = "Qwerty12"  # the public password of the NCA SDK test key set


class Pkcs12Error(ValueError):
    """The file is not a readable PKCS#12 key file, or the password is wrong (``code`` says which)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(detail or code)
        self.code = code


# RFC 2268 section 2: PITABLE, the "random" permutation of 0..255 from the digits of pi.
_PITABLE = bytes.fromhex(
    "d978f9c419ddb5ed28e9fd794aa0d89dc67e37832b76538e624c6488448bfba2"
    "179a59f587b34f1361456d8d09817d32bd8f40eb86b77b0bf09521225c6b4e82"
    "54d66593ce60b21c7356c014a78cf1dc1275ca1f3bbee4d1423dd430a33cb626"
    "6fbf0eda4669075727f21d9bbc944303f811c7f690ef3ee706c3d52fc8661ed7"
    "08e8eade8052eef784aa72ac354d6a2a961ad2715a1549744b9fd05e0418a4ec"
    "c2e0416e0f51cbcc2491af50a1f47039997c3a8523b8b47afc02365b25559731"
    "2d5dfa98e38a92ae05df2910676cbac9d300e6cfe19ea82c6316013f58e289a9"
    "0d38341bab33ffb0bb480c5fb9b1cd2ec5f3db47e5a59c770aa62068fe7fc1ad"
)


def _rc2_expand(key: bytes, effective_bits: int) -> list[int]:
    table = list(key) + [0] * (128 - len(key))
    for i in range(len(key), 128):
        table[i] = _PITABLE[(table[i - 1] + table[i - len(key)]) & 255]
    t8 = (effective_bits + 7) // 8
    tm = 255 % (1 << (8 + effective_bits - 8 * t8))
    table[128 - t8] = _PITABLE[table[128 - t8] & tm]
    for i in range(127 - t8, -1, -1):
        table[i] = _PITABLE[table[i + 1] ^ table[i + t8]]
    return [table[2 * i] | table[2 * i + 1] << 8 for i in range(64)]


def _rc2_decrypt_block(k: list[int], block: bytes) -> bytes:
    r = [int.from_bytes(block[i : i + 2], "little") for i in range(0, 8, 2)]
    shifts = (1, 2, 3, 5)
    j = 63
    for round_ in range(15, -1, -1):
        if round_ in (4, 10):
            for i in (3, 2, 1, 0):
                r[i] = (r[i] - k[r[(i - 1) % 4] & 63]) & 0xFFFF
        for i in (3, 2, 1, 0):
            s = shifts[i]
            v = ((r[i] >> s) | (r[i] << (16 - s))) & 0xFFFF
            a, b, c = r[(i - 1) % 4], r[(i - 2) % 4], r[(i - 3) % 4]
            r[i] = (v - k[j] - (a & b) - (~a & c)) & 0xFFFF
            j -= 1
    return b"".join(x.to_bytes(2, "little") for x in r)


def rc2_cbc_decrypt(key: bytes, iv: bytes, data: bytes, effective_bits: int) -> bytes:
    """RC2-CBC decryption (no unpadding)."""
    k = _rc2_expand(key, effective_bits)
    out, prev = [], iv
    for offset in range(0, len(data), 8):
        block = data[offset : offset + 8]
        plain = _rc2_decrypt_block(k, block)
        out.append(bytes(x ^ y for x, y in zip(plain, prev, strict=True)))
        prev = block
    return b"".join(out)


def pkcs12_kdf(password: str, salt: bytes, purpose: int, iterations: int, size: int) -> bytes:
    """RFC 7292 appendix B.2 with SHA-1 (purpose 1 = key, 2 = IV)."""
    u, v = 20, 64
    pwd = password.encode("utf-16-be") + b"\0\0"
    d = bytes([purpose]) * v
    s = (salt * (v // len(salt) + 1))[: v * ((len(salt) + v - 1) // v)]
    p = (pwd * (v // len(pwd) + 1))[: v * ((len(pwd) + v - 1) // v)]
    i = bytearray(s + p)
    result = b""
    while len(result) < size:
        a = d + bytes(i)
        for _ in range(iterations):
            a = hashlib.sha1(a).digest()
        result += a
        b = int.from_bytes((a * (v // u + 1))[:v], "big")
        for offset in range(0, len(i), v):
            chunk = (int.from_bytes(i[offset : offset + v], "big") + b + 1) % (1 << (8 * v))
            i[offset : offset + v] = chunk.to_bytes(v, "big")
    return result[:size]


def _unpad(data: bytes) -> bytes:
    pad = data[-1]
    if not 1 <= pad <= 8 or data[-pad:] != bytes([pad]) * pad:
        raise Pkcs12Error("wrong_password", "bad padding (wrong password?)")
    return data[:-pad]


def _pbe_decrypt(algorithm: core.Sequence, data: bytes, password: str) -> bytes:
    name = algorithm["algorithm"].native
    params = algorithm["parameters"]
    salt, rounds = params["salt"].native, params["iterations"].native
    iv = pkcs12_kdf(password, salt, 2, rounds, 8)
    if name == "pkcs12_sha1_tripledes_3key":
        key = pkcs12_kdf(password, salt, 1, rounds, 24)
        decryptor = Cipher(TripleDES(key), modes.CBC(iv)).decryptor()
        return _unpad(decryptor.update(data) + decryptor.finalize())
    if name == "pkcs12_sha1_rc2_40":
        return _unpad(rc2_cbc_decrypt(pkcs12_kdf(password, salt, 1, rounds, 5), iv, data, 40))
    raise Pkcs12Error("unsupported", f"PBE {name} not supported")


_T = TypeVar("_T")


@dataclass(frozen=True)
class KeyPair:
    """A private key (raw PrivateKeyInfo and the key algorithm OID) and its certificate."""

    algorithm: str
    private_key_info: bytes
    certificate: x509.Certificate

    @property
    def gost_scalar(self) -> int:
        """The GOST private scalar (NCA stores it as a little-endian OCTET STRING or an INTEGER)."""
        inner = core.Sequence.load(self.private_key_info)[2].contents
        value = core.Asn1Value.load(inner)
        if isinstance(value, core.Integer):
            return int(value.native)
        return int.from_bytes(value.contents, "little")


def _bags(pfx: pkcs12.Pfx, password: str) -> list[pkcs12.SafeBag]:
    bags: list[pkcs12.SafeBag] = []
    for info in pfx.authenticated_safe:
        if info["content_type"].native == "data":
            bags.extend(pkcs12.SafeContents.load(info["content"].native))
        elif info["content_type"].native == "encrypted_data":
            enc = info["content"]["encrypted_content_info"]
            plain = _pbe_decrypt(enc["content_encryption_algorithm"], enc["encrypted_content"].native, password)
            bags.extend(_decrypted(_safe_contents, plain))
    return bags


def _safe_contents(plain: bytes) -> list[pkcs12.SafeBag]:
    contents = pkcs12.SafeContents.load(plain)
    for bag in contents:
        bag["bag_id"].native  # noqa: B018 - parsed now, so that garbage fails here
    return list(contents)


def _decrypted(parse: Callable[[bytes], _T], plain: bytes) -> _T:
    """``parse(plain)`` of decrypted bytes; garbage means a wrong password. A wrong password passes the padding check
    about once in 256 tries (a last byte 0x01), and then only the parse of what it decrypted can tell."""
    try:
        return parse(plain)
    except (ValueError, TypeError, KeyError, IndexError):
        raise Pkcs12Error("wrong_password", "the decrypted content is not DER (wrong password?)") from None


def load_p12(data: bytes, password: str = PASSWORD) -> KeyPair:
    """The first private key and the first end-entity certificate of a PKCS#12 file.

    Raises Pkcs12Error: ``wrong_password``, ``unsupported`` (an encryption this reader lacks) or
    ``unreadable`` (not PKCS#12, or no key or no certificate in it).
    """
    try:
        return _load(data, password)
    except Pkcs12Error:
        raise
    except (ValueError, TypeError, KeyError, IndexError) as exc:
        raise Pkcs12Error("unreadable", f"{type(exc).__name__}: {exc}"[:200]) from None


def _load(data: bytes, password: str) -> KeyPair:
    key_info: bytes | None = None
    certs: list[x509.Certificate] = []
    for bag in _bags(pkcs12.Pfx.load(data), password):
        kind = bag["bag_id"].native
        if kind == "pkcs8_shrouded_key_bag" and key_info is None:
            value = bag["bag_value"]
            plain = _pbe_decrypt(value["encryption_algorithm"], value["encrypted_data"].native, password)
            key_info = _decrypted(_key_checked, plain)
        elif kind == "cert_bag":
            certs.append(x509.Certificate.load(bag["bag_value"]["cert_value"].parsed.dump()))
    leaves = [c for c in certs if not (c.basic_constraints_value and c.basic_constraints_value["ca"].native)]
    if key_info is None or not leaves:
        raise Pkcs12Error("unreadable", "no key or certificate in the PKCS#12 file")
    algorithm = core.Sequence.load(key_info)[1][0].dotted
    return KeyPair(algorithm, key_info, leaves[0])


def _key_checked(plain: bytes) -> bytes:
    """``plain`` if it reads as a PrivateKeyInfo (version, algorithm, key)."""
    info = core.Sequence.load(plain)
    info[1][0].dotted  # noqa: B018 - the algorithm's OID, parsed now
    info[2].contents  # noqa: B018
    return plain
