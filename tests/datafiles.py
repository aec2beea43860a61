"""Where the suite's own test data lives (``tests/data/``, provenance in its README), and how a test reads it.

A test that needs a file of ``tests/data/`` and cannot find it fails with the path it looked for; it never
skips. ``tests/test_data_files.py`` checks every file against ``tests/data/SHA256SUMS``.
"""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
EDS = DATA / "eds"
CALENDAR = DATA / "calendar"
GOLDEN_DAYS = CALENDAR / "golden_days_2020_2027.json"


class MissingTestData(FileNotFoundError):
    """A file of tests/data/ the suite needs is not there (a broken checkout, not a reason to skip)."""


def data_path(base: Path, relative: str) -> Path:
    """The path of ``relative`` under ``base`` (a folder of tests/data/); raises MissingTestData if absent."""
    path = base / relative
    if not path.is_file():
        raise MissingTestData(f"test data file not found: {path} (see tests/data/README.md)")
    return path


def eds_path(relative: str) -> Path:
    """The path of a file of the NCA RK test data (tests/data/eds/)."""
    return data_path(EDS, relative)


def eds_bytes(relative: str) -> bytes:
    """The bytes of a file of the NCA RK test data (tests/data/eds/)."""
    return eds_path(relative).read_bytes()


def eds_files(folder: str, pattern: str) -> list[str]:
    """Sorted names of the files in an EDS folder matching ``pattern``; raises MissingTestData if there are none."""
    names = sorted(p.name for p in (EDS / folder).glob(pattern))
    if not names:
        raise MissingTestData(f"no {pattern} files in {EDS / folder} (see tests/data/README.md)")
    return names
