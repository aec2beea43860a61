"""Commands of the deadlines area, for scripts and a scheduled task:

* ``akimat-desk due [--on DATE] [--json]``: what is due, overdue and waiting;
* ``akimat-desk reminders [set KEY=VALUE ...]``: the reminder moments and the digest's mail settings;
* ``akimat-desk digest [--send]``: the "needs a decision" digest for the head of department (printed, or sent).
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import asdict, fields
from datetime import date, datetime
from typing import Any

from akimat_desk.cli.calendar import parse_day
from akimat_desk.cli.common import EXIT_FAILURE, EXIT_OK, Register, print_json, wants_json
from akimat_desk.domain.errors import InvalidInput
from akimat_desk.security.secrets import KeyringSecretStore, SecretStoreUnavailable
from akimat_desk.services.deadlines.digest import SMTP_SECRET, DigestFailed, build_digest, send_digest
from akimat_desk.services.deadlines.legal_clock import DueItem, due_json, due_report, item_json
from akimat_desk.services.deadlines.reminders import (
    ReminderSettings,
    change_reminder_settings,
    load_reminder_settings,
)
from akimat_desk.services.kernel.messages import message

SMTP_PASSWORD_ENV = "AKIMAT_DESK_SMTP_PASSWORD"
_LISTS = {"enabled"}
_INTS = {"hours_before_close", "smtp_port"}
_BOOLS = {"stay_in_tray", "smtp_starttls"}


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> dict[str, Any]:
    p = sub.add_parser("due", parents=[common], help="what is due, overdue and waiting (for a scheduled task)")
    p.add_argument("--on", help="the day to look at, YYYY-MM-DD or dd.mm.yyyy (default: today, office time)")
    keys = ", ".join(f.name for f in fields(ReminderSettings))
    p = sub.add_parser("reminders", parents=[common], help="show or set the reminder moments and the digest mail",
                       description=f"reminders [set KEY=VALUE ...]; keys: {keys}")  # fmt: skip
    p.add_argument("action", nargs="?", choices=("show", "set"), default="show")
    p.add_argument("pairs", nargs="*", metavar="KEY=VALUE")
    p = sub.add_parser("digest", parents=[common], help="today's 'needs a decision' digest (print, or --send)")
    p.add_argument("--send", action="store_true", help=f"send it by e-mail (password: ${SMTP_PASSWORD_ENV} or keyring)")
    return {"due": _due, "reminders": _reminders, "digest": _digest}


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


def _reminders(args: argparse.Namespace, lang: str) -> int:
    with Register(args) as reg:
        if args.action == "set":
            settings = change_reminder_settings(reg.context, **_pairs(args.pairs))
        else:
            settings = load_reminder_settings(reg.context.uow)
    data = asdict(settings)
    if wants_json(args):
        print_json(data)
    else:
        for key, value in data.items():
            print(f"{key} = {','.join(value) if isinstance(value, list) else value}")
    return EXIT_OK


def _pairs(pairs: list[str]) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        key, value = key.strip(), value.strip()
        if not sep or not key:
            raise InvalidInput("set_syntax", field="reminders", value=pair)
        changes[key] = _typed(key, value)
    if not changes:
        raise InvalidInput("set_syntax", field="reminders", value="")
    return changes


def _typed(key: str, value: str) -> Any:
    if key in _LISTS:
        return [v.strip() for v in value.split(",") if v.strip()]
    if key in _INTS:
        if not value.lstrip("-").isdigit():
            raise InvalidInput("reminder_setting_invalid", field=key, value=value, rule="0-9")
        return int(value)
    if key in _BOOLS:
        if value.lower() not in ("yes", "no", "true", "false", "1", "0"):
            raise InvalidInput("reminder_setting_invalid", field=key, value=value, rule="yes / no")
        return value.lower() in ("yes", "true", "1")
    return value


def _digest(args: argparse.Namespace, lang: str) -> int:
    with Register(args) as reg:
        if not args.send:
            digest = build_digest(reg.context, lang)
        else:
            try:
                digest = send_digest(reg.context, _smtp_password(), lang)
            except DigestFailed as exc:
                print(message("error.smtp_failed", lang, detail=exc.detail), file=sys.stderr)
                return EXIT_FAILURE
    if wants_json(args):
        print_json({"to": digest.to, "subject": digest.subject, "sent": bool(args.send),
                    "items": [item_json(i) for i in digest.items]})  # fmt: skip
    elif args.send:
        print(message("digest.sent", lang, to=digest.to, count=len(digest.items)))
    else:
        print(digest.subject + "\n\n" + digest.body, end="")
    return EXIT_OK


def _smtp_password() -> str | None:
    explicit = os.environ.get(SMTP_PASSWORD_ENV)
    if explicit is not None:
        return explicit
    try:
        return KeyringSecretStore().get(SMTP_SECRET)
    except SecretStoreUnavailable:
        return None
