"""An entry of a filing's history as a sentence in the clerk's words and language (issue 22 item 5).

The card's history tab and ``akimat-desk show`` read the same sentence: the catalogue's ``history.<action>``
with the entry's meaningful details filled in; fields by their labels (``field.<path>``), enum values by their
names (``attachment_kind.letter`` -> "letter" / "хат" / "письмо"), grounds with their article sub-points. No
key, no ``=``, no brackets: what the register keeps for the machine (digests, ids) stays in ``--json``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from akimat_desk.domain.decisions import ground_rule
from akimat_desk.domain.filing import EventAction, FilingEvent
from akimat_desk.services.kernel.messages import cite, field_label, message

__all__ = ["event_sentence", "shown_value"]

_Params = dict[str, Any]


def event_sentence(event: FilingEvent, lang: str) -> str:
    """What ``event`` records, as one sentence in ``lang``."""
    changes: Mapping[str, Any] = event.changes if isinstance(event.changes, Mapping) else {}
    key, params = _DETAILS[event.action](changes, lang)
    return message(key, lang, **params)


def shown_value(value: Any, lang: str, path: str = "") -> str:
    """A stored value of the field ``path`` as the clerk reads it: yes/no, a dash for nothing, lists and
    objects spelled out with their fields' labels."""
    if value is None or value == "" or value == [] or value == {}:
        return "—"
    if isinstance(value, bool):
        return message("word.yes" if value else "word.no", lang)
    if isinstance(value, Mapping):
        inner = ((f"{path}.{k}" if path else str(k), v) for k, v in value.items() if k != "type")
        return "; ".join(f"{field_label(p, lang)}: {shown_value(v, lang, p)}" for p, v in inner)
    if isinstance(value, list | tuple):
        return ", ".join(shown_value(v, lang) for v in value)
    text = str(value)
    return text if len(text) <= 80 else text[:77] + "…"


