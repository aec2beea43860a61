"""The history is the truth, the rows its projection: replay each filing's history and compare with the rows.

The registration entry carries the whole filing as it arrived (``registration_snapshot``); every later entry
carries what it changed. ``replay_filings`` rebuilds each filing from its entries exactly as the use cases
build it (a correction or a status change recomputes the projections of the document) and names the first
filing and field whose row differs: a column of ``filings``, a deadline, an attachment (its recorded hash or
the SHA-256 of the bytes actually stored), an outgoing letter and its PDF, a decision, a dispatch, a
signature verdict. Filings registered before the snapshot existed are counted as ``uncovered``.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, tzinfo
from typing import Any

from akimat_desk.domain.errors import DomainError
from akimat_desk.domain.statuses import Outcome, Status
from akimat_desk.services.filings import filing_values, same_day
from akimat_desk.storage.filings import FilingValues
from akimat_desk.storage.kernel.audit_chain import ChainBreak, ChainReport, canonical_value, record_digest
from akimat_desk.storage.office.audit_replay import DECISION_COLUMNS, FILING_COLUMNS, FilingRows

FILINGS = "filings"
SNAPSHOT = "filing"


def plain(value: Any) -> Any:
    """The JSON form a value has in the history (instants naive-UTC ISO, enums their text)."""
    return json.loads(json.dumps(canonical_value(value), ensure_ascii=False, default=str))


def registration_snapshot(
    values: FilingValues, created_by: str, deadlines: Mapping[str, Any], original_sha256: str | None = None
) -> dict[str, Any]:
    """What the registration entry records of the filing: every column the history determines, and for an
    e-filing the SHA-256 of the original signed file as it arrived."""
    columns = {name: _instant(getattr(values, name)) for name in FILING_COLUMNS if name != "created_by"}
    columns["created_by"] = created_by
    snapshot: dict[str, Any] = plain({"columns": columns, "deadlines": {k: _instant(v) for k, v in deadlines.items()}})
    return snapshot | ({ORIGINAL: original_sha256} if original_sha256 else {})


def _instant(value: Any) -> Any:
    """A date or an instant in its history form; anything else as it is (``plain`` of the whole snapshot then
    gives each value what ``plain`` of the value alone would, in one JSON round trip instead of one per column)."""
    return canonical_value(value) if isinstance(value, date) else value


ORIGINAL = "original_sha256"
"""Key of the registration entry holding the SHA-256 of an e-filing's original signed file."""


def decision_digest(row: Mapping[str, Any]) -> str:
    """The digest the ``decided`` entry keeps of the decision row."""
    return record_digest({name: row.get(name) for name in DECISION_COLUMNS})


def decision_digest_of(record: Any) -> str:
    """``decision_digest`` of a decision record (any object with the decision's columns as attributes)."""
    return decision_digest({name: getattr(record, name) for name in DECISION_COLUMNS})


@dataclass(slots=True)
class _Replayed:
    columns: dict[str, Any]
    deadlines: dict[str, Any]
    attachments: dict[int, dict[str, Any]] = field(default_factory=dict)
    letters: dict[str, str] = field(default_factory=dict)
    decisions: dict[int, str | None] = field(default_factory=dict)
    dispatches: list[tuple[str, str | None]] = field(default_factory=list)
    verdicts: dict[int, str] = field(default_factory=dict)
    undone: set[str] = field(default_factory=set)  # decisions and dispatches a correcting entry undid (issue 22)
    original: str | None = None  # the SHA-256 of an e-filing's original file, from its registration entry


def replay_filings(rows: Iterable[FilingRows], tz: tzinfo) -> ChainReport:
    """Replay every filing of ``rows``; the report names the first that differs."""
    count = uncovered = 0
    for filing in rows:
        count += 1
        snapshot = filing.events[0]["changes"].get(SNAPSHOT) if filing.events else None
        if not filing.events or filing.events[0]["action"] != "registered":
            return ChainReport(FILINGS, count, _break(filing, "history", "registered", "-"), uncovered)
        if not isinstance(snapshot, dict):
            uncovered += 1
            continue
        found = _compare(filing, _replay(filing, snapshot, tz))
        if found is not None:
            return ChainReport(FILINGS, count, found, uncovered)
    return ChainReport(FILINGS, count, None, uncovered)


