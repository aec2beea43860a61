"""Digest and signature primitives by OID: SHA-2, Streebog, GOST 34.11-94; RSA, GOST 2015, GOST 2004.

asn1crypto raises KeyError on the Kazakh GOST key OIDs when a public key is parsed, so public keys are read
from the raw SubjectPublicKeyInfo here and never through ``Certificate.public_key``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from asn1crypto import core, x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from gostcrypto import gosthash

from . import gost_ec
from .gost94 import Gost94
from .input_errors import MalformedInput


class UnsupportedAlgorithm(Exception):
    """An algorithm OID (digest, signature or key) this verifier does not implement."""


# Digest OIDs
SHA1 = "1.3.14.3.2.26"
SHA256 = "2.16.840.1.101.3.4.2.1"
SHA384 = "2.16.840.1.101.3.4.2.2"
SHA512 = "2.16.840.1.101.3.4.2.3"
KZ_GOST_34311 = "1.2.398.3.10.1.3.1"
KZ_STREEBOG_256 = "1.2.398.3.10.1.3.2"
KZ_STREEBOG_512 = "1.2.398.3.10.1.3.3"
TC26_STREEBOG_256 = "1.2.643.7.1.1.2.2"
TC26_STREEBOG_512 = "1.2.643.7.1.1.2.3"

# Key and signature OIDs
RSA_ENCRYPTION = "1.2.840.113549.1.1.1"
KZ_GOST2004_KEY = "1.2.398.3.10.1.1.1.1"
KZ_GOST2004_SIG = "1.2.398.3.10.1.1.1.2"
KZ_GOST2015_512_KEY = "1.2.398.3.10.1.1.2.2"
KZ_GOST2015_256_SIG = "1.2.398.3.10.1.1.2.3.1"
KZ_GOST2015_512_SIG = "1.2.398.3.10.1.1.2.3.2"

_RSA_SIGS = {
    "1.2.840.113549.1.1.5": SHA1,
    "1.2.840.113549.1.1.11": SHA256,
    "1.2.840.113549.1.1.12": SHA384,
    "1.2.840.113549.1.1.13": SHA512,
}
_GOST_SIGS = {
    KZ_GOST2004_SIG: KZ_GOST_34311,
    KZ_GOST2004_KEY: KZ_GOST_34311,
    KZ_GOST2015_512_SIG: KZ_STREEBOG_512,
    KZ_GOST2015_512_KEY: KZ_STREEBOG_512,
    KZ_GOST2015_256_SIG: KZ_STREEBOG_256,
}
_DIGEST_NAMES = {
    SHA1: "SHA-1",
    SHA256: "SHA-256",
    SHA384: "SHA-384",
    SHA512: "SHA-512",
    KZ_GOST_34311: "GOST 34.311-95",
    KZ_STREEBOG_256: "Streebog-256",
    KZ_STREEBOG_512: "Streebog-512",
    TC26_STREEBOG_256: "Streebog-256",
    TC26_STREEBOG_512: "Streebog-512",
}


def _streebog(name: str) -> Callable[[bytes], bytes]:
    return lambda data: bytes(gosthash.new(name, data=bytearray(data)).digest())


_DIGESTS: dict[str, Callable[[bytes], bytes]] = {
    SHA1: lambda d: hashlib.sha1(d).digest(),
    SHA256: lambda d: hashlib.sha256(d).digest(),
    SHA384: lambda d: hashlib.sha384(d).digest(),
    SHA512: lambda d: hashlib.sha512(d).digest(),
    KZ_GOST_34311: lambda d: Gost94(d).digest(),
    KZ_STREEBOG_256: _streebog("streebog256"),
    KZ_STREEBOG_512: _streebog("streebog512"),
    TC26_STREEBOG_256: _streebog("streebog256"),
    TC26_STREEBOG_512: _streebog("streebog512"),
}


def digest(oid: str, data: bytes) -> bytes:
    """Hash ``data`` with the digest algorithm ``oid``; raises UnsupportedAlgorithm for unknown OIDs."""
    func = _DIGESTS.get(oid)
    if func is None:
        raise UnsupportedAlgorithm(f"digest {oid}")
    return func(data)


def digest_name(oid: str) -> str:
    """Human name of a digest OID (the OID itself when unknown)."""
    return _DIGEST_NAMES.get(oid, oid)


@dataclass(frozen=True)
class PublicKey:
    """A certificate's public key: algorithm OID, raw key bytes (GOST: X||Y LE) and the SPKI DER."""

    algorithm: str
    raw: bytes
    spki_der: bytes


