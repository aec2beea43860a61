"""Test-only CMS signer: fresh GOST 2015-512, GOST 2004 and RSA signatures with the NCA RK test keys.

It produces what NCALayer produces (SignedData v1, one signer certificate, signed attributes contentType,
signingTime, signingCertificateV2, messageDigest) so the verifier can be tested on every verdict, plus
helpers that corrupt one byte of a chosen part. Never used by the application.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from asn1crypto import algos, cms, core, x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from akimat_desk.signatures import algorithms as alg
from akimat_desk.signatures import gost_ec
from akimat_desk.signatures.p12_signer import gost_sign
from akimat_desk.signatures.pkcs12 import KeyPair

_SCHEMES = {
    alg.KZ_GOST2015_512_KEY: (alg.KZ_STREEBOG_512, alg.KZ_GOST2015_512_SIG, gost_ec.CURVE_512A),
    alg.KZ_GOST2004_KEY: (alg.KZ_GOST_34311, alg.KZ_GOST2004_KEY, gost_ec.CURVE_256_CRYPTOPRO_A),
    alg.RSA_ENCRYPTION: (alg.SHA256, "1.2.840.113549.1.1.11", None),
}


def _attribute(oid: str, value_der: bytes) -> bytes:
    return core.Sequence.load(_seq(core.ObjectIdentifier(oid).dump() + _tlv(0x31, value_der))).dump()


def _tlv(tag: int, body: bytes) -> bytes:
    n = len(body)
    if n < 0x80:
        length = bytes([n])
    else:
        raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
        length = bytes([0x80 | len(raw)]) + raw
    return bytes([tag]) + length + body


def _seq(body: bytes) -> bytes:
    return _tlv(0x30, body)


def signed_attributes(cert: x509.Certificate, digest: bytes, signing_time: datetime | None) -> bytes:
    """The DER SET OF signed attributes (sorted, as DER requires); no signingTime when it is None."""
    ess = _seq(_seq(_seq(core.OctetString(hashlib.sha256(cert.dump()).digest()).dump())))
    attrs = [
        _attribute("1.2.840.113549.1.9.3", core.ObjectIdentifier("1.2.840.113549.1.7.1").dump()),
        _attribute("1.2.840.113549.1.9.16.2.47", ess),
        _attribute("1.2.840.113549.1.9.4", core.OctetString(digest).dump()),
    ]
    if signing_time is not None:
        attrs.append(_attribute("1.2.840.113549.1.9.5", core.UTCTime(signing_time).dump()))
    return _tlv(0x31, b"".join(sorted(attrs)))


def _sign(pair: KeyPair, data: bytes) -> bytes:
    digest_oid, _, curve = _SCHEMES[pair.algorithm]
    if curve is not None:
        return gost_sign(curve, pair.gost_scalar, alg.digest(digest_oid, data))
    key = serialization.load_der_private_key(pair.private_key_info, None)
    assert isinstance(key, rsa.RSAPrivateKey)
    return key.sign(data, padding.PKCS1v15(), hashes.SHA256())


def make_cms(
    pair: KeyPair,
    content: bytes,
    signing_time: datetime | None,
    *,
    detached: bool = False,
    extra_certs: tuple[x509.Certificate, ...] = (),
    signature_oid: str | None = None,
) -> bytes:
    """A DER ContentInfo(SignedData) over ``content`` signed with ``pair`` at the claimed ``signing_time``."""
    digest_oid, default_signature_oid, _ = _SCHEMES[pair.algorithm]
    signature_oid = signature_oid or default_signature_oid
    attrs_der = signed_attributes(pair.certificate, alg.digest(digest_oid, content), signing_time)
    signature = _sign(pair, attrs_der)
    cert = pair.certificate
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
            "digest_algorithm": algos.DigestAlgorithm({"algorithm": digest_oid}),
            "signed_attrs": cms.CMSAttributes.load(attrs_der),
            "signature_algorithm": algos.SignedDigestAlgorithm({"algorithm": signature_oid}),
            "signature": signature,
        }
    )
    encap = {"content_type": "data"} if detached else {"content_type": "data", "content": content}
    signed = cms.SignedData(
        {
            "version": "v1",
            "digest_algorithms": [algos.DigestAlgorithm({"algorithm": digest_oid})],
            "encap_content_info": encap,
            "certificates": [cert, *extra_certs],
            "signer_infos": [signer],
        }
    )
    return cms.ContentInfo({"content_type": "signed_data", "content": signed}).dump()


def flip_byte(data: bytes, needle: bytes, offset: int = 0) -> bytes:
    """``data`` with one bit flipped at ``offset`` inside the (unique) occurrence of ``needle``."""
    position = data.index(needle) + offset
    assert data.count(needle) == 1, "needle must be unique"
    return data[:position] + bytes([data[position] ^ 0x01]) + data[position + 1 :]


def signer_parts(der: bytes) -> dict[str, bytes]:
    """Raw bytes of parts of the first signer info, to aim flip_byte at: digest, signature, time."""
    signer = cms.ContentInfo.load(der)["content"]["signer_infos"][0]
    parts = {"signature": signer["signature"].native}
    for attr in signer["signed_attrs"]:
        if attr["type"].dotted == "1.2.840.113549.1.9.4":
            parts["message_digest"] = attr["values"][0].native
        if attr["type"].dotted == "1.2.840.113549.1.9.5":
            parts["signing_time"] = attr["values"][0].dump()
    return parts
