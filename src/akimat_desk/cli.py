"""The headless command line: the same services the window calls. JSON on ``--json``.

Exit codes: 0 ok; 2 bad input (message on stderr naming the field); 1 any other failure.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from akimat_desk import __version__
from akimat_desk.domain.assemblies import Form
from akimat_desk.domain.errors import DomainError, InvalidInput
from akimat_desk.domain.statuses import Status
from akimat_desk.paths import DATABASE_URL_ENV, resolve_paths
from akimat_desk.services import selftest
from akimat_desk.services.filings import correct_filing, get_filing, list_filings, withdraw_filing
from akimat_desk.services.messages import error_message, language_from_env, message
from akimat_desk.services.presenting import filing_json, filing_lines, parse_set_value
from akimat_desk.services.register import OpenRegister, open_register
from akimat_desk.services.registration import register_filing
from akimat_desk.storage.repositories import FilingQuery

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2


class CliError(Exception):
    """A message already in the user's language, with the exit code to use."""

    def __init__(self, text: str, code: int) -> None:
        super().__init__(text)
        self.code = code


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--home", default=argparse.SUPPRESS, help="register folder (or $AKIMAT_DESK_HOME)")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print JSON")
    common.add_argument("--lang", choices=("kk", "ru", "en"), default=argparse.SUPPRESS, help="message language")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = argparse.ArgumentParser(prog="akimat-desk", parents=[common], description=__doc__)
    parser.add_argument("--version", action="version", version=f"akimat-desk {__version__}")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("gui", parents=[common], help="open the clerk's window (the default)")
    p = sub.add_parser("register", parents=[common], help="register a filing from a JSON file ('-' = stdin)")
    p.add_argument("file")
    p = sub.add_parser("show", parents=[common], help="show a filing with its defects and history")
    p.add_argument("id", help="numeric id or incoming number")
    p = sub.add_parser("list", parents=[common], help="list the register")
    p.add_argument("--form", choices=[f.value for f in Form])
    p.add_argument("--status", choices=[s.value for s in Status])
    p.add_argument("--search")
    p.add_argument("--limit", type=int, default=None)
    p = sub.add_parser("correct", parents=[common], help="correct fields of a filing (kept in its history)")
    p.add_argument("id")
    p.add_argument("--set", dest="sets", action="append", default=[], metavar="FIELD=VALUE", required=True)
    p.add_argument("--reason", required=True)
    p = sub.add_parser("withdraw", parents=[common], help="record that the organizer withdrew the filing")
    p.add_argument("id")
    p.add_argument("--reason", required=True)
    sub.add_parser("self-test", parents=[common], help="check that a scratch register works end to end")
    return parser


def _lang(args: argparse.Namespace) -> str:
    explicit = getattr(args, "lang", None)
    if explicit:
        return str(explicit)
    return language_from_env(os.environ.get("AKIMAT_DESK_LANG") or os.environ.get("LANG"))


def _open(args: argparse.Namespace) -> OpenRegister:
    url = os.environ.get(DATABASE_URL_ENV)
    paths = resolve_paths(getattr(args, "home", None)).ensure()
    return open_register(url or paths.database, paths.backups)


def _read_json(path: str, lang: str) -> Any:
    try:
        raw = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(message("error.file_unreadable", lang, path=path, detail=str(exc)), EXIT_BAD_INPUT) from exc
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise CliError(message("error.not_json", lang, detail=str(exc)), EXIT_BAD_INPUT) from exc


def _parse_sets(items: Sequence[str]) -> dict[str, Any]:
    sets: dict[str, Any] = {}
    for item in items:
        name, sep, raw = item.partition("=")
        if not sep or not name.strip():
            raise InvalidInput("set_syntax", field="--set", value=item)
        sets[name.strip()] = parse_set_value(name.strip(), raw)
    return sets


def _cmd_register(args: argparse.Namespace, lang: str) -> int:
    data = _read_json(args.file, lang)
    if not isinstance(data, dict):
        raise InvalidInput("not_an_object", field=None)
    with _Register(args) as reg:
        filing = register_filing(reg.context, data).filing
        _emit(args, filing, reg, lang)
    return EXIT_OK


def _cmd_show(args: argparse.Namespace, lang: str) -> int:
    with _Register(args) as reg:
        _emit(args, get_filing(reg.context, args.id), reg, lang)
    return EXIT_OK


def _cmd_list(args: argparse.Namespace, lang: str) -> int:
    query = FilingQuery(
        form=Form(args.form) if args.form else None,
        status=Status(args.status) if args.status else None,
        search=args.search,
        limit=args.limit,
    )
    with _Register(args) as reg:
        filings = list_filings(reg.context, query)
        if getattr(args, "json", False):
            tz = reg.context.settings.tz
            print(json.dumps([filing_json(f, lang, tz, history=False) for f in filings], ensure_ascii=False, indent=2))
        else:
            for f in filings:
                print(f"{f.id}\t{f.incoming_number}\t{f.registered_on}\t{f.form}\t{f.status}\t{f.organizer_name}")
    return EXIT_OK


def _cmd_correct(args: argparse.Namespace, lang: str) -> int:
    sets = _parse_sets(args.sets)
    with _Register(args) as reg:
        _emit(args, correct_filing(reg.context, args.id, sets, args.reason).filing, reg, lang)
    return EXIT_OK


def _cmd_withdraw(args: argparse.Namespace, lang: str) -> int:
    with _Register(args) as reg:
        _emit(args, withdraw_filing(reg.context, args.id, args.reason).filing, reg, lang)
    return EXIT_OK


def _cmd_self_test(args: argparse.Namespace, lang: str) -> int:
    report = selftest.run_self_test()
    if getattr(args, "json", False):
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
    else:
        for step in report.steps:
            print(f"[{'ok' if step.ok else 'FAILED'}] {step.name}: {step.detail}")
    return EXIT_OK if report.ok else EXIT_FAILURE


class _Register:
    def __init__(self, args: argparse.Namespace) -> None:
        self._args = args

    def __enter__(self) -> OpenRegister:
        self._reg = _open(self._args)
        return self._reg

    def __exit__(self, *exc: object) -> None:
        self._reg.close()


def _emit(args: argparse.Namespace, filing: Any, reg: OpenRegister, lang: str) -> None:
    tz = reg.context.settings.tz
    if getattr(args, "json", False):
        print(json.dumps(filing_json(filing, lang, tz), ensure_ascii=False, indent=2))
    else:
        print("\n".join(filing_lines(filing, lang, tz)))


COMMANDS: dict[str, Callable[[argparse.Namespace, str], int]] = {
    "register": _cmd_register,
    "show": _cmd_show,
    "list": _cmd_list,
    "correct": _cmd_correct,
    "withdraw": _cmd_withdraw,
    "self-test": _cmd_self_test,
}


def run(args: argparse.Namespace) -> int:
    """Run one parsed command; every failure becomes a message on stderr and an exit code."""
    lang = _lang(args)
    try:
        return COMMANDS[args.command](args, lang)
    except CliError as exc:
        print(str(exc), file=sys.stderr)
        return exc.code
    except DomainError as exc:
        print(error_message(exc, lang), file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as exc:
        print(message("error.database", lang, detail=f"{type(exc).__name__}: {exc}"), file=sys.stderr)
        return EXIT_FAILURE
