"""Verdict codes, result dataclasses and the kk/ru/en messages of the verifier.

Contract: a VerificationResult is only ever built with Verdict.VALID after every check passed; every
other outcome carries a non-valid code. Codes are stable strings (stored by the register, printed by the CLI).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from akimat_desk import catalogue


class Verdict(StrEnum):
    """The outcome of a verification; the value is the stable code."""

    VALID = "valid"
    SIGNATURE_INVALID = "signature_invalid"
    CONTENT_MISMATCH = "content_mismatch"
    CHAIN_UNTRUSTED = "chain_untrusted"
    CERT_EXPIRED = "cert_expired"
    REVOKED = "revoked"
    AUTH_KEY = "auth_key"
    UNSUPPORTED_ALGORITHM = "unsupported_algorithm"
    MALFORMED = "malformed"


class TimeBasis(StrEnum):
    """Which time the certificates were checked at."""

    TIMESTAMP = "timestamp"  # genTime of a timestamp token whose TSA chains to a trusted anchor
    SIGNING_TIME = "signing_time"  # the signer's own signingTime attribute (a claim)
    REGISTRATION = "registration"  # the registration time the caller gave (or the time of the check)
    GIVEN = "given"  # an explicit validation time the caller forced (CLI --at)


class Revocation(StrEnum):
    """Revocation status of the signer certificate as far as the CRLs passed in tell."""

    NOT_CHECKED = "not_checked"
    GOOD = "good"
    REVOKED = "revoked"


@dataclass(frozen=True)
class Signer:
    """Identity read from the signer certificate (NCA RK subject conventions).

    ``name`` is the full name (CN plus patronymic); ``surname``, ``given_name`` and ``patronymic`` are its
    parts when the certificate has SURNAME and GIVENNAME (NCA puts the patronymic in GIVENNAME).
    """

    name: str | None = None
    iin: str | None = None
    bin: str | None = None
    organization: str | None = None
    role: str | None = None
    roles: tuple[str, ...] = ()
    key_usage: tuple[str, ...] = ()
    is_signing_key: bool = False
    certificate_sha256: str | None = None
    serial: str | None = None
    valid_from: datetime | None = None
    valid_to: datetime | None = None
    surname: str | None = None
    given_name: str | None = None
    patronymic: str | None = None


@dataclass(frozen=True)
class Timestamp:
    """A signature timestamp token: its time, and whether its TSA chains to a trusted anchor."""

    time: datetime | None
    trusted: bool
    tsa: str | None = None
    imprint_ok: bool = False
    problem: str | None = None


@dataclass(frozen=True)
class VerificationResult:
    """Everything the clerk (and the register) needs to know about one signed file.

    ``checks`` maps a check name (format, content_digest, signature, signing_certificate, key_usage,
    chain, validity, revocation, timestamp) to 'ok', 'failed', 'skipped', 'not_checked' or 'untrusted'.
    ``details`` are short machine-readable notes (``code`` or ``code: value``). ``co_signers`` holds the
    results for further signer infos of the same file; ``verdict`` is then the first non-valid verdict.
    """

    verdict: Verdict
    algorithm: str | None = None
    signer: Signer | None = None
    signed_at: datetime | None = None
    timestamp: Timestamp | None = None
    time_basis: TimeBasis | None = None
    checked_at: datetime | None = None
    chain: tuple[str, ...] = ()
    revocation: Revocation = Revocation.NOT_CHECKED
    detached: bool = False
    content: bytes | None = field(default=None, repr=False)
    checks: dict[str, str] = field(default_factory=dict)
    details: tuple[str, ...] = ()
    co_signers: tuple[VerificationResult, ...] = ()

    @property
    def is_valid(self) -> bool:
        """True only for Verdict.VALID."""
        return self.verdict is Verdict.VALID

    def message(self, lang: str = "en") -> str:
        """The verdict's message in 'kk', 'ru' or 'en'."""
        return message(self.verdict, lang)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (datetimes as ISO strings; content bytes omitted)."""
        data: dict[str, Any] = _jsonable(self)
        return data


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, StrEnum):
        return str(value)
    if isinstance(value, bytes):
        return None
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if hasattr(value, "__dataclass_fields__"):
        return {k: _jsonable(getattr(value, k)) for k in value.__dataclass_fields__ if k != "content"}
    return value


LANGUAGES = ("kk", "ru", "en")


def message(code: str | Verdict, lang: str = "en") -> str:
    """The message for a verdict code in 'kk', 'ru' or 'en' (English for an unknown language).

    Raises KeyError for an unknown code.
    """
    key = f"signature.{code}"
    if not catalogue.has(key):
        raise KeyError(str(code))
    return catalogue.text(key, lang)
