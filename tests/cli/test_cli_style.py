"""One CLI style (issue 14 item 5): one module per area, each declaring its commands the same way."""

from __future__ import annotations

import argparse
import inspect
import typing

from akimat_desk import cli
from akimat_desk.cli.common import Commands, common_options

AREAS = {"filings", "deadlines", "decisions", "esign", "places", "reports", "office"}


def test_one_command_module_per_area() -> None:
    assert {m.__name__.rsplit(".", 1)[1] for m in cli.command_modules()} == AREAS


def test_every_area_module_declares_its_commands_the_same_way() -> None:
    seen: dict[str, str] = {}
    for module in cli.command_modules():
        hints = typing.get_type_hints(module.add_parsers)
        assert hints["return"] == Commands, module.__name__
        assert list(inspect.signature(module.add_parsers).parameters) == ["sub", "common"], module.__name__
        parser = argparse.ArgumentParser()
        commands = module.add_parsers(parser.add_subparsers(dest="command"), common_options())
        assert commands and all(callable(handler) for handler in commands.values()), module.__name__
        for name in commands:
            assert name not in seen, f"{name} is declared by {seen[name]} and {module.__name__}"
            seen[name] = module.__name__
    assert {"register", "decide", "verify", "places", "stats", "users", "calendar"} <= set(seen)