def public_key_of(cert: x509.Certificate) -> PublicKey:
    """Read the SubjectPublicKeyInfo without asn1crypto's key parsing (which fails on GOST OIDs)."""
    spki_der = cert["tbs_certificate"]["subject_public_key_info"].dump()
    seq = core.Sequence.load(spki_der)
    if len(seq) < 2 or not isinstance(seq[0], core.Sequence) or not isinstance(seq[0][0], core.ObjectIdentifier):
        raise MalformedInput("subject public key info without an algorithm identifier")
    if seq[1].contents is None:
        raise MalformedInput("subject public key info without a key")
    algorithm = seq[0][0].dotted
    bits = seq[1].contents[1:]
    raw = bits
    if algorithm not in (RSA_ENCRYPTION,) and bits[:1] == b"\x04":
        raw = core.OctetString.load(bits).native
    return PublicKey(algorithm, raw, spki_der)


def _gost_curves(size: int) -> list[gost_ec.Curve]:
    return [c for c in gost_ec.ALL_CURVES if 2 * c.size == size]


def _verify_gost(key: PublicKey, data_digest: bytes, signature: bytes) -> bool:
    curves = _gost_curves(len(key.raw))
    if not curves:
        raise UnsupportedAlgorithm(f"GOST key of {len(key.raw)} bytes")
    for curve in curves:
        if gost_ec.decode_public_key(curve, key.raw) is not None:
            return gost_ec.verify(curve, key.raw, data_digest, signature)
    raise UnsupportedAlgorithm("GOST key on an unknown curve")


def _verify_rsa(key: PublicKey, digest_oid: str, data: bytes, signature: bytes) -> bool:
    try:
        public = serialization.load_der_public_key(key.spki_der)
    except ValueError as exc:  # cryptography could not read the key: the certificate is damaged
        raise MalformedInput(f"unreadable RSA key: {exc}") from exc
    if not isinstance(public, rsa.RSAPublicKey):
        raise UnsupportedAlgorithm("RSA signature with a non-RSA key")
    algorithm = {
        SHA1: hashes.SHA1(),
        SHA256: hashes.SHA256(),
        SHA384: hashes.SHA384(),
        SHA512: hashes.SHA512(),
    }
    if digest_oid not in algorithm:
        raise UnsupportedAlgorithm(f"RSA with digest {digest_oid}")
    try:
        public.verify(signature, data, padding.PKCS1v15(), algorithm[digest_oid])
    except InvalidSignature:
        return False
    return True


def signature_digest_oid(signature_oid: str, digest_oid: str | None = None) -> str:
    """The digest algorithm implied by a signature OID (RSA/GOST), or ``digest_oid`` for bare key OIDs."""
    if signature_oid in _GOST_SIGS:
        return _GOST_SIGS[signature_oid]
    if signature_oid in _RSA_SIGS:
        return _RSA_SIGS[signature_oid]
    if signature_oid == RSA_ENCRYPTION and digest_oid:
        return digest_oid
    raise UnsupportedAlgorithm(f"signature {signature_oid}")


def verify_signature(
    signature_oid: str, key: PublicKey, data: bytes, signature: bytes, digest_oid: str | None = None
) -> bool:
    """Verify ``signature`` over ``data`` (not pre-hashed) with ``key``.

    Returns True/False for a good/bad signature; raises UnsupportedAlgorithm when the signature, digest
    or key algorithm is unknown or the key does not match the algorithm family.
    """
    hash_oid = signature_digest_oid(signature_oid, digest_oid)
    if signature_oid in _GOST_SIGS:
        if key.algorithm == RSA_ENCRYPTION:
            raise UnsupportedAlgorithm("GOST signature with an RSA key")
        return _verify_gost(key, digest(hash_oid, data), signature)
    if key.algorithm != RSA_ENCRYPTION:
        raise UnsupportedAlgorithm("RSA signature with a non-RSA key")
    return _verify_rsa(key, hash_oid, data, signature)


def algorithm_name(signature_oid: str, key: PublicKey | None = None) -> str:
    """A short display name, e.g. 'GOST 34.10-2015 512 / Streebog-512', 'RSA / SHA-256'."""
    try:
        hash_name = digest_name(signature_digest_oid(signature_oid, SHA256))
    except UnsupportedAlgorithm:
        return signature_oid
    if signature_oid in (KZ_GOST2004_SIG, KZ_GOST2004_KEY):
        return f"GOST 34.310-2004 / {hash_name}"
    if signature_oid in _GOST_SIGS:
        bits = len(key.raw) * 4 if key is not None else (512 if hash_name.endswith("512") else 256)
        return f"GOST 34.10-2015 {bits} / {hash_name}"
    return f"RSA / {hash_name}"


def issuer_signed(issuer: x509.Certificate, algorithm: str, tbs: bytes, signature: bytes) -> bool:
    """True when ``issuer``'s key verifies ``signature`` over ``tbs`` (a certificate's or a CRL's to-be-signed
    part); False, not an error, for an algorithm or key we cannot use."""
    try:
        return verify_signature(algorithm, public_key_of(issuer), tbs, signature)
    except (UnsupportedAlgorithm, ValueError, TypeError, KeyError):
        return False
