"""Benchmark: akimat letters through Platypus against raw ReportLab canvas drawing of the same text.

Run:  .venv/bin/python bench/bench_letters.py [N [REPEAT]]   (N letters per batch, default 1,000; best of 3)
Target (issue 6): our rendering within 2x of the raw canvas, for one letter and for N letters.

The baseline gets the same strings (``wording.compose``) in the same embedded Liberation Serif styles (regular,
bold for names and headings, italic for labels and notes) in invariant mode, and wraps each paragraph with
``simpleSplit`` before ``drawString``: what a hand-written canvas renderer would do, without justification, tables,
page templates or "page x of y".
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import time
from collections.abc import Callable, Sequence

from common import emit
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from akimat_desk.letters import (
    Addressee,
    EventDetails,
    Executor,
    Letter,
    Letterhead,
    RefusalGround,
    Signatory,
    render_letter,
    render_letters,
)
from akimat_desk.letters.fonts import FAMILY, register_fonts
from akimat_desk.letters.wording import LetterText, compose

HEAD = Letterhead(
    name_kk="Алматы қаласының әкімдігі",
    name_ru="Акимат города Алматы",
    address_kk="050001, Алматы қ., Республика алаңы, 4",
    address_ru="050001, г. Алматы, площадь Республики, 4",
    phone="+7 (727) 271-65-00",
    email="akimat@almaty.gov.kz",
)
KINDS = (("refuse", "rally"), ("approve", "march"), ("propose", "assembly"), ("inform_with_conditions", "picket"))


def sample(i: int) -> Letter:
    """The i-th letter of the batch: kinds and languages rotate, numbers differ."""
    kind, form = KINDS[i % len(KINDS)]
    language = ("kk", "ru", "en")[i % 3]
    extra: dict[str, object] = {}
    if kind == "refuse":
        extra["grounds"] = (RefusalGround("A14-9", "Шекті толу нормасы – 100 адам, ал 150 қатысушы көрсетілген."),)
    if kind == "propose":
        extra.update(proposal="Өткізу орны: «Өнер» алаңы, 15:00–17:00.", answer_deadline=dt.date(2026, 5, 26))
    return Letter(
        kind=kind,
        language=language,
        letterhead=HEAD,
        outgoing_number=f"01-15/{i + 1}",
        outgoing_date=dt.date(2026, 5, 25),
        incoming_number=f"ЖТ-{i + 1}",
        incoming_date=dt.date(2026, 5, 20),
        addressee=Addressee("Сейітов Әлихан Құрманұлы", "Алматы қ., Абай даңғылы, 10"),
        event=EventDetails(
            form, "Атамекен саябағы", dt.datetime(2026, 5, 28, 11), dt.datetime(2026, 5, 28, 13), participants=80
        ),
        signatory=Signatory("Әкімнің орынбасары", "Ә. ҚҰРМАНҒАЛИ"),
        executor=Executor("Ү. Ізбасарова", "8 (727) 271-65-01"),
        **extra,  # type: ignore[arg-type]
    )


BOLD, ITALIC = f"{FAMILY}-Bold", f"{FAMILY}-Italic"


def _paragraphs(head: Letterhead, text: LetterText) -> list[tuple[str, str]]:
    """Every string the letter prints, in reading order, with the font it is printed in."""
    parts = [(BOLD, head.name_kk), (BOLD, head.name_ru), (FAMILY, head.address_kk), (FAMILY, head.address_ru)]
    parts += [(FAMILY, text.outgoing), (FAMILY, text.incoming), *((FAMILY, line) for line in text.addressee)]
    parts += [(BOLD, text.subject), (FAMILY, text.intro), *((FAMILY, f"{a}: {b}") for a, b in text.event_rows)]
    parts += [(FAMILY, text.decision), (FAMILY, text.proposal), (FAMILY, text.reply), (FAMILY, text.conditions_title)]
    parts += [(FAMILY, condition) for condition in text.conditions]
    for ground in text.grounds:
        parts += [(BOLD, ground.heading), (ITALIC, ground.reason_label), (FAMILY, ground.reason)]
    parts += [(FAMILY, text.remarks), (FAMILY, text.appeal), (ITALIC, text.e_document), (ITALIC, text.unofficial_note)]
    parts += [(FAMILY, text.signatory_position), (BOLD, text.signatory_name)]
    return [(font, part) for font, part in parts if part]


def _raw_letter(canvas: Canvas, head: Letterhead, text: LetterText, size: float = 14.0) -> None:
    left, width, leading = 30 * mm, A4[0] - 40 * mm, size * 1.15
    y = A4[1] - 20 * mm
    for font, paragraph in _paragraphs(head, text):
        canvas.setFont(font, size)
        for line in simpleSplit(paragraph, font, size, width):
            if y < 20 * mm + leading:
                canvas.showPage()
                canvas.setFont(font, size)
                y = A4[1] - 20 * mm
            canvas.drawString(left, y, line)
            y -= leading
        y -= 4
    canvas.setFont(FAMILY, 10)
    canvas.drawString(left, 10 * mm, text.executor)
    canvas.showPage()


def raw_canvas(letters: Sequence[Letter]) -> bytes:
    """The baseline: the same text drawn straight on a canvas, one PDF for all ``letters``."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1, initialFontName=FAMILY)
    for letter in letters:
        _raw_letter(canvas, letter.letterhead, compose(letter))
    canvas.save()
    return buffer.getvalue()


def _best_of(run: Callable[[], object], raw: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Fastest of ``repeat`` alternating runs of each, in CPU time of this process: robust against other load."""
    ours_times: list[float] = []
    raw_times: list[float] = []
    for _ in range(repeat):
        for target, times in ((run, ours_times), (raw, raw_times)):
            started = time.process_time()
            target()
            times.append(time.process_time() - started)
    return min(ours_times), min(raw_times)


def _row(label: str, times: tuple[float, float]) -> None:
    ours, raw = times
    print(f"  {label:<40} ours {ours:8.3f} s   raw {raw:8.3f} s   ratio {ours / raw:5.2f}x", flush=True)
    emit(
        label,
        ours,
        raw,
        "raw ReportLab canvas, same text and fonts",
        2,
        timed="rendering the letters to PDF bytes (no register)",
        runs="best of alternated runs",
        clock="CPU",
    )


def main(n: int = 1000, repeat: int = 3) -> None:
    register_fonts()
    letters = [sample(i) for i in range(n)]
    one = letters[0]
    render_letter(one), raw_canvas([one])  # warm up: imports, font parsing, YAML
    print(f"letters benchmark (ReportLab, {n} letters, kinds and languages rotating, best of {repeat})")
    _row("one letter (best of 30)", _best_of(lambda: render_letter(one), lambda: raw_canvas([one]), 30))
    each = _best_of(lambda: [render_letter(x) for x in letters], lambda: [raw_canvas([x]) for x in letters], repeat)
    _row(f"{n} letters, one PDF each", each)
    _row(
        f"{n} letters in one print job", _best_of(lambda: render_letters(letters), lambda: raw_canvas(letters), repeat)
    )


if __name__ == "__main__":
    main(*(int(arg) for arg in sys.argv[1:3]))
