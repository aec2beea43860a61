"""The frozen Linux bundle builds, passes its own --self-test offscreen, and the NSIS installer script
compiles against the bundle layout (installer/build.sh, the same script a release uses)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_frozen_bundle_self_test_and_installer(tmp_path: Path) -> None:
    assert shutil.which("makensis"), "Debian's nsis is not installed: run scripts/setup.sh"
    result = subprocess.run(
        [str(REPO / "installer" / "build.sh"), str(tmp_path / "dist")],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    lines = [line for line in result.stdout.splitlines() if line.startswith("[")]
    assert [line.split(":")[0] for line in lines] == [
        "[ok] open",
        "[ok] register",
        "[ok] read",
        "[ok] correct",
        "[ok] deadlines",
        "[ok] letters",
        "[ok] signature",
        "[ok] ocr",
        "[ok] keyring",
    ]
    installers = list((tmp_path / "dist").glob("akimat-desk-*-setup.exe"))
    assert len(installers) == 1 and installers[0].read_bytes()[:2] == b"MZ"
    bundled = tmp_path / "dist" / "akimat-desk" / "_internal" / "akimat_desk"
    assert (bundled / "storage" / "kernel" / "migrations").is_dir()
