"""Commands of the deadlines area: the law's periods (deadlines), the working-day calendar and its overrides, what is
due."""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import asdict, fields
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from akimat_desk.cli.common import EXIT_FAILURE, EXIT_OK, Commands, Register, print_json, wants_json
from akimat_desk.domain.assemblies import Form
from akimat_desk.domain.errors import InvalidInput
from akimat_desk.services.kernel.messages import message

if TYPE_CHECKING:
    from akimat_desk.services.deadlines.calendar import CalendarChanged
    from akimat_desk.services.deadlines.legal_clock import DueItem

# ---- calendar

CALENDAR_ACTIONS = (
    "add-transfer",
    "add-day-off",
    "add-working-day",
    "set-kurban-ait",
    "confirm",
    "unconfirm",
    "history",
    "check",
)


def _add_calendar_parsers(sub: Any, common: argparse.ArgumentParser) -> Commands:
    p = sub.add_parser("deadlines", parents=[common], help="the law's periods for a form and dates")
    p.add_argument("--form", required=True, choices=[f.value for f in Form])
    p.add_argument("--registered", required=True, help="YYYY-MM-DD: day of receipt (moved to a working day)")
    p.add_argument("--event", help="YYYY-MM-DD: day of the event")
    p.add_argument("--explain", action="store_true", help="list each day counted or skipped and why")
    p = sub.add_parser(
        "calendar",
        parents=[common],
        help="YEAR | " + " | ".join(CALENDAR_ACTIONS),
        description="calendar YEAR; calendar add-transfer --day-off D --working-day D --act TEXT; "
        "calendar add-day-off D --act TEXT; calendar add-working-day D --act TEXT; "
        "calendar set-kurban-ait YEAR D --act TEXT; calendar confirm YEAR [--act TEXT]; "
        "calendar unconfirm YEAR --act TEXT; calendar history; calendar check",
    )
    p.add_argument("what", help="a year, or an action")
    p.add_argument("values", nargs="*")
    p.add_argument("--day-off")
    p.add_argument("--working-day")
    p.add_argument("--act")
    return {"deadlines": _deadlines, "calendar": _calendar}


def parse_day(value: str | None, field: str) -> date:
    if not value:
        raise InvalidInput("date_missing", field=field)
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise InvalidInput("date_invalid", field=field, value=value) from None


def parse_year(value: str | None, field: str = "YEAR") -> int:
    if not value or not value.strip().isdigit() or not 1992 <= int(value) <= 2100:
        raise InvalidInput("year_invalid", field=field, value=value or "")
    return int(value)


