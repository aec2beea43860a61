"""``akimat-desk users ...``: accounts and roles (administrators), one's own password, the administration log.

The first administrator is created in single-clerk mode: ``akimat-desk users add NAME --role administrator``.
Passwords are asked at the terminal (twice) or taken from ``$AKIMAT_DESK_NEW_PASSWORD`` (scripts, tests).
"""

from __future__ import annotations

import argparse
import os
from typing import Any

from akimat_desk.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    PASSWORD_ENV,
    CliError,
    Register,
    ask_secret,
    print_json,
    wants_json,
)
from akimat_desk.domain.errors import InvalidInput
from akimat_desk.security.roles import Role
from akimat_desk.services.kernel.messages import message
from akimat_desk.services.kernel.opening import single_clerk_mode
from akimat_desk.services.office import users as user_service
from akimat_desk.services.office.audit import administration_log

NEW_PASSWORD_ENV = "AKIMAT_DESK_NEW_PASSWORD"
ACTIONS = ("status", "add", "list", "passwd", "reset", "roles", "unlock", "disable", "enable", "log")


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> dict[str, Any]:
    roles = ", ".join(r.value for r in Role)
    p = sub.add_parser(
        "users", parents=[common], help="user accounts: " + " | ".join(ACTIONS),
        description=f"users status | add NAME --role R [--role R] [--full-name TEXT] | list | passwd | reset NAME | "
        f"roles NAME --role R... | unlock NAME | disable NAME | enable NAME | log. Roles: {roles}",
    )  # fmt: skip
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
    single = single_clerk_mode(reg)
    if wants_json(args):
        print_json({"single_clerk_mode": single, "user": reg.context.user.name,
                    "roles": sorted(r.value for r in reg.context.user.roles)})  # fmt: skip
    elif single:
        print(message("users.single_clerk_mode", lang, user=reg.context.user.name))
    else:
        print(f"{reg.context.user.name}: {', '.join(sorted(r.value for r in reg.context.user.roles))}")
    return EXIT_OK


def _print_users(args: argparse.Namespace, users: list[user_service.UserInfo], lang: str) -> int:
    if wants_json(args):
        print_json([{"name": u.name, "full_name": u.full_name, "roles": list(u.roles), "active": u.active,
                     "locked_until": u.locked_until and u.locked_until.isoformat()} for u in users])  # fmt: skip
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
