"""Commands of the office area: user accounts and roles, the audit of the history, backups and keys, the office
settings."""

from __future__ import annotations

import argparse
import os
import time
from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from akimat_desk.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_FAILURE,
    EXIT_OK,
    PASSWORD_ENV,
    CliError,
    Commands,
    Register,
    ask_secret,
    print_json,
    wants_json,
)
from akimat_desk.domain.errors import InvalidInput
from akimat_desk.services.kernel.messages import message

if TYPE_CHECKING:
    from akimat_desk.services.office import backup as backup_service
    from akimat_desk.services.office import users as user_service

# ---- users

NEW_PASSWORD_ENV = "AKIMAT_DESK_NEW_PASSWORD"
ACTIONS = ("status", "add", "list", "passwd", "reset", "roles", "unlock", "disable", "enable", "log")


def _add_users_parsers(sub: Any, common: argparse.ArgumentParser) -> Commands:
    from akimat_desk.security.roles import Role

    roles = ", ".join(r.value for r in Role)
    p = sub.add_parser(
        "users",
        parents=[common],
        help="user accounts: " + " | ".join(ACTIONS),
        description=f"users status | add NAME --role R [--role R] [--full-name TEXT] | list | passwd | reset NAME | "
        f"roles NAME --role R... | unlock NAME | disable NAME | enable NAME | log. Roles: {roles}",
    )
    p.add_argument("action", choices=ACTIONS)
    p.add_argument("name", nargs="?")
    p.add_argument("--role", action="append", default=[], help="a role (repeat for several)")
    p.add_argument("--full-name", default="")
    return {"users": _users}


def new_password(name: str, lang: str) -> str:
    given = os.environ.get(NEW_PASSWORD_ENV)
    if given is not None:
        return given
    first = ask_secret(message("users.new_password_prompt", lang, user=name), lang)
    if ask_secret(message("users.repeat_prompt", lang), lang) != first:
        raise CliError(message("error.passwords_differ", lang), EXIT_BAD_INPUT)
    return first


def _needs_name(args: argparse.Namespace) -> str:
    if not args.name:
        raise InvalidInput("user_name_invalid", field="NAME", value="")
    return str(args.name)


