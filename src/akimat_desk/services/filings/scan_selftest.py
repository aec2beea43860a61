"""The self-test of paper intake by OCR: read the bundled sample page (a typed Kazakh notification scanned at
200 dpi, 1 degree skew; resources/selftest/scan_sample.png) and check what a working reader must find on it.
It proves in the frozen build that libtesseract, the kaz/rus/eng/osd trained data and the parser are there."""

from __future__ import annotations

import tempfile
from importlib import resources
from pathlib import Path

from akimat_desk.services.filings.scan_intake import read_scan

SAMPLE = "scan_sample.png"
EXPECTED = {"form": "rally", "organizer.iin": "710926339147", "participants": 1200}


def ocr_step() -> str:
    """Read the sample page; raises AssertionError naming what was not read as expected."""
    data = resources.files("akimat_desk").joinpath("resources", "selftest", SAMPLE).read_bytes()
    with tempfile.TemporaryDirectory(prefix="akimat-ocr-") as tmp:
        path = Path(tmp) / SAMPLE
        path.write_bytes(data)
        scan = read_scan(path)
    reading = scan.filings[0].reading
    wrong = {k: reading.value(k) for k, v in EXPECTED.items() if reading.value(k) != v}
    if wrong:
        raise AssertionError(f"the sample page was misread: {wrong}")
    return f"sample page read: {len(reading.fields)} fields, language {reading.language}"
