"""Repository of attachments: add and read files of a filing; content is loaded only when asked for."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from akimat_desk.storage.filings.orm_attachments import AttachmentRow


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    id: int
    filing_id: int
    kind: str
    name: str
    media_type: str
    size: int
    sha256: str
    note: str | None
    added_at: datetime
    added_by: str


_INFO_COLUMNS = (
    AttachmentRow.id,
    AttachmentRow.filing_id,
    AttachmentRow.kind,
    AttachmentRow.name,
    AttachmentRow.media_type,
    AttachmentRow.size,
    AttachmentRow.sha256,
    AttachmentRow.note,
    AttachmentRow.added_at,
    AttachmentRow.added_by,
)


def _info(row: Any) -> AttachmentInfo:
    return AttachmentInfo(**dict(row._mapping))


class AttachmentRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, info: AttachmentInfo, content: bytes) -> int:
        row = AttachmentRow(
            filing_id=info.filing_id,
            kind=info.kind,
            name=info.name,
            media_type=info.media_type,
            size=info.size,
            sha256=info.sha256,
            content=content,
            note=info.note,
            added_at=info.added_at,
            added_by=info.added_by,
        )
        self._s.add(row)
        self._s.flush()
        return row.id

    def for_filing(self, filing_id: int) -> list[AttachmentInfo]:
        stmt = select(*_INFO_COLUMNS).where(AttachmentRow.filing_id == filing_id).order_by(AttachmentRow.id)
        return [_info(row) for row in self._s.execute(stmt)]

    def info(self, attachment_id: int) -> AttachmentInfo | None:
        row = self._s.execute(select(*_INFO_COLUMNS).where(AttachmentRow.id == attachment_id)).first()
        return None if row is None else _info(row)

    def content(self, attachment_id: int) -> bytes | None:
        return self._s.scalar(select(AttachmentRow.content).where(AttachmentRow.id == attachment_id))
