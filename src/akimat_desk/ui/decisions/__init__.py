"""The window's decisions area: the decision and dispatch dialogs, the letter preview, the card's decisions panel.

What other areas may use of it; nothing is imported until a name is asked for (``akimat_desk.exports``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akimat_desk.exports import lazy_exports

if TYPE_CHECKING:
    from akimat_desk.ui.decisions.decisions_panel import (
        install_decision_tabs as install_decision_tabs,
    )
    from akimat_desk.ui.decisions.letter_preview import (
        RECEIPT as RECEIPT,
    )
    from akimat_desk.ui.decisions.letter_preview import (
        LetterPreviewDialog as LetterPreviewDialog,
    )
    from akimat_desk.ui.decisions.models import (
        CertificatesModel as CertificatesModel,
    )
    from akimat_desk.ui.decisions.models import (
        CrlsModel as CrlsModel,
    )
    from akimat_desk.ui.decisions.models import (
        VerificationsModel as VerificationsModel,
    )
    from akimat_desk.ui.decisions.texts import (
        verdict_style as verdict_style,
    )

__getattr__, __all__ = lazy_exports(
    __name__,
    {
        "decisions_panel": (
            "install_decision_tabs",
        ),
        "letter_preview": (
            "RECEIPT",
            "LetterPreviewDialog",
        ),
        "models": (
            "CertificatesModel",
            "CrlsModel",
            "VerificationsModel",
        ),
        "texts": (
            "verdict_style",
        ),
    },
)
