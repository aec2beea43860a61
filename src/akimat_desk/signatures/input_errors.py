"""Telling an unreadable input from a bug of the verifier.

asn1crypto parses lazily, so damaged bytes can raise ValueError or TypeError from deep inside the parser at
any later field access. Such an error says the *file* is malformed. Any other exception (a RuntimeError, an
AttributeError, a ValueError raised by our own code...) is an internal error: the verifier must let it
propagate so that it is reported as a bug, never turn it into a verdict about the clerk's file.
"""

from __future__ import annotations

import binascii
from pathlib import Path

import asn1crypto

_PARSER_DIR = Path(asn1crypto.__file__).resolve().parent


class MalformedInput(ValueError):
    """The bytes are not a readable signed file (CMS SignedData, certificate or key structure)."""


def _raised_by_parser(exc: BaseException) -> bool:
    """True when the innermost Python frame of ``exc``'s traceback is inside asn1crypto."""
    tb = exc.__traceback__
    if tb is None:
        return False
    while tb.tb_next is not None:
        tb = tb.tb_next
    try:
        return Path(tb.tb_frame.f_code.co_filename).resolve().is_relative_to(_PARSER_DIR)
    except (OSError, ValueError):
        return False


def is_input_error(exc: BaseException) -> bool:
    """True when ``exc`` means the input bytes cannot be read (so the verdict is 'malformed').

    MalformedInput and base64 errors always are; ValueError/TypeError/KeyError/IndexError only when the
    ASN.1 parser raised them. Everything else is an internal error of the verifier.
    """
    if isinstance(exc, MalformedInput | binascii.Error):
        return True
    return isinstance(exc, ValueError | TypeError | KeyError | IndexError) and _raised_by_parser(exc)
