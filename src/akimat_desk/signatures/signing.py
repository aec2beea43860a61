"""The signer interface: data in, a detached CMS (DER) out, or a SigningError with a stable code.

Two implementations: ``ncalayer.NcaLayerSigner`` (the NCA RK's local signing service, for real
signatures) and ``p12_signer.Pkcs12Signer`` (pure Python GOST 34.10-2015, for training registers and
tests). Callers must never trust what a signer returns: verify it with ``signatures.verify`` against the
same bytes before using it. Usage::

    request = SigningRequest(data=pdf, bin="123456789021", iin="123456789011", locale="kk")
    cms_der = signer.sign(request)          # raises SigningError(code)

Error codes (stable, translated by the caller): cancelled, not_running, untrusted_service, old_version,
timeout, protocol, refused, wrong_password, key_unreadable, key_mismatch, key_not_allowed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

# NCA RK role OIDs (extended key usage of the signer certificate).
ROLE_RIGHT_OF_SIGNATURE = "1.2.398.3.3.4.1.2.2"
ROLE_FIRST_HEAD = "1.2.398.3.3.4.1.2.1"
ROLE_LEGAL_ENTITY = "1.2.398.3.3.4.1.2"
EKU_EMAIL_PROTECTION = "1.3.6.1.5.5.7.3.4"  # what NCA puts on signing (not authentication) keys

ERROR_CODES = (
    "cancelled",
    "not_running",
    "untrusted_service",
    "old_version",
    "timeout",
    "protocol",
    "refused",
    "wrong_password",
    "key_unreadable",
    "key_mismatch",
    "key_not_allowed",
)


class SigningError(Exception):
    """Signing did not produce a CMS. ``code`` is one of ERROR_CODES; ``detail`` is for the log."""

    def __init__(self, code: str, detail: str = "") -> None:
        if code not in ERROR_CODES:
            raise ValueError(f"unknown signing error code {code!r}")
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class SigningRequest:
    """What to sign and whose key may sign it.

    ``data``: the exact bytes (the letter's PDF); the CMS is detached (the data is not embedded).
    ``bin``/``iin``: the signer certificate must carry this BIN (the akimat's) and IIN (the signatory's);
    empty means no restriction. ``roles``: role OIDs the certificate must carry (all of them).
    ``locale``: the UI language (kk, ru, en) for NCALayer's own dialogs.
    """

    data: bytes
    bin: str = ""
    iin: str = ""
    roles: tuple[str, ...] = (ROLE_RIGHT_OF_SIGNATURE,)
    locale: str = "kk"


@runtime_checkable
class Signer(Protocol):
    """Anything that turns a SigningRequest into a detached CMS SignedData (DER bytes)."""

    name: str  # 'ncalayer' or 'p12': recorded with the signature

    def sign(self, request: SigningRequest) -> bytes:
        """The DER ContentInfo(SignedData), detached, over ``request.data``; raises SigningError."""
        ...
