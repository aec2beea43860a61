"""Reading a file the clerk chose, bounded: only regular files, and never more than a limit.

``/dev/zero`` would be read until memory runs out and a FIFO would block forever; a file may also grow while
it is read. So the file's type is checked with ``stat`` before it is opened, and at most ``limit + 1`` bytes
are read: more means the file is refused, with the limit in the message.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from akimat_desk.domain.errors import InvalidInput


def read_regular_file(path: Path, limit: int, field: str = "file", too_large: str = "file_too_large") -> bytes:
    """The bytes of ``path``; InvalidInput ``file_not_regular``, ``too_large`` (params path, limit, limit_mb)
    or ``file_unreadable``, all naming ``field``."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise InvalidInput("file_not_regular", field=field, path=str(path))
        if info.st_size > limit:
            raise InvalidInput(too_large, field=field, path=str(path), limit=limit, limit_mb=limit // 2**20)
        with open(path, "rb") as handle:
            content = handle.read(limit + 1)
    except OSError as exc:
        raise InvalidInput("file_unreadable", field=field, path=str(path), detail=exc) from None
    if len(content) > limit:  # it grew while being read
        raise InvalidInput(too_large, field=field, path=str(path), limit=limit, limit_mb=limit // 2**20)
    return content
