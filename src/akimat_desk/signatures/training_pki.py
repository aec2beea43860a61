"""A training PKI for registers in TEST mode: a GOST 34.10-2015 512 TEST root and signatory keys in PKCS#12.

The NCA SDK test keys have expired, so a training register makes its own: the root's name says TEST (the
verifier then counts it only while TEST roots are trusted), the signatory certificate follows the NCA RK
subject conventions (CN, SURNAME, GIVENNAME, serialNumber IIN…, OU BIN…, O) with keyUsage
digitalSignature + nonRepudiation and the role OIDs in the extended key usage. The PKCS#12 file is
written with PBE-SHA1-3DES bags and a SHA-1 MAC (openssl reads it with ``-legacy``).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from asn1crypto import algos, core, keys, pkcs12, x509
from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives.ciphers import Cipher, modes

from . import algorithms as alg
from . import gost_ec
from .p12_signer import gost_sign
from .pkcs12 import KeyPair, pkcs12_kdf
from .signing import EKU_EMAIL_PROTECTION, ROLE_LEGAL_ENTITY, ROLE_RIGHT_OF_SIGNATURE

_CURVE = gost_ec.CURVE_512A
_PARAMS_OID = "1.2.398.3.10.1.1.2.2.1"
_PBE_3DES = "1.2.840.113549.1.12.1.3"


@dataclass(frozen=True)
class Issuer:
    """A CA that can issue certificates: its certificate and private scalar."""

    certificate: x509.Certificate
    scalar: int


def _der(tag: int, body: bytes) -> bytes:
    return bytes([tag]) + _length(len(body)) + body


def _algorithm() -> bytes:
    """AlgorithmIdentifier of the GOST 2015-512 key with its parameter set (raw: asn1crypto lacks the OIDs)."""
    params = _der(0x30, core.ObjectIdentifier(_PARAMS_OID).dump())
    return _der(0x30, core.ObjectIdentifier(alg.KZ_GOST2015_512_KEY).dump() + params)


def _spki(scalar: int) -> keys.PublicKeyInfo:
    raw = gost_ec.public_key_bytes(_CURVE, scalar)
    bits = _der(0x03, b"\x00" + core.OctetString(raw).dump())
    return keys.PublicKeyInfo.load(_der(0x30, _algorithm() + bits))


def _length(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(raw)]) + raw


def _name(attrs: list[tuple[str, str]]) -> x509.Name:
    """A Name with one attribute per RDN, in the given order (PrintableString for serialNumber and C)."""
    rdns = b""
    for oid, value in attrs:
        string = core.PrintableString(value) if oid in ("2.5.4.5", "2.5.4.6") else core.UTF8String(value)
        rdns += _der(0x31, _der(0x30, core.ObjectIdentifier(oid).dump() + string.dump()))
    return x509.Name.load(_der(0x30, rdns))


def _ext(oid: str, critical: bool, value: core.Asn1Value) -> dict[str, object]:
    return {"extn_id": oid, "critical": critical, "extn_value": value}


def _certificate(
    subject: x509.Name,
    issuer: x509.Name,
    scalar: int,
    issuer_scalar: int,
    not_before: datetime,
    days: int,
    extensions: list[dict[str, object]],
) -> x509.Certificate:
    tbs = x509.TbsCertificate(
        {
            "version": "v3",
            "serial_number": int.from_bytes(secrets.token_bytes(16), "big") >> 1,
            "signature": {"algorithm": alg.KZ_GOST2015_512_SIG},
            "issuer": issuer,
            "validity": {
                "not_before": x509.Time({"utc_time": not_before}),
                "not_after": x509.Time({"utc_time": not_before + timedelta(days=days)}),
            },
            "subject": subject,
            "subject_public_key_info": _spki(scalar),
            "extensions": extensions,
        }
    )
    signature = gost_sign(_CURVE, issuer_scalar, alg.digest(alg.KZ_STREEBOG_512, tbs.dump()))
    return x509.Certificate(
        {
            "tbs_certificate": tbs,
            "signature_algorithm": {"algorithm": alg.KZ_GOST2015_512_SIG},
            "signature_value": signature,
        }
    )


def new_scalar() -> int:
    """A fresh private key in [1, q-1]."""
    return secrets.randbelow(_CURVE.q - 1) + 1


def make_root(
    name: str = "AKIMAT DESK TRAINING ROOT (GOST) TEST", *, now: datetime | None = None, days: int = 3650
) -> Issuer:
    """A self-signed TEST root CA (its name must say TEST: the verifier trusts it only in TEST mode)."""
    if "TEST" not in name.upper():
        raise ValueError("a training root's name must contain TEST")
    scalar = new_scalar()
    subject = _name([("2.5.4.3", name), ("2.5.4.6", "KZ")])
    start = (now or datetime.now(UTC)).replace(microsecond=0) - timedelta(days=1)
    extensions = [
        _ext("basic_constraints", True, x509.BasicConstraints({"ca": True})),
        _ext("key_usage", True, x509.KeyUsage({"key_cert_sign", "crl_sign"})),
    ]
    return Issuer(_certificate(subject, subject, scalar, scalar, start, days, extensions), scalar)


def make_signatory(
    issuer: Issuer,
    *,
    surname: str,
    given_name: str,
    patronymic: str,
    iin: str,
    bin_: str,
    organization: str,
    roles: tuple[str, ...] = (ROLE_LEGAL_ENTITY, ROLE_RIGHT_OF_SIGNATURE),
    not_before: datetime | None = None,
    days: int = 365,
) -> KeyPair:
    """A signing key (digitalSignature + nonRepudiation) of the akimat's signatory, issued by ``issuer``."""
    scalar = new_scalar()
    subject = _name(
        [
            ("2.5.4.3", f"{surname} {given_name}"),
            ("2.5.4.4", surname),
            ("2.5.4.5", f"IIN{iin}"),
            ("2.5.4.6", "KZ"),
            ("2.5.4.10", organization),
            ("2.5.4.11", f"BIN{bin_}"),
            ("2.5.4.42", patronymic),
        ]
    )
    start = (not_before or datetime.now(UTC)).replace(microsecond=0)
    extensions = [
        _ext("key_usage", True, x509.KeyUsage({"digital_signature", "non_repudiation"})),
        _ext("extended_key_usage", False, x509.ExtKeyUsageSyntax([EKU_EMAIL_PROTECTION, *roles])),
    ]
    cert = _certificate(subject, issuer.certificate.subject, scalar, issuer.scalar, start, days, extensions)
    return KeyPair(alg.KZ_GOST2015_512_KEY, private_key_info(scalar), cert)