def _deadlines(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.deadlines.periods import law_periods, period_json

    received = parse_day(args.registered, "--registered")
    event = parse_day(args.event, "--event") if args.event else None
    with Register(args) as reg:
        report = law_periods(reg.context, Form(args.form), received, event, lang)
    data = period_json(report, args.explain)
    if wants_json(args):
        print_json(data)
        return EXIT_OK
    for key, value in data.items():
        if key != "explain":
            print(f"{key}: {value}")
    if args.explain:
        for title, rows in (("review", report.review_explain), ("filing", report.filing_explain)):
            for row in rows:
                mark = f"{row.ordinal:>2}" if row.counted else " -"
                print(f"  {title:<6} {row.day.isoformat()} {mark} {row.text}")
    return EXIT_OK


def _calendar(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.deadlines import calendar as cal_service

    what = args.what
    if what.isdigit():
        return _show_year(args, parse_year(what))
    if what not in CALENDAR_ACTIONS:
        raise InvalidInput("calendar_action_unknown", field="calendar", value=what)
    with Register(args) as reg:
        ctx = reg.context
        if what == "history":
            return _print_history(args, cal_service.calendar_history(ctx))
        if what == "check":
            return _print_check(args, cal_service.golden_differences(ctx), lang)
        return _print_change(args, _apply(ctx, what, args), lang)


def _value(args: argparse.Namespace, index: int, field: str) -> str | None:
    return args.values[index] if len(args.values) > index else None


def _apply(ctx: Any, what: str, args: argparse.Namespace) -> CalendarChanged:
    from akimat_desk.services.deadlines import calendar as cal_service

    act = args.act or ""
    if what == "add-transfer":
        return cal_service.add_transfer(
            ctx, parse_day(args.day_off, "--day-off"), parse_day(args.working_day, "--working-day"), act
        )
    if what == "add-day-off":
        return cal_service.add_day_off(ctx, parse_day(_value(args, 0, "DAY"), "DAY"), act)
    if what == "add-working-day":
        return cal_service.add_working_day(ctx, parse_day(_value(args, 0, "DAY"), "DAY"), act)
    if what == "set-kurban-ait":
        return cal_service.set_kurban_ait(
            ctx, parse_year(_value(args, 0, "YEAR")), parse_day(_value(args, 1, "DAY"), "DAY"), act
        )
    confirmed = what == "confirm"
    return cal_service.confirm_year(ctx, parse_year(_value(args, 0, "YEAR")), args.act, confirmed=confirmed)


def _show_year(args: argparse.Namespace, year: int) -> int:
    from akimat_desk.services.deadlines import calendar as cal_service

    with Register(args) as reg:
        data = cal_service.calendar_year_json(reg.context, year)
    if wants_json(args):
        print_json(data)
    else:
        for key, value in data.items():
            print(f"{key}: {', '.join(value) if isinstance(value, list) else value}")
    return EXIT_OK


def _print_change(args: argparse.Namespace, result: CalendarChanged, lang: str) -> int:
    moved = [
        {
            "id": m.filing_id,
            "incoming_number": m.incoming_number,
            "deadline": m.kind,
            "old": m.old.isoformat(),
            "new": m.new.isoformat(),
            "act": m.act,
        }
        for m in result.moved
    ]
    if wants_json(args):
        print_json({"override": type(result.override).__name__, "act": result.override.act, "moved": moved})
    else:
        print(message("calendar.saved", lang, act=result.override.act))
        for m in moved:
            print(message("calendar.moved", lang, **m))
    return EXIT_OK


def _print_history(args: argparse.Namespace, rows: list[dict[str, Any]]) -> int:
    plain = [{k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in r.items()} for r in rows]
    if wants_json(args):
        print_json(plain)
    else:
        for r in plain:
            print(
                f"{r['id']}\t{r['created_at']}\t{r['created_by']}\t{r['kind']}\t{r['day'] or r['year']}"
                f"\t{r['paired_day'] or ''}\t{r['act']}"
            )
    return EXIT_OK


def _print_check(args: argparse.Namespace, differences: Any, lang: str) -> int:
    rows = [
        {
            "day": d.day.isoformat(),
            "expected_working": d.expected_working,
            "actual_working": d.actual_working,
            "reason": str(d.reason),
            "act": d.override.act if d.override else None,
        }
        for d in differences
    ]
    if wants_json(args):
        print_json({"differences": rows})
    elif not rows:
        print(message("calendar.check_ok", lang))
    return EXIT_OK if not rows else EXIT_FAILURE


# ---- deadlines

SMTP_PASSWORD_ENV = "AKIMAT_DESK_SMTP_PASSWORD"
_LISTS = {"enabled"}
_INTS = {"hours_before_close", "smtp_port"}
_BOOLS = {"stay_in_tray", "smtp_starttls"}


def _add_deadlines_parsers(sub: Any, common: argparse.ArgumentParser) -> Commands:
    from akimat_desk.services.deadlines.reminders import ReminderSettings

    p = sub.add_parser("due", parents=[common], help="what is due, overdue and waiting (for a scheduled task)")
    p.add_argument("--on", help="the day to look at, YYYY-MM-DD or dd.mm.yyyy (default: today, office time)")
    keys = ", ".join(f.name for f in fields(ReminderSettings))
    p = sub.add_parser(
        "reminders",
        parents=[common],
        help="show or set the reminder moments and the digest mail",
        description=f"reminders [set KEY=VALUE ...]; keys: {keys}",
    )
    p.add_argument("action", nargs="?", choices=("show", "set"), default="show")
    p.add_argument("pairs", nargs="*", metavar="KEY=VALUE")
    p = sub.add_parser("digest", parents=[common], help="today's 'needs a decision' digest (print, or --send)")
    p.add_argument("--send", action="store_true", help=f"send it by e-mail (password: ${SMTP_PASSWORD_ENV} or keyring)")
    return {"due": _due, "reminders": _reminders, "digest": _digest}


def _due(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.deadlines.legal_clock import due_json, due_report

    on = _day(args.on) if args.on is not None else None
    with Register(args) as reg:
        report = due_report(reg.context, on)
    if wants_json(args):
        print_json(due_json(report))
        return EXIT_OK
    print(message("due.title", lang, day=report.on.strftime("%d.%m.%Y")))
    sections = (
        ("due.overdue", report.overdue),
        ("due.due", report.due),
        ("due.waiting", report.waiting),
        ("due.needs_decision", report.needs_decision),
    )
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
    from akimat_desk.services.deadlines.reminders import change_reminder_settings, load_reminder_settings

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
    from akimat_desk.security.secrets import KeyringSecretStore
    from akimat_desk.services.deadlines.digest import DigestFailed, build_digest, send_digest
    from akimat_desk.services.deadlines.legal_clock import item_json

    with Register(args) as reg:
        if not args.send:
            digest = build_digest(reg.context, lang)
        else:
            try:
                digest = send_digest(reg.context, os.environ.get(SMTP_PASSWORD_ENV), lang, KeyringSecretStore())
            except DigestFailed as exc:
                print(message("error.smtp_failed", lang, detail=exc.detail), file=sys.stderr)
                return EXIT_FAILURE
    if wants_json(args):
        print_json(
            {
                "to": digest.to,
                "subject": digest.subject,
                "sent": bool(args.send),
                "items": [item_json(i) for i in digest.items],
            }
        )
    elif args.send:
        print(message("digest.sent", lang, to=digest.to, count=len(digest.items)))
    else:
        print(digest.subject + "\n\n" + digest.body, end="")
    return EXIT_OK


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> Commands:
    """Every command of the deadlines area: name -> handler."""
    commands: Commands = {}
    commands.update(_add_calendar_parsers(sub, common))
    commands.update(_add_deadlines_parsers(sub, common))
    return commands