def _replay(filing: FilingRows, snapshot: Mapping[str, Any], tz: tzinfo) -> _Replayed:
    state = _Replayed(copy.deepcopy(dict(snapshot.get("columns", {}))), dict(snapshot.get("deadlines", {})))
    state.original = str(snapshot[ORIGINAL]) if snapshot.get(ORIGINAL) else None
    for event in filing.events[1:]:
        _apply(state, event["action"], event["changes"] if isinstance(event["changes"], dict) else {}, tz)
    return state


def _apply(state: _Replayed, action: str, changes: Mapping[str, Any], tz: tzinfo) -> None:
    recompute = False
    if action == "corrected":
        _apply_correction(state, changes)
        recompute = True
    status = changes.get("status")
    if isinstance(status, dict) and "new" in status:
        state.columns["status"] = status["new"]
        outcome = changes.get("outcome")
        state.columns["outcome"] = outcome.get("new") if isinstance(outcome, dict) else state.columns.get("outcome")
        recompute = True
    if recompute:
        _recompute(state, tz)
    _apply_records(state, action, changes)


def _apply_correction(state: _Replayed, changes: Mapping[str, Any]) -> None:
    document = state.columns.setdefault("document", {})
    for path, change in changes.items():
        new = change.get("new") if isinstance(change, dict) else None
        if path == "registered_on":
            state.columns["registered_on"] = new
        elif path == "review_deadline":
            state.deadlines["review"] = new
        elif path != "defects":
            _set_path(document, path, new)


def _set_path(document: dict[str, Any], path: str, value: Any) -> None:
    """As ``services.filings`` applies a correction: ``a.b`` sets a nested field, ``None`` removes it."""
    parts = path.split(".")
    target = document
    if len(parts) == 2:
        nested = document.get(parts[0])
        target = nested if isinstance(nested, dict) else {}
        document[parts[0]] = target
    if value is None:
        target.pop(parts[-1], None)
    else:
        target[parts[-1]] = value


def _recompute(state: _Replayed, tz: tzinfo) -> None:
    """The projections of the document, as a correction or a status change stores them."""
    columns = state.columns
    try:
        status = Status(str(columns.get("status")))
        outcome = Outcome(columns["outcome"]) if columns.get("outcome") else None
        values, _ = filing_values(columns.get("document") or {}, tz, same_day, status, outcome)
    except (DomainError, ValueError):
        return  # the history itself holds a document the application would not accept: compared as stored
    for name in FILING_COLUMNS:
        if name not in ("registered_on", "created_by", "status", "outcome"):
            columns[name] = plain(getattr(values, name))


def _apply_records(state: _Replayed, action: str, changes: Mapping[str, Any]) -> None:
    if action == "deadline_changed" and changes.get("deadline"):
        state.deadlines[str(changes["deadline"])] = changes.get("new")
    elif action == "attached" and isinstance(changes.get("attachment"), dict):
        item = changes["attachment"]
        state.attachments[int(item.get("id", 0))] = {"sha256": item.get("sha256"), "size": item.get("size")}
    elif action == "letter_issued" and isinstance(changes.get("letter"), dict):
        letter = changes["letter"]  # one number, several languages: each is its own letter
        state.letters[f"{letter.get('outgoing_number')}-{letter.get('language')}"] = str(letter.get("sha256"))
    elif action == "dispatched":
        tracking = changes.get("tracking_number")
        for channel in changes.get("channels") or []:
            state.dispatches.append((str(channel), tracking if channel == "registered_mail" else None))
    elif action == "letter_emailed" and changes.get("status") == "sent":  # sent from the application (issue 18)
        state.dispatches.append(("email", None))
    if isinstance(changes.get("decision"), dict) and "id" in changes["decision"]:
        state.decisions[int(changes["decision"]["id"])] = changes["decision"].get("digest")
    if action in ("decision_undone", "dispatch_undone") and isinstance(changes.get("undoes"), dict):
        undoes = changes["undoes"]
        if "decision" in undoes:
            state.undone.add(f"decision.{int(undoes['decision'])}")
        state.undone.update(f"dispatch.{int(i)}" for i in undoes.get("dispatches") or [])
    if action == "signature_verified" and isinstance(changes.get("signature"), dict):
        item = changes["signature"]
        state.verdicts[int(item.get("verification_id", 0))] = str(item.get("verdict"))


