"""Shared pieces of the command line: exit codes, message language, opening the register, output."""

from __future__ import annotations

import argparse
import gc
import getpass
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from akimat_desk.domain.errors import DomainError
from akimat_desk.domain.input_limits import MAX_FILING_BYTES
from akimat_desk.services.kernel.messages import language_from_env, message

if TYPE_CHECKING:
    from akimat_desk.security.secrets import SecretStore
    from akimat_desk.services.kernel.opening import OpenRegister

# What a command needs is imported inside the function that needs it, so that building the parser
# (``akimat-desk --help``) loads no service, no SQLAlchemy and no engine (issue 17 item 3).

PASSWORD_ENV = "AKIMAT_DESK_PASSWORD"

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2

Handler = Callable[[argparse.Namespace, str], int]
"""A command: the parsed arguments and the message language in, the exit code out."""
Commands = dict[str, Handler]
"""What each area module's ``add_parsers(sub, common)`` returns: command name -> handler."""


_collector = {"paused": False}


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run one command with Python's cyclic garbage collector paused until its register is open.

    Start-up (imports, ORM mappers, the register's checks) makes hundreds of thousands of objects that all live
    until the process exits, and each full collection walks them all: about 90 ms of a ``show`` went to
    collections that found nothing. ``Register`` calls :func:`collector_resumed` once the register is open;
    afterwards (and for a command without a register, at its end) everything is as before."""
    was_enabled = gc.isenabled()
    gc.disable()
    _collector["paused"] = True
    try:
        yield
    finally:
        _collector["paused"] = False
        gc.unfreeze()
        if was_enabled:
            gc.enable()


def collector_resumed() -> None:
    """The command's start is over: what it loaded is set aside (``gc.freeze``) and collection resumes."""
    if _collector["paused"]:
        _collector["paused"] = False
        gc.freeze()
        gc.enable()


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
    common.add_argument(
        "--user",
        default=argparse.SUPPRESS,
        help="log in as this user (password from a prompt or $AKIMAT_DESK_PASSWORD)",
    )
    common.add_argument(
        "--db", default=argparse.SUPPRESS, help="PostgreSQL register URL: postgresql+psycopg://user@host/db"
    )
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
    """``with Register(args) as reg``: the register named by --db / --home / env, migrated, logged in, closed
    afterwards.

    Opening asks for what it needs: the key of an encrypted register (keyring, $AKIMAT_DESK_PASSPHRASE or a
    prompt), the password of a database server kept in the keyring, and, once user accounts exist, ``--user``
    with the password ($AKIMAT_DESK_PASSWORD or a prompt). It verifies the history chains and runs the
    calendar self-check, warning on stderr. Storage faults (full disk, read-only folder, locked file, lost
    server, wrong key) become a message saying what happened and what to do.
    """

    def __init__(self, args: argparse.Namespace, *, login_required: bool = True) -> None:
        self._args = args
        self._lang = language(args)
        self._login = login_required
        self._reg: OpenRegister | None = None

    def __enter__(self) -> OpenRegister:
        from akimat_desk.services.kernel.opening import fault_message, needs_login
        from akimat_desk.services.office.users import login

        try:
            reg = self._open()
        except (CliError, DomainError):
            raise
        except Exception as exc:
            text = fault_message(exc, self._lang)
            if text is None:
                raise
            raise CliError(text, EXIT_FAILURE) from exc
        self._reg = reg
        if self._login and needs_login(reg):
            try:
                reg = replace(reg, context=login(reg.context, *self._credentials()))
            except BaseException:
                reg.close()
                raise
        _warn_about_history(reg, self._lang)
        _warn_about_calendar(reg, self._lang)
        self._reg = reg
        collector_resumed()
        return reg

    def _open(self) -> OpenRegister:
        from akimat_desk.paths import DATABASE_URL_ENV, resolve_paths
        from akimat_desk.security.secrets import KeyringSecretStore
        from akimat_desk.services.kernel.opening import open_register, with_stored_password
        from akimat_desk.services.office.chain_key import default_source
        from akimat_desk.services.office.encryption import is_encrypted

        url = getattr(self._args, "db", None) or os.environ.get(DATABASE_URL_ENV)
        paths = resolve_paths(getattr(self._args, "home", None)).ensure()
        if url:
            full_url = with_stored_password(url, KeyringSecretStore())
            return open_register(full_url, paths.backups, chain_keys=default_source(url))
        key = register_key(paths.database, self._lang) if is_encrypted(paths.database) else None
        return open_register(paths.database, paths.backups, key=key, chain_keys=default_source(paths.database))

    def _credentials(self) -> tuple[str, str]:
        name = getattr(self._args, "user", None)
        if not name:
            raise CliError(message("error.user_required", self._lang), EXIT_BAD_INPUT)
        password = os.environ.get(PASSWORD_ENV)
        if password is None:
            password = ask_secret(message("users.password_prompt", self._lang, user=name), self._lang)
        return name, password

    def __exit__(self, exc_type: object, exc: BaseException | None, tb: object) -> None:
        from akimat_desk.services.kernel.opening import fault_message

        if self._reg is not None:
            self._reg.close()
        if exc is not None and not isinstance(exc, CliError | DomainError):
            text = fault_message(exc, self._lang)
            if text is not None:
                raise CliError(text, EXIT_FAILURE) from exc


def ask_secret(prompt: str, lang: str) -> str:
    """A password or passphrase typed at the terminal (never echoed); refuses when there is no terminal."""
    if not sys.stdin.isatty():
        raise CliError(message("error.user_required", lang), EXIT_BAD_INPUT)
    return getpass.getpass(prompt)


def register_key(database: Path, lang: str, store: SecretStore | None = None) -> str | None:
    """The key of the encrypted register: $AKIMAT_DESK_PASSPHRASE, else the keyring, else a prompt."""
    from akimat_desk.security.secrets import KeyringSecretStore
    from akimat_desk.services.office.encryption import PASSPHRASE_ENV, stored_key

    passphrase = os.environ.get(PASSPHRASE_ENV)
    if passphrase:
        return passphrase
    found = stored_key(store or KeyringSecretStore(), database)
    if found is not None:
        return found
    if sys.stdin.isatty():
        return getpass.getpass(message("backup.passphrase_prompt", lang))
    return None


def _warn_about_history(reg: OpenRegister, lang: str) -> None:
    from akimat_desk.services.office.audit import break_message, verify_store

    report = verify_store(reg.context.uow, since_checkpoint=True)
    if not report.intact:
        details = " ".join(break_message(c.first_break, lang) for c in report.chains if c.first_break)
        print(message("audit.warning", lang, details=details), file=sys.stderr)


def _warn_about_calendar(reg: OpenRegister, lang: str) -> None:
    from akimat_desk.services.deadlines.calendar import golden_differences

    for diff in golden_differences(reg.context):
        state = message("calendar.working" if diff.actual_working else "calendar.day_off", lang)
        act = diff.override.act if diff.override is not None else ""
        print(
            message("calendar.golden_difference", lang, day=diff.day.isoformat(), state=state, act=act), file=sys.stderr
        )


def count_between(low: int, high: int) -> Callable[[str], int]:
    """An argparse type: a whole number from ``low`` to ``high`` (argparse then exits 2 naming the option)."""

    def parse(text: str) -> int:
        digits = text.strip()
        if not (digits.isascii() and digits.isdigit()) or len(digits) > 9 or not low <= int(digits) <= high:
            raise argparse.ArgumentTypeError(f"{text[:30]!r} is not a whole number from {low} to {high}")
        return int(digits)

    return parse


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def read_json_file(path: str, lang: str) -> Any:
    """The JSON value of a file (or ``-`` for stdin), read as UTF-8 and at most MAX_FILING_BYTES long.

    Too large, not UTF-8, not JSON, NaN/Infinity, a number of more than 4300 digits or nesting deeper than
    the parser's recursion: CliError with exit 2 naming the file and the rule.
    """
    try:
        if path == "-":
            raw_bytes = sys.stdin.buffer.read(MAX_FILING_BYTES + 1)
        else:
            source = Path(path)
            if source.exists() and not source.is_file():
                raise CliError(message("error.file_not_regular", lang, path=path), EXIT_BAD_INPUT)
            with source.open("rb") as handle:
                raw_bytes = handle.read(MAX_FILING_BYTES + 1)
        if len(raw_bytes) > MAX_FILING_BYTES:
            raise CliError(message("error.file_too_large", lang, path=path, limit=MAX_FILING_BYTES), EXIT_BAD_INPUT)
        raw = raw_bytes.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(message("error.file_unreadable", lang, path=path, detail=str(exc)), EXIT_BAD_INPUT) from exc
    try:
        return json.loads(raw, parse_constant=_refuse_constant)
    except (ValueError, RecursionError) as exc:  # JSONDecodeError, NaN, too many digits, too deep
        detail = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)[:200]
        raise CliError(message("error.not_json", lang, detail=detail), EXIT_BAD_INPUT) from exc
