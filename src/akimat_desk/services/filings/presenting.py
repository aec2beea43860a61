"""Plain representations of filings for the command line and exports (JSON-ready dicts, text lines)."""

from __future__ import annotations

import json
from datetime import tzinfo
from typing import Any

from akimat_desk.domain.filing import FilingEvent, FilingRecord
from akimat_desk.domain.written_forms import organizer_text, place_text
from akimat_desk.services.deadlines import FilingClock
from akimat_desk.services.filings.history_text import event_sentence
from akimat_desk.services.kernel.messages import defect_message, message

# the fields of a filing the correction dialog offers, in the order of the paper (their labels: field.<path>)
_PAPER_FIRST = ("purpose", "place", "route", "starts_at", "ends_at", "participants")
_ORGANIZER = tuple(f"organizer.{n}" for n in ("surname", "given_name", "patronymic", "iin", "name", "bin", "address"))
_PAPER_LAST = ("contacts.email", "contacts.phone", "order_measures", "regulations", "funding_sources", "pd_consent")
CORRECTABLE = (*_PAPER_FIRST, *_ORGANIZER, *_PAPER_LAST, "signed", "filed_on", "received_at", "language")

_NUMERIC_FIELDS = {"participants", "vehicles.count", "vehicles.route_length_km"}
_FLAG_WORDS = {"true": True, "false": False, "null": None}


def parse_set_value(path: str, raw: str) -> Any:
    """The value of ``--set FIELD=VALUE``: ``null``/``true``/``false``, a number for numeric fields, a
    JSON object or list when it starts with ``{`` or ``[``, otherwise the text as typed (so IINs keep
    their leading zeros)."""
    text = raw.strip()
    if text in _FLAG_WORDS:
        return _FLAG_WORDS[text]
    if path in _NUMERIC_FIELDS:
        try:
            return int(text)
        except ValueError:
            try:
                return float(text)
            except ValueError:
                return raw
    if text[:1] in "{[":
        try:
            return json.loads(text)
        except json.JSONDecodeError:
            return raw
    return raw


def event_json(event: FilingEvent) -> dict[str, Any]:
    return {
        "seq": event.seq,
        "at": event.at.isoformat(),
        "actor": event.actor,
        "action": str(event.action),
        "changes": dict(event.changes),
        "reason": event.reason,
    }


def filing_json(filing: FilingRecord, lang: str, tz: tzinfo, history: bool = True) -> dict[str, Any]:
    """The filing as the CLI prints it with ``--json``; times of receipt in the office's zone."""
    data: dict[str, Any] = {
        "id": filing.id,
        "incoming_number": filing.incoming_number,
        "received_at": filing.received_at.astimezone(tz).isoformat(),
        "registered_on": filing.registered_on.isoformat(),
        "form": str(filing.form),
        "kind": str(filing.kind),
        "channel": str(filing.channel),
        "language": str(filing.language),
        "status": str(filing.status),
        "outcome": filing.outcome and str(filing.outcome),
        "organizer": filing.organizer_name,
        "defects": [
            {
                "item": d.item,
                "code": d.code,
                "message": defect_message(d, lang),
                "field": d.field,
                "rule": d.rule,
            }
            for d in filing.defects
        ],
        "document": dict(filing.document),
        "version": filing.version,
    }
    if history:
        data["history"] = [event_json(e) for e in filing.history]
    return data


def filing_lines(filing: FilingRecord, lang: str, tz: tzinfo, clock: FilingClock | None = None) -> list[str]:
    """A short human-readable account of the filing, its defects and history."""
    received = filing.received_at.astimezone(tz).strftime("%Y-%m-%d %H:%M")
    status = message(f"status.{filing.status}", lang)
    if filing.outcome:
        status += f" ({message(f'outcome.{filing.outcome}', lang)})"
    lines = [
        f"{message('word.filing', lang)} {filing.incoming_number} (id {filing.id})",
        f"  {message(f'form.{filing.form}', lang)} / {message(f'kind.{filing.kind}', lang)} / "
        f"{message(f'channel.{filing.channel}', lang)} / {filing.language}",
        "  " + message("line.summary", lang, received=received, registered=filing.registered_on, status=status),
        f"  {organizer_text(filing.document.get('organizer'), lang) or filing.organizer_name}",
    ]
    place = place_text(filing.document.get("place")) or str(filing.document.get("route") or "")
    if place:
        lines.append(f"  {place}")
    if clock is not None:
        lines += clock_lines(clock, filing, lang)
    if filing.defects:
        lines.append(f"{message('word.defects', lang)}:")
        lines += [f"  - {defect_message(d, lang)}" for d in filing.defects]
    else:
        lines.append(message("word.no_defects", lang))
    if filing.history:
        lines.append(f"{message('word.history', lang)}:")
        for e in filing.history:
            why = f" — {e.reason}" if e.reason else ""
            lines.append(f"  {e.seq}. {e.at.astimezone(tz):%Y-%m-%d %H:%M} {e.actor}: {event_sentence(e, lang)}{why}")
    return lines


def clock_lines(clock: FilingClock, filing: FilingRecord, lang: str) -> list[str]:
    """Deadlines, moved-deadline flags and the countdown as text lines."""
    lines = []
    for d in clock.deadlines:
        days = clock.timeliness.review_working_days if clock.timeliness else ""
        lines.append("  " + message("line.review_deadline", lang, day=d.due_on.isoformat(), days=days))
        if d.needs_acknowledgement and d.previous_due_on is not None:
            lines.append(
                message(
                    "line.deadline_moved", lang, old=d.previous_due_on.isoformat(), act=d.changed_by_act, id=filing.id
                )
            )
    if clock.countdown is not None:
        c = clock.countdown
        state = message(f"countdown.{c.state.value}", lang)
        if c.deadline_passed:
            line = message("line.countdown_passed", lang, state=state, days=abs(c.working_days_left))
        else:
            line = message("line.countdown", lang, state=state, days=c.working_days_left, hours=f"{c.hours_left:.1f}")
        lines.append("  " + line)
    if not clock.calendar_confirmed:
        lines.append("  " + message("line.calendar_unconfirmed", lang))
    return lines
