"""Shared pieces of the command line: exit codes, message language, opening the register, output."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from akimat_desk.paths import DATABASE_URL_ENV, resolve_paths
from akimat_desk.services.calendar import golden_differences
from akimat_desk.services.messages import language_from_env, message
from akimat_desk.services.register import OpenRegister, open_register

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2


class CliError(Exception):
    """A message already in the user's language, with the exit code to use."""

    def __init__(self, text: str, code: int) -> None:
        super().__init__(text)
        self.code = code


def common_options(with_lang: bool = True) -> argparse.ArgumentParser:
    """Options every command accepts; commands whose ``--lang`` means a document's language pass False."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--home", default=argparse.SUPPRESS, help="register folder (or $AKIMAT_DESK_HOME)")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print JSON")
    if with_lang:
        common.add_argument("--lang", choices=("kk", "ru", "en"), default=argparse.SUPPRESS, help="message language")
    return common


def wants_json(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "json", False))


def language(args: argparse.Namespace) -> str:
    explicit = getattr(args, "lang", None)
    if explicit:
        return str(explicit)
    return language_from_env(os.environ.get("AKIMAT_DESK_LANG") or os.environ.get("LANG"))


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


class Register:
    """``with Register(args) as reg``: the register named by --home / env, migrated, closed afterwards.

    Opening runs the calendar self-check against the golden list and reports any difference on stderr.
    """

    def __init__(self, args: argparse.Namespace) -> None:
        self._args = args

    def __enter__(self) -> OpenRegister:
        url = os.environ.get(DATABASE_URL_ENV)
        paths = resolve_paths(getattr(self._args, "home", None)).ensure()
        self._reg = open_register(url or paths.database, paths.backups)
        _warn_about_calendar(self._reg, language(self._args))
        return self._reg

    def __exit__(self, *exc: object) -> None:
        self._reg.close()


def _warn_about_calendar(reg: OpenRegister, lang: str) -> None:
    for diff in golden_differences(reg.context):
        state = message("calendar.working" if diff.actual_working else "calendar.day_off", lang)
        act = diff.override.act if diff.override is not None else ""
        print(message("calendar.golden_difference", lang, day=diff.day.isoformat(), state=state, act=act),
              file=sys.stderr)  # fmt: skip


def read_json_file(path: str, lang: str) -> Any:
    try:
        raw = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(message("error.file_unreadable", lang, path=path, detail=str(exc)), EXIT_BAD_INPUT) from exc
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise CliError(message("error.not_json", lang, detail=str(exc)), EXIT_BAD_INPUT) from exc
