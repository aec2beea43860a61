"""E-signatures of organizers' e-documents: verification, the register's trust store and CRLs.

What other areas may use of it, imported when first asked for (``akimat_desk.exports``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akimat_desk.exports import lazy_exports

if TYPE_CHECKING:
    from akimat_desk.services.esign.letter_copies import (
        letter_copy as letter_copy,
    )
    from akimat_desk.services.esign.letter_signing import (
        letter_of as letter_of,
    )
    from akimat_desk.services.esign.letter_signing import (
        stored_pdf as stored_pdf,
    )
    from akimat_desk.services.esign.trust_store import (
        LoadedTrust as LoadedTrust,
    )
    from akimat_desk.services.esign.trust_store import (
        load_trust as load_trust,
    )

__getattr__, __all__ = lazy_exports(
    __name__,
    {
        "letter_copies": (
            "letter_copy",
        ),
        "letter_signing": (
            "letter_of",
            "stored_pdf",
        ),
        "trust_store": (
            "LoadedTrust",
            "load_trust",
        ),
    },
)
