"""Copies and keys: ``backup [--to DIR] [--keep N]``, ``backup-policy``, ``restore FILE``, ``encrypt``,
``db-password``.

``restore`` keeps a copy of what it replaces and verifies the result; ``encrypt`` converts the plain register
to SQLCipher with a key kept in the keyring (or, without a keyring, the passphrase in $AKIMAT_DESK_PASSPHRASE
or typed at the prompt); ``db-password`` keeps a PostgreSQL password in the keyring for ``--db`` URLs.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from akimat_desk.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_FAILURE,
    EXIT_OK,
    CliError,
    Register,
    ask_secret,
    print_json,
    wants_json,
)
from akimat_desk.paths import resolve_paths
from akimat_desk.security.roles import Permission
from akimat_desk.security.secrets import KeyringSecretStore, SecretStoreUnavailable, database_password_name
from akimat_desk.services.kernel.messages import message
from akimat_desk.services.office import backup as backup_service
from akimat_desk.services.office.audit import report_lines, verify_store
from akimat_desk.services.office.encryption import PASSPHRASE_ENV, encrypt_register

DB_PASSWORD_ENV = "AKIMAT_DESK_DB_PASSWORD"


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> dict[str, Any]:
    p = sub.add_parser("backup", parents=[common], help="copy the register now, verified (administrator)")
    p.add_argument("--to", help="folder for the copy (default: the backup policy's folder)")
    p.add_argument("--keep", type=int, help="how many copies to keep in that folder")
    p = sub.add_parser("backup-policy", parents=[common], help="show or set the automatic backups")
    p.add_argument("--folder")
    p.add_argument("--keep", type=int)
    p.add_argument("--daily", choices=("yes", "no"))
    p.add_argument("--on-exit", choices=("yes", "no"))
    p = sub.add_parser("restore", parents=[common], help="replace the register by a verified copy")
    p.add_argument("file")
    sub.add_parser("encrypt", parents=[common], help="encrypt the register with SQLCipher (key in the keyring)")
    sub.add_parser("db-password", parents=[common], help="keep the PostgreSQL password of --db in the keyring")
    return {"backup": _backup, "backup-policy": _policy, "restore": _restore, "encrypt": _encrypt,
            "db-password": _db_password}  # fmt: skip


def _default_folder(args: argparse.Namespace, policy: backup_service.BackupPolicy) -> Path:
    return Path(policy.folder) if policy.folder else resolve_paths(getattr(args, "home", None)).backups


def _backup(args: argparse.Namespace, lang: str) -> int:
    with Register(args) as reg:
        policy = backup_service.load_policy(reg.context)
        folder = Path(args.to) if args.to else _default_folder(args, policy)
        result = backup_service.backup_register(reg.context, folder, args.keep)
    if wants_json(args):
        print_json({"path": str(result.path), "size": result.size, "integrity": result.check.integrity,
                    "removed": [str(p) for p in result.removed], "seal": result.seal})  # fmt: skip
        return EXIT_OK
    print(message("backup.done", lang, path=str(result.path), size=result.size))
    if result.seal:
        print(message("audit.seal", lang, seal=result.seal))
    if result.removed:
        print(message("backup.removed", lang, keep=args.keep or policy.keep, count=len(result.removed)))
    return EXIT_OK


def _policy(args: argparse.Namespace, lang: str) -> int:
    with Register(args) as reg:
        policy = backup_service.load_policy(reg.context)
        changes: dict[str, Any] = {}
        if args.folder is not None:
            changes["folder"] = str(Path(args.folder).expanduser().resolve()) if args.folder else ""
        if args.keep is not None:
            changes["keep"] = args.keep
        for name in ("daily", "on_exit"):
            if getattr(args, name) is not None:
                changes[name] = getattr(args, name) == "yes"
        if changes:
            policy = backup_service.save_policy(reg.context, backup_service.BackupPolicy(**{**_asdict(policy),
                                                                                             **changes}))  # fmt: skip
    if wants_json(args):
        print_json(_asdict(policy))
    else:
        print(message("backup.policy_saved", lang, folder=policy.folder or "-", keep=policy.keep,
                      daily=policy.daily, on_exit=policy.on_exit))  # fmt: skip
    return EXIT_OK


def _asdict(policy: backup_service.BackupPolicy) -> dict[str, Any]:
    return {"folder": policy.folder, "keep": policy.keep, "daily": policy.daily, "on_exit": policy.on_exit}


def _restore(args: argparse.Namespace, lang: str) -> int:
    paths = resolve_paths(getattr(args, "home", None))
    with Register(args) as reg:
        result = backup_service.restore_register(reg.context, Path(args.file).expanduser(), paths.backups)
    with Register(args) as reg:  # reopened: migrated if the copy is older, chains verified
        lines = report_lines(verify_store(reg.context.uow), lang)
    check = "ok" if result.check.ok else result.check.integrity
    print(message("backup.restored", lang, path=str(result.restored_from), kept=str(result.kept_copy), check=check))
    for line in lines:
        print(line)
    return EXIT_OK if result.check.ok else EXIT_FAILURE


def _encrypt(args: argparse.Namespace, lang: str) -> int:
    paths = resolve_paths(getattr(args, "home", None))
    with Register(args) as reg:
        reg.context.require(Permission.MANAGE_SETTINGS)
    passphrase = os.environ.get(PASSPHRASE_ENV)
    try:
        done = encrypt_register(paths.database, paths.backups, KeyringSecretStore(), passphrase)
    except SecretStoreUnavailable as exc:
        text = message("fault.keyring_unavailable", lang, detail=exc.detail)
        try:
            first = ask_secret(message("backup.passphrase_prompt", lang), lang)
        except CliError:
            raise CliError(text, EXIT_FAILURE) from exc
        if ask_secret(message("users.repeat_prompt", lang), lang) != first:
            raise CliError(message("error.passwords_differ", lang), EXIT_BAD_INPUT) from exc
        done = encrypt_register(paths.database, paths.backups, KeyringSecretStore(), first)
    print(message("backup.encrypted", lang, path=str(done.database), backup=str(done.plain_backup)))
    if done.key_in_keyring:
        print(message("backup.key_in_keyring", lang))
    return EXIT_OK


def _db_password(args: argparse.Namespace, lang: str) -> int:
    url = getattr(args, "db", None) or os.environ.get("AKIMAT_DESK_DATABASE_URL")
    if not url:
        raise CliError(message("error.register_missing", lang, path="--db"), EXIT_BAD_INPUT)
    parsed = make_url(url)
    password = os.environ.get(DB_PASSWORD_ENV) or ask_secret(
        message("users.password_prompt", lang, user=parsed.username or ""), lang
    )
    name = database_password_name(parsed.username or "", parsed.host or "localhost", parsed.port, parsed.database or "")
    try:
        KeyringSecretStore().set(name, password)
    except SecretStoreUnavailable as exc:
        raise CliError(message("fault.keyring_unavailable", lang, detail=exc.detail), EXIT_FAILURE) from exc
    print(message("backup.db_password_saved", lang, target=name.split(":", 1)[1]))
    return EXIT_OK
