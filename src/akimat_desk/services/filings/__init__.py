"""Filings: registration, corrections and status changes, the register view, attachments, the card.

What other areas may use of it; nothing is imported until a name is asked for (``akimat_desk.exports``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akimat_desk.exports import lazy_exports

if TYPE_CHECKING:
    from akimat_desk.services.filings.attachments import (
        AttachmentCorrupted as AttachmentCorrupted,
    )
    from akimat_desk.services.filings.attachments import (
        attach_bytes as attach_bytes,
    )
    from akimat_desk.services.filings.attachments import (
        read_attachment as read_attachment,
    )
    from akimat_desk.services.filings.attachments import (
        read_file as read_file,
    )
    from akimat_desk.services.filings.card_view import (
        FilingCard as FilingCard,
    )
    from akimat_desk.services.filings.demo import (
        create_demo_register as create_demo_register,
    )
    from akimat_desk.services.filings.demo import (
        sample_filing as sample_filing,
    )
    from akimat_desk.services.filings.presenting import (
        filing_json as filing_json,
    )
    from akimat_desk.services.filings.presenting import (
        filing_lines as filing_lines,
    )
    from akimat_desk.services.filings.projection import (
        filing_values as filing_values,
    )
    from akimat_desk.services.filings.projection import (
        same_day as same_day,
    )
    from akimat_desk.services.filings.registered import (
        Changed as Changed,
    )
    from akimat_desk.services.filings.registered import (
        apply_status as apply_status,
    )
    from akimat_desk.services.filings.registered import (
        correct_filing as correct_filing,
    )
    from akimat_desk.services.filings.registered import (
        get_filing as get_filing,
    )
    from akimat_desk.services.filings.registered import (
        list_filings as list_filings,
    )
    from akimat_desk.services.filings.registered import (
        load_filing as load_filing,
    )
    from akimat_desk.services.filings.registration import (
        register_filing as register_filing,
    )
    from akimat_desk.services.filings.scan_selftest import (
        ocr_step as ocr_step,
    )

__getattr__, __all__ = lazy_exports(
    __name__,
    {
        "attachments": (
            "AttachmentCorrupted",
            "attach_bytes",
            "read_attachment",
            "read_file",
        ),
        "card_view": ("FilingCard",),
        "demo": (
            "create_demo_register",
            "sample_filing",
        ),
        "presenting": (
            "filing_json",
            "filing_lines",
        ),
        "projection": (
            "filing_values",
            "same_day",
        ),
        "registered": (
            "Changed",
            "apply_status",
            "correct_filing",
            "get_filing",
            "list_filings",
            "load_filing",
        ),
        "registration": ("register_filing",),
        "scan_selftest": ("ocr_step",),
    },
)
