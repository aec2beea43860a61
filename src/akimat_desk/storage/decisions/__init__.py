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
        DispatchRow as DispatchRow,
    )
    from akimat_desk.storage.decisions.orm import (
        OutgoingLetterRow as OutgoingLetterRow,
    )
    from akimat_desk.storage.decisions.orm import (
        ProposalAnswerRow as ProposalAnswerRow,
    )
    from akimat_desk.storage.decisions.repositories import (
        DecisionRepository as DecisionRepository,
    )
    from akimat_desk.storage.decisions.repositories import (
        LetterRecord as LetterRecord,
    )

__getattr__, __all__ = lazy_exports(
    __name__,
    {
        "orm": (
            "DecisionRow",
            "DispatchRow",
            "OutgoingLetterRow",
            "ProposalAnswerRow",
        ),
        "repositories": (
            "DecisionRepository",
            "LetterRecord",
        ),
    },
)
