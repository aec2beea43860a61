"""Render resources/icons/akimat_desk.svg to the PNG and ICO files the frozen build and installer use."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

REPO = Path(__file__).resolve().parents[1]


def render(svg: Path, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    return image


def main(out_dir: Path) -> int:
    app = QGuiApplication(sys.argv[:1])
    svg = REPO / "resources" / "icons" / "akimat_desk.svg"
    out_dir.mkdir(parents=True, exist_ok=True)
    image = render(svg, 256)
    ok = image.save(str(out_dir / "akimat_desk.png")) and image.save(str(out_dir / "akimat_desk.ico"))
    del app
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "build" / "icons"))
