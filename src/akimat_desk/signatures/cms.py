"""Reading CMS SignedData (DER, base64, PEM '-----BEGIN CMS-----') and checking one SignerInfo.

The signer-info check is shared by document signatures and timestamp tokens: content digest against the
messageDigest attribute, the signature over the DER SET of signed attributes, and signingCertificate(V2).
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass, field
from datetime import datetime

from asn1crypto import cms, core, tsp, x509

from . import algorithms
from .input_errors import MalformedInput as MalformedInput  # re-exported: callers catch it from here

OID_CONTENT_TYPE = "1.2.840.113549.1.9.3"
OID_MESSAGE_DIGEST = "1.2.840.113549.1.9.4"
OID_SIGNING_TIME = "1.2.840.113549.1.9.5"
OID_SIGNING_CERT = "1.2.840.113549.1.9.16.2.12"
OID_SIGNING_CERT_V2 = "1.2.840.113549.1.9.16.2.47"
OID_TIMESTAMP_TOKEN = "1.2.840.113549.1.9.16.2.14"
OID_SIGNED_DATA = "1.2.840.113549.1.7.2"

_PEM = re.compile(rb"-----BEGIN [A-Z0-9 #]+-----(.*?)-----END [A-Z0-9 #]+-----", re.S)


def decode_container(data: bytes) -> bytes:
    """DER bytes of a ContentInfo given DER, PEM (any label) or bare base64 text. Raises MalformedInput."""
    if data[:1] == b"\x30":
        return data  # DER: never strip, its last bytes may well be whitespace codes
    raw = data.strip()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:].strip()
    match = _PEM.search(raw)
    if match:
        raw = match.group(1)
    elif raw[:1] == b"\x30":
        return data.lstrip()
    try:
        decoded = base64.b64decode(b"".join(raw.split()), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise MalformedInput("neither DER nor base64") from exc
    if decoded[:1] != b"\x30":
        raise MalformedInput("not a DER structure")
    return decoded


def load_signed_data(data: bytes) -> cms.SignedData:
    """Parse a SignedData ContentInfo; every field used later is parsed here so errors surface early."""
    der = decode_container(data)
    try:
        info = cms.ContentInfo.load(der, strict=True)
        if info["content_type"].dotted != OID_SIGNED_DATA:
            raise MalformedInput("not SignedData")
        signed = info["content"]
        if len(signed["signer_infos"]) == 0:
            raise MalformedInput("no signer")
        signed["encap_content_info"]["content_type"].dotted  # noqa: B018
    except (ValueError, TypeError, KeyError, IndexError) as exc:
        if isinstance(exc, MalformedInput):
            raise
        raise MalformedInput(f"{type(exc).__name__}: {exc}") from exc
    return signed


def embedded_content(signed: cms.SignedData) -> bytes | None:
    """The attached content bytes, or None for a detached signature."""
    content = signed["encap_content_info"]["content"]
    if isinstance(content, core.Void) or content.contents is None:
        return None
    if isinstance(content, core.ParsableOctetString):
        return bytes(content)
    value = content.native
    return value if isinstance(value, bytes) else None


def certificates(signed: cms.SignedData) -> list[x509.Certificate]:
    """The X.509 certificates embedded in the SignedData (other choices ignored)."""
    result = []
    for choice in signed["certificates"] or []:
        if choice.name == "certificate":
            result.append(choice.chosen)
    return result


@dataclass
class SignerCheck:
    """Outcome of checking one SignerInfo. Fields are None/False until the matching check ran."""

    certificate: x509.Certificate | None = None
    digest_oid: str = ""
    signature_oid: str = ""
    signature: bytes = b""
    signing_time: datetime | None = None
    content_digest_ok: bool | None = None  # None: no content to compare with
    signature_ok: bool = False
    signing_cert_ok: bool | None = None  # None: no signingCertificate(V2) attribute
    timestamp_token: cms.ContentInfo | None = None
    chain_pool: list[x509.Certificate] = field(default_factory=list)  # extra certificates for the path
    problems: list[str] = field(default_factory=list)


def find_signer_certificate(info: cms.SignerInfo, pool: list[x509.Certificate]) -> x509.Certificate | None:
    """The certificate matching the SignerInfo's sid (issuer+serial or subjectKeyIdentifier)."""
    sid = info["sid"]
    for cert in pool:
        if sid.name == "issuer_and_serial_number":
            if cert.serial_number == sid.chosen["serial_number"].native and cert.issuer == sid.chosen["issuer"]:
                return cert
        elif cert.key_identifier is not None and cert.key_identifier == sid.chosen.native:
            return cert
    return None


