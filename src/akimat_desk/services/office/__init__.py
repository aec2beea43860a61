"""The office: user accounts and roles, the audit of the history chains, backups, encryption, settings, self-test.

What other areas may use of it; nothing is imported until a name is asked for (``akimat_desk.exports``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akimat_desk.exports import lazy_exports

if TYPE_CHECKING:
    from akimat_desk.services.office.audit_replay import (
        decision_digest_of as decision_digest_of,
    )
    from akimat_desk.services.office.audit_replay import (
        registration_snapshot as registration_snapshot,
    )
    from akimat_desk.services.office.selftest import (
        run_self_test as run_self_test,
    )
    from akimat_desk.services.office.settings import (
        OfficeSettings as OfficeSettings,
    )
    from akimat_desk.services.office.settings import (
        format_number as format_number,
    )

__getattr__, __all__ = lazy_exports(
    __name__,
    {
        "audit_replay": (
            "decision_digest_of",
            "registration_snapshot",
        ),
        "selftest": ("run_self_test",),
        "settings": (
            "OfficeSettings",
            "format_number",
        ),
    },
)
