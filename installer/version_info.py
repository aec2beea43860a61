"""Write the Windows version resource of the frozen build from the package version (PyInstaller format)."""

from __future__ import annotations

import sys
from pathlib import Path

from akimat_desk import __version__

TEMPLATE = """VSVersionInfo(
  ffi=FixedFileInfo(filevers=({v}), prodvers=({v}), mask=0x3f, flags=0x0, OS=0x40004, fileType=0x1, subtype=0x0,
                    date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('041904B0', [
      StringStruct('CompanyName', 'akimat_desk'),
      StringStruct('FileDescription', 'akimat_desk: register of peaceful-assembly filings (Law 333-VI)'),
      StringStruct('FileVersion', '{dotted}'),
      StringStruct('InternalName', 'akimat-desk'),
      StringStruct('OriginalFilename', 'akimat-desk.exe'),
      StringStruct('ProductName', 'akimat_desk'),
      StringStruct('ProductVersion', '{dotted}')])]),
    VarFileInfo([VarStruct('Translation', [1049, 1200, 1087, 1200, 1033, 1200])])
  ]
)
"""


def main(out: Path) -> int:
    parts = [int(p) for p in __version__.split(".")[:3]] + [0]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(TEMPLATE.format(v=", ".join(map(str, parts)), dotted=__version__), "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1])))
