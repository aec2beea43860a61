"""Repositories of the e-signature area: the trust store (certificates, CRLs) and the verdict history.

Nothing here is ever updated or deleted: certificates and CRLs are added once (keyed by SHA-256), and every
verification of a filing's signature is a new row.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from akimat_desk.domain.records import record_from
from akimat_desk.storage.esign.orm import SignatureVerificationRow, TrustCertificateRow, TrustCrlRow
from akimat_desk.storage.filings import AttachmentRow, FilingRow


@dataclass(frozen=True, slots=True)
class StoredCertificate:
    """A CA certificate of the register's trust store (``der`` is empty unless asked for)."""

    id: int
    sha256: str
    role: str
    subject: str
    issuer: str
    valid_from: datetime
    valid_to: datetime
    is_test: bool
    imported_at: datetime
    imported_by: str
    der: bytes = b""


@dataclass(frozen=True, slots=True)
class StoredCrl:
    """An imported CRL (``der`` is empty unless asked for)."""

    id: int
    sha256: str
    issuer: str
    issuer_sha256: str
    this_update: datetime | None
    next_update: datetime | None
    entries: int
    is_delta: bool
    number: str | None
    imported_at: datetime
    imported_by: str
    der: bytes = b""


@dataclass(frozen=True, slots=True)
class StoredVerification:
    """One verdict on a filing's signed e-document; ``result`` is the verifier's JSON-ready dict."""

    id: int
    filing_id: int
    signed_attachment_id: int
    content_attachment_id: int | None
    checked_at: datetime
    checked_by: str
    trigger: str
    verdict: str
    algorithm: str | None
    signer_name: str | None
    signer_iin: str | None
    signer_bin: str | None
    test_roots_allowed: bool
    result: dict[str, Any]


_CERT_FIELDS = (
    "id",
    "sha256",
    "role",
    "subject",
    "issuer",
    "valid_from",
    "valid_to",
    "is_test",
    "imported_at",
    "imported_by",
)
_CRL_FIELDS = (
    "id",
    "sha256",
    "issuer",
    "issuer_sha256",
    "this_update",
    "next_update",
    "entries",
    "is_delta",
    "number",
    "imported_at",
    "imported_by",
)


def _cert(row: TrustCertificateRow, with_der: bool) -> StoredCertificate:
    values = {name: getattr(row, name) for name in _CERT_FIELDS}
    return StoredCertificate(**values, der=row.der if with_der else b"")


def _crl(row: TrustCrlRow, with_der: bool) -> StoredCrl:
    values = {name: getattr(row, name) for name in _CRL_FIELDS}
    return StoredCrl(**values, der=row.der if with_der else b"")


class TrustRepository:
    """The register's trust store: CA certificates and CRLs, keyed by SHA-256."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def add_certificate(self, cert: StoredCertificate) -> int:
        values = {name: getattr(cert, name) for name in _CERT_FIELDS if name != "id"}
        row = TrustCertificateRow(**values, der=cert.der)
        self._s.add(row)
        self._s.flush()
        return row.id

    def certificate(self, sha256: str, *, with_der: bool = False) -> StoredCertificate | None:
        row = self._s.scalar(select(TrustCertificateRow).where(TrustCertificateRow.sha256 == sha256))
        return None if row is None else _cert(row, with_der)

    def certificates(self, *, with_der: bool = False) -> list[StoredCertificate]:
        rows = self._s.scalars(select(TrustCertificateRow).order_by(TrustCertificateRow.id))
        return [_cert(row, with_der) for row in rows]

    def add_crl(self, item: StoredCrl) -> int:
        values = {name: getattr(item, name) for name in _CRL_FIELDS if name != "id"}
        row = TrustCrlRow(**values, der=item.der)
        self._s.add(row)
        self._s.flush()
        return row.id

    def crl(self, sha256: str) -> StoredCrl | None:
        row = self._s.scalar(select(TrustCrlRow).where(TrustCrlRow.sha256 == sha256))
        return None if row is None else _crl(row, False)

    def crls(self, *, with_der: bool = False) -> list[StoredCrl]:
        rows = self._s.scalars(select(TrustCrlRow).order_by(TrustCrlRow.id))
        return [_crl(row, with_der) for row in rows]


_VERIFICATION_COLUMNS = tuple(f.name for f in fields(StoredVerification) if f.name != "id")


def _verification(row: SignatureVerificationRow) -> StoredVerification:
    return record_from(StoredVerification, row)


class VerificationRepository:
    """Verdicts on filings' signatures, oldest first; only ``add`` writes."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, item: StoredVerification) -> int:
        row = SignatureVerificationRow(**{name: getattr(item, name) for name in _VERIFICATION_COLUMNS})
        self._s.add(row)
        self._s.flush()
        return row.id

    def for_filing(self, filing_id: int) -> list[StoredVerification]:
        stmt = (
            select(SignatureVerificationRow)
            .where(SignatureVerificationRow.filing_id == filing_id)
            .order_by(SignatureVerificationRow.id)
        )
        return [_verification(row) for row in self._s.scalars(stmt)]

    def numbers_with_signed_file(self, sha256: str) -> list[str]:
        """Incoming numbers of filings whose verified original e-document has this SHA-256."""
        stmt = (
            select(FilingRow.incoming_number)
            .join(SignatureVerificationRow, SignatureVerificationRow.filing_id == FilingRow.id)
            .join(AttachmentRow, AttachmentRow.id == SignatureVerificationRow.signed_attachment_id)
            .where(AttachmentRow.sha256 == sha256)
            .distinct()
            .order_by(FilingRow.incoming_number)
        )
        return list(self._s.scalars(stmt))
