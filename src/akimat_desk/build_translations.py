"""Build step: compile the committed Qt Linguist sources ``i18n/*.ts`` into ``ui/translations/*.qm``.

Run by scripts/setup.sh (``python -m akimat_desk.build_translations``); .qm files are not kept in git.
``--update`` first re-extracts the strings from ``src/akimat_desk/ui`` into the .ts files (lupdate).
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_DIR = PACKAGE_DIR.parents[1]
TS_DIR = REPO_DIR / "i18n"
QM_DIR = PACKAGE_DIR / "ui" / "translations"
LANGUAGES = ("kk", "ru", "en")


def _qt_tool(name: str) -> Path:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        raise SystemExit("PySide6 is not installed")
    tool = Path(spec.origin).parent / name
    if not tool.exists():
        raise SystemExit(f"{tool} not found")
    return tool


def ts_file(language: str) -> Path:
    return TS_DIR / f"akimat_desk_{language}.ts"


def update_sources() -> None:
    sources = sorted(str(p) for p in (PACKAGE_DIR / "ui").rglob("*.py"))
    for language in LANGUAGES:
        subprocess.run(
            [str(_qt_tool("lupdate")), "-silent", "-no-obsolete", *sources, "-ts", str(ts_file(language))],
            check=True,
        )


def build() -> list[Path]:
    QM_DIR.mkdir(parents=True, exist_ok=True)
    built = []
    for language in LANGUAGES:
        target = QM_DIR / f"akimat_desk_{language}.qm"
        partial = target.with_suffix(f".qm.{os.getpid()}.tmp")
        subprocess.run([str(_qt_tool("lrelease")), "-silent", str(ts_file(language)), "-qm", str(partial)], check=True)
        # replace, never rewrite in place: a running app (or test) has the old file memory-mapped by QTranslator,
        # and truncating a mapped file kills that process with SIGBUS
        os.replace(partial, target)
        built.append(target)
    return built


def main(argv: list[str]) -> int:
    if "--update" in argv:
        update_sources()
    for path in build():
        print(f"built {path.relative_to(REPO_DIR)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
