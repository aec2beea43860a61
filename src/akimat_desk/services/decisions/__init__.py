"""Decisions: the decision workflow, refusal grounds, outgoing letters and their numbers, dispatch and delivery.

What other areas may use of it; nothing is imported until a name is asked for (``akimat_desk.exports``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akimat_desk.exports import lazy_exports

if TYPE_CHECKING:
    from akimat_desk.services.decisions.letter_mail import (
        send_letter_email as send_letter_email,
    )
    from akimat_desk.services.decisions.letter_mail import (
        smtp_secret_name as smtp_secret_name,
    )
    from akimat_desk.services.decisions.outgoing import (
        issue_letter as issue_letter,
    )
    from akimat_desk.services.decisions.workflow import (
        answers_json as answers_json,
    )
    from akimat_desk.services.decisions.workflow import (
        decide as decide,
    )
    from akimat_desk.services.decisions.workflow import (
        record_proposal_answer as record_proposal_answer,
    )

__getattr__, __all__ = lazy_exports(
    __name__,
    {
        "letter_mail": (
            "send_letter_email",
            "smtp_secret_name",
        ),
        "outgoing": (
            "issue_letter",
        ),
        "workflow": (
            "answers_json",
            "decide",
            "record_proposal_answer",
        ),
    },
)
