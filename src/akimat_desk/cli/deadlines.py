"""Commands of the deadlines area: ``akimat-desk due [--on DATE] [--json]`` prints what is due, overdue and
waiting, for scripts and a scheduled task."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from typing import Any

from akimat_desk.cli.calendar import parse_day
from akimat_desk.cli.common import EXIT_OK, Register, print_json, wants_json
from akimat_desk.services.deadlines.legal_clock import DueItem, due_json, due_report
from akimat_desk.services.kernel.messages import message


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> dict[str, Any]:
    p = sub.add_parser("due", parents=[common], help="what is due, overdue and waiting (for a scheduled task)")
    p.add_argument("--on", help="the day to look at, YYYY-MM-DD (default: today in the office's time zone)")
    return {"due": _due}


def _due(args: argparse.Namespace, lang: str) -> int:
    on = _day(args.on) if args.on is not None else None
    with Register(args) as reg:
        report = due_report(reg.context, on)
    if wants_json(args):
        print_json(due_json(report))
        return EXIT_OK
    print(message("due.title", lang, day=report.on.strftime("%d.%m.%Y")))
    sections = (("due.overdue", report.overdue), ("due.due", report.due), ("due.waiting", report.waiting),
                ("due.needs_decision", report.needs_decision))  # fmt: skip
    for key, items in sections:
        print(f"\n{message(key, lang, count=len(items))}")
        for item in items:
            print("  " + _line(item, lang))
    return EXIT_OK


def _day(value: str) -> date:
    """YYYY-MM-DD, or dd.mm.yyyy as a clerk writes it."""
    text = value.strip()
    try:
        return datetime.strptime(text, "%d.%m.%Y").date()
    except ValueError:
        return parse_day(text, "--on")


def _line(item: DueItem, lang: str) -> str:
    due = item.next_due.strftime("%d.%m.%Y") if item.next_due else "—"
    action = message(f"next_action.{item.next_action.value}", lang)
    return f"{item.incoming_number}  {due}  {action}  {item.organizer}"
