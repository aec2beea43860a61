"""The holidays package's years, kept per package version: the same answer as the package, without importing it."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest

from akimat_desk.workdays.package_years import PackageYears, _computed, package_version

YEARS = (1992, 2020, 2024, 2025, 2026, 2027, 2100)


def test_the_cached_years_are_the_packages_own(tmp_path: Path) -> None:
    first = PackageYears(tmp_path)
    asked = {year: first.year(year) for year in YEARS}
    again = PackageYears(tmp_path)  # a new process: everything from the file
    for year in YEARS:
        direct = _computed(year)
        assert asked[year] == direct and again.year(year) == direct
    assert sorted(json.loads(first.path().read_text("utf-8"))) == sorted(str(y) for y in YEARS)
    assert again.year(2020).weekend_workdays, "2020 has a working Saturday the package knows (5 July)"


def test_the_version_is_the_installed_package_and_names_the_file(tmp_path: Path) -> None:
    from holidays.version import __version__

    assert package_version() == __version__
    assert PackageYears(tmp_path).path().name == f"holidays-{__version__}-KZ.json"


def test_a_year_in_the_cache_is_read_without_importing_the_package(tmp_path: Path) -> None:
    PackageYears(tmp_path).year(2026)
    code = (
        "import sys; from pathlib import Path; from akimat_desk.workdays.package_years import PackageYears; "
        f"y = PackageYears(Path({str(tmp_path)!r})).year(2026); "
        "print(len(y.names), 'holidays' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == [str(len(_computed(2026).names)), "False"]


def test_a_damaged_cache_is_reported_and_the_package_asked(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    reader = PackageYears(tmp_path)
    reader.path().write_text('{"2026": {"names": 5}}', "utf-8")
    with caplog.at_level(logging.WARNING):
        assert reader.year(2026) == _computed(2026)
    assert "cannot be read" in caplog.text
    assert PackageYears(tmp_path).year(2026) == _computed(2026)  # and the file is whole again
