"""Filling the organizer of an e-filing from the signer's certificate, for the clerk to confirm.

Contract: a value the filing JSON already has is never replaced. Empty fields are taken from the certificate
and listed (``Filled``) so the clerk can confirm them; an IIN or BIN in the JSON that differs from the
certificate's is kept and reported (``Notice``). Nothing is taken, and item 13 (``signed``) is not ticked,
unless the verdict is ``valid`` AND the signed document is this filing's document: a JSON filing of the same
form with the same purpose (and the same place and route where both give one). A self-signed, expired or
untrusted certificate, or a valid signature over another text, fills nothing and says why (notices
``not_verified`` / ``other_document``). Times are not compared: the window pre-fills them before the clerk types.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from akimat_desk.signatures import Signer, Verdict, VerificationResult

# What identifies the filing's document: both must give the first two; the others where both give them.
_REQUIRED_SAME = ("form", "purpose")
_SAME_WHERE_GIVEN = ("place", "route")


@dataclass(frozen=True, slots=True)
class Filled:
    """A field of the filing taken from the certificate (``field`` is a dotted path, e.g. organizer.iin)."""

    field: str
    value: Any


@dataclass(frozen=True, slots=True)
class Notice:
    """A warning for the clerk: ``code`` has a message ``esign.notice.<code>`` with ``params``."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _digits(value: Any) -> str:
    return "".join(ch for ch in str(value) if ch.isdigit())


def is_this_filing(data: Mapping[str, Any], signed_document: bytes | None) -> bool:
    """True when ``signed_document`` is a JSON filing (UTF-8) of the same form, purpose, place and route as ``data``."""
    if signed_document is None:
        return False
    try:
        signed = json.loads(signed_document.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return False
    if not isinstance(signed, dict):
        return False
    if any(_blank(data.get(k)) or _norm(data.get(k)) != _norm(signed.get(k)) for k in _REQUIRED_SAME):
        return False
    given = [k for k in _SAME_WHERE_GIVEN if not _blank(data.get(k)) and not _blank(signed.get(k))]
    return all(_norm(data.get(k)) == _norm(signed.get(k)) for k in given)


def _norm(value: Any) -> str:
    return " ".join(str(value).split()) if isinstance(value, str) else json.dumps(value, sort_keys=True)


def fill_from_certificate(
    data: Mapping[str, Any], result: VerificationResult, signed_document: bytes | None = None
) -> tuple[dict[str, Any], tuple[Filled, ...], tuple[Notice, ...]]:
    """A copy of ``data`` with the organizer's empty fields filled from the signer, what was filled, notices.

    ``signed_document`` is what the signature covers (attached content or the detached file).
    """
    filled_data = copy.deepcopy(dict(data))
    signer = result.signer
    if signer is None or result.verdict is Verdict.MALFORMED:
        return filled_data, (), ()
    if result.verdict is not Verdict.VALID:
        return filled_data, (), (Notice("not_verified", {"verdict": str(result.verdict)}),)
    if not is_this_filing(data, signed_document):
        return filled_data, (), (Notice("other_document"),)
    organizer = filled_data.get("organizer")
    created = organizer is None
    if created:
        organizer = {}
    if not isinstance(organizer, dict):
        return filled_data, (), ()
    kind = organizer.get("type") or ("entity" if "bin" in organizer else None)
    if kind is None:
        kind = "entity" if signer.bin and signer.organization else "person"
    filled: list[Filled] = []
    if created:
        organizer["type"] = kind
    pairs = _entity_pairs(signer) if kind == "entity" else _person_pairs(signer)
    for key, value in pairs:
        if value and _blank(organizer.get(key)):
            organizer[key] = value
            filled.append(Filled(f"organizer.{key}", value))
    if filled:
        filled_data["organizer"] = organizer
    if "signed" not in filled_data:
        filled_data["signed"] = True
        filled.append(Filled("signed", True))
    return filled_data, tuple(filled), _differences(organizer, signer, kind)


def _person_pairs(signer: Signer) -> list[tuple[str, str | None]]:
    surname, given = signer.surname, signer.given_name
    if surname is None and signer.name:  # no SURNAME attribute: the first word of the name
        surname, _, given = signer.name.partition(" ")
    return [("surname", surname), ("given_name", given or None), ("patronymic", signer.patronymic), ("iin", signer.iin)]


def _entity_pairs(signer: Signer) -> list[tuple[str, str | None]]:
    return [("name", signer.organization), ("bin", signer.bin)]


def _differences(organizer: Mapping[str, Any], signer: Signer, kind: str) -> tuple[Notice, ...]:
    notices = []
    for key, theirs in (("iin", signer.iin), ("bin", signer.bin)):
        ours = organizer.get(key)
        if theirs and not _blank(ours) and _digits(ours) != theirs:
            notices.append(Notice(f"{key}_differs", {"filing": str(ours), "certificate": theirs}))
    if kind == "person" and signer.bin:
        notices.append(Notice("signed_for_entity", {"organization": signer.organization or "", "bin": signer.bin}))
    if kind == "entity" and not signer.bin:
        notices.append(Notice("entity_signed_by_individual", {"name": signer.name or ""}))
    return tuple(notices)
