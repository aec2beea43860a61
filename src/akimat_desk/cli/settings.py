"""``akimat-desk settings`` (show) and ``akimat-desk settings set KEY=VALUE ...`` (administrator)."""

from __future__ import annotations

import argparse
from dataclasses import fields
from typing import Any

from akimat_desk.cli.common import EXIT_OK, Register, print_json, wants_json
from akimat_desk.domain.errors import InvalidInput
from akimat_desk.services.office.settings import OfficeSettings, settings_json
from akimat_desk.services.office.settings_change import change_settings


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> dict[str, Any]:
    keys = ", ".join(f.name for f in fields(OfficeSettings))
    p = sub.add_parser("settings", parents=[common], help="show or set office settings",
                       description=f"settings [set KEY=VALUE ...]; keys: {keys}")  # fmt: skip
    p.add_argument("action", nargs="?", choices=("show", "set"), default="show")
    p.add_argument("pairs", nargs="*", metavar="KEY=VALUE")
    return {"settings": _settings}


def _settings(args: argparse.Namespace, lang: str) -> int:
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
