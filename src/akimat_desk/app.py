"""Composition root: arguments -> paths -> register -> the window or a command."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from akimat_desk import cli


def main(argv: Sequence[str] | None = None) -> int:
    """``akimat-desk [command]``: no command (or ``gui``) opens the window, others run headless."""
    args = cli.build_parser().parse_args(argv)
    if args.command in (None, "gui") and not args.self_test:
        _preload_core()
        from akimat_desk.ui.qt_app import run_gui

        return run_gui(getattr(args, "home", None), sys.argv[:1])
    return cli.run(args)


def gui_main() -> int:
    """Entry point of the windowed launcher (``akimat-desk-gui``)."""
    return main(["gui", *sys.argv[1:]])


def _preload_core() -> None:
    """Import the Qt-free core before PySide6: PySide6's import hook inspects every module imported after
    it, which costs a noticeable part of the start-up on a large stack (SQLAlchemy, holidays)."""
    import akimat_desk.services.filings
    import akimat_desk.services.register  # noqa: F401
