"""Composition root: arguments -> paths -> register -> the window or a command."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import Any

_NOT_THE_WINDOW = object()


def main(argv: Sequence[str] | None = None) -> int:
    """``akimat-desk [command]``: no command (or ``gui``) opens the window, others run headless.

    The plain window request (``akimat-desk``, ``akimat-desk gui [--home DIR]``) goes straight to the staged
    start without loading the command line (which loads every service): the window paints sooner."""
    words = list(sys.argv[1:] if argv is None else argv)
    home = window_request(words)
    if home is not _NOT_THE_WINDOW:
        return open_window(home if isinstance(home, str) else None)
    from akimat_desk import cli
    from akimat_desk.cli.common import collector_paused

    with collector_paused():
        args = cli.build_parser().parse_args(words)
        if args.command not in (None, "gui") or args.self_test:
            return cli.run(args, words)
    return open_window(getattr(args, "home", None))


def open_window(
    home: str | None, on_frame: Callable[[Any], None] | None = None, on_window: Callable[[Any], None] | None = None
) -> int:
    """The staged start (``ui.startup``): the start plan (the register's first rows) is read before Qt is
    imported, so the frame paints them as soon as Qt is up. ``on_frame`` and ``on_window`` watch the two
    stages (the benchmark and the tests use them). Reading the plan on a thread while Qt loads was measured
    slower: both hold the GIL most of the time."""
    from akimat_desk.ui.startup_plan import plan_start

    plan = plan_start(home)
    from akimat_desk.ui.startup import run_window

    return run_window(plan, sys.argv[:1], on_frame, on_window)


def window_request(words: list[str]) -> object:
    """The ``--home`` of a plain window request (None when not given); ``_NOT_THE_WINDOW`` for anything else,
    which the full command line parses (and explains, for a mistake)."""
    rest = words[1:] if words[:1] == ["gui"] else words
    home: str | None = None
    while rest:
        if rest[0] == "--home" and len(rest) >= 2 and not rest[1].startswith("-"):
            home, rest = rest[1], rest[2:]
        elif rest[0].startswith("--home=") and len(rest[0]) > len("--home="):
            home, rest = rest[0].split("=", 1)[1], rest[1:]
        else:
            return _NOT_THE_WINDOW
    return home


def gui_main() -> int:
    """Entry point of the windowed launcher (``akimat-desk-gui``)."""
    return main(["gui", *sys.argv[1:]])
