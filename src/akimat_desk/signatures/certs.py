"""Certificate loading and NCA RK identity rules: full name, IIN, BIN, organisation, role, sign vs auth key.

Role comes from the extended key usage OIDs (1.2.398.3.3.4.1.*); a key is a *signing* key only when its
keyUsage has nonRepudiation (NCANode: digitalSignature+nonRepudiation = SIGN, +keyEncipherment = AUTH).
"""

from __future__ import annotations

import base64
import binascii
import re

from asn1crypto import pem, x509

from .verdicts import Signer

ROLE_OIDS: dict[str, str] = {
    "1.2.398.3.3.4.1.1": "individual",
    "1.2.398.3.3.4.1.2": "legal_entity",
    "1.2.398.3.3.4.1.2.1": "first_head",
    "1.2.398.3.3.4.1.2.2": "right_of_signature",
    "1.2.398.3.3.4.1.2.3": "financial_signer",
    "1.2.398.3.3.4.1.2.4": "hr",
    "1.2.398.3.3.4.1.2.5": "employee",
    "1.2.398.3.3.4.1.2.6": "information_system",
    "1.2.398.5.19.1.2.2.1": "treasury_client",
}
# The most specific role wins when a certificate carries several.
_ROLE_PRIORITY = (
    "first_head",
    "right_of_signature",
    "financial_signer",
    "hr",
    "employee",
    "information_system",
    "treasury_client",
    "legal_entity",
    "individual",
)
_IIN = re.compile(r"IIN(\d{12})")
_BIN = re.compile(r"BIN(\d{12})")

#: SHA-256 fingerprints of the known NCA RK *test* roots and intermediates (README of tests/data/eds).
KNOWN_TEST_FINGERPRINTS: frozenset[str] = frozenset(
    {
        "06021684f52054692a1859686d5af527eda779e6183c2f3cd4fc1278e4067beb",  # НЕГІЗГІ КО TEST (GOST)
        "4d05179bcb02180bfc37618372671357df7dd8b7865973eae77b83213cae717b",  # НЕГІЗГІ КО TEST (RSA)
        "0307e8bdf77cb708b7c9d9a5799facdc6de7154447cb394af9ac9b528c3d82c7",  # ҰКО 3.0 (GOST TEST)
        "7e96a36409dc11e0fc99efae41f8c639e16a495d77c2f2278edb98580f997231",  # ҰКО 3.0 (RSA TEST)
        "b995e79e7c07429f8f79e185451e5599ce342ac720000f01b3854fdfa03031a6",  # НЕГІЗГІ ... (GOST) TEST 2022
        "beeffc0bdb77cd798c35983eb0715f6ef0051cccb71d7cd05505e8a4fb2c6f4d",  # ҰЛТТЫҚ ... (GOST) TEST 2022
    }
)


class CertificateError(ValueError):
    """The bytes are not a readable X.509 certificate."""


def load_certificate(data: bytes) -> x509.Certificate:
    """Parse a certificate from DER, PEM, or bare base64 (the NCA .cer files come in all three forms)."""
    raw = data if data[:1] == b"\x30" else data.strip()  # DER may end in whitespace codes
    try:
        if pem.detect(raw):
            _, _, raw = pem.unarmor(raw)
        elif raw[:1] != b"\x30":
            raw = base64.b64decode(b"".join(raw.split()), validate=True)
        cert = x509.Certificate.load(raw)
        cert["tbs_certificate"]["subject"].native  # noqa: B018 - forces the parse of the main fields
        cert.not_valid_after  # noqa: B018
    except (ValueError, TypeError, binascii.Error, KeyError) as exc:
        raise CertificateError(str(exc)) from exc
    return cert


def name_attrs(name: x509.Name) -> dict[str, str]:
    """The subject/issuer attributes by dotted OID (first value wins), values as text."""
    result: dict[str, str] = {}
    for rdn in name.chosen:
        for attr in rdn:
            value = attr["value"].native
            result.setdefault(attr["type"].dotted, value if isinstance(value, str) else str(value))
    return result


def display_name(name: x509.Name) -> str:
    """A one-line human name: the CN, else the whole name."""
    attrs = name_attrs(name)
    return attrs.get("2.5.4.3") or name.human_friendly


def is_test_certificate(cert: x509.Certificate) -> bool:
    """True for NCA RK TEST CAs: 'TEST' in the subject CN, or a known test fingerprint."""
    if cert.sha256.hex() in KNOWN_TEST_FINGERPRINTS:
        return True
    return "TEST" in display_name(cert.subject).upper()


def key_usage(cert: x509.Certificate) -> tuple[str, ...]:
    """keyUsage names, sorted (empty when the extension is absent)."""
    value = cert.key_usage_value
    return tuple(sorted(value.native)) if value is not None else ()


def extended_key_usage(cert: x509.Certificate) -> tuple[str, ...]:
    """Dotted EKU OIDs."""
    value = cert.extended_key_usage_value
    return tuple(item.dotted for item in value) if value is not None else ()


def is_signing_key(cert: x509.Certificate) -> bool:
    """A key for electronic signatures: keyUsage contains nonRepudiation (contentCommitment)."""
    return "non_repudiation" in key_usage(cert)


def roles(cert: x509.Certificate) -> tuple[str, ...]:
    """Roles from EKU, most specific first."""
    found = {ROLE_OIDS[oid] for oid in extended_key_usage(cert) if oid in ROLE_OIDS}
    return tuple(role for role in _ROLE_PRIORITY if role in found)


def full_name(attrs: dict[str, str]) -> str | None:
    """CN plus the patronymic (NCA puts it in GIVENNAME) when it is not already part of the CN."""
    cn = attrs.get("2.5.4.3")
    patronymic = attrs.get("2.5.4.42")
    if cn and patronymic and patronymic not in cn.split():
        return f"{cn} {patronymic}"
    return cn


def signer_of(cert: x509.Certificate) -> Signer:
    """The identity shown to the clerk: name, IIN (serialNumber), BIN (OU), organisation, role, key usage."""
    attrs = name_attrs(cert.subject)
    iin = _IIN.search(attrs.get("2.5.4.5", ""))
    bin_ = _BIN.search(attrs.get("2.5.4.11", ""))
    found_roles = roles(cert)
    return Signer(
        name=full_name(attrs),
        iin=iin.group(1) if iin else None,
        bin=bin_.group(1) if bin_ else None,
        organization=attrs.get("2.5.4.10"),
        role=found_roles[0] if found_roles else None,
        roles=found_roles,
        key_usage=key_usage(cert),
        is_signing_key=is_signing_key(cert),
        certificate_sha256=cert.sha256.hex(),
        serial=format(cert.serial_number, "x"),
        valid_from=cert.not_valid_before,
        valid_to=cert.not_valid_after,
        **name_parts(attrs),
    )


def name_parts(attrs: dict[str, str]) -> dict[str, str | None]:
    """Surname (SURNAME), given name (the CN without the surname) and patronymic (GIVENNAME), when present."""
    cn, surname = attrs.get("2.5.4.3", ""), attrs.get("2.5.4.4")
    given = None
    if surname and cn.split()[:1] == [surname]:
        given = " ".join(cn.split()[1:]) or None
    return {"surname": surname, "given_name": given, "patronymic": attrs.get("2.5.4.42")}
