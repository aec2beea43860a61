"""What the ``holidays`` package says of one year of Kazakhstan, read once per package version.

Importing ``holidays`` imports every country it knows (``holidays.countries``), about a tenth of a second that
every command and every start of the window paid for the two or three years they look at. The package's
answer for a year depends on nothing but the year and the package's version, so it is kept in the user's cache
folder (``<cache>/holidays-<version>-KZ.json``, one entry per year asked) and the package is imported only for
a year not there yet, or when its version changed. A cache that cannot be read or written is logged and the
package is asked directly: the answer is the same, only slower.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import re
import tempfile
import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path

log = logging.getLogger(__name__)

CACHE_ENV = "AKIMAT_DESK_CACHE"
"""A folder for the cache instead of the platform's user cache folder (tests, portable installs)."""

_DIST_INFO = re.compile(r"^holidays-(?P<version>[^-]+)\.dist-info$")


@dataclass(frozen=True, slots=True)
class PackageYear:
    """The package's holidays of one year (English names) and its weekend days that are working days."""

    names: dict[date, str]
    weekend_workdays: frozenset[date]


def package_version() -> str:
    """The installed ``holidays`` version, read from its distribution metadata without importing it."""
    spec = importlib.util.find_spec("holidays")
    if spec is not None and spec.origin:
        site = Path(spec.origin).resolve().parent.parent
        for entry in os.scandir(site):
            match = _DIST_INFO.match(entry.name)
            if match:
                return match.group("version")
    from holidays.version import __version__  # no metadata folder beside it (a frozen build): ask the package

    return str(__version__)


def _computed(year: int) -> PackageYear:
    from holidays.countries.kazakhstan import Kazakhstan

    base = Kazakhstan(years=year, language="en_US")
    names = {d: str(n) for d, n in base.items() if d.year == year}
    return PackageYear(names, frozenset(d for d in base.weekend_workdays if d.year == year))


def _to_json(data: PackageYear) -> dict[str, object]:
    return {
        "names": {d.isoformat(): n for d, n in sorted(data.names.items())},
        "weekend_workdays": sorted(d.isoformat() for d in data.weekend_workdays),
    }


def _from_json(raw: dict[str, object]) -> PackageYear:
    names = raw["names"]
    workdays = raw["weekend_workdays"]
    if not isinstance(names, dict) or not isinstance(workdays, list):
        raise ValueError("not a year of the holidays cache")
    return PackageYear(
        {date.fromisoformat(d): str(n) for d, n in names.items()}, frozenset(date.fromisoformat(d) for d in workdays)
    )


class PackageYears:
    """The package's years, from the cache file of this package version where they are there."""

    def __init__(self, folder: Path | None = None) -> None:
        self._folder = folder
        self._lock = threading.Lock()
        self._years: dict[int, PackageYear] | None = None
        self._version: str | None = None

    @property
    def version(self) -> str:
        if self._version is None:
            self._version = package_version()
        return self._version

    def path(self) -> Path:
        folder = self._folder or _default_folder()
        return folder / f"holidays-{self.version}-KZ.json"

    def year(self, year: int) -> PackageYear:
        with self._lock:
            years = self._loaded()
            found = years.get(year)
            if found is None:
                found = years[year] = _computed(year)
                self._save(years)
            return found

    def _loaded(self) -> dict[int, PackageYear]:
        if self._years is None:
            self._years = {}
            path = self.path()
            try:
                raw = json.loads(path.read_text("utf-8"))
                self._years = {int(y): _from_json(v) for y, v in raw.items()}
            except FileNotFoundError:
                pass
            except (OSError, ValueError, TypeError, KeyError, AttributeError) as exc:
                log.warning("the holidays cache %s cannot be read (%s): the package is asked again", path, exc)
        return self._years

    def _save(self, years: dict[int, PackageYear]) -> None:
        path = self.path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            text = json.dumps({str(y): _to_json(v) for y, v in sorted(years.items())}, ensure_ascii=False)
            with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False) as out:
                out.write(text)
            os.replace(out.name, path)  # whole or not at all: another process may be reading it
        except OSError as exc:
            log.warning("the holidays cache %s cannot be written (%s): it is computed each time", path, exc)


def _default_folder() -> Path:
    given = os.environ.get(CACHE_ENV)
    if given:
        return Path(given)
    import platformdirs

    return Path(platformdirs.user_cache_dir("akimat_desk", appauthor=False))


PACKAGE_YEARS = PackageYears()
"""The process's one reader of the package's years (every ``KazakhCalendar`` asks it)."""
