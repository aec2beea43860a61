"""Storage of decisions, outgoing letters, dispatches and proposal answers.

What other areas may use of it; nothing is imported until a name is asked for (``akimat_desk.exports``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akimat_desk.exports import lazy_exports

if TYPE_CHECKING:
    from akimat_desk.storage.decisions.orm import (
        DecisionRow as DecisionRow,
    )
    from akimat_desk.storage.decisions.orm import (
        ProposalAnswerRow as ProposalAnswerRow,
    )

__getattr__, __all__ = lazy_exports(
    __name__,
    {
        "orm": (
            "DecisionRow",
            "ProposalAnswerRow",
        ),
    },
)