def _users(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.office import users as user_service
    from akimat_desk.services.office.audit import administration_log

    with Register(args) as reg:
        ctx, action = reg.context, args.action
        if action == "status":
            return _status(args, reg, lang)
        if action == "add":
            name = _needs_name(args)
            info = user_service.add_user(ctx, name, args.role, new_password(name, lang), args.full_name)
            print(message("users.added", lang, name=info.name, roles=", ".join(info.roles)))
        elif action == "list":
            return _print_users(args, user_service.list_users(ctx), lang)
        elif action == "passwd":
            old = os.environ.get(PASSWORD_ENV) or ask_secret(message("users.old_password_prompt", lang), lang)
            user_service.change_password(ctx, old, new_password(ctx.user.name, lang))
            print(message("users.changed", lang, name=ctx.user.name))
        elif action == "reset":
            name = _needs_name(args)
            user_service.reset_password(ctx, name, new_password(name, lang))
            print(message("users.changed", lang, name=name))
        elif action == "roles":
            info = user_service.set_roles(ctx, _needs_name(args), args.role)
            print(message("users.changed", lang, name=f"{info.name}: {', '.join(info.roles)}"))
        elif action in ("unlock", "disable", "enable"):
            name = _needs_name(args)
            if action == "unlock":
                user_service.unlock_user(ctx, name)
            else:
                user_service.set_active(ctx, name, action == "enable")
            print(message("users.changed", lang, name=name))
        elif action == "log":
            return _print_log(args, administration_log(ctx))
    return EXIT_OK


def _status(args: argparse.Namespace, reg: Any, lang: str) -> int:
    from akimat_desk.services.kernel.opening import single_clerk_mode

    single = single_clerk_mode(reg)
    if wants_json(args):
        print_json(
            {
                "single_clerk_mode": single,
                "user": reg.context.user.name,
                "roles": sorted(r.value for r in reg.context.user.roles),
            }
        )
    elif single:
        print(message("users.single_clerk_mode", lang, user=reg.context.user.name))
    else:
        print(f"{reg.context.user.name}: {', '.join(sorted(r.value for r in reg.context.user.roles))}")
    return EXIT_OK


def _print_users(args: argparse.Namespace, users: list[user_service.UserInfo], lang: str) -> int:
    if wants_json(args):
        print_json(
            [
                {
                    "name": u.name,
                    "full_name": u.full_name,
                    "roles": list(u.roles),
                    "active": u.active,
                    "locked_until": u.locked_until and u.locked_until.isoformat(),
                }
                for u in users
            ]
        )
        return EXIT_OK
    for u in users:
        marks = [] if u.active else [message("users.disabled_mark", lang)]
        marks += [message("users.locked_mark", lang)] if u.locked_until else []
        print("\t".join([u.name, ", ".join(u.roles), u.full_name, " ".join(marks)]).rstrip())
    return EXIT_OK


def _print_log(args: argparse.Namespace, rows: list[dict[str, Any]]) -> int:
    if wants_json(args):
        print_json([{**r, "at": r["at"].isoformat()} for r in rows])
        return EXIT_OK
    for r in rows:
        print(f"{r['at']:%Y-%m-%d %H:%M:%S}\t{r['actor']}\t{r['action']}\t{r['subject']}\t{r['details'] or ''}")
    return EXIT_OK


# ---- audit


def _add_audit_parsers(sub: Any, common: argparse.ArgumentParser) -> Commands:
    p = sub.add_parser("audit", parents=[common], help="verify the tamper-evident record (audit verify | seal)")
    p.add_argument("action", choices=("verify", "seal"))
    p.add_argument("--full", action="store_true", help="the full replay (what 'verify' always runs) and its time")
    return {"audit": _audit}


def _audit(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.office.audit import report_lines, verify_history

    if args.action == "seal":
        return _seal(args, lang)
    with Register(args) as reg:
        started = time.perf_counter()
        report = verify_history(reg.context)
        seconds = time.perf_counter() - started
    if wants_json(args):
        print_json(
            {
                "intact": report.intact,
                "seconds": round(seconds, 3),
                "chains": [
                    {
                        "chain": c.chain,
                        "entries": c.entries,
                        "intact": c.intact,
                        "uncovered": c.uncovered,
                        "first_break": None
                        if c.first_break is None
                        else {
                            "kind": c.first_break.kind,
                            "position": c.first_break.position,
                            "row_id": c.first_break.row_id,
                            "label": c.first_break.label,
                            "field": c.first_break.field,
                            "expected": c.first_break.expected,
                            "found": c.first_break.found,
                        },
                    }
                    for c in report.chains
                ],
            }
        )
    else:
        for line in report_lines(report, lang):
            print(line)
        if args.full:
            print(message("audit.time", lang, seconds=f"{seconds:.2f}"))
    return EXIT_OK if report.intact else EXIT_FAILURE


def _seal(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.office.audit import issue_seal

    with Register(args) as reg:
        seal, path = issue_seal(reg.context, "seal")
    if wants_json(args):
        print_json({"seal": seal, "anchors_file": None if path is None else str(path)})
        return EXIT_OK
    print(message("audit.seal", lang, seal=seal))
    print(message("audit.seal_recorded", lang, path=str(path)) if path else message("audit.seal_not_recorded", lang))
    return EXIT_OK


# ---- backup

DB_PASSWORD_ENV = "AKIMAT_DESK_DB_PASSWORD"


def _add_backup_parsers(sub: Any, common: argparse.ArgumentParser) -> Commands:
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
    return {
        "backup": _backup,
        "backup-policy": _policy,
        "restore": _restore,
        "encrypt": _encrypt,
        "db-password": _db_password,
    }


def _default_folder(args: argparse.Namespace, policy: backup_service.BackupPolicy) -> Path:
    from akimat_desk.paths import resolve_paths

    return Path(policy.folder) if policy.folder else resolve_paths(getattr(args, "home", None)).backups


def _backup(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.office import backup as backup_service

    with Register(args) as reg:
        policy = backup_service.load_policy(reg.context)
        folder = Path(args.to) if args.to else _default_folder(args, policy)
        result = backup_service.backup_register(reg.context, folder, args.keep)
    if wants_json(args):
        print_json(
            {
                "path": str(result.path),
                "size": result.size,
                "integrity": result.check.integrity,
                "removed": [str(p) for p in result.removed],
                "seal": result.seal,
            }
        )
        return EXIT_OK
    print(message("backup.done", lang, path=str(result.path), size=result.size))
    if result.seal:
        print(message("audit.seal", lang, seal=result.seal))
    if result.removed:
        print(message("backup.removed", lang, keep=args.keep or policy.keep, count=len(result.removed)))
    return EXIT_OK


def _policy(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.office import backup as backup_service

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
            policy = backup_service.save_policy(
                reg.context, backup_service.BackupPolicy(**{**_asdict(policy), **changes})
            )
    if wants_json(args):
        print_json(_asdict(policy))
    else:
        print(
            message(
                "backup.policy_saved",
                lang,
                folder=policy.folder or "-",
                keep=policy.keep,
                daily=policy.daily,
                on_exit=policy.on_exit,
            )
        )
    return EXIT_OK


def _asdict(policy: backup_service.BackupPolicy) -> dict[str, Any]:
    return {"folder": policy.folder, "keep": policy.keep, "daily": policy.daily, "on_exit": policy.on_exit}


def _restore(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.paths import resolve_paths
    from akimat_desk.services.office import backup as backup_service
    from akimat_desk.services.office.audit import report_lines, verify_store

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
    from akimat_desk.paths import resolve_paths
    from akimat_desk.security.roles import Permission
    from akimat_desk.security.secrets import KeyringSecretStore, SecretStoreUnavailable
    from akimat_desk.services.office.encryption import PASSPHRASE_ENV, encrypt_register

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
    from sqlalchemy.engine import make_url

    from akimat_desk.security.secrets import KeyringSecretStore, SecretStoreUnavailable, database_password_name

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


# ---- settings


def _add_settings_parsers(sub: Any, common: argparse.ArgumentParser) -> Commands:
    from akimat_desk.services.office.settings import OfficeSettings

    keys = ", ".join(f.name for f in fields(OfficeSettings))
    p = sub.add_parser(
        "settings",
        parents=[common],
        help="show or set office settings",
        description=f"settings [set KEY=VALUE ...]; keys: {keys}",
    )
    p.add_argument("action", nargs="?", choices=("show", "set"), default="show")
    p.add_argument("pairs", nargs="*", metavar="KEY=VALUE")
    return {"settings": _settings}


def _settings(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.office.settings import settings_json
    from akimat_desk.services.office.settings_change import change_settings

    with Register(args) as reg:
        settings = reg.context.settings
        if args.action == "set":
            changes = {}
            for pair in args.pairs:
                key, sep, value = pair.partition("=")
                if not sep:
                    raise InvalidInput("set_syntax", field="settings", value=pair)
                changes[key.strip()] = value
            if not changes:
                raise InvalidInput("set_syntax", field="settings", value="")
            settings = change_settings(reg.context, **changes)
    data = settings_json(settings)
    if wants_json(args):
        print_json(data)
    else:
        for key, value in data.items():
            print(f"{key} = {value}")
    return EXIT_OK


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> Commands:
    """Every command of the office area: name -> handler."""
    commands: Commands = {}
    commands.update(_add_users_parsers(sub, common))
    commands.update(_add_audit_parsers(sub, common))
    commands.update(_add_backup_parsers(sub, common))
    commands.update(_add_settings_parsers(sub, common))
    return commands
