"""Typed notifications and applications made up from a seed, rendered to PDF with the project's fonts, then
scanned badly: rasterised at 150-300 dpi, skewed, blurred, speckled, JPEG-compressed, turned 90 degrees.

``make_filing(seed, lang, layout)`` returns the filing's expected fields (paths as in the filing JSON) and its
PDF; ``scan(pdf, ...)`` degrades it into an image file. The wording of each label is drawn from several
variants per layout, so the tests read pages whose text the parser was not tuned to.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFilter

from akimat_desk.domain.people import check_digit
from akimat_desk.domain.places import Names, Place, PlaceKind

FONTS = Path(__file__).resolve().parents[1] / "src/akimat_desk/letters/fonts"
LAYOUTS = ("numbered", "labelled", "letter")

PLACES = (
    Place(
        1,
        Names("Астана алаңы", "Площадь Астана", "Astana square"),
        PlaceKind.PLACE,
        "Алмалинский",
        "пр. Абая, 52",
        500,
        "12/3",
        date(2024, 1, 5),
    ),
    Place(
        2,
        Names("Орталық саябақ", "Центральный парк", "Central park"),
        PlaceKind.PLACE,
        "Медеуский",
        "ул. Гоголя, 1",
        800,
        "12/3",
        date(2024, 1, 5),
    ),
    Place(
        3,
        Names("Жастар сарайы алдындағы алаң", "Площадь у Дворца молодёжи", "Youth palace square"),
        PlaceKind.PLACE,
        "Ауэзовский",
        "мкр. Жетысу-2, 64",
        300,
        "12/3",
        date(2024, 1, 5),
    ),
)
_SURNAMES = (
    "Әбілқасымов",
    "Нұрланов",
    "Сейітқали",
    "Жұмабаев",
    "Иванов",
    "Ким",
    "Оспанов",
    "Тлеуқабылов",
    "Петренко",
    "Қасымов",
    "Бекмұхамбетов",
    "Ғалымжанов",
)
_GIVEN = ("Нұрлан", "Айдос", "Ерлан", "Сергей", "Тимур", "Дәулет", "Асқар", "Бауыржан", "Олег", "Ғани")
_FATHERS = ("Серік", "Болат", "Қанат", "Марат", "Нұржан", "Ербол")
_STREETS = ("Абай даңғылы", "Төле би көшесі", "Сәтпаев көшесі", "Жібек жолы", "Достық даңғылы", "Гоголь көшесі")
_PURPOSES_RU = (
    "обсуждение проблем общественного транспорта",
    "поддержка чистоты городских парков",
    "выражение мнения о строительстве школы в микрорайоне",
    "обсуждение тарифов на коммунальные услуги",
    "защита зелёных насаждений в сквере",
    "поддержка отечественных производителей",
)
_PURPOSES_KK = (
    "қоғамдық көлік мәселелерін талқылау",
    "қала саябақтарының тазалығын қолдау",
    "шағын аудандағы мектеп құрылысы туралы пікір білдіру",
    "коммуналдық қызмет тарифтерін талқылау",
    "скверлердегі жасыл желекті қорғау",
    "отандық өндірушілерді қолдау",
)
_FUNDING = {
    "ru": ("собственные средства организатора", "добровольные пожертвования участников"),
    "kk": ("ұйымдастырушының өз қаражаты", "қатысушылардың ерікті қайырмалдығы"),
}
_ENTITIES = {
    "ru": ("ОО «Жасыл ел»", "ТОО «Болашак»", "ОФ «Адал»"),
    "kk": ("«Жасыл ел» ҚБ", "«Болашақ» ЖШС", "«Адал» ҚҚ"),
}
MONTHS = {
    "ru": (
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ),
    "kk": (
        "қаңтар",
        "ақпан",
        "наурыз",
        "сәуір",
        "мамыр",
        "маусым",
        "шілде",
        "тамыз",
        "қыркүйек",
        "қазан",
        "қараша",
        "желтоқсан",
    ),
}
_FORM_NAMES = {
    "ru": {
        "picket": "пикет",
        "assembly": "собрание",
        "rally": "митинг",
        "demonstration": "демонстрация",
        "march": "шествие",
    },
    "kk": {
        "picket": "пикет",
        "assembly": "жиналыс",
        "rally": "митинг",
        "demonstration": "демонстрация",
        "march": "шеру",
    },
}
_FORM_GENITIVE = {
    "picket": "пикета",
    "assembly": "собрания",
    "rally": "митинга",
    "demonstration": "демонстрации",
    "march": "шествия",
}


def valid_id(rng: random.Random, entity: bool = False) -> str:
    while True:
        if entity:
            head = f"{rng.randint(0, 25):02d}{rng.randint(1, 12):02d}4{rng.randint(0, 9)}{rng.randint(0, 99999):05d}"
        else:
            head = (
                f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}3{rng.randint(0, 9999):04d}"
            )
        digit = check_digit(head)
        if digit is not None:
            return head + str(digit)


@dataclass
class Sample:
    """A made-up filing: what a perfect reader fills (``expected``) and the lines typed on its page."""

    expected: dict[str, Any]
    lines: list[str]
    lang: str
    layout: str


def _date_text(day: date, lang: str, rng: random.Random) -> str:
    style = rng.randrange(2)
    if style == 0:
        return f"{day:%d.%m.%Y}"
    if lang == "ru":
        return f"{day.day} {MONTHS['ru'][day.month - 1]} {day.year} г."
    return f"{day.year} жылғы {day.day} {MONTHS['kk'][day.month - 1]}"


def _times_text(start: time, end: time, lang: str, rng: random.Random) -> str:
    if lang == "ru":
        return rng.choice((f"с {start:%H:%M} до {end:%H:%M}", f"{start:%H:%M} – {end:%H:%M}"))
    return rng.choice((f"сағат {start:%H:%M}-ден {end:%H:%M}-ге дейін", f"{start:%H:%M}-ден {end:%H:%M}-ге дейін"))


def make_values(seed: int, lang: str, form: str) -> dict[str, Any]:
    """The facts of one filing, drawn from ``seed``."""
    rng = random.Random(seed)
    entity = rng.random() < 0.3
    day = date(2026, rng.randint(1, 12), rng.randint(1, 28))
    start = time(rng.randint(9, 14), rng.choice((0, 30)))
    end = time(start.hour + rng.randint(1, 4), rng.choice((0, 30)))
    surname = rng.choice(_SURNAMES)
    father = rng.choice(_FATHERS)
    patronymic = father + ("ұлы" if lang == "kk" else "ович")
    return {
        "form": form,
        "entity": entity,
        "day": day,
        "start": start,
        "end": end,
        "surname": surname,
        "given": rng.choice(_GIVEN),
        "patronymic": patronymic,
        "iin": valid_id(rng),
        "bin": valid_id(rng, entity=True),
        "entity_name": rng.choice(_ENTITIES[lang]),
        "address": f"Алматы қ., {rng.choice(_STREETS)}, {rng.randint(1, 199)}",
        "purpose": rng.choice(_PURPOSES_RU if lang == "ru" else _PURPOSES_KK),
        "place": rng.choice(PLACES),
        "participants": rng.choice((1, 25, 40, 150, 300, 1200)),
        "email": f"{rng.choice(('nurlan', 'aidos', 'info', 'orgcom'))}{rng.randint(1, 99)}@mail.kz",
        "phone": f"+7 70{rng.randint(0, 9)} {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        "funding": rng.choice(_FUNDING[lang]),
        "filed": date(2026, 1, 1) if day.month == 1 else date(2026, day.month - 1, 15),
        "sound": rng.random() < 0.5,
        "rep": rng.random() < 0.3,
        "rep_iin": valid_id(rng),
        "rep_surname": rng.choice(_SURNAMES),
        "rep_given": rng.choice(_GIVEN),
        "rng": rng,
    }


def expected_fields(v: dict[str, Any], lang: str, layout: str) -> dict[str, Any]:
    exp: dict[str, Any] = {
        "form": v["form"],
        "purpose": v["purpose"],
        "participants": v["participants"],
        "starts_at": f"{v['day']}T{v['start']:%H:%M}:00",
        "ends_at": f"{v['day']}T{v['end']:%H:%M}:00",
        "contacts.email": v["email"],
        "contacts.phone": v["phone"],
        "pd_consent": True,
        "funding_sources": v["funding"],
        "filed_on": v["filed"].isoformat(),
        "place": v["place"].names.get(lang),
        "organizer.address": v["address"],
        "structures": False,
        "visual_materials": layout == "letter",
        "sound_equipment": {"used": True, "description": "мегафон"} if v["sound"] else False,
        "signed": True,
    }
    if v["entity"]:
        exp |= {"organizer.name": v["entity_name"], "organizer.bin": v["bin"]}
    else:
        exp |= {
            "organizer.surname": v["surname"],
            "organizer.given_name": v["given"],
            "organizer.patronymic": v["patronymic"],
            "organizer.iin": v["iin"],
        }
    if v["rep"]:
        exp |= {
            "representative.surname": v["rep_surname"],
            "representative.given_name": v["rep_given"],
            "representative.iin": v["rep_iin"],
        }
    return exp


def _organizer_text(v: dict[str, Any], lang: str) -> tuple[str, str]:
    if v["entity"]:
        return v["entity_name"], ("БИН" if lang == "ru" else "БСН") + " " + v["bin"]
    return f"{v['surname']} {v['given']} {v['patronymic']}", ("ИИН" if lang == "ru" else "ЖСН") + " " + v["iin"]


def lines_ru(v: dict[str, Any], layout: str) -> list[str]:
    rng: random.Random = v["rng"]
    name, ident = _organizer_text(v, "ru")
    when = f"{_date_text(v['day'], 'ru', rng)} {_times_text(v['start'], v['end'], 'ru', rng)}"
    place = v["place"].names.ru
    sound = "будут использованы (мегафон)" if v["sound"] else "не планируются"
    addr_label = "местонахождение" if v["entity"] else rng.choice(("место жительства", "адрес проживания"))
    rep = [f"Представитель организатора: {v['rep_surname']} {v['rep_given']}, ИИН {v['rep_iin']}"] if v["rep"] else []
    form = _FORM_NAMES["ru"][v["form"]]
    head = ["Акиму города Алматы", "", "УВЕДОМЛЕНИЕ", f"о проведении {_FORM_GENITIVE[v['form']]}", ""]
    filed = _date_text(v["filed"], "ru", rng)
    if layout == "letter":
        return [
            *head,
            f"Я, {name}, {ident}, {addr_label}: {v['address']}, уведомляю о проведении",
            f"{_FORM_GENITIVE[v['form']]} с целью {v['purpose']}.",
            f"Мирное собрание пройдет {when} в специализированном месте: {place}.",
            f"Предполагаемое количество участников: {v['participants']} человек.",
            "Юрты, палатки и иные сооружения не устанавливаются.",
            f"Звукоусиливающие средства {sound}. Плакаты и транспаранты будут использованы.",
            "Регламент прилагается.",
            f"Источники финансирования: {v['funding']}.",
            *rep,
            f"Для связи: {v['email']}, {v['phone']}.",
            "Даю согласие на сбор и обработку моих персональных данных.",
            "",
            f"Дата подачи: {filed}                Подпись: ~~~",
        ]
    n = (lambda i: f"{i}. ") if layout == "numbered" else (lambda i: "")
    return [
        *head,
        f"{n(1)}{rng.choice(('Цель мирного собрания', 'Цель'))}: {v['purpose']}",
        f"{n(2)}{rng.choice(('Форма мирного собрания', 'Форма'))}: {form}",
        f"{n(3)}Организатор: {name}, {ident}," if layout == "numbered" else f"Организатор: {name}",
        *([] if layout == "numbered" else [f"{ident.split()[0]}: {ident.split()[1]}"]),
        f"{addr_label.capitalize()}: {v['address']}",
        *rep,
        f"{n(4)}{rng.choice(('Специализированное место', 'Место проведения'))}: {place}",
        f"{n(5)}Дата и время проведения: {when}",
        f"{n(6)}{rng.choice(('Предполагаемое количество участников', 'Количество участников'))}: {v['participants']}",
        f"{n(7)}Юрты, палатки, иные сооружения: не планируются",
        f"{n(8)}Звукоусиливающие технические средства: {sound}",
        "Плакаты, транспаранты и иные средства наглядной агитации: не будут использованы",
        f"{n(9)}Регламент: прилагается",
        f"{n(10)}Электронная почта: {v['email']}; мобильный телефон: {v['phone']}",
        f"{n(11)}Согласие на сбор и обработку персональных данных: согласен",
        f"{n(12)}Источники финансирования: {v['funding']}",
        f"{n(13)}Дата подачи: {filed}                Подпись: ~~~",
    ]


def lines_kk(v: dict[str, Any], layout: str) -> list[str]:
    rng: random.Random = v["rng"]
    name, ident = _organizer_text(v, "kk")
    when = f"{_date_text(v['day'], 'kk', rng)}, {_times_text(v['start'], v['end'], 'kk', rng)}"
    place = v["place"].names.kk
    sound = "пайдаланылады (мегафон)" if v["sound"] else "пайдаланылмайды"
    addr_label = "орналасқан жері" if v["entity"] else "тұрғылықты жері"
    rep = [f"Ұйымдастырушының өкілі: {v['rep_surname']} {v['rep_given']}, ЖСН {v['rep_iin']}"] if v["rep"] else []
    form = _FORM_NAMES["kk"][v["form"]]
    head = ["Алматы қаласының әкіміне", "", "ХАБАРЛАМА", f"{form} өткізу туралы", ""]
    filed = _date_text(v["filed"], "kk", rng)
    if layout == "letter":
        return [
            *head,
            f"Мен, {name}, {ident}, {addr_label}: {v['address']},",
            f"{form} өткізу туралы хабарлаймын. Жиналыстың мақсаты – {v['purpose']}.",
            f"Өткізу орны: {place}. Өткізілетін күні: {when}.",
            f"Қатысушылардың болжамды саны – {v['participants']} адам.",
            "Киіз үйлер, шатырлар мен өзге де құрылысжайлар орнатылмайды.",
            f"Дыбыс күшейткіш құралдар {sound}. Плакаттар пайдаланылады.",
            "Регламент қоса беріледі.",
            f"Қаржыландыру көздері: {v['funding']}.",
            *rep,
            f"Байланыс үшін: {v['email']}, {v['phone']}.",
            "Дербес деректерімді жинауға және өңдеуге келісім беремін.",
            "",
            f"Берілген күні: {filed}                Қолы: ~~~",
        ]
    n = (lambda i: f"{i}. ") if layout == "numbered" else (lambda i: "")
    return [
        *head,
        f"{n(1)}{rng.choice(('Бейбіт жиналыстың мақсаты', 'Мақсаты'))}: {v['purpose']}",
        f"{n(2)}{rng.choice(('Бейбіт жиналыстың нысаны', 'Нысаны'))}: {form}",
        f"{n(3)}Ұйымдастырушы: {name}, {ident}," if layout == "numbered" else f"Ұйымдастырушы: {name}",
        *([] if layout == "numbered" else [f"{ident.split()[0]}: {ident.split()[1]}"]),
        f"{addr_label.capitalize()}: {v['address']}",
        *rep,
        f"{n(4)}{rng.choice(('Арнайы орын', 'Өткізу орны'))}: {place}",
        f"{n(5)}Басталатын және аяқталатын күні мен уақыты: {when}",
        f"{n(6)}Қатысушылардың болжамды саны: {v['participants']}",
        f"{n(7)}Киіз үйлер, шатырлар мен өзге де құрылысжайлар: орнатылмайды",
        f"{n(8)}Дыбыс күшейткіш техникалық құралдар: {sound}",
        "Плакаттар, транспаранттар, көрнекі үгіттеу құралдары: пайдаланылмайды",
        f"{n(9)}Ұйымдастырушы бекіткен регламент: қоса беріледі",
        f"{n(10)}Электрондық пошта: {v['email']}; ұялы телефон: {v['phone']}",
        f"{n(11)}Дербес деректерді жинауға және өңдеуге келісім: келісемін",
        f"{n(12)}Қаржыландыру көздері: {v['funding']}",
        f"{n(13)}Берілген күні: {filed}                Қолы: ~~~",
    ]


def make_filing(seed: int, lang: str, layout: str, form: str = "rally") -> Sample:
    """A notification (picket, assembly, rally) or an application (demonstration, march) from ``seed``."""
    values = make_values(seed, lang, form)
    lines = lines_ru(values, layout) if lang == "ru" else lines_kk(values, layout)
    expected = expected_fields(values, lang, layout)
    if form in ("demonstration", "march"):
        lines = as_application(lines, values, lang, expected)
    return Sample(expected, lines, lang, layout)


_MEASURES = {"ru": "привлечение волонтеров, аптечка первой помощи", "kk": "еріктілер тарту, алғашқы көмек қобдишасы"}
_MEASURES_LABEL = {
    "ru": "Меры по обеспечению общественного порядка, медицинской помощи и пожарной безопасности",
    "kk": "Қоғамдық тәртіпті сақтау, медициналық көмек және өрт қауіпсіздігі жөніндегі шаралар",
}
_APPLICATION = {
    "ru": {
        "УВЕДОМЛЕНИЕ": "ЗАЯВЛЕНИЕ",
        "о проведении ": "о получении согласования проведения ",
        "уведомляю о проведении": "прошу согласовать проведение",
    },
    "kk": {
        "ХАБАРЛАМА": "ӨТІНІШ",
        " өткізу туралы хабарлаймын": " өткізуді келісуді сұраймын",
        " өткізу туралы": " өткізуді келісу туралы",
    },
}


def as_application(lines: list[str], v: dict[str, Any], lang: str, expected: dict[str, Any]) -> list[str]:
    """The notification's lines turned into an application for approval (art. 12 p.2): a route instead of the
    place, public-order measures instead of structures, and the vehicles (item 8)."""
    a, b = (p.names.get(lang) for p in PLACES[:2])
    route = f"{a} – Абай даңғылы – {b}" if lang == "kk" else f"{a} – проспект Абая – {b}"
    ru = lang == "ru"
    if v["form"] == "demonstration":
        vehicles_text = (
            (
                f"количество 4; категории: легковые автомобили; протяжённость маршрута 3,5 км; "
                f"начальный пункт: {a}; конечный пункт: {b}"
            )
            if ru
            else (
                f"саны 4; санаттары: жеңіл автокөліктер; маршрут ұзындығы 3,5 км; "
                f"бастапқы нүктесі: {a}; соңғы нүктесі: {b}"
            )
        )
        vehicles: Any = {
            "count": 4,
            "categories": "легковые автомобили" if ru else "жеңіл автокөліктер",
            "route_length_km": 3.5,
            "start_point": a,
            "end_point": b,
        }
    else:
        vehicles_text, vehicles = ("не будут использованы" if ru else "пайдаланылмайды"), False
    out = []
    for line in lines:
        for old, new in _APPLICATION[lang].items():
            line = line.replace(old, new)
        low = line.lower()
        place = v["place"].names.get(lang)
        if f"в специализированном месте: {place}" in line:
            line = line.replace(f"в специализированном месте: {place}", f"по маршруту: {route}")
        elif f"Өткізу орны: {place}." in line:
            line = line.replace(f"Өткізу орны: {place}", f"Жүру маршруты: {route}")
        elif "специализированн" in low or "место проведения" in low or "арнайы орын" in low or "өткізу орны" in low:
            head, _, _ = line.partition(":")
            label = "Маршрут следования" if ru else "Жүру маршруты"
            line = f"{head.split('.')[0]}. {label}: {route}" if head[:1].isdigit() else f"{label}: {route}"
        elif "юрт" in low or "киіз үй" in low:
            label = _MEASURES_LABEL[lang]
            line = f"{line[:3] if line[:1].isdigit() else ''}{label}: {_MEASURES[lang]}"
        out.append(line)
        if "плакат" in low:
            out.append(f"{'Транспортные средства' if ru else 'Көлік құралдары'}: {vehicles_text}")
    expected.pop("place", None)
    expected.pop("structures", None)
    expected |= {"route": route, "order_measures": _MEASURES[lang], "vehicles": vehicles}
    return out


def render_pdf(pages: list[list[str]]) -> bytes:
    """Each list of lines typed on an A4 page in Liberation Serif 12 pt (long lines wrapped); ``~~~`` is drawn as
    a hand-written signature stroke."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "ScanSerif" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("ScanSerif", str(FONTS / "LiberationSerif-Regular.ttf")))
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, invariant=1)
    for lines in pages:
        pdf.setFont("ScanSerif", 12)
        y = 790.0
        for line in lines:
            for part in _wrap(line, pdfmetrics, 480):
                text, _, sign = part.partition("~~~")
                pdf.drawString(60, y, text)
                if sign or part.endswith("~~~"):
                    x = 60 + pdfmetrics.stringWidth(text, "ScanSerif", 12)
                    path = pdf.beginPath()
                    path.moveTo(x, y)
                    path.curveTo(x + 15, y + 14, x + 30, y - 10, x + 60, y + 6)
                    pdf.setLineWidth(1.2)
                    pdf.drawPath(path)
                y -= 19
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def _wrap(line: str, metrics: Any, width: float) -> list[str]:
    words, out, current = line.split(" "), [], ""
    for word in words:
        trial = f"{current} {word}" if current else word
        if metrics.stringWidth(trial, "ScanSerif", 12) > width and current:
            out.append(current)
            current = word
        else:
            current = trial
    return [*out, current]


