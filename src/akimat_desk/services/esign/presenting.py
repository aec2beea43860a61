"""How verdicts are shown: JSON for ``--json`` and the window, short text lines for the terminal.

The verdict messages themselves are in the one catalogue (``signature.<code>``); the labels of roles,
time bases, revocation states and notices live in ``texts/esign.<lang>.json``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, tzinfo
from typing import Any

from akimat_desk.services.esign.organizer_fill import Filled, Notice
from akimat_desk.services.kernel.messages import message
from akimat_desk.signatures import VerificationResult
from akimat_desk.signatures import message as verdict_message
from akimat_desk.storage.esign.repositories import StoredCertificate, StoredCrl, StoredVerification


def result_json(result: VerificationResult, lang: str) -> dict[str, Any]:
    """The verifier's dict plus the verdict's message; ``signer`` has name, iin, bin, organization, role."""
    return result_dict_json(result.to_dict(), lang)


def result_dict_json(data: Mapping[str, Any], lang: str) -> dict[str, Any]:
    """Add ``message`` (the verdict in ``lang``) and ``role_label`` to a stored result dict."""
    out = dict(data)
    out["message"] = verdict_message(str(data["verdict"]), lang)
    signer = data.get("signer")
    if isinstance(signer, dict) and signer.get("role"):
        out["signer"] = signer | {"role_label": message(f"esign.role.{signer['role']}", lang)}
    return out


def _when(value: Any, tz: tzinfo) -> str:
    if not value:
        return "-"
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.astimezone(tz).strftime("%Y-%m-%d %H:%M:%S %z")


def result_lines(data: Mapping[str, Any], lang: str, tz: tzinfo) -> list[str]:
    """Human-readable lines of a result dict (``VerificationResult.to_dict()`` or a stored one)."""
    verdict = str(data["verdict"])
    lines = [f"verdict: {verdict} - {verdict_message(verdict, lang)}", f"algorithm: {data.get('algorithm') or '-'}"]
    signer = data.get("signer") or {}
    role = signer.get("role")
    lines += [
        f"signer: {signer.get('name') or '-'}",
        f"  iin: {signer.get('iin') or '-'}",
        f"  bin: {signer.get('bin') or '-'}",
        f"  organization: {signer.get('organization') or '-'}",
        f"  role: {role} ({message(f'esign.role.{role}', lang)})" if role else "  role: -",
        f"signed_at: {_when(data.get('signed_at'), tz)}",
    ]
    stamp = data.get("timestamp")
    if stamp:
        trust = "trusted" if stamp.get("trusted") else "untrusted"
        lines.append(f"timestamp: {_when(stamp.get('time'), tz)} ({trust}; {stamp.get('tsa') or '-'})")
    else:
        lines.append("timestamp: -")
    basis = data.get("time_basis")
    if basis:
        lines.append(f"checked_at: {_when(data.get('checked_at'), tz)} ({message(f'esign.time_basis.{basis}', lang)})")
    lines.append("chain: " + (" -> ".join(data.get("chain") or []) or "-"))
    revocation = str(data.get("revocation") or "not_checked")
    lines.append(f"revocation: {revocation} ({message(f'esign.revocation.{revocation}', lang)})")
    details = list(data.get("details") or ())
    if details:
        lines += ["details:", *(f"  {d}" for d in details)]
    return lines


def filled_json(filled: Sequence[Filled], notices: Sequence[Notice], lang: str) -> dict[str, Any]:
    """What was taken from the certificate and the warnings, with their messages in ``lang``."""
    return {
        "filled_from_certificate": [
            {"field": f.field, "value": f.value, "message": message("esign.filled", lang, field=f.field, value=f.value)}
            for f in filled
        ],
        "notices": [
            {"code": n.code, **n.params, "message": message(f"esign.notice.{n.code}", lang, **n.params)}
            for n in notices
        ],
    }


def verification_json(item: StoredVerification, lang: str) -> dict[str, Any]:
    """One stored verdict (the card's signature panel, ``signatures ID --json``)."""
    return {
        "id": item.id,
        "filing_id": item.filing_id,
        "checked_at": item.checked_at.isoformat(),
        "checked_by": item.checked_by,
        "trigger": item.trigger,
        "trigger_label": message(f"esign.trigger.{item.trigger}", lang),
        "signed_attachment_id": item.signed_attachment_id,
        "content_attachment_id": item.content_attachment_id,
        "test_roots_allowed": item.test_roots_allowed,
        "result": result_dict_json(item.result, lang),
    }


def certificate_json(cert: StoredCertificate) -> dict[str, Any]:
    return {
        "id": cert.id,
        "role": cert.role,
        "subject": cert.subject,
        "issuer": cert.issuer,
        "valid_from": cert.valid_from.isoformat(),
        "valid_to": cert.valid_to.isoformat(),
        "sha256": cert.sha256,
        "is_test": cert.is_test,
        "imported_at": cert.imported_at.isoformat(),
        "imported_by": cert.imported_by,
    }


def crl_json(item: StoredCrl) -> dict[str, Any]:
    return {
        "id": item.id,
        "issuer": item.issuer,
        "issuer_sha256": item.issuer_sha256,
        "is_delta": item.is_delta,
        "number": item.number,
        "entries": item.entries,
        "this_update": item.this_update.isoformat() if item.this_update else None,
        "next_update": item.next_update.isoformat() if item.next_update else None,
        "sha256": item.sha256,
        "imported_at": item.imported_at.isoformat(),
        "imported_by": item.imported_by,
    }