def _attributes(info: cms.SignerInfo, key: str) -> dict[str, list[core.Asn1Value]]:
    found: dict[str, list[core.Asn1Value]] = {}
    attrs = info[key]
    if isinstance(attrs, core.Void):
        return found
    for attr in attrs:
        oid = attr["type"].dotted
        if oid in found:
            raise MalformedInput(f"duplicate attribute {oid}")
        found[oid] = list(attr["values"])
    return found


def _signed_attrs_der(info: cms.SignerInfo) -> bytes:
    raw: bytes = info["signed_attrs"].dump()
    return b"\x31" + raw[1:]


def _check_signing_cert(values: dict[str, list[core.Asn1Value]], cert: x509.Certificate) -> bool | None:
    if OID_SIGNING_CERT_V2 in values:
        ids = tsp.SigningCertificateV2.load(values[OID_SIGNING_CERT_V2][0].dump())["certs"]
        first = ids[0]
        oid = first["hash_algorithm"]["algorithm"].dotted
        return bool(algorithms.digest(oid, cert.dump()) == first["cert_hash"].native)
    if OID_SIGNING_CERT in values:
        ids = tsp.SigningCertificate.load(values[OID_SIGNING_CERT][0].dump())["certs"]
        return bool(cert.sha1 == ids[0]["cert_hash"].native)
    return None


def check_signer(info: cms.SignerInfo, pool: list[x509.Certificate], content: bytes | None) -> SignerCheck:
    """Check one SignerInfo against ``content`` (None when the detached content is unknown).

    Raises MalformedInput for structural problems and algorithms.UnsupportedAlgorithm for unknown OIDs.
    """
    result = SignerCheck(
        digest_oid=info["digest_algorithm"]["algorithm"].dotted,
        signature_oid=info["signature_algorithm"]["algorithm"].dotted,
        signature=info["signature"].native,
    )
    result.certificate = find_signer_certificate(info, pool)
    if result.certificate is None:
        raise MalformedInput("signer certificate not in the file")
    signed = _attributes(info, "signed_attrs")
    unsigned = _attributes(info, "unsigned_attrs")
    if OID_TIMESTAMP_TOKEN in unsigned:
        result.timestamp_token = cms.ContentInfo.load(unsigned[OID_TIMESTAMP_TOKEN][0].dump())
    key = algorithms.public_key_of(result.certificate)
    if not signed:
        if content is None:
            result.problems.append("no_content")
            return result
        result.signature_ok = algorithms.verify_signature(
            result.signature_oid, key, content, result.signature, result.digest_oid
        )
        result.content_digest_ok = result.signature_ok
        return result
    if OID_MESSAGE_DIGEST not in signed or OID_CONTENT_TYPE not in signed:
        raise MalformedInput("signed attributes lack messageDigest or contentType")
    if OID_SIGNING_TIME in signed:
        result.signing_time = signed[OID_SIGNING_TIME][0].native
    result.signature_ok = algorithms.verify_signature(
        result.signature_oid, key, _signed_attrs_der(info), result.signature, result.digest_oid
    )
    if content is not None:
        expected = signed[OID_MESSAGE_DIGEST][0].native
        result.content_digest_ok = algorithms.digest(result.digest_oid, content) == expected
    result.signing_cert_ok = _check_signing_cert(signed, result.certificate)
    return result
