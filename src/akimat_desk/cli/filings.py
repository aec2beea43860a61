"""Commands on filings: register, show, list, correct, withdraw, acknowledge, self-test."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from typing import Any

from akimat_desk.cli.common import (
    EXIT_FAILURE,
    EXIT_OK,
    Register,
    count_between,
    print_json,
    read_json_file,
    wants_json,
)
from akimat_desk.domain.assemblies import Form
from akimat_desk.domain.errors import InvalidInput
from akimat_desk.domain.filing import FilingRecord
from akimat_desk.domain.statuses import Status
from akimat_desk.services.deadlines import acknowledge_deadline_changes, clock_json, filing_clock
from akimat_desk.services.decisions import answers_json
from akimat_desk.services.filings.presenting import filing_json, filing_lines, parse_set_value
from akimat_desk.services.filings.registered import correct_filing, get_filing, list_filings, withdraw_filing
from akimat_desk.services.filings.registration import register_filing
from akimat_desk.services.kernel.opening import OpenRegister
from akimat_desk.services.office import run_self_test
from akimat_desk.storage.filings.values import FilingQuery

Command = Callable[[argparse.Namespace, str], int]


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> dict[str, Command]:
    p = sub.add_parser("register", parents=[common], help="register a filing from a JSON file ('-' = stdin)")
    p.add_argument("file", nargs="?")
    p.add_argument("--from-scan", metavar="SCAN", help="register the filings read by OCR from a scan (issue 19)")
    p.add_argument("--confirm", action="store_true", help="with --from-scan: register without looking first")
    p.add_argument(
        "--threshold",
        type=float,
        default=80.0,
        help="with --from-scan: least confidence (%%) of every required field (default 80)",
    )
    p.add_argument("--signed", help="the organizer's e-signed file (CMS or signed XML): an e-filing (issue 7)")
    p.add_argument("--content", help="with --signed: the signed document of a detached signature")
    p = sub.add_parser("show", parents=[common], help="show a filing: defects, deadlines, countdown, history")
    p.add_argument("id", help="numeric id or incoming number")
    p = sub.add_parser("list", parents=[common], help="list the register")
    p.add_argument("--form", choices=[f.value for f in Form])
    p.add_argument("--status", choices=[s.value for s in Status])
    p.add_argument("--search")
    p.add_argument("--limit", type=count_between(1, 100_000), default=None, help="at most N filings (1-100000)")
    p = sub.add_parser("correct", parents=[common], help="correct fields of a filing (kept in its history)")
    p.add_argument("id")
    p.add_argument("--set", dest="sets", action="append", default=[], metavar="FIELD=VALUE", required=True)
    p.add_argument("--reason", required=True)
    p = sub.add_parser("withdraw", parents=[common], help="record that the organizer withdrew the filing")
    p.add_argument("id")
    p.add_argument("--reason", required=True)
    p = sub.add_parser("acknowledge", parents=[common], help="acknowledge deadlines moved by a calendar change")
    p.add_argument("id")
    sub.add_parser("self-test", parents=[common], help="check that a scratch register works end to end")
    return {
        "register": _register,
        "show": _show,
        "list": _list,
        "correct": _correct,
        "withdraw": _withdraw,
        "acknowledge": _acknowledge,
        "self-test": _self_test,
    }


def _emit(args: argparse.Namespace, filing: FilingRecord, reg: OpenRegister, lang: str) -> None:
    ctx = reg.context
    clock = filing_clock(ctx, filing)
    if wants_json(args):
        print_json(filing_json(filing, lang, ctx.settings.tz) | clock_json(clock) | answers_json(ctx, filing))
    else:
        print("\n".join(filing_lines(filing, lang, ctx.settings.tz, clock)))


def _parse_sets(items: Sequence[str]) -> dict[str, Any]:
    sets: dict[str, Any] = {}
    for item in items:
        name, sep, raw = item.partition("=")
        if not sep or not name.strip():
            raise InvalidInput("set_syntax", field="--set", value=item)
        sets[name.strip()] = parse_set_value(name.strip(), raw)
    return sets


def _register(args: argparse.Namespace, lang: str) -> int:
    if args.from_scan:
        if args.file or args.signed:
            raise InvalidInput("scan_with_file", field="--from-scan")
        from akimat_desk.cli.scan import register_scan  # paper intake by OCR

        return register_scan(args, lang)
    if not args.file:
        raise InvalidInput("register_file_missing", field="file")
    data = read_json_file(args.file, lang)
    if not isinstance(data, dict):
        raise InvalidInput("not_an_object", field=None)
    if args.signed:
        from akimat_desk.cli.esign import register_signed  # e-filings: verified, original bytes kept

        return register_signed(args, data, lang)
    if args.content:
        raise InvalidInput("content_without_signed", field="--content")
    with Register(args) as reg:
        _emit(args, register_filing(reg.context, data).filing, reg, lang)
    return EXIT_OK


def _show(args: argparse.Namespace, lang: str) -> int:
    with Register(args) as reg:
        _emit(args, get_filing(reg.context, args.id), reg, lang)
    return EXIT_OK


def _list(args: argparse.Namespace, lang: str) -> int:
    query = FilingQuery(
        form=Form(args.form) if args.form else None,
        status=Status(args.status) if args.status else None,
        search=args.search,
        limit=args.limit,
    )
    with Register(args) as reg:
        filings = list_filings(reg.context, query)
        if wants_json(args):
            tz = reg.context.settings.tz
            print_json([filing_json(f, lang, tz, history=False) for f in filings])
        else:
            for f in filings:
                print(f"{f.id}\t{f.incoming_number}\t{f.registered_on}\t{f.form}\t{f.status}\t{f.organizer_name}")
    return EXIT_OK


def _correct(args: argparse.Namespace, lang: str) -> int:
    sets = _parse_sets(args.sets)
    with Register(args) as reg:
        _emit(args, correct_filing(reg.context, args.id, sets, args.reason).filing, reg, lang)
    return EXIT_OK


def _withdraw(args: argparse.Namespace, lang: str) -> int:
    with Register(args) as reg:
        _emit(args, withdraw_filing(reg.context, args.id, args.reason).filing, reg, lang)
    return EXIT_OK


def _acknowledge(args: argparse.Namespace, lang: str) -> int:
    with Register(args) as reg:
        _emit(args, acknowledge_deadline_changes(reg.context, args.id).filing, reg, lang)
    return EXIT_OK


def _self_test(args: argparse.Namespace, lang: str) -> int:
    report = run_self_test(full=True)
    if wants_json(args):
        print_json(report.as_json())
    else:
        for step in report.steps:
            print(f"[{'ok' if step.ok else 'FAILED'}] {step.name}: {step.detail}")
    return EXIT_OK if report.ok else EXIT_FAILURE
