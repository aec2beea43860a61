"""Storage of the office: user accounts, the administration log, the history chains' heads, settings.

What other areas may use of it; nothing is imported until a name is asked for (``akimat_desk.exports``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akimat_desk.exports import lazy_exports

if TYPE_CHECKING:
    from akimat_desk.storage.office.repositories import (
        CHAINS as CHAINS,
    )
    from akimat_desk.storage.office.repositories import (
        AuditRepository as AuditRepository,
    )
    from akimat_desk.storage.office.repositories import (
        UserRepository as UserRepository,
    )
    from akimat_desk.storage.office.repositories import (
        append_link as append_link,
    )
    from akimat_desk.storage.office.repositories import (
        append_links as append_links,
    )

__getattr__, __all__ = lazy_exports(
    __name__,
    {
        "repositories": (
            "AuditRepository",
            "CHAINS",
            "UserRepository",
            "append_link",
            "append_links",
        ),
    },
)
