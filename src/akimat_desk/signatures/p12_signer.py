"""The training signer: a detached CMS with a GOST 34.10-2015 512-bit key from a PKCS#12 file, in pure Python.

It writes what the NCA SDK writes: SignedData v1, the signer certificate, signed attributes contentType,
signingTime, signingCertificateV2 (SHA-256 of the certificate) and messageDigest (Streebog-512 of the
data), in that order (which is also their DER SET order); the signature is r || s, little-endian halves,
over Streebog-512 of the DER SET of signed attributes. Only the NCA's KalkanCrypt (through NCALayer) is
certified: the register offers this signer only while its TEST setting is on.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from datetime import UTC, datetime

from asn1crypto import algos, cms, core, x509

from . import algorithms as alg
from . import gost_ec
from .certs import extended_key_usage, signer_of
from .pkcs12 import KeyPair, Pkcs12Error, load_p12
from .signing import SigningError, SigningRequest

OID_CONTENT_TYPE = "1.2.840.113549.1.9.3"
OID_MESSAGE_DIGEST = "1.2.840.113549.1.9.4"
OID_SIGNING_TIME = "1.2.840.113549.1.9.5"
OID_SIGNING_CERTIFICATE_V2 = "1.2.840.113549.1.9.16.2.47"  # asn1crypto 1.5.1 lacks it: written raw
OID_DATA = "1.2.840.113549.1.7.1"
OID_SIGNED_DATA = "1.2.840.113549.1.7.2"


def gost_sign(curve: gost_ec.Curve, private_key: int, digest: bytes) -> bytes:
    """GOST 34.10 signature r || s (little-endian halves, the NCA layout) with a fresh random nonce."""
    q = curve.q
    e = gost_ec.digest_to_int(curve, digest)
    while True:
        k = secrets.randbelow(q - 1) + 1
        point = gost_ec.scalar_mult(curve, k)
        if point is None:
            continue
        r = point[0] % q
        s = (r * private_key + k * e) % q
        if r and s:
            return r.to_bytes(curve.size, "little") + s.to_bytes(curve.size, "little")


def _tlv(tag: int, body: bytes) -> bytes:
    n = len(body)
    if n < 0x80:
        length = bytes([n])
    else:
        raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
        length = bytes([0x80 | len(raw)]) + raw
    return bytes([tag]) + length + body


def _attribute(oid: str, value_der: bytes) -> bytes:
    return _tlv(0x30, core.ObjectIdentifier(oid).dump() + _tlv(0x31, value_der))


def signed_attributes(cert: x509.Certificate, digest: bytes, signing_time: datetime) -> bytes:
    """The DER SET OF signed attributes: contentType, signingTime, signingCertificateV2, messageDigest."""
    ess_cert_id = _tlv(0x30, core.OctetString(hashlib.sha256(cert.dump()).digest()).dump())  # SHA-256: default
    signing_certificate_v2 = _tlv(0x30, _tlv(0x30, ess_cert_id))
    attrs = [
        _attribute(OID_CONTENT_TYPE, core.ObjectIdentifier(OID_DATA).dump()),
        _attribute(OID_SIGNING_TIME, core.UTCTime(signing_time.astimezone(UTC)).dump()),
        _attribute(OID_SIGNING_CERTIFICATE_V2, signing_certificate_v2),
        _attribute(OID_MESSAGE_DIGEST, core.OctetString(digest).dump()),
    ]
    return _tlv(0x31, b"".join(sorted(attrs)))  # DER SET OF: sorted encodings (the same order as above)


def detached_cms(pair: KeyPair, data: bytes, signing_time: datetime) -> bytes:
    """A DER ContentInfo(SignedData), detached, over ``data`` with a GOST 2015-512 key pair."""
    if pair.algorithm != alg.KZ_GOST2015_512_KEY:
        raise SigningError("key_unreadable", f"key algorithm {pair.algorithm} is not GOST 34.10-2015 512")
    curve = gost_ec.CURVE_512A
    cert = pair.certificate
    attrs_der = signed_attributes(cert, alg.digest(alg.KZ_STREEBOG_512, data), signing_time)
    signature = gost_sign(curve, pair.gost_scalar, alg.digest(alg.KZ_STREEBOG_512, attrs_der))
    digest_algorithm = algos.DigestAlgorithm({"algorithm": alg.KZ_STREEBOG_512})
    signer = cms.SignerInfo(
        {
            "version": "v1",
            "sid": cms.SignerIdentifier(
                {
                    "issuer_and_serial_number": cms.IssuerAndSerialNumber(
                        {"issuer": cert.issuer, "serial_number": cert.serial_number}
                    )
                }
            ),
            "digest_algorithm": digest_algorithm,
            "signed_attrs": cms.CMSAttributes.load(attrs_der),
            "signature_algorithm": algos.SignedDigestAlgorithm({"algorithm": alg.KZ_GOST2015_512_SIG}),
            "signature": signature,
        }
    )
    # Written as raw DER around the certificate's own bytes: asn1crypto re-encodes a certificate placed in
    # a CertificateSet and fails on the GOST key OIDs it does not know.
    signed = _tlv(
        0x30,
        core.Integer(1).dump()
        + _tlv(0x31, digest_algorithm.dump())
        + _tlv(0x30, core.ObjectIdentifier(OID_DATA).dump())
        + _tlv(0xA0, cert.dump())
        + _tlv(0x31, signer.dump()),
    )
    return _tlv(0x30, core.ObjectIdentifier(OID_SIGNED_DATA).dump() + _tlv(0xA0, signed))


def key_matches_certificate(pair: KeyPair) -> bool:
    """d * G equals the certificate's public key (a key file can hold a foreign certificate)."""
    public = alg.public_key_of(pair.certificate).raw
    return gost_ec.public_key_bytes(gost_ec.CURVE_512A, pair.gost_scalar) == public


