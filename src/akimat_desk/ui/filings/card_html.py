"""The filing card's texts as HTML (content items, legal checks, deadlines): also what Ctrl+P prints."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from akimat_desk.domain.content import items_for
from akimat_desk.domain.deadlines import CountdownState
from akimat_desk.domain.written_forms import contacts_text, organizer_text, place_text
from akimat_desk.services.filings.card_view import FilingCard
from akimat_desk.services.kernel.messages import cite, defect_message, message
from akimat_desk.ui.filings.items import article_caption, item_label
from akimat_desk.ui.widgets.countdown import COLOURS, SYMBOLS, countdown_text

_MISSING = '<span style="color:#c62828">—</span>'


def _yes_no(value: bool) -> str:
    return QCoreApplication.translate("Card", "yes") if value else QCoreApplication.translate("Card", "no")


def field_name(name: str) -> str:
    names = {
        "surname": QCoreApplication.translate("Card", "surname"),
        "given_name": QCoreApplication.translate("Card", "given name"),
        "patronymic": QCoreApplication.translate("Card", "patronymic"),
        "iin": QCoreApplication.translate("Card", "IIN"),
        "bin": QCoreApplication.translate("Card", "BIN"),
        "name": QCoreApplication.translate("Card", "name"),
        "address": QCoreApplication.translate("Card", "address"),
        "email": QCoreApplication.translate("Card", "e-mail"),
        "phone": QCoreApplication.translate("Card", "phone"),
        "used": QCoreApplication.translate("Card", "used"),
        "description": QCoreApplication.translate("Card", "description"),
        "count": QCoreApplication.translate("Card", "number"),
        "categories": QCoreApplication.translate("Card", "categories"),
        "route_length_km": QCoreApplication.translate("Card", "route length, km"),
        "start_point": QCoreApplication.translate("Card", "start point"),
        "end_point": QCoreApplication.translate("Card", "end point"),
        "representative": QCoreApplication.translate("Card", "representative"),
        "route": QCoreApplication.translate("Card", "route"),
        "place": QCoreApplication.translate("Card", "place"),
        "starts_at": QCoreApplication.translate("Card", "starts"),
        "ends_at": QCoreApplication.translate("Card", "ends"),
        "filed_on": QCoreApplication.translate("Card", "filed on"),
        "signed": QCoreApplication.translate("Card", "signed"),
        "type": QCoreApplication.translate("Card", "type"),
        "sound_equipment": QCoreApplication.translate("Card", "sound equipment"),
        "visual_materials": QCoreApplication.translate("Card", "visual materials"),
        "order_measures": QCoreApplication.translate("Card", "measures"),
        "vehicles": QCoreApplication.translate("Card", "vehicles"),
        "organizer": QCoreApplication.translate("Card", "organizer"),
        "contacts": QCoreApplication.translate("Card", "contacts"),
    }
    return names.get(name, name)


def value_html(value: Any) -> str:
    if value is None or value == "":
        return _MISSING
    if isinstance(value, bool):
        return _yes_no(value)
    if isinstance(value, dict):
        parts = [f"{escape(field_name(k))}: {value_html(v)}" for k, v in value.items() if k != "type"]
        return "; ".join(parts) or _MISSING
    text = str(value)
    if len(text) >= 16 and text[4:5] == "-" and text[10:11] == "T":
        text = f"{text[8:10]}.{text[5:7]}.{text[0:4]} {text[11:16]}"
    return escape(text)


_WRITTEN_ITEMS = ("organizer", "place", "place_or_route", "contacts")


def _written(name: str, value: Any, language: str) -> str:
    """A person, an entity, a place or the contacts in one line as a clerk writes them (``written_forms``)."""
    if name in ("organizer", "representative"):
        return organizer_text(value, language)
    if name == "place":
        return place_text(value)
    if name == "contacts":
        return contacts_text(value)
    return value if isinstance(value, str) else ""


def _written_html(doc: dict[str, Any], names: tuple[str, ...], language: str) -> str:
    """Items 3, 4 and 10: each field present in its written line; the representative and the route named."""
    lines = []
    for name in names:
        if name not in doc:
            continue
        line = _written(name, doc[name], language)
        shown = escape(line) if line else _MISSING
        if name in ("representative", "route") or (name == "place" and "route" in doc):
            shown = f"{escape(field_name(name))}: {shown}"
        lines.append(shown)
    return "<br>".join(lines) or _MISSING


def content_html(card: FilingCard, language: str) -> str:
    f = card.filing
    doc = dict(f.document)
    rows = [f"<h3>{escape(article_caption(f.kind, language))}</h3>", "<table cellspacing=4>"]
    for item in items_for(f.kind):
        if item.key == "form":
            shown = escape(message(f"form.{f.form}", language))
        elif item.key == "regulations" and f.form == "picket":
            shown = escape(QCoreApplication.translate("Card", "not required for a picket"))
        elif item.key in _WRITTEN_ITEMS:
            shown = _written_html(doc, item.fields, language)
        else:
            parts = []
            for name in item.fields:
                if name in doc:
                    prefix = (
                        f"{escape(field_name(name))}: "
                        if (name in doc and item.key != "organizer") or name == "representative"
                        else ""
                    )
                    prefix = prefix if len(item.fields) > 1 else ""
                    parts.append(prefix + value_html(doc[name]))
            shown = "<br>".join(parts) or _MISSING
        rows.append(
            f"<tr><td valign=top><b>{escape(item_label(item.number, item.key))}</b></td>"
            f"<td valign=top>{shown}</td></tr>"
        )
    rows.append("</table>")
    return "".join(rows)


def checks_html(card: FilingCard, language: str) -> str:
    f, clock = card.filing, card.clock
    title = QCoreApplication.translate("Card", "Legal checks")
    out = [f"<h3>{escape(title)}</h3><ul>"]
    t = clock.timeliness.timeliness if clock.timeliness else None
    if t is not None:
        rule = cite("art. 10 p.1" if f.kind == "notification" else "art. 12 p.1", language)
        if t.in_time:
            text = QCoreApplication.translate("Card", "Filed in time: the last day to file was %1 (%2).")
        else:
            text = QCoreApplication.translate("Card", "Filed LATE: the last day to file was %1 (%2).")
        colour = "#2e7d32" if t.in_time else "#c62828"
        out.append(
            f'<li style="color:{colour}">'
            + escape(text.replace("%1", f"{t.last_filing_day:%d.%m.%Y}").replace("%2", rule))
            + "</li>"
        )
        if t.boundary_warning:
            out.append(
                "<li>"
                + escape(
                    QCoreApplication.translate(
                        "Card",
                        "Borderline: the two readings of the filing period disagree; check before relying on it.",
                    )
                )
                + "</li>"
            )
    if not f.defects:
        out.append("<li>" + escape(QCoreApplication.translate("Card", "All 13 content items are present.")) + "</li>")
    for d in f.defects:
        out.append(f'<li style="color:#c62828">{escape(defect_message(d, language))}</li>')
    if not clock.calendar_confirmed:
        out.append("<li><b>" + escape(message("line.calendar_unconfirmed", language)) + "</b></li>")
    out.append("</ul>")
    return "".join(out)


def deadlines_html(card: FilingCard, language: str) -> str:
    clock = card.clock
    title = QCoreApplication.translate("Card", "Deadlines")
    out = [f"<h3>{escape(title)}</h3><ul>"]
    days = clock.timeliness.review_working_days if clock.timeliness else ""
    for d in clock.deadlines:
        out.append("<li>" + escape(message("line.review_deadline", language, day=f"{d.due_on:%d.%m.%Y}", days=days)))
        if d.needs_acknowledgement and d.previous_due_on is not None:
            moved = QCoreApplication.translate("Card", "moved from %1 by a calendar change (%2); not yet acknowledged")
            out.append(
                " <b style='color:#b26a00'>↻ "
                + escape(moved.replace("%1", f"{d.previous_due_on:%d.%m.%Y}").replace("%2", d.changed_by_act or ""))
                + "</b>"
            )
        out.append("</li>")
    c = clock.countdown
    if c is not None:
        colour = COLOURS[c.state]
        out.append(
            f'<li style="color:{colour}"><b>{SYMBOLS[c.state]} {escape(countdown_text(c))}</b> — '
            f"{escape(message(f'countdown.{c.state.value}', language))}</li>"
        )
        if c.state is CountdownState.SILENCE_MEANS_CONSENT:
            out.append(
                "<li>"
                + escape(
                    QCoreApplication.translate(
                        "Card",
                        "Without an answer by the close of office hours on the deadline day the assembly goes ahead as notified (art. 11 p.1).",  # noqa: E501
                    )
                )
                + "</li>"
            )
    else:
        out.append(
            "<li>"
            + escape(
                QCoreApplication.translate("Card", "No countdown: the akimat has answered or the filing is closed.")
            )
            + "</li>"
        )
    out.append("</ul>")
    return "".join(out)
