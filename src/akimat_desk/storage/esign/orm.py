"""Tables of the e-signature area: the register's trust store (root and intermediate certificates, CRLs)
and the append-only verdicts of the e-filings' signatures."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from akimat_desk.storage.kernel.orm import Base, UTCDateTime


class TrustCertificateRow(Base):
    """A CA certificate the administrator imported, pinned by the SHA-256 of ``der``. Never updated.

    ``role`` is 'anchor' (a self-signed root, trusted) or 'intermediate' (used to build paths to an anchor).
    """

    __tablename__ = "trust_certificates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    der: Mapped[bytes] = mapped_column(LargeBinary)
    role: Mapped[str] = mapped_column(String(16))
    subject: Mapped[str] = mapped_column(Text)
    issuer: Mapped[str] = mapped_column(Text)
    valid_from: Mapped[datetime] = mapped_column(UTCDateTime)
    valid_to: Mapped[datetime] = mapped_column(UTCDateTime)
    is_test: Mapped[bool] = mapped_column(Boolean)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime)
    imported_by: Mapped[str] = mapped_column(String(128))


class TrustCrlRow(Base):
    """A CRL (full or delta) whose signature was checked against ``issuer_sha256`` when it was imported."""

    __tablename__ = "trust_crls"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    der: Mapped[bytes] = mapped_column(LargeBinary)
    issuer: Mapped[str] = mapped_column(Text)
    issuer_sha256: Mapped[str] = mapped_column(String(64), index=True)
    this_update: Mapped[datetime | None] = mapped_column(UTCDateTime)
    next_update: Mapped[datetime | None] = mapped_column(UTCDateTime)
    entries: Mapped[int] = mapped_column(Integer)
    is_delta: Mapped[bool] = mapped_column(Boolean)
    number: Mapped[str | None] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime)
    imported_by: Mapped[str] = mapped_column(String(128))


class SignatureVerificationRow(Base):
    """One verdict on a filing's signed e-document. Append-only: a re-verification adds a row."""

    __tablename__ = "signature_verifications"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    filing_id: Mapped[int] = mapped_column(ForeignKey("filings.id", ondelete="RESTRICT"), index=True)
    signed_attachment_id: Mapped[int] = mapped_column(ForeignKey("attachments.id", ondelete="RESTRICT"))
    content_attachment_id: Mapped[int | None] = mapped_column(ForeignKey("attachments.id", ondelete="RESTRICT"))
    checked_at: Mapped[datetime] = mapped_column(UTCDateTime)
    checked_by: Mapped[str] = mapped_column(String(128))
    trigger: Mapped[str] = mapped_column(String(16))
    verdict: Mapped[str] = mapped_column(String(32))
    algorithm: Mapped[str | None] = mapped_column(String(64))
    signer_name: Mapped[str | None] = mapped_column(Text)
    signer_iin: Mapped[str | None] = mapped_column(String(12))
    signer_bin: Mapped[str | None] = mapped_column(String(12))
    test_roots_allowed: Mapped[bool] = mapped_column(Boolean)
    result: Mapped[dict[str, Any]] = mapped_column(JSON)
