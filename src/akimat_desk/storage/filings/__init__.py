"""Storage of filings: their rows and history, counters, the register view's queries, attachments, bulk registration.

What other areas may use of it; nothing is imported until a name is asked for (``akimat_desk.exports``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akimat_desk.exports import lazy_exports

if TYPE_CHECKING:
    from akimat_desk.storage.filings.attachments import (
        AttachmentInfo as AttachmentInfo,
    )
    from akimat_desk.storage.filings.attachments import (
        AttachmentRepository as AttachmentRepository,
    )
    from akimat_desk.storage.filings.orm import (
        FilingEventRow as FilingEventRow,
    )
    from akimat_desk.storage.filings.orm import (
        FilingRow as FilingRow,
    )
    from akimat_desk.storage.filings.orm_attachments import (
        AttachmentRow as AttachmentRow,
    )
    from akimat_desk.storage.filings.values import (
        FilingQuery as FilingQuery,
    )
    from akimat_desk.storage.filings.values import (
        FilingValues as FilingValues,
    )
    from akimat_desk.storage.filings.values import (
        NewEvent as NewEvent,
    )
    from akimat_desk.storage.filings.values import (
        NewFiling as NewFiling,
    )

__getattr__, __all__ = lazy_exports(
    __name__,
    {
        "attachments": (
            "AttachmentInfo",
            "AttachmentRepository",
        ),
        "orm": (
            "FilingEventRow",
            "FilingRow",
        ),
        "orm_attachments": (
            "AttachmentRow",
        ),
        "values": (
            "FilingQuery",
            "FilingValues",
            "NewEvent",
            "NewFiling",
        ),
    },
)