def _part(changes: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    """The details stored under ``key`` (``{"decision": {...}}``), or nothing when the entry has none."""
    value = changes.get(key)
    return value if isinstance(value, Mapping) else {}


def _named(prefix: str, value: Any, lang: str) -> str:
    """An enum value by its name in ``lang`` (``status.decided`` -> "decided"); the value itself if unnamed."""
    if value is None or value == "":
        return "—"
    key = f"{prefix}.{value}"
    text = message(key, lang)
    return str(value) if text == key else text


def _change(path: str, change: Any, lang: str) -> str:
    """One corrected field: "Purpose of the assembly: «old» → «new»"."""
    if path == "defects" and isinstance(change, Mapping):
        old, new = (_defect_items(change.get(side)) for side in ("old", "new"))
    elif isinstance(change, Mapping) and ("old" in change or "new" in change):
        old, new = shown_value(change.get("old"), lang, path), shown_value(change.get("new"), lang, path)
    else:
        old, new = "—", shown_value(change, lang, path)
    return message("history.change", lang, field=field_label(path, lang), old=old, new=new)


def _defect_items(codes: Any) -> str:
    """The items with a defect (``["5:route_missing", ...]`` -> "5"), or a dash."""
    items = sorted({str(code).partition(":")[0] for code in codes or ()}, key=lambda i: (len(i), i))
    return ", ".join(items) or "—"


def _registered(changes: Mapping[str, Any], lang: str) -> tuple[str, _Params]:
    number = changes.get("incoming_number", "")
    if "imported_from" in changes:
        params = {"number": number, "file": changes["imported_from"], "row": changes.get("row", "—")}
        return "history.registered_legacy", params | {"legacy": changes.get("legacy_number") or "—"}
    return "history.registered", {"number": number}


def _corrected(changes: Mapping[str, Any], lang: str) -> tuple[str, _Params]:
    parts = [_change(path, change, lang) for path, change in changes.items()]
    return "history.corrected", {"changes": "; ".join(parts) or "—"}


def _status(changes: Mapping[str, Any], lang: str) -> _Params:
    status = _part(changes, "status")
    return {"old": _named("status", status.get("old"), lang), "new": _named("status", status.get("new"), lang)}


def _status_changed(changes: Mapping[str, Any], lang: str) -> tuple[str, _Params]:
    return "history.status_changed", _status(changes, lang)


def _withdrawn(changes: Mapping[str, Any], lang: str) -> tuple[str, _Params]:
    return "history.withdrawn", _status(changes, lang)


def _grounds(codes: Any, lang: str) -> str:
    named = (f"{_named('ground', code, lang)} ({cite(ground_rule(code), lang)})" for code in codes or ())
    return "; ".join(named)


def _decided(changes: Mapping[str, Any], lang: str) -> tuple[str, _Params]:
    decision = _part(changes, "decision")
    params = {
        "kind": _named("decision_kind", decision.get("kind"), lang),
        "late": shown_value(bool(decision.get("late")), lang),
    }
    grounds = _grounds(decision.get("grounds"), lang)
    if grounds:
        return "history.decided_grounds", params | {"grounds": grounds}
    return "history.decided", params


def _answered(changes: Mapping[str, Any], lang: str) -> tuple[str, _Params]:
    answer = _part(changes, "answer")
    params = {"answer": _named("proposal_answer", answer.get("answer"), lang)}
    params["received"] = shown_value(answer.get("received_at"), lang)
    return "history.proposal_answered", params | _status(changes, lang)


def _deadline_changed(changes: Mapping[str, Any], lang: str) -> tuple[str, _Params]:
    kind = _named("deadline_kind", changes.get("deadline"), lang)
    return "history.deadline_changed", {"deadline": kind, "old": changes.get("old") or "—", "new": changes.get("new")}


def _deadline_acknowledged(changes: Mapping[str, Any], lang: str) -> tuple[str, _Params]:
    moved = []
    for kind, change in changes.items():
        days: Mapping[str, Any] = change if isinstance(change, Mapping) else {}
        moved.append(
            message(
                "history.change",
                lang,
                field=_named("deadline_kind", kind, lang),
                old=days.get("old") or "—",
                new=days.get("new") or "—",
            )
        )
    return "history.deadline_acknowledged", {"deadlines": "; ".join(moved) or "—"}


def _attached(changes: Mapping[str, Any], lang: str) -> tuple[str, _Params]:
    attachment = _part(changes, "attachment")
    kind = _named("attachment_kind", attachment.get("kind"), lang)
    return "history.attached", {"kind": kind, "name": attachment.get("name") or "—"}


def _place_linked(changes: Mapping[str, Any], lang: str) -> tuple[str, _Params]:
    place = _part(changes, "place")
    return "history.place_linked", {"place": place.get("new") or "—"}


def _letter_issued(changes: Mapping[str, Any], lang: str) -> tuple[str, _Params]:
    letter = _part(changes, "letter")
    params = {"number": letter.get("outgoing_number") or "—", "kind": _named("decision_kind", letter.get("kind"), lang)}
    return "history.letter_issued", params | {"language": _named("language", letter.get("language"), lang)}


def _numbers_kept(changes: Mapping[str, Any], lang: str) -> tuple[str, _Params]:
    letters = changes.get("letters")
    numbers = [str(x.get("outgoing_number")) for x in letters or () if isinstance(x, Mapping)]
    return "history.letter_numbers_kept", {"numbers": ", ".join(numbers) or "—"}


def _dispatched(changes: Mapping[str, Any], lang: str) -> tuple[str, _Params]:
    channels = ", ".join(_named("dispatch_channel", c, lang) for c in changes.get("channels") or ())
    params = {"number": changes.get("letter") or "—", "channels": channels or "—"}
    if changes.get("tracking_number"):
        return "history.dispatched_tracking", params | {"tracking": changes["tracking_number"]}
    return "history.dispatched", params


def _decision_undone(changes: Mapping[str, Any], lang: str) -> tuple[str, _Params]:
    undone = _part(changes, "undoes")
    params = {"kind": _named("decision_kind", undone.get("kind"), lang)}
    return "history.decision_undone", params | _status(changes, lang)


def _dispatch_undone(changes: Mapping[str, Any], lang: str) -> tuple[str, _Params]:
    undone = _part(changes, "undoes")
    channels = ", ".join(_named("dispatch_channel", c, lang) for c in undone.get("channels") or ())
    return "history.dispatch_undone", {"number": undone.get("letter") or "—", "channels": channels or "—"}


def _delivered(changes: Mapping[str, Any], lang: str) -> tuple[str, _Params]:
    return "history.delivered", {"tracking": changes.get("tracking_number") or "—", "day": changes.get("delivered_on")}


def _signer(details: Mapping[str, Any]) -> str:
    ids = ", ".join(str(details[k]) for k in ("iin", "bin") if details.get(k))
    name = str(details.get("signer") or "—")
    return f"{name} ({ids})" if ids else name


def _signature_verified(changes: Mapping[str, Any], lang: str) -> tuple[str, _Params]:
    details = _part(changes, "signature")
    verdict = _named("verdict", details.get("verdict"), lang)
    return "history.signature_verified", {"verdict": verdict, "signer": _signer(details)}


def _letter_signed(changes: Mapping[str, Any], lang: str) -> tuple[str, _Params]:
    details = _part(changes, "letter_signature")
    params = {
        "number": details.get("outgoing_number") or "—",
        "verdict": _named("verdict", details.get("verdict"), lang),
    }
    return "history.letter_signed", params | {"signer": _signer(details)}


def _letter_emailed(changes: Mapping[str, Any], lang: str) -> tuple[str, _Params]:
    params = {"number": changes.get("letter") or "—", "to": changes.get("to") or "—"}
    if changes.get("status") == "sent":
        return "history.letter_emailed", params
    return "history.letter_email_failed", params | {"reason": changes.get("reason") or "—"}


def _letter_bounced(changes: Mapping[str, Any], lang: str) -> tuple[str, _Params]:
    params = {"number": changes.get("letter") or "—", "to": changes.get("recipient") or changes.get("to") or "—"}
    return "history.letter_bounced", params | {"diagnostic": changes.get("diagnostic") or changes.get("status") or "—"}


_DETAILS: dict[EventAction, Callable[[Mapping[str, Any], str], tuple[str, _Params]]] = {
    EventAction.REGISTERED: _registered,
    EventAction.CORRECTED: _corrected,
    EventAction.STATUS_CHANGED: _status_changed,
    EventAction.WITHDRAWN: _withdrawn,
    EventAction.DEADLINE_CHANGED: _deadline_changed,
    EventAction.DEADLINE_ACKNOWLEDGED: _deadline_acknowledged,
    EventAction.ATTACHED: _attached,
    EventAction.PLACE_LINKED: _place_linked,
    EventAction.DECIDED: _decided,
    EventAction.PROPOSAL_ANSWERED: _answered,
    EventAction.LETTER_ISSUED: _letter_issued,
    EventAction.LETTER_NUMBERS_KEPT: _numbers_kept,
    EventAction.DISPATCHED: _dispatched,
    EventAction.DELIVERED: _delivered,
    EventAction.SIGNATURE_VERIFIED: _signature_verified,
    EventAction.LETTER_SIGNED: _letter_signed,
    EventAction.LETTER_EMAILED: _letter_emailed,
    EventAction.LETTER_BOUNCED: _letter_bounced,
    EventAction.DECISION_UNDONE: _decision_undone,
    EventAction.DISPATCH_UNDONE: _dispatch_undone,
}