@dataclass(frozen=True)
class Noise:
    """How badly a page is scanned."""

    name: str
    dpi: int = 300
    skew: float = 0.0
    blur: float = 0.0
    speckle: float = 0.0
    jpeg: int | None = None
    turn: int = 0


NOISES = (
    Noise("clean-300"),
    Noise("skew-blur-200", dpi=200, skew=2.5, blur=0.6),
    Noise("fax-jpeg-200", dpi=200, skew=-1.5, speckle=0.004, jpeg=35),
    Noise("low-150", dpi=150, skew=1.0, blur=0.4, jpeg=60),
    Noise("turned-90", dpi=200, turn=90, skew=0.8),
)


def scan(pdf: bytes, noise: Noise, seed: int = 0) -> list[Image.Image]:
    """The PDF's pages as a scanner with these faults would give them."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    rng = random.Random(seed)
    images = []
    for i in range(len(doc)):
        image = doc[i].render(scale=noise.dpi / 72).to_pil().convert("L")
        if noise.skew:
            image = image.rotate(noise.skew, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=255)
        if noise.blur:
            image = image.filter(ImageFilter.GaussianBlur(noise.blur * noise.dpi / 200))
        if noise.speckle:
            draw = ImageDraw.Draw(image)
            for _ in range(int(image.width * image.height * noise.speckle / 20)):
                x, y = rng.randrange(image.width), rng.randrange(image.height)
                draw.point((x, y), fill=rng.choice((0, 90)))
        if noise.turn:
            image = image.rotate(noise.turn, expand=True)
        if noise.jpeg:
            buf = io.BytesIO()
            image.save(buf, "JPEG", quality=noise.jpeg)
            image = Image.open(io.BytesIO(buf.getvalue())).convert("L")
        images.append(image)
    doc.close()
    return images


def save_scan(images: list[Image.Image], path: Path) -> Path:
    """The images as one file: a multi-page PDF or TIFF, or a single PNG / JPEG."""
    first, rest = images[0], images[1:]
    if path.suffix.lower() in (".pdf", ".tif", ".tiff"):
        first.save(path, save_all=True, append_images=rest, resolution=200)
    else:
        first.save(path)
    return path


def handwritten_page(seed: int = 0, dpi: int = 200) -> Image.Image:
    """A page of joined-up scribble in rows, as a hand-written notification looks to a reader of type."""
    import math

    rng = random.Random(seed)
    width, height = int(8.27 * dpi), int(11.69 * dpi)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    step = dpi // 3
    for row in range(4, 26):
        y0 = row * step
        x = dpi * 0.8
        end = width - dpi * (0.8 + rng.random() * 2)
        points = []
        while x < end:
            amplitude = step * (0.15 + rng.random() * 0.3)
            phase = rng.random() * 6.3
            for k in range(12):
                t = phase + k * 0.6
                points.append((x + k * 3 + math.cos(t) * amplitude * 0.4, y0 + math.sin(t) * amplitude))
            x += 36 + rng.random() * 10
            if rng.random() < 0.15:
                draw.line(points, fill=30, width=3)
                points = []
                x += step * 0.6
        if points:
            draw.line(points, fill=30, width=3)
    return image
