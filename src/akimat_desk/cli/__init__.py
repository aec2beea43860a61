"""The headless command line: the same services the window calls. JSON on ``--json``.

Exit codes: 0 ok; 2 bad input (message on stderr naming the field); 1 any other failure.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
from collections.abc import Sequence
from types import ModuleType

from akimat_desk import __version__
from akimat_desk.cli import filings
from akimat_desk.cli.common import EXIT_BAD_INPUT, EXIT_FAILURE, CliError, Commands, common_options, language
from akimat_desk.domain.errors import DomainError, InvalidInput
from akimat_desk.services.kernel.messages import error_message, message

__all__ = ["build_parser", "run"]

_COMMANDS: Commands = {}


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = argparse.ArgumentParser(prog="akimat-desk", parents=[common], description=__doc__)
    parser.add_argument("--version", action="version", version=f"akimat-desk {__version__}")
    parser.add_argument("--self-test", action="store_true", help="check this installation end to end and exit")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("gui", parents=[common], help="open the clerk's window (the default)")
    for module in command_modules():
        _COMMANDS.update(module.add_parsers(sub, common))
    return parser


def command_modules() -> list[ModuleType]:
    """``filings`` first, then every other module of this package that defines ``add_parsers``."""
    names = [m.name for m in pkgutil.iter_modules(__path__) if m.name not in ("common", "filings")]
    modules = [filings] + [importlib.import_module(f"{__name__}.{name}") for name in sorted(names)]
    return [m for m in modules if hasattr(m, "add_parsers")]


def _refuse_broken_text(args: argparse.Namespace) -> None:
    """An argument holding bytes that are not UTF-8 (Python keeps them as lone surrogates) is exit 2 naming it."""
    for name, value in vars(args).items():
        for text in value if isinstance(value, list) else [value]:
            if isinstance(text, str) and any("\ud800" <= ch <= "\udfff" for ch in text):
                raise InvalidInput("text_invalid_character", field=f"--{name.replace('_', '-')}")


def _printable(text: str) -> str:
    """``text`` with anything the terminal cannot encode shown as an escape instead of failing to print."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def run(args: argparse.Namespace, argv: Sequence[str] = ()) -> int:
    """Run one parsed command; every failure becomes a message on stderr and an exit code.

    Bad input (a domain error) is exit 2; a fault of the storage (disk full, a lock, a lost server) says what to
    do, exit 1; anything else is a bug of ours: its traceback goes to the error log and the message says where,
    exit 1. A reader that closes the pipe early (``akimat-desk list | head``) ends the command quietly."""
    lang = language(args)
    if not _COMMANDS:
        build_parser()
    if getattr(args, "self_test", False) and args.command is None:
        args.command = "self-test"
    try:
        _refuse_broken_text(args)
        code = _COMMANDS[args.command](args, lang)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_FAILURE
    except CliError as exc:
        print(_printable(str(exc)), file=sys.stderr)
        return exc.code
    except DomainError as exc:
        print(_printable(error_message(exc, lang, as_typed=True)), file=sys.stderr)  # number_format (its meaning)
        return EXIT_BAD_INPUT
    except Exception as exc:
        from akimat_desk.services.kernel.bug_report import write_bug_report
        from akimat_desk.services.kernel.opening import fault_message

        fault = fault_message(exc, lang)
        if fault is not None:
            print(fault, file=sys.stderr)
            return EXIT_FAILURE
        log = write_bug_report(exc, list(argv) or sys.argv, getattr(args, "home", None))
        print(message("error.bug", lang, detail=type(exc).__name__, log=str(log)), file=sys.stderr)
        return EXIT_FAILURE


def _silence_stdout() -> None:
    """After the reader went away: point stdout at /dev/null so the interpreter's last flush stays silent."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