def check_allowed(pair: KeyPair, request: SigningRequest) -> None:
    """Raise SigningError('key_not_allowed') unless the certificate carries the requested BIN, IIN and roles."""
    who = signer_of(pair.certificate)
    ekus = set(extended_key_usage(pair.certificate))
    if request.bin and who.bin != request.bin:
        raise SigningError("key_not_allowed", f"bin {who.bin} != {request.bin}")
    if request.iin and who.iin != request.iin:
        raise SigningError("key_not_allowed", f"iin {who.iin} != {request.iin}")
    missing = [oid for oid in request.roles if oid not in ekus]
    if missing:
        raise SigningError("key_not_allowed", f"roles missing: {', '.join(missing)}")


class Pkcs12Signer:
    """Signs with a GOST 2015-512 key from a PKCS#12 file; the password is asked for only when signing."""

    name = "p12"

    def __init__(
        self, key_file: bytes, password: Callable[[], str], clock: Callable[[], datetime] | None = None
    ) -> None:
        self._key_file = key_file
        self._password = password
        self._clock = clock or (lambda: datetime.now(UTC))

    def sign(self, request: SigningRequest) -> bytes:
        """A detached CMS over ``request.data``; SigningError on a wrong password, a foreign or unfit key."""
        try:
            pair = load_p12(self._key_file, self._password())
        except Pkcs12Error as exc:
            code = "wrong_password" if exc.code == "wrong_password" else "key_unreadable"
            raise SigningError(code, str(exc)) from None
        if pair.algorithm != alg.KZ_GOST2015_512_KEY:
            raise SigningError("key_unreadable", f"key algorithm {pair.algorithm} is not GOST 34.10-2015 512")
        if not key_matches_certificate(pair):
            raise SigningError("key_mismatch", "the private key does not belong to the certificate")
        check_allowed(pair, request)
        return detached_cms(pair, request.data, self._clock().replace(microsecond=0))
