"""Use cases of e-signed filings: check a signed file against the register's trust store, register an
e-filing with its original bytes and verdict, re-verify it later, read the verdict history.

Contracts:
- the slow part (hashing, curve arithmetic) runs before the write transaction, never holding the lock;
- an e-filing is registered in ONE transaction: the filing, the original signed bytes (unchanged, kind
  ``original_e_document``), the detached content (``signed_content``), the verdict row and the history
  event; a refused input (malformed file, detached signature without its content, a non-filing JSON) writes
  nothing;
- verdicts are append-only: a re-verification adds a row and a ``signature_verified`` event, the first
  verdict stays.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from akimat_desk.domain.document import parse_document
from akimat_desk.domain.errors import InvalidInput, NotFound
from akimat_desk.domain.filing import EventAction, FilingId, FilingRecord
from akimat_desk.security.roles import Permission
from akimat_desk.services.esign.organizer_fill import Filled, Notice, fill_from_certificate
from akimat_desk.services.esign.trust_store import LoadedTrust, load_trust
from akimat_desk.services.filings import AttachmentCorrupted, attach_bytes, load_filing, register_filing
from akimat_desk.services.kernel.context import Changes, ServiceContext
from akimat_desk.signatures import Verdict, VerificationResult, verify
from akimat_desk.storage.esign.repositories import StoredVerification, VerificationRepository
from akimat_desk.storage.filings import AttachmentRepository, NewEvent
from akimat_desk.storage.kernel.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class EFilingRegistered:
    """The registered filing, the verdict as stored, and what the clerk has to confirm."""

    filing: FilingRecord
    verification: StoredVerification
    result: VerificationResult
    filled: tuple[Filled, ...]
    notices: tuple[Notice, ...]
    changes: Changes


@dataclass(frozen=True)
class Reverified:
    """A new verdict on a registered e-filing, with the verdict of the previous check."""

    verification: StoredVerification
    result: VerificationResult
    previous_verdict: str | None
    changes: Changes


def check_signed_file(
    ctx: ServiceContext,
    signed: bytes,
    content: bytes | None = None,
    *,
    at: datetime | None = None,
    trust_test: bool = False,
) -> VerificationResult:
    """Verify ``signed`` against the register's trust store and CRLs; nothing is written.

    ``at`` forces the validation time; ``trust_test`` lets TEST roots count for this check only.
    """
    ctx.require(Permission.READ)
    with ctx.uow() as uow:
        trust = load_trust(uow, trust_test)
    return _verify(signed, content, trust, registration_time=ctx.clock(), at=at)


def _verify(
    signed: bytes, content: bytes | None, trust: LoadedTrust, *, registration_time: datetime, at: datetime | None = None
) -> VerificationResult:
    result = verify(
        signed,
        content,
        trust=trust.store,
        crls=trust.crls,
        allow_test=trust.allow_test,
        registration_time=registration_time,
        at=at,
    )
    if trust.problems:
        result = dataclasses.replace(result, details=result.details + trust.problems)
    return result


@dataclass(frozen=True)
class EFilingPreview:
    """What the registration dialog's e-document tab shows before registering: the verdict as of the
    filing's ``received_at``, the filing with the organizer's empty fields filled from the certificate, what was
    filled and the warnings. Nothing is written. Give it back to ``register_e_filing`` so the same bytes are not
    checked twice (it is used only while the bytes, the time of receipt and the trust store are unchanged).
    """

    result: VerificationResult
    data: dict[str, Any]
    filled: tuple[Filled, ...]
    notices: tuple[Notice, ...]
    key: tuple[str, ...]


def _key(signed: bytes, content: bytes | None, trust: LoadedTrust, received_at: datetime) -> tuple[str, ...]:
    digest = hashlib.sha256(signed).hexdigest(), hashlib.sha256(content).hexdigest() if content is not None else ""
    state = (str(trust.allow_test), *trust.anchors, "|", *trust.crl_fingerprints, "|", *trust.problems)
    return (*digest, received_at.isoformat(), *state)


def preview_e_filing(
    ctx: ServiceContext, data: Mapping[str, Any], signed: bytes, content: bytes | None = None
) -> EFilingPreview:
    """Check ``signed`` as ``register_e_filing`` would and fill the organizer, without writing anything.

    Never raises for a bad signed file (its verdict says so); raises InvalidInput only when ``data`` cannot be a
    filing (e.g. no ``received_at``). Slow for large files (Streebog: about 6 s per MB): call it off the GUI thread.
    """
    ctx.require(Permission.READ)
    received_at = parse_document(data, ctx.settings.tz).received_at
    with ctx.uow() as uow:
        trust = load_trust(uow)
        earlier = _already_registered(uow, signed)
    result = _verify(signed, content, trust, registration_time=received_at)
    ready = _preview(data, result, _key(signed, content, trust, received_at), content)
    return dataclasses.replace(ready, notices=ready.notices + earlier)


def _already_registered(uow: UnitOfWork, signed: bytes) -> tuple[Notice, ...]:
    numbers = uow.repo(VerificationRepository).numbers_with_signed_file(hashlib.sha256(signed).hexdigest())
    return (Notice("already_registered", {"numbers": ", ".join(numbers)}),) if numbers else ()


def _preview(
    data: Mapping[str, Any], result: VerificationResult, key: tuple[str, ...], content: bytes | None
) -> EFilingPreview:
    signed_document = result.content if result.content is not None else content
    filled_data, filled, notices = fill_from_certificate(data, result, signed_document)
    filled_data["channel"] = "e_document"
    return EFilingPreview(result, filled_data, filled, notices, key)


def register_e_filing(
    ctx: ServiceContext,
    data: Mapping[str, Any],
    signed: bytes,
    signed_name: str,
    content: bytes | None = None,
    content_name: str | None = None,
    *,
    preview: EFilingPreview | None = None,
) -> EFilingRegistered:
    """Verify the signed file (as of the filing's ``received_at``), fill the organizer's empty fields from the
    certificate, and register the filing as an e-document with its original bytes and the verdict.

    Registered whatever the verdict (the law counts the day of receipt; the clerk sees the verdict), except:
    InvalidInput ``signed_file_malformed`` (field ``signed``) when the file is not a signed document, and
    ``signed_content_missing`` (field ``content``) for a detached signature without its content file.
    ``preview`` (from ``preview_e_filing``) saves the second check when nothing changed since.
    """
    ctx.require(Permission.REGISTER)
    ctx.require(Permission.ATTACH)
    received_at = parse_document(data, ctx.settings.tz).received_at
    with ctx.uow() as uow:
        trust = load_trust(uow)
    key = _key(signed, content, trust, received_at)
    if preview is not None and preview.key == key:
        result = preview.result
    else:
        result = _verify(signed, content, trust, registration_time=received_at)
    if result.verdict is Verdict.MALFORMED:
        raise InvalidInput("signed_file_malformed", field="signed", name=signed_name, detail=_first(result.details))
    if result.detached and content is None:
        raise InvalidInput("signed_content_missing", field="content", name=signed_name)
    ready = _preview(data, result, key, content)
    with ctx.uow(write=True) as uow:
        filled, notices = ready.filled, ready.notices + _already_registered(uow, signed)
        joined = dataclasses.replace(ctx, uow=uow.joined())
        record = register_filing(joined, ready.data, hashlib.sha256(signed).hexdigest()).filing
        signed_id = attach_bytes(joined, record.id, signed_name, signed, "original_e_document").attachment.id
        content_id = None
        if content is not None:
            name = content_name or "signed-content"
            content_id = attach_bytes(joined, record.id, name, content, "signed_content").attachment.id
        extra = {"filled_from_certificate": [f.field for f in filled], "notices": [n.code for n in notices]}
        stored = _record(ctx, uow, record.id, signed_id, content_id, "registration", result, trust, extra)
        record = load_filing(uow, record.id)
        uow.commit()
    return EFilingRegistered(record, stored, result, filled, notices, Changes.FILING | Changes.REGISTER)


def _first(details: tuple[str, ...]) -> str:
    return details[0] if details else ""


def _record(
    ctx: ServiceContext,
    uow: UnitOfWork,
    filing_id: int,
    signed_id: int,
    content_id: int | None,
    trigger: str,
    result: VerificationResult,
    trust: LoadedTrust,
    extra: Mapping[str, Any],
) -> StoredVerification:
    """Append the verdict row and the ``signature_verified`` history event (caller commits)."""
    now = ctx.clock()
    signer = result.signer
    data = result.to_dict() | {"trust": {"anchors": list(trust.anchors), "crls": list(trust.crl_fingerprints)}}
    row = StoredVerification(
        0,
        filing_id,
        signed_id,
        content_id,
        now,
        ctx.actor,
        trigger,
        str(result.verdict),
        result.algorithm,
        signer.name if signer else None,
        signer.iin if signer else None,
        signer.bin if signer else None,
        trust.allow_test,
        data,
    )
    row = dataclasses.replace(row, id=uow.repo(VerificationRepository).add(row))
    change = {
        "signature": {
            "verification_id": row.id,
            "verdict": row.verdict,
            "trigger": trigger,
            "signer": row.signer_name,
            "iin": row.signer_iin,
            "bin": row.signer_bin,
            "revocation": data.get("revocation"),
            **extra,
        }
    }
    uow.filings.append_event(FilingId(filing_id), NewEvent(now, ctx.actor, EventAction.SIGNATURE_VERIFIED, change))
    return row


def reverify_filing(ctx: ServiceContext, reference: str | int) -> Reverified:
    """Verify a registered e-filing's stored original again with today's trust store and CRLs (as of the
    filing's time of receipt) and append the new verdict; the earlier verdicts are kept.

    Raises NotFound (field ``signature``) for a filing without a signed e-document.
    """
    ctx.require(Permission.REGISTER)
    with ctx.uow() as uow:
        record = load_filing(uow, reference)
        history = uow.repo(VerificationRepository).for_filing(record.id)
        if not history:
            raise InvalidInput("no_signed_document", field="id", reference=str(reference))
        last = history[-1]
        signed = _stored_bytes(uow, last.signed_attachment_id)
        content = None if last.content_attachment_id is None else _stored_bytes(uow, last.content_attachment_id)
        trust = load_trust(uow)
    result = _verify(signed, content, trust, registration_time=record.received_at)
    with ctx.uow(write=True) as uow:
        extra = {"previous_verdict": last.verdict}
        stored = _record(
            ctx, uow, record.id, last.signed_attachment_id, last.content_attachment_id, "reverify", result, trust, extra
        )
        uow.commit()
    return Reverified(stored, result, last.verdict, Changes.FILING)


def _stored_bytes(uow: UnitOfWork, attachment_id: int) -> bytes:
    repo = uow.repo(AttachmentRepository)
    info, content = repo.info(attachment_id), repo.content(attachment_id)
    if info is None or content is None:
        raise NotFound(field="attachment", reference=str(attachment_id))
    if hashlib.sha256(content).hexdigest() != info.sha256:
        raise AttachmentCorrupted(f"attachment {attachment_id} does not match its SHA-256")
    return content


def verification_history(ctx: ServiceContext, reference: str | int) -> list[StoredVerification]:
    """Every verdict on the filing's signed e-document, oldest first (empty for a paper filing)."""
    ctx.require(Permission.READ)
    with ctx.uow() as uow:
        return uow.repo(VerificationRepository).for_filing(load_filing(uow, reference).id)
