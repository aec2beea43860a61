"""Commands on working days: ``deadlines`` and ``calendar`` (view a year, add overrides, history, check)."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from akimat_desk.cli.common import EXIT_FAILURE, EXIT_OK, Register, print_json, wants_json
from akimat_desk.domain.assemblies import Form
from akimat_desk.domain.errors import InvalidInput
from akimat_desk.services.deadlines import calendar as cal_service
from akimat_desk.services.deadlines.calendar import CalendarChanged
from akimat_desk.services.deadlines.periods import law_periods, period_json
from akimat_desk.services.kernel.messages import message

CALENDAR_ACTIONS = ("add-transfer", "add-day-off", "add-working-day", "set-kurban-ait", "confirm", "unconfirm",
                    "history", "check")  # fmt: skip


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> dict[str, Any]:
    p = sub.add_parser("deadlines", parents=[common], help="the law's periods for a form and dates")
    p.add_argument("--form", required=True, choices=[f.value for f in Form])
    p.add_argument("--registered", required=True, help="YYYY-MM-DD: day of receipt (moved to a working day)")
    p.add_argument("--event", help="YYYY-MM-DD: day of the event")
    p.add_argument("--explain", action="store_true", help="list each day counted or skipped and why")
    p = sub.add_parser(
        "calendar", parents=[common], help="YEAR | " + " | ".join(CALENDAR_ACTIONS),
        description="calendar YEAR; calendar add-transfer --day-off D --working-day D --act TEXT; "
        "calendar add-day-off D --act TEXT; calendar add-working-day D --act TEXT; "
        "calendar set-kurban-ait YEAR D --act TEXT; calendar confirm YEAR [--act TEXT]; "
        "calendar unconfirm YEAR --act TEXT; calendar history; calendar check",
    )  # fmt: skip
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
    act = args.act or ""
    if what == "add-transfer":
        return cal_service.add_transfer(ctx, parse_day(args.day_off, "--day-off"),
                                        parse_day(args.working_day, "--working-day"), act)  # fmt: skip
    if what == "add-day-off":
        return cal_service.add_day_off(ctx, parse_day(_value(args, 0, "DAY"), "DAY"), act)
    if what == "add-working-day":
        return cal_service.add_working_day(ctx, parse_day(_value(args, 0, "DAY"), "DAY"), act)
    if what == "set-kurban-ait":
        return cal_service.set_kurban_ait(ctx, parse_year(_value(args, 0, "YEAR")),
                                          parse_day(_value(args, 1, "DAY"), "DAY"), act)  # fmt: skip
    confirmed = what == "confirm"
    return cal_service.confirm_year(ctx, parse_year(_value(args, 0, "YEAR")), args.act, confirmed=confirmed)


def _show_year(args: argparse.Namespace, year: int) -> int:
    with Register(args) as reg:
        data = cal_service.calendar_year_json(reg.context, year)
    if wants_json(args):
        print_json(data)
    else:
        for key, value in data.items():
            print(f"{key}: {', '.join(value) if isinstance(value, list) else value}")
    return EXIT_OK


def _print_change(args: argparse.Namespace, result: CalendarChanged, lang: str) -> int:
    moved = [{"id": m.filing_id, "incoming_number": m.incoming_number, "deadline": m.kind,
              "old": m.old.isoformat(), "new": m.new.isoformat(), "act": m.act} for m in result.moved]  # fmt: skip
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
            print(f"{r['id']}\t{r['created_at']}\t{r['created_by']}\t{r['kind']}\t{r['day'] or r['year']}"
                  f"\t{r['paired_day'] or ''}\t{r['act']}")  # fmt: skip
    return EXIT_OK


def _print_check(args: argparse.Namespace, differences: Any, lang: str) -> int:
    rows = [{"day": d.day.isoformat(), "expected_working": d.expected_working, "actual_working": d.actual_working,
             "reason": str(d.reason), "act": d.override.act if d.override else None} for d in differences]  # fmt: skip
    if wants_json(args):
        print_json({"differences": rows})
    elif not rows:
        print(message("calendar.check_ok", lang))
    return EXIT_OK if not rows else EXIT_FAILURE
