"""Paper intake by OCR (issue 19): field accuracy and seconds per page for each layout and noise level.

Pages are made up here (tests/scan_samples.py: typed kk and ru notifications and applications in three layouts,
scanned at 150-300 dpi with skew, blur, specks, JPEG, one turned 90 degrees). For every page: our whole reading
(orientation, deskew, Tesseract kaz+rus+eng, e-mail re-read, the 13 items) against the baseline of the same run,
Tesseract alone reading the raw page once (``GetUTF8Text``, no orientation, no deskew, no fields). The ratio is
what our pipeline costs on top of plain recognition; accuracy is the share of the page's fields read exactly.

    .venv/bin/python bench/bench_ocr.py [pages per cell, default 2]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import emit
from tests.scan_samples import LAYOUTS, NOISES, PLACES, make_filing, render_pdf, save_scan, scan

FORMS = ("rally", "march", "picket", "demonstration", "assembly")


def main(per_cell: int) -> int:
    import tesserocr

    from akimat_desk.services.filings.scan_intake import read_scan
    from akimat_desk.services.filings.scan_pages import LANGUAGES, PageReader, tessdata_dir

    plain = tesserocr.PyTessBaseAPI(path=str(tessdata_dir()), lang=LANGUAGES)
    totals: dict[str, list[float]] = {"ours": [], "plain": [], "right": [], "fields": []}
    print(f"{'layout':10} {'noise':15} {'fields right':>13} {'s/page':>7} {'plain s':>8}")
    with PageReader() as reader, tempfile.TemporaryDirectory() as tmp:
        for layout in LAYOUTS:
            for noise in NOISES:
                right = fields = 0
                ours = base = 0.0
                for k in range(per_cell):
                    lang = ("ru", "kk")[k % 2]
                    sample = make_filing(9000 + 31 * k + len(noise.name), lang, layout, FORMS[k % len(FORMS)])
                    images = scan(render_pdf([sample.lines]), noise, seed=k)
                    path = save_scan(images, Path(tmp) / f"{layout}-{noise.name}-{k}.png")
                    start = time.perf_counter()
                    plain.SetImage(images[0])
                    plain.GetUTF8Text()
                    base += time.perf_counter() - start
                    start = time.perf_counter()
                    reading = read_scan(path, PLACES, reader).filings[0].reading
                    ours += time.perf_counter() - start
                    fields += len(sample.expected)
                    right += sum(reading.value(key) == value for key, value in sample.expected.items())
                print(
                    f"{layout:10} {noise.name:15} {right:>5}/{fields:<4} {right / fields:5.1%} "
                    f"{ours / per_cell:7.2f} {base / per_cell:8.2f}"
                )
                for key, value in (("ours", ours), ("plain", base), ("right", right), ("fields", fields)):
                    totals[key].append(value)
                emit(
                    f"ocr page {layout} {noise.name}",
                    ours / per_cell,
                    base / per_cell,
                    "tesseract alone",
                    timed="read_scan of one page (mean)",
                    runs=f"mean of {per_cell}",
                )
    plain.End()
    pages = per_cell * len(LAYOUTS) * len(NOISES)
    accuracy = sum(totals["right"]) / sum(totals["fields"])
    print(
        f"all pages: {accuracy:.1%} of fields right, {sum(totals['ours']) / pages:.2f} s per page "
        f"(Tesseract alone {sum(totals['plain']) / pages:.2f} s)"
    )
    emit(
        "ocr page, all",
        sum(totals["ours"]) / pages,
        sum(totals["plain"]) / pages,
        "tesseract alone",
        timed="read_scan of one page (mean)",
        runs=f"mean of {pages}",
    )
    emit(
        "ocr field accuracy",
        accuracy,
        0.95,
        "target 95 %",
        unit="share",
        timed="share of fields read right",
        runs=f"{pages} pages",
        clock="-",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 2))