def private_key_info(scalar: int) -> bytes:
    """PKCS#8 PrivateKeyInfo with the scalar as a little-endian OCTET STRING (the NCA layout)."""
    inner = core.OctetString(scalar.to_bytes(_CURVE.size, "little")).dump()
    return _der(0x30, core.Integer(0).dump() + _algorithm() + core.OctetString(inner).dump())


def _pad(data: bytes) -> bytes:
    n = 8 - len(data) % 8
    return data + bytes([n]) * n


def _encrypt(data: bytes, password: str) -> tuple[algos.EncryptionAlgorithm, bytes]:
    salt, rounds = secrets.token_bytes(8), 2048
    key = pkcs12_kdf(password, salt, 1, rounds, 24)
    iv = pkcs12_kdf(password, salt, 2, rounds, 8)
    encryptor = Cipher(TripleDES(key), modes.CBC(iv)).encryptor()
    ciphertext = encryptor.update(_pad(data)) + encryptor.finalize()
    params = algos.Pbes1Params({"salt": salt, "iterations": rounds})
    return algos.EncryptionAlgorithm({"algorithm": _PBE_3DES, "parameters": params}), ciphertext


def write_p12(pair: KeyPair, password: str, chain: tuple[x509.Certificate, ...] = ()) -> bytes:
    """A PKCS#12 file with the key (shrouded) and the certificates (encrypted), PBE-SHA1-3DES, SHA-1 MAC."""
    local_id = hashlib.sha1(pair.certificate.dump()).digest()
    attrs = pkcs12.Attributes([{"type": "local_key_id", "values": [local_id]}])
    algorithm, encrypted_key = _encrypt(pair.private_key_info, password)
    key_bag = pkcs12.SafeBag(
        {
            "bag_id": "pkcs8_shrouded_key_bag",
            "bag_value": keys.EncryptedPrivateKeyInfo(
                {"encryption_algorithm": algorithm, "encrypted_data": encrypted_key}
            ),
            "bag_attributes": attrs,
        }
    )
    cert_bags = [
        pkcs12.SafeBag(
            {
                "bag_id": "cert_bag",
                "bag_value": pkcs12.CertBag({"cert_id": "x509", "cert_value": core.ParsableOctetString(c.dump())}),
                "bag_attributes": attrs if c is pair.certificate else pkcs12.Attributes([]),
            }
        )
        for c in (pair.certificate, *chain)
    ]
    cert_algorithm, cert_data = _encrypt(pkcs12.SafeContents(cert_bags).dump(), password)
    encrypted = {
        "content_type": "encrypted_data",
        "content": {
            "version": "v0",
            "encrypted_content_info": {
                "content_type": "data",
                "content_encryption_algorithm": cert_algorithm,
                "encrypted_content": cert_data,
            },
        },
    }
    plain = {"content_type": "data", "content": pkcs12.SafeContents([key_bag]).dump()}
    auth_safe = pkcs12.AuthenticatedSafe([encrypted, plain]).dump()
    salt = secrets.token_bytes(8)
    mac_key = pkcs12_kdf(password, salt, 3, 2048, 20)
    digest = hmac.new(mac_key, auth_safe, hashlib.sha1).digest()
    pfx = pkcs12.Pfx(
        {
            "version": "v3",
            "auth_safe": {"content_type": "data", "content": auth_safe},
            "mac_data": {
                "mac": {"digest_algorithm": {"algorithm": "sha1"}, "digest": digest},
                "mac_salt": salt,
                "iterations": 2048,
            },
        }
    )
    encoded: bytes = pfx.dump()
    return encoded
