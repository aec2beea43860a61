"""The window's e-signature area: the trust store page, the card's signature panel, registration's e-document part.

What other areas may use of it; nothing is imported until a name is asked for (``akimat_desk.exports``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akimat_desk.exports import lazy_exports

if TYPE_CHECKING:
    from akimat_desk.ui.esign.registration_esign import (
        EDocumentPanel as EDocumentPanel,
    )
    from akimat_desk.ui.esign.registration_esign import (
        fill_form as fill_form,
    )
    from akimat_desk.ui.esign.registration_esign import (
        read_signed as read_signed,
    )
    from akimat_desk.ui.esign.registration_esign import (
        register_signed as register_signed,
    )
    from akimat_desk.ui.esign.sign_letter_dialog import (
        SignLetterDialog as SignLetterDialog,
    )
    from akimat_desk.ui.esign.sign_letter_dialog import (
        email_letter as email_letter,
    )
    from akimat_desk.ui.esign.sign_letter_dialog import (
        import_signature_file as import_signature_file,
    )
    from akimat_desk.ui.esign.signature_panel import (
        SignaturePanel as SignaturePanel,
    )

__getattr__, __all__ = lazy_exports(
    __name__,
    {
        "registration_esign": (
            "EDocumentPanel",
            "fill_form",
            "read_signed",
            "register_signed",
        ),
        "sign_letter_dialog": (
            "SignLetterDialog",
            "email_letter",
            "import_signature_file",
        ),
        "signature_panel": (
            "SignaturePanel",
        ),
    },
)
