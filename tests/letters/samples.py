"""Sample letters and receipts for the letters tests: a city akimat, a Kazakh-named organizer, every kind."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from dataclasses import replace
from pathlib import Path
from typing import Any

from akimat_desk.letters import (
    Addressee,
    EventDetails,
    Executor,
    Letter,
    Letterhead,
    Receipt,
    RefusalGround,
    Signatory,
)

HEAD = Letterhead(
    name_kk="Алматы қаласының әкімдігі",
    name_ru="Акимат города Алматы",
    name_en="Akimat of Almaty",
    address_kk="050001, Алматы қ., Республика алаңы, 4",
    address_ru="050001, г. Алматы, площадь Республики, 4",
    address_en="4 Republic Square, Almaty 050001",
    phone="+7 (727) 271-65-00",
    email="akimat@almaty.gov.kz",
    department_kk="Ішкі саясат басқармасы",
    department_ru="Управление внутренней политики",
    department_en="Department of Internal Policy",
)
OUT_NO, IN_NO = "01-15/4821", "ЖТ-0457"
OUT_DATE, IN_DATE = dt.date(2026, 5, 25), dt.date(2026, 5, 20)
ORGANIZER = "Сейітов Әлихан Құрманұлы"
REPRESENTATIVE = "Өмірзақова Һәдия Үсенқызы"
SIGNER = {"kk": "Әкімнің орынбасары", "ru": "Заместитель акима", "en": "Deputy Akim"}
KAZAKH_LETTERS = "әғқңөұүһі" + "ӘҒҚҢӨҰҮҺІ"

# The clerk's reasons, in each language, with every Kazakh letter in the kk ones (they must survive extraction).
REASONS = {
    "kk": {
        "A14-5": "Хабарламада қаржыландыру көздері көрсетілмеген; Ұйымдастырушының қолтаңбасы жоқ.",
        "A14-9": "Атамекен саябағының шекті толу нормасы – 100 адам, ал хабарламада 150 қатысушы көрсетілген.",
        "A14-10": "Өтінілген уақытта «ҮШҚОҢЫР» алаңында шаһар мерекесіне арналған іс-шара өтеді.",
        "A11-3": "Ұсынысқа жауап берілмеді.",
        "A13-3": "Ұйымдастырушы ұсынылған маршрутпен келіспеді.",
    },
    "ru": {
        "A14-5": "В уведомлении не указаны источники финансирования; отсутствует подпись организатора.",
        "A14-9": "Норма предельной заполняемости парка «Атамекен» – 100 человек, заявлено 150 участников.",
        "A14-10": "В заявленное время на площади запланировано общегородское праздничное мероприятие.",
        "A11-3": "Ответ на предложение не поступил.",
        "A13-3": "Организатор не согласился с предложенным маршрутом.",
    },
    "en": {
        "A14-5": "The notification does not state the sources of funding; the organizer's signature is missing.",
        "A14-9": "The maximum occupancy of Atameken park is 100 persons; 150 participants are expected.",
        "A14-10": "A city holiday event is planned on the square at the requested time.",
        "A11-3": "No answer to the proposal was received.",
        "A13-3": "The organizer disagreed with the proposed route.",
    },
}
PROPOSAL = {
    "kk": "Өткізу орны: Алматы қ., «Өнер» алаңы; уақыты: «28» мамыр 2026 ж., 15:00–17:00.",
    "ru": "Место: г. Алматы, площадь «Өнер»; время: «28» мая 2026 г., с 15:00 до 17:00.",
    "en": "Place: Oner square, Almaty; time: 28 May 2026, 15:00–17:00.",
}


def event(form: str = "rally") -> EventDetails:
    """An event of ``form``; moving forms get a route."""
    moving = form in ("demonstration", "march")
    return EventDetails(
        form=form,
        place="Алматы қ., Атамекен саябағы",
        route="Абай даңғылы – Әуезов көшесі – Республика алаңы" if moving else "",
        starts_at=dt.datetime(2026, 5, 28, 11, 0),
        ends_at=dt.datetime(2026, 5, 28, 13, 30),
        participants=150,
    )


def letter(kind: str, language: str, form: str = "rally", **changes: Any) -> Letter:
    """A complete letter of ``kind``; refusals cite A14-5 and A14-9, proposals carry a text and a deadline."""
    extra: dict[str, Any] = {}
    if kind == "refuse":
        extra["grounds"] = tuple(RefusalGround(code, REASONS[language][code]) for code in ("A14-5", "A14-9"))
    if kind == "propose":
        extra.update(proposal=PROPOSAL[language], answer_deadline=dt.date(2026, 5, 26))
    if kind == "inform_with_conditions" or kind.startswith("approve"):
        extra["conditions"] = ("Қоғамдық тәртіпті сақтау.",)
    if kind == "out_of_scope":
        extra["remarks"] = "Іс-шара жабық үй-жайда өткізіледі."
    extra.update(changes)
    return Letter(
        kind=kind,
        language=language,
        letterhead=HEAD,
        outgoing_number=OUT_NO,
        outgoing_date=OUT_DATE,
        incoming_number=IN_NO,
        incoming_date=IN_DATE,
        addressee=Addressee(ORGANIZER, "Алматы қ., Абай даңғылы, 10, 5-пәтер", REPRESENTATIVE),
        event=event(form),
        signatory=Signatory(SIGNER[language], "Ә. ҚҰРМАНҒАЛИ"),
        executor=Executor("Ү. Ізбасарова", "8 (727) 271-65-01"),
        **extra,
    )


def long_refusal(language: str) -> Letter:
    """A refusal with three long-reasoned grounds: several pages at 14 pt."""
    base = letter("refuse", language)
    grounds = tuple(
        RefusalGround(code, " ".join([REASONS[language][code]] * 12)) for code in ("A14-5", "A14-9", "A14-10")
    )
    return replace(base, grounds=grounds)


def receipt(language: str, form: str = "march") -> Receipt:
    """A registration receipt for a paper application received at 16:45."""
    return Receipt(
        language=language,
        letterhead=HEAD,
        incoming_number=IN_NO,
        received_at=dt.datetime(2026, 5, 20, 16, 45),
        form=form,
        organizer=ORGANIZER,
        received_items=("Өтініш, 3 парақ", "Бейбіт жиналыс өткізу регламенті, 2 парақ"),
        review_deadline=dt.date(2026, 5, 29),
        received_by=Signatory("Бас маман", "Ү. Ізбасарова"),
    )


def pdf_text(pdf: bytes, tmp_path: Path, *, layout: bool = False) -> str:
    """Text of a PDF through poppler's pdftotext, whitespace collapsed to single spaces (unless ``layout``)."""
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    args = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), str(path), "-"]
    out = subprocess.run(args, capture_output=True, text=True, check=True, timeout=60).stdout
    return out if layout else re.sub(r"\s+", " ", out)


def pdf_pages(pdf: bytes, tmp_path: Path) -> list[str]:
    """Text of each page, whitespace collapsed (pdftotext separates pages with form feeds)."""
    path = tmp_path / "pages.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True)
    return [re.sub(r"\s+", " ", page).strip() for page in out.stdout.split("\f") if page.strip()]


def pdf_fonts(pdf: bytes, tmp_path: Path) -> list[list[str]]:
    """Rows of ``pdffonts`` (name, type..., emb, sub, uni, object, generation) after the two header lines."""
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]
