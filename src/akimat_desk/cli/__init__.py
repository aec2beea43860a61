"""The headless command line: the same services the window calls. JSON on ``--json``.

Exit codes: 0 ok; 2 bad input (message on stderr naming the field); 1 any other failure.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from types import ModuleType

from akimat_desk import __version__
from akimat_desk.cli import filings
from akimat_desk.cli.common import EXIT_BAD_INPUT, EXIT_FAILURE, CliError, common_options, language
from akimat_desk.domain.errors import DomainError
from akimat_desk.services.kernel.messages import error_message, message

__all__ = ["build_parser", "run"]

_COMMANDS: dict[str, filings.Command] = {}


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


def run(args: argparse.Namespace) -> int:
    """Run one parsed command; every failure becomes a message on stderr and an exit code."""
    lang = language(args)
    if not _COMMANDS:
        build_parser()
    if getattr(args, "self_test", False) and args.command is None:
        args.command = "self-test"
    try:
        return _COMMANDS[args.command](args, lang)
    except CliError as exc:
        print(str(exc), file=sys.stderr)
        return exc.code
    except DomainError as exc:
        print(error_message(exc, lang), file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as exc:
        print(message("error.database", lang, detail=f"{type(exc).__name__}: {exc}"), file=sys.stderr)
        return EXIT_FAILURE
