"""A demo register for first run and for tests: plausible filings of every form, some with defects.

Its statuses never contradict each other (issue 22 item 5): every decision is a real decision record whose
ground is true of the filing (a refusal under art. 14 p.1 sub. 5) is given only to a filing without its
purpose), every letter is issued and handed over in the filing's language, a proposal is handed over so the
organizer's one working day to answer runs, and every e-filing carries its signed document: the filing's JSON
with a detached CMS signature by a training key of the organizer, made for this demo and thrown away (the
signature tab shows a verified signature whose root is a demo TEST root the register does not trust)."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from akimat_desk.domain.people import check_digit
from akimat_desk.services.filings.registration import register_filing
from akimat_desk.services.kernel.context import ServiceContext

_PEOPLE = [
    ("Сәрсенбаев", "Ерлан", "Қайратұлы", "kk"),
    ("Ахметова", "Айгүл", "Серікқызы", "kk"),
    ("Ким", "Виктор", "Сергеевич", "ru"),
    ("Иванова", "Мария", "Петровна", "ru"),
    ("Нұрланов", "Дәулет", None, "kk"),
    ("Оспанова", "Жанар", "Әлібекқызы", "kk"),
    ("Петров", "Андрей", "Игоревич", "ru"),
    ("Smith", "John", None, "en"),
]
_ENTITIES = [("«Жасыл Алматы» қоғамдық бірлестігі", "kk"), ("ОО «Защита прав потребителей»", "ru")]
# One register belongs to one competent body (art. 1 subp. 6): every place and route is in the city of Almaty,
# whose city akimat the screenshots and the examples name.
_PLACES = [
    "Алматы қ., Алмалы ауданы, «Жастар» саябағы, арнайы орын №1",
    "Алматы қ., Медеу ауданы, Достық даңғылы, 15, аудан әкімдігі алдындағы алаң",
    "г. Алматы, парк им. Ганди, специализированное место №2",
    "г. Алматы, площадь у ДК «Металлург», специализированное место №3",
    "Алматы қ., Бостандық ауданы, Байқоңыр саябағы, арнайы орын №4",
    "г. Алматы, сквер у Дворца Республики, специализированное место №5",
]
_ROUTES = [
    "Алматы қ., Абай даңғылынан Республика алаңына дейін (2,1 км)",
    "г. Алматы, от ул. Сатпаева до парка Первого Президента (3 км)",
]
_PURPOSES = {
    "kk": [
        "Қоғамдық көлік бағасының өсуіне қарсы пікір білдіру",
        "Саябақтағы ағаштарды кесуге қарсы",
        "Жергілікті жолдарды жөндеу мәселесін талқылау",
    ],
    "ru": [
        "Выражение мнения против повышения тарифов на отопление",
        "Обсуждение застройки сквера",
        "В поддержку строительства школы в микрорайоне",
    ],
    "en": ["Expressing an opinion on air quality in the city"],
}
_FORMS = ["picket"] * 6 + ["rally"] * 2 + ["assembly", "march", "demonstration"]


def valid_id_number(prefix: str) -> str:
    """A 12-digit IIN/BIN starting with the 11-digit ``prefix`` and a correct check digit."""
    digits = prefix
    while check_digit(digits) is None:
        digits = digits[:-1] + str((int(digits[-1]) + 1) % 10)
    return digits + str(check_digit(digits))


def sample_filing(i: int, received: datetime | None = None) -> dict[str, Any]:
    """Filing number ``i`` of the demo set (deterministic); about one in four has defects."""
    rnd = random.Random(i)
    form = _FORMS[i % len(_FORMS)]
    received = received or datetime(2026, 3, 2, 9, 30, tzinfo=UTC) + timedelta(hours=7 * i)
    event_day = received.date() + timedelta(days=rnd.randint(8, 20))
    start = time(rnd.choice([10, 11, 12, 15]), 0)
    hours = 2 if form == "picket" else rnd.choice([2, 3])
    data: dict[str, Any] = {
        "form": form,
        "channel": "e_document" if i % 5 == 0 else "paper",
        "received_at": received.isoformat(),
        "starts_at": datetime.combine(event_day, start).isoformat(),
        "ends_at": datetime.combine(event_day, start.replace(hour=start.hour + hours)).isoformat(),
        "participants": 1 if form == "picket" else rnd.choice([30, 80, 150, 400]),
        "structures": False,
        "sound_equipment": form not in ("picket", "march"),
        "visual_materials": True,
        "pd_consent": True,
        "funding_sources": "Өз қаражаты / собственные средства",
        "signed": True,
        "filed_on": received.date().isoformat(),
    }
    lang = _organizer(data, rnd, i)
    data["language"] = lang
    data["purpose"] = rnd.choice(_PURPOSES[lang])
    _place(data, form, rnd)
    if form != "picket":
        data["regulations"] = "Регламент, бекітілген 2026 / утверждён организатором"
    if i % 4 == 3:
        _spoil(data, rnd)
    if i % 10 == 5:  # the demo refuses these under art. 14 p.1 sub. 5): the purpose (item 1) is missing
        data.pop("purpose", None)
    return data


def _organizer(data: dict[str, Any], rnd: random.Random, i: int) -> str:
    if i % 9 == 8:
        name, lang = _ENTITIES[i % len(_ENTITIES)]
        data["organizer"] = {
            "type": "entity",
            "name": name,
            "bin": valid_id_number(f"0{rnd.randint(1, 9)}0540{rnd.randint(10000, 99999)}"),
            "address": "Алматы қ., Төле би к-сі, 50",
        }
    else:
        surname, given, patronymic, lang = _PEOPLE[i % len(_PEOPLE)]
        birth = date(1960, 1, 1) + timedelta(days=rnd.randint(0, 15000))
        prefix = f"{birth:%y%m%d}{rnd.choice([3, 4])}{rnd.randint(1000, 9999)}"
        data["organizer"] = {
            "type": "person",
            "surname": surname,
            "given_name": given,
            "patronymic": patronymic,
            "iin": valid_id_number(prefix),
            "address": "Алматы қ., Абай даңғ., 10",
        }
    data["contacts"] = {
        "email": f"organizer{i}@example.kz",
        "phone": f"+7 70{rnd.randint(0, 9)} {rnd.randint(100, 999)} 45 67",
    }
    return lang


def _place(data: dict[str, Any], form: str, rnd: random.Random) -> None:
    if form in ("march", "demonstration"):
        data["route"] = rnd.choice(_ROUTES)
        data["order_measures"] = "Еріктілер, медициналық бригада, өрт сөндіргіштер / волонтёры, медики, огнетушители"
        if form == "demonstration":
            data["vehicles"] = {
                "count": 5,
                "categories": "B",
                "route_length_km": 2.1,
                "start_point": "Абай даңғ.",
                "end_point": "Республика алаңы",
            }
        else:
            data["vehicles"] = False
    else:
        data["place"] = rnd.choice(_PLACES)


def _spoil(data: dict[str, Any], rnd: random.Random) -> None:
    """Make the kinds of mistakes clerks see: no purpose, a mistyped IIN, no signature, late hours."""
    choice = rnd.randint(0, 3)
    if choice == 0:
        data.pop("purpose", None)
    elif choice == 1 and "iin" in data["organizer"]:
        iin = data["organizer"]["iin"]
        data["organizer"]["iin"] = iin[:-1] + str((int(iin[-1]) + 1) % 10)
    elif choice == 2:
        data["signed"] = False
    else:
        data["ends_at"] = data["ends_at"][:11] + "21:00:00"


def create_demo_register(ctx: ServiceContext, count: int = 60) -> int:
    """Register ``count`` demo filings (received over recent weeks, the last one yesterday) and move the older
    ones through the procedure (reviewed, decided, proposals, withdrawn, held), as a real register looks;
    returns the count. Each filing is registered a quarter of an hour after its receipt, so no time of receipt
    lies after the register's clock and the history runs in order."""
    from dataclasses import replace

    days = -(-count // 3)  # three filings a day, on the days before today
    first_day = ctx.clock().replace(hour=0, minute=0, second=0, microsecond=0) - timedelta(days=days)
    slots = (timedelta(hours=4, minutes=12), timedelta(hours=7, minutes=40), timedelta(hours=11, minutes=5))
    root = _demo_root(first_day)
    for i in range(count):  # at 09:12, 12:40 and 16:05 Almaty time (UTC+5)
        received = first_day + timedelta(days=i // 3) + slots[i % 3]
        data = sample_filing(i, received)
        at = replace(ctx, clock=_clock_at(received + timedelta(minutes=15)))
        if data["channel"] == "e_document":
            filing = _register_e_filing(at, data, i, root)
        else:
            filing = register_filing(at, data).filing
        if received < ctx.clock() - timedelta(days=6):
            event_passed = datetime.fromisoformat(data["starts_at"]).date() < ctx.clock().date()
            _advance(ctx, filing.id, filing.kind, i, event_passed)
    return count


def _demo_root(start: datetime) -> Any:
    """A TEST root for the demo's e-filings; its private key lives only while the demo is made."""
    from akimat_desk.signatures.training_pki import make_root

    return make_root("AKIMAT DESK DEMO ROOT (GOST) TEST", now=start - timedelta(days=30), days=3650)


def _organizer_key(root: Any, organizer: dict[str, Any], start: datetime) -> Any:
    """A training signing key whose certificate names the organizer (a citizen, or an entity's head)."""
    from akimat_desk.signatures.training_pki import make_signatory

    since = start - timedelta(days=30)
    if organizer.get("type") == "entity":
        return make_signatory(
            root,
            surname="ЖАНҰЗАҚОВ",
            given_name="АРМАН",
            patronymic="БОЛАТҰЛЫ",
            iin=valid_id_number("78031530012"),
            bin_=str(organizer["bin"]),
            organization=str(organizer["name"]),
            not_before=since,
        )
    return make_signatory(
        root,
        surname=str(organizer["surname"]).upper(),
        given_name=str(organizer["given_name"]).upper(),
        patronymic=str(organizer.get("patronymic") or "").upper(),
        iin=str(organizer["iin"]),
        bin_="",
        organization="",
        roles=(),
        not_before=since,
    )


def _register_e_filing(ctx: ServiceContext, data: dict[str, Any], i: int, root: Any) -> Any:
    """The e-filing with its signed document: the JSON and its detached CMS, signed just before receipt."""
    from akimat_desk.services.esign import register_e_filing
    from akimat_desk.signatures.p12_signer import detached_cms

    received = datetime.fromisoformat(data["received_at"])
    content = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
    cms = detached_cms(_organizer_key(root, data["organizer"], received), content, received - timedelta(minutes=5))
    name = f"e-filing-{i + 1:02d}.json"
    return register_e_filing(ctx, data, cms, f"{name}.cms", content, name).filing


_REFUSAL_REASON = {
    "kk": "Хабарламада бейбіт жиналыстың мақсаты көрсетілмеген (Заңның 10-бабы 3-тармағының 1) тармақшасы).",
    "ru": "В уведомлении не указана цель мирного собрания (подп. 1) п. 3 ст. 10 Закона).",
    "en": "The notification does not state the purpose of the assembly (art. 10 p.3 item 1).",
}
_PROPOSAL = {
    "kk": "Сол күні 15:00-ден 17:00-ге дейін, сол орында.",
    "ru": "В тот же день с 15:00 до 17:00, на том же месте.",
    "en": "The same day from 15:00 to 17:00, at the same place.",
}


def _clock_at(when: datetime) -> Callable[[], datetime]:
    return lambda: when


def _hand_over(ctx: ServiceContext, filing_id: int) -> None:
    """The decision letter printed and handed to the organizer, when the office's letterhead is set (without
    it no letter can be issued, and the legal clock rightly shows the letter as still owed)."""
    from akimat_desk.domain.decisions import DispatchChannel
    from akimat_desk.domain.errors import InvalidInput
    from akimat_desk.services.decisions import dispatch_letter, issue_letter

    try:
        issue_letter(ctx, filing_id)
    except InvalidInput:
        return
    dispatch_letter(ctx, filing_id, [DispatchChannel.BY_HAND])


def _advance(ctx: ServiceContext, filing_id: int, kind: str, i: int, event_passed: bool) -> None:
    """Move an older demo filing through the procedure with real decisions (a decision record with its
    grounds, a proposal with the organizer's answer), taken the working day after receipt; an event is
    recorded as held / not held only once its day has passed."""
    from dataclasses import replace

    from akimat_desk.domain.decisions import DecisionKind, DecisionRequest, Ground, GroundReason, ProposalAnswer
    from akimat_desk.domain.statuses import Status
    from akimat_desk.services.decisions import decide, record_proposal_answer
    from akimat_desk.services.filings.registered import change_status, get_filing, withdraw_filing

    if i % 10 == 4:
        withdraw_filing(ctx, filing_id, "Ұйымдастырушы телефон арқылы бас тартты / организатор отказался по телефону")
        return
    record = get_filing(ctx, filing_id)
    when = datetime.combine(record.registered_on + timedelta(days=1), time(5, 30), tzinfo=UTC)  # 10:30 Almaty
    clerk = replace(ctx, clock=lambda: when)
    positive = DecisionRequest(DecisionKind.INFORM if kind == "notification" else DecisionKind.APPROVE)
    lang = str(record.language)
    refusal = DecisionRequest(
        DecisionKind.REFUSE,
        (GroundReason(Ground.A14_5, _REFUSAL_REASON[lang]),),
        texts={code: {"reason:A14-5": text} for code, text in _REFUSAL_REASON.items()},
    )
    proposal = DecisionRequest(
        DecisionKind.PROPOSE,
        proposal=_PROPOSAL[lang],
        texts={code: {"proposal": text} for code, text in _PROPOSAL.items()},
    )
    step = i % 10
    if step in (0, 1, 5):
        change_status(clerk, filing_id, Status.UNDER_REVIEW, None, "демо / demo")
    if step in (0, 2, 7):
        decide(clerk, filing_id, positive)
    elif step == 5:
        decide(clerk, filing_id, refusal)
    elif step in (3, 6):
        decide(clerk, filing_id, proposal)
        _hand_over(clerk, filing_id)  # the organizer's one working day to answer runs from its receipt
    if step == 6:
        record_proposal_answer(clerk, filing_id, ProposalAnswer.ACCEPTED, received_at=when)
        decide(clerk, filing_id, positive)
    if step in (0, 2, 5, 6, 7):
        _hand_over(clerk, filing_id)
    if event_passed and step in (2, 7):
        change_status(ctx, filing_id, Status.HELD if step == 2 else Status.NOT_HELD, None, "демо / demo")