def _compare(filing: FilingRows, state: _Replayed) -> ChainBreak | None:
    for name in FILING_COLUMNS:
        expected, found = state.columns.get(name), plain(filing.columns.get(name))
        if expected != found:
            return _break(filing, name, expected, found)
    for kind, expected in state.deadlines.items():
        found = plain(filing.deadlines.get(kind))
        if expected is not None and expected != found:
            return _break(filing, f"deadline.{kind}", expected, found)
    return _compare_attachments(filing, state) or _compare_decisions(filing, state)


def _compare_attachments(filing: FilingRows, state: _Replayed) -> ChainBreak | None:
    kept = [a.get("stored_sha256", a["sha256"]) for a in filing.attachments.values()]
    if state.original is not None and state.original not in kept:  # the e-filing's original file is not stored
        return _break(filing, ORIGINAL, state.original, ", ".join(kept) or None)
    letter_files = {info["attachment_id"]: number for number, info in filing.letters.items()}
    for number, sha in state.letters.items():
        stored = filing.letters.get(number)
        if stored is None:
            return _break(filing, f"letter.{number}", sha, None)
        if stored["sha256"] != sha:
            return _break(filing, f"letter.{number}.sha256", sha, stored["sha256"])
        pdf = filing.attachments.get(stored["attachment_id"]) if stored["attachment_id"] is not None else None
        if pdf is not None and pdf.get("stored_sha256", sha) != sha:
            return _break(filing, f"letter.{number}.pdf", sha, pdf["stored_sha256"])
    for number in filing.letters:
        if number not in state.letters:
            return _break(filing, f"letter.{number}", None, "unrecorded")
    for attachment_id, info in filing.attachments.items():
        if attachment_id in letter_files:
            continue
        recorded = state.attachments.get(attachment_id)
        if recorded is None:
            return _break(filing, f"attachment.{attachment_id}", None, "unrecorded")
        if (info["sha256"], info["size"]) != (recorded["sha256"], recorded["size"]):
            return _break(filing, f"attachment.{attachment_id}.sha256", recorded["sha256"], info["sha256"])
        if info.get("stored_sha256", recorded["sha256"]) != recorded["sha256"]:
            return _break(filing, f"attachment.{attachment_id}.bytes", recorded["sha256"], info["stored_sha256"])
    for attachment_id in state.attachments:
        if attachment_id not in filing.attachments:
            return _break(filing, f"attachment.{attachment_id}", "recorded", None)
    return None


def _compare_decisions(filing: FilingRows, state: _Replayed) -> ChainBreak | None:
    for decision_id, row in filing.decisions.items():
        if decision_id not in state.decisions:
            return _break(filing, f"decision.{decision_id}", None, "unrecorded")
        recorded = state.decisions[decision_id]
        if recorded is not None and recorded != decision_digest(row):
            return _break(filing, f"decision.{decision_id}", recorded[:16], decision_digest(row)[:16])
    for decision_id in state.decisions:
        if decision_id not in filing.decisions:
            return _break(filing, f"decision.{decision_id}", "recorded", None)
    order = _dispatch_order
    rows = sorted(((str(d["channel"]), d["tracking_number"]) for d in filing.dispatches), key=order)
    expected = sorted(state.dispatches, key=order)
    if rows != expected:
        return _break(filing, "dispatches", len(expected), len(rows))
    if sorted(state.undone) != sorted(filing.undone):  # an undo mark the history does not hold, or one lost
        return _break(
            filing, "undone", ", ".join(sorted(state.undone)) or None, ", ".join(sorted(filing.undone)) or None
        )
    for verification_id, verdict in filing.verdicts.items():
        if state.verdicts.get(verification_id) != verdict:
            return _break(filing, f"signature.{verification_id}", state.verdicts.get(verification_id), verdict)
    return None


def _dispatch_order(item: tuple[str, str | None]) -> tuple[str, str]:
    return item[0], item[1] or ""


def _break(filing: FilingRows, name: str, expected: Any, found: Any) -> ChainBreak:
    return ChainBreak(FILINGS, "differs", filing.id, filing.id, filing.number, name, _shown(expected), _shown(found))


def _shown(value: Any, limit: int = 80) -> str:
    text = "-" if value is None else value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"
