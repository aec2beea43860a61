"""Offline revocation from CRL files (full and delta) whose signature is verified with the issuer's key.

A CRL counts for a certificate only when its issuer name equals the certificate's issuer and the
signature verifies with the key of the issuing certificate in the path. Without such a CRL the status
is "not checked", never "good".
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from asn1crypto import crl, pem, x509

from . import algorithms
from .certs import display_name
from .verdicts import Revocation


class CrlError(ValueError):
    """The bytes are not a readable CRL."""


@dataclass(frozen=True)
class CrlInfo:
    """What ``crl import`` shows."""

    issuer: str
    this_update: datetime | None
    next_update: datetime | None
    entries: int
    is_delta: bool
    number: int | None
    sha256: str


def load_crl(data: bytes) -> crl.CertificateList:
    """Parse a CRL from DER, PEM or bare base64. Raises CrlError."""
    raw = data if data[:1] == b"\x30" else data.strip()  # DER may end in whitespace codes
    try:
        if pem.detect(raw):
            _, _, raw = pem.unarmor(raw)
        elif raw[:1] != b"\x30":
            raw = base64.b64decode(b"".join(raw.split()), validate=True)
        parsed = crl.CertificateList.load(raw)
        parsed["tbs_cert_list"]["this_update"].native  # noqa: B018 - force the parse
        len(parsed["tbs_cert_list"]["revoked_certificates"])
    except (ValueError, TypeError, binascii.Error, KeyError) as exc:
        raise CrlError(str(exc)) from exc
    return parsed


def describe_crl(item: crl.CertificateList) -> CrlInfo:
    """Issuer, dates, entry count, delta flag and CRL number."""
    tbs = item["tbs_cert_list"]
    number = item.crl_number_value
    return CrlInfo(
        issuer=display_name(item.issuer),
        this_update=tbs["this_update"].native,
        next_update=tbs["next_update"].native,
        entries=len(tbs["revoked_certificates"]),
        is_delta=item.delta_crl_indicator_value is not None,
        number=number.native if number is not None else None,
        sha256=item.sha256.hex(),
    )


def crl_signed_by(item: crl.CertificateList, issuer: x509.Certificate) -> bool:
    """True when the CRL names ``issuer`` and its signature verifies with the issuer's key."""
    if item.issuer != issuer.subject:
        return False
    ku = issuer.key_usage_value
    if ku is not None and "crl_sign" not in ku.native:
        return False
    return algorithms.issuer_signed(
        issuer, item["signature_algorithm"]["algorithm"].dotted, item["tbs_cert_list"].dump(), item["signature"].native
    )


@dataclass(frozen=True)
class RevocationResult:
    """Status of the signer certificate, plus any revoked CA in the path."""

    status: Revocation
    revoked_subject: str | None = None
    revoked_at: datetime | None = None
    reason: str | None = None
    notes: tuple[str, ...] = ()


def _entries(item: crl.CertificateList) -> dict[int, tuple[datetime, str | None]]:
    result: dict[int, tuple[datetime, str | None]] = {}
    for entry in item["tbs_cert_list"]["revoked_certificates"]:
        reason = entry.crl_reason_value
        result[entry["user_certificate"].native] = (
            entry["revocation_date"].native,
            reason.native if reason is not None else None,
        )
    return result


def _revoked_serials(
    full: crl.CertificateList, deltas: Sequence[crl.CertificateList]
) -> dict[int, tuple[datetime, str | None]]:
    revoked = _entries(full)
    base = full.crl_number_value.native if full.crl_number_value is not None else None
    for delta in sorted(deltas, key=lambda d: d["tbs_cert_list"]["this_update"].native):
        indicator = delta.delta_crl_indicator_value.native
        if base is not None and indicator > base:
            continue  # the delta needs a newer full CRL than the one we have
        for serial, value in _entries(delta).items():
            if value[1] == "remove_from_crl":
                revoked.pop(serial, None)
            else:
                revoked[serial] = value
    return revoked


def _check_one(
    cert: x509.Certificate, issuer: x509.Certificate, crls: Sequence[crl.CertificateList], at: datetime
) -> tuple[Revocation, tuple[datetime, str | None] | None, list[str]]:
    mine = [c for c in crls if crl_signed_by(c, issuer)]
    notes = []
    if len(mine) < len([c for c in crls if c.issuer == cert.issuer]):
        notes.append(f"crl_signature_invalid: {display_name(cert.issuer)}")
    fulls = [c for c in mine if c.delta_crl_indicator_value is None]
    if not fulls:
        return Revocation.NOT_CHECKED, None, notes
    full = max(fulls, key=lambda c: c["tbs_cert_list"]["this_update"].native)
    deltas = [c for c in mine if c.delta_crl_indicator_value is not None]
    entry = _revoked_serials(full, deltas).get(cert.serial_number)
    next_update = full["tbs_cert_list"]["next_update"].native
    if next_update is not None and next_update < at:
        notes.append(f"crl_outdated: {display_name(cert.issuer)} next update {next_update.isoformat()}")
    if entry is not None and entry[0] <= at:
        return Revocation.REVOKED, entry, notes
    if entry is not None:
        notes.append(f"revoked_later: {entry[0].isoformat()}")
    return Revocation.GOOD, None, notes


def check_revocation(
    chain: Sequence[x509.Certificate], crls: Sequence[crl.CertificateList], at: datetime
) -> RevocationResult:
    """Revocation of every non-anchor certificate of ``chain`` (leaf first) as of ``at``.

    REVOKED when any certificate in the path was revoked at or before ``at``; GOOD when the leaf was
    covered by a verified full CRL and nothing is revoked; otherwise NOT_CHECKED.
    """
    notes: list[str] = []
    leaf_status = Revocation.NOT_CHECKED
    for index, cert in enumerate(chain[:-1]):
        status, entry, more = _check_one(cert, chain[index + 1], crls, at)
        notes.extend(more)
        if status is Revocation.REVOKED and entry is not None:
            return RevocationResult(status, display_name(cert.subject), entry[0], entry[1], tuple(notes))
        if index == 0:
            leaf_status = status
    return RevocationResult(leaf_status, notes=tuple(notes))
