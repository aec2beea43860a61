"""Use cases of attachments: copy a file from the clerk's disk into the register (never move it), list,
and read back with the SHA-256 checked."""

from __future__ import annotations

import hashlib
import mimetypes
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path

from akimat_desk.domain.errors import InvalidInput, NotFound
from akimat_desk.domain.filing import ATTACHMENT_KINDS, EventAction
from akimat_desk.security.roles import Permission
from akimat_desk.services.filings.registered import load_filing
from akimat_desk.services.kernel.bounded_files import read_regular_file
from akimat_desk.services.kernel.context import Changes, ServiceContext
from akimat_desk.storage.filings.attachments import AttachmentInfo, AttachmentRepository
from akimat_desk.storage.filings.values import NewEvent

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024


class AttachmentCorrupted(Exception):
    """The stored bytes no longer match their SHA-256: the register file was damaged."""


@dataclass(frozen=True, slots=True)
class Attached:
    attachment: AttachmentInfo
    changes: Changes


def read_file(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_ATTACHMENT_BYTES (devices and FIFOs are refused unread)."""
    return read_regular_file(path, MAX_ATTACHMENT_BYTES, too_large="attachment_too_large")


def clean_name(name: str) -> str:
    """An attachment's name without line breaks, control and direction-override characters (at most 255)."""
    kept = "".join(" " if ch in "\r\n\t" else ch for ch in name if not _invisible(ch) or ch in "\r\n\t")
    return " ".join(kept.split())[:255] or "attachment"


def _invisible(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cc", "Cf")


def attach_bytes(
    ctx: ServiceContext, reference: str | int, name: str, content: bytes, kind: str = "scan", note: str | None = None
) -> Attached:
    """Store ``content`` with the filing and its SHA-256; the filing's history records it."""
    ctx.require(Permission.ATTACH)
    if kind not in ATTACHMENT_KINDS:
        raise InvalidInput("attachment_kind_unknown", field="kind", value=kind)
    name = clean_name(name)
    now = ctx.clock()
    digest = hashlib.sha256(content).hexdigest()
    media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    with ctx.uow(write=True) as uow:
        record = load_filing(uow, reference)
        info = AttachmentInfo(0, record.id, kind, name, media_type, len(content), digest, note, now, ctx.actor)
        new_id = uow.repo(AttachmentRepository).add(info, content)
        change = {"attachment": {"id": new_id, "name": name, "kind": kind, "sha256": digest, "size": len(content)}}
        uow.filings.append_event(record.id, NewEvent(now, ctx.actor, EventAction.ATTACHED, change, note))
        uow.commit()
    return Attached(replace(info, id=new_id), Changes.FILING)


def attach_file(
    ctx: ServiceContext, reference: str | int, path: Path, kind: str = "scan", note: str | None = None
) -> Attached:
    """Copy the file at ``path`` into the register; the file on disk is left where it is."""
    return attach_bytes(ctx, reference, path.name, read_file(path), kind, note)


def list_attachments(ctx: ServiceContext, reference: str | int) -> list[AttachmentInfo]:
    ctx.require(Permission.READ)
    with ctx.uow() as uow:
        return uow.repo(AttachmentRepository).for_filing(load_filing(uow, reference).id)


def read_attachment(ctx: ServiceContext, attachment_id: int) -> tuple[AttachmentInfo, bytes]:
    """The attachment and its bytes; raises ``AttachmentCorrupted`` if they do not match the stored SHA-256."""
    ctx.require(Permission.READ)
    with ctx.uow() as uow:
        repo = uow.repo(AttachmentRepository)
        info, content = repo.info(attachment_id), repo.content(attachment_id)
    if info is None or content is None:
        raise NotFound(field="attachment", reference=str(attachment_id))
    if hashlib.sha256(content).hexdigest() != info.sha256:
        raise AttachmentCorrupted(f"attachment {attachment_id} does not match its SHA-256")
    return info, content
