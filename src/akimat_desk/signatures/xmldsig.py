"""XMLDSig (enveloped) signatures with the Kazakh algorithm URIs. Placeholder until implemented."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .algorithms import UnsupportedAlgorithm
from .verdicts import VerificationResult


def looks_like_xml(data: bytes) -> bool:
    """True when the bytes start (after a BOM and whitespace) with '<'."""
    return data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"<"


def verify_xml(data: bytes, judge: Callable[..., VerificationResult]) -> VerificationResult:
    """Verify an XMLDSig-signed document; ``judge`` turns the crypto checks into a verdict."""
    raise UnsupportedAlgorithm("XMLDSig is not supported yet")


__all__: list[Any] = ["looks_like_xml", "verify_xml"]
