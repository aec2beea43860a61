"""What an unexpected exception leaves behind: its traceback appended to a log file the clerk can send to the
administrator, so the message on screen can say "this is a bug" and where the details are, instead of blaming
the register or the input."""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from akimat_desk import __version__
from akimat_desk.paths import resolve_paths

LOG_NAME = "akimat-desk-errors.log"


def log_folder(home: str | os.PathLike[str] | None) -> Path:
    """``<register home>/logs``: beside the register, where the administrator looks."""
    return resolve_paths(home).home / "logs"


def write_bug_report(exc: BaseException, argv: Sequence[str], home: str | os.PathLike[str] | None) -> Path:
    """Append ``exc`` with its traceback, the command and the version to the error log; return the file.

    Falls back to the system's temporary folder when the register's folder cannot be written; never raises
    for the log itself (the caller is already reporting a failure)."""
    entry = "".join(
        [
            f"--- {datetime.now(UTC).isoformat(timespec='seconds')} akimat-desk {__version__}"
            f" python {sys.version.split()[0]}\n",
            f"command: {' '.join(argv)}\n",
            *traceback.format_exception(exc),
            "\n",
        ]
    )
    for folder in (log_folder(home), Path(tempfile.gettempdir())):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / LOG_NAME
            with path.open("a", encoding="utf-8") as log:
                log.write(entry)
            return path
        except OSError:
            continue
    return Path(tempfile.gettempdir()) / LOG_NAME
