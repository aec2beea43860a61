"""Storage of the e-signature area: the trust store, CRLs and signature verdicts.

What other areas may use of it; nothing is imported until a name is asked for (``akimat_desk.exports``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akimat_desk.exports import lazy_exports

if TYPE_CHECKING:
    from akimat_desk.storage.esign.letter_signatures import (
        EmailAttempt as EmailAttempt,
    )
    from akimat_desk.storage.esign.letter_signatures import (
        LetterSignatureRepository as LetterSignatureRepository,
    )
    from akimat_desk.storage.esign.orm import (
        SignatureVerificationRow as SignatureVerificationRow,
    )
    from akimat_desk.storage.esign.repositories import (
        StoredCertificate as StoredCertificate,
    )
    from akimat_desk.storage.esign.repositories import (
        StoredCrl as StoredCrl,
    )
    from akimat_desk.storage.esign.repositories import (
        StoredVerification as StoredVerification,
    )

__getattr__, __all__ = lazy_exports(
    __name__,
    {
        "letter_signatures": (
            "EmailAttempt",
            "LetterSignatureRepository",
        ),
        "orm": ("SignatureVerificationRow",),
        "repositories": (
            "StoredCertificate",
            "StoredCrl",
            "StoredVerification",
        ),
    },
)
