"""The public names of ``akimat_desk.storage.filings``: what other areas may use (read at run time too)."""

from .attachments import AttachmentInfo as AttachmentInfo
from .attachments import AttachmentRepository as AttachmentRepository
from .orm import FilingEventRow as FilingEventRow
from .orm import FilingRow as FilingRow
from .orm_attachments import AttachmentRow as AttachmentRow
from .values import FilingQuery as FilingQuery
from .values import FilingValues as FilingValues
from .values import NewEvent as NewEvent
from .values import NewFiling as NewFiling
