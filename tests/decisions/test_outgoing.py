"""Outgoing letters through the register: every outcome in kk, ru and en, numbered once, kept byte for byte."""

from __future__ import annotations

import hashlib
import json
import subprocess
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from akimat_desk.app import main
from akimat_desk.domain.decisions import DecisionKind, DecisionRequest, Ground, GroundReason
from akimat_desk.domain.errors import InvalidInput
from akimat_desk.services.decisions.outgoing import (
    issue_letter,
    issue_letters,
    letters_of,
    preview_letters,
    registration_receipt,
)
from akimat_desk.services.decisions.workflow import decide
from akimat_desk.services.filings.attachments import list_attachments
from tests.conftest import EXAMPLES, register_on_receipt
from tests.decisions.conftest import LETTERHEAD

K = DecisionKind
NOW = datetime(2026, 11, 17, 6, 0, tzinfo=UTC)
REQUESTS = {
    K.INFORM: DecisionRequest(K.INFORM),
    K.INFORM_WITH_CONDITIONS: DecisionRequest(K.INFORM_WITH_CONDITIONS),
    K.APPROVE: DecisionRequest(K.APPROVE),
    K.APPROVE_WITHOUT_SOUND_AND_VEHICLES: DecisionRequest(K.APPROVE_WITHOUT_SOUND_AND_VEHICLES),
    K.PROPOSE: DecisionRequest(K.PROPOSE, proposal="Парк им. Ганди / Ганди саябағы / Gandhi Park, 15:00-17:00"),
    K.REFUSE: DecisionRequest(
        K.REFUSE,
        (GroundReason(Ground.A14_5, "Қаржыландыру көздері көрсетілмеген"), GroundReason(Ground.A14_9, "150 > 100")),
        texts={
            "ru": {"reason:A14-5": "Не указаны источники финансирования"},
            "en": {"reason:A14-5": "The sources of funding are not stated"},
        },
    ),
    K.OUT_OF_SCOPE: DecisionRequest(
        K.OUT_OF_SCOPE,
        remarks="Іс-шара ғимарат ішінде өтеді",
        texts={"ru": {"remarks": "Мероприятие проводится в здании"}, "en": {"remarks": "The event is held indoors"}},
    ),
}
FUNDING = {
    "kk": "Қаржыландыру көздері көрсетілмеген",
    "ru": "Не указаны источники финансирования",
    "en": "The sources of funding are not stated",
}
CITATIONS = {"kk": ("14-бабы", "10-бабы"), "ru": ("статьи 14", "статьи 11"), "en": ("Article 14", "Article 11")}


def text_of(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def registered(office: Any, kind: DecisionKind) -> Any:
    name = "march" if kind in (K.APPROVE, K.APPROVE_WITHOUT_SOUND_AND_VEHICLES) else "rally"
    data = json.loads((EXAMPLES / f"{name}.json").read_text("utf-8"))
    data["received_at"] = "2026-11-16T10:00:00+05:00"
    return register_on_receipt(office, data).filing


@pytest.mark.parametrize("kind", list(K))
@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_every_outcome_in_every_language(office: Any, tmp_path: Path, kind: DecisionKind, lang: str) -> None:
    clerk = replace(office, clock=lambda: NOW)
    record = registered(clerk, kind)
    decide(clerk, record.id, REQUESTS[kind])
    issued = issue_letter(clerk, record.id, lang)
    text = " ".join(text_of(issued.pdf, tmp_path).split())
    assert issued.letter.outgoing_number == "01-2026/0001-ш"
    assert "01-2026/0001" in text and "01-2026/0001-ш" in text
    assert {"kk": "2026 жылғы 17 қараша", "ru": "«17» ноября 2026 г.", "en": "17 November 2026"}[lang] in text
    assert "Алматы қаласының әкімдігі" in text  # Kazakh letters survive
    if kind is K.REFUSE:
        assert FUNDING[lang] in text and "150 > 100" in text  # each letter in its own words
        assert all(FUNDING[other] not in text for other in FUNDING if other != lang)
        assert CITATIONS[lang][0] in text
    if lang == "en":
        assert "nofficial" in text


def test_a_letter_is_numbered_once_and_reprinted_identically(office: Any) -> None:
    clerk = replace(office, clock=lambda: NOW)
    record = registered(clerk, K.INFORM)
    decide(clerk, record.id, REQUESTS[K.INFORM])
    first = issue_letter(clerk, record.id)
    again = issue_letter(clerk, record.id)
    assert again.new is False and again.pdf == first.pdf
    assert again.letter.outgoing_number == first.letter.outgoing_number
    stored = [a for a in list_attachments(clerk, record.id) if a.kind == "letter"]
    assert [a.sha256 for a in stored] == [hashlib.sha256(first.pdf).hexdigest()]
    kk = issue_letter(clerk, record.id, "kk")
    assert kk.letter.outgoing_number == first.letter.outgoing_number == "01-2026/0001-ш"
    assert [x.language for x in letters_of(clerk, record.id)] == ["ru", "kk"]
    both = issue_letters(clerk, record.id, ["kk", "ru"])
    assert both.startswith(b"%PDF") and len(letters_of(clerk, record.id)) == 2  # no new numbers


def test_every_language_of_a_decision_shares_its_number_and_a_preview_takes_none(office: Any, tmp_path: Path) -> None:
    clerk = replace(office, clock=lambda: NOW)
    record = registered(clerk, K.REFUSE)
    decide(clerk, record.id, REQUESTS[K.REFUSE])
    for lang in ("ru", "en", "kk"):  # merely looking at a language numbers nothing
        draft = " ".join(text_of(preview_letters(clerk, record.id, [lang]), tmp_path).split())
        assert "0001-ш" not in draft and {"kk": "ЖОБА", "ru": "ПРОЕКТ", "en": "DRAFT"}[lang] in draft
    assert letters_of(clerk, record.id) == []
    later = replace(clerk, clock=lambda: NOW.replace(day=18))
    issued = [issue_letter(later if lang != "kk" else clerk, record.id, lang) for lang in ("kk", "ru", "en")]
    assert {i.letter.outgoing_number for i in issued} == {"01-2026/0001-ш"}
    assert {i.letter.outgoing_date.isoformat() for i in issued} == {"2026-11-17"}  # the act's date, not the reprint's
    assert issue_letter(later, record.id, "ru").new is False
    both = " ".join(text_of(issue_letters(later, record.id, ["kk", "ru"]), tmp_path).split())
    assert both.count("01-2026/0001-ш") >= 2 and "0002" not in both
    shown = " ".join(text_of(preview_letters(later, record.id, ["ru"]), tmp_path).split())
    assert "01-2026/0001-ш" in shown and "ПРОЕКТ" not in shown  # once issued, the preview shows the act's number
    second = registered(clerk, K.INFORM)
    decide(clerk, second.id, REQUESTS[K.INFORM])
    assert issue_letter(clerk, second.id, "ru").letter.outgoing_number == "01-2026/0002-ш"  # the next decision


def test_the_executor_is_a_person_never_the_computer_account(office: Any) -> None:
    record = registered(office, K.INFORM)
    decide(office, record.id, REQUESTS[K.INFORM])
    nobody = replace(office, settings=replace(office.settings, executor_name=""))
    with pytest.raises(InvalidInput) as info:
        issue_letter(nobody, record.id, "ru")
    assert info.value.code == "executor_missing" and info.value.field == "executor_name"
    assert letters_of(office, record.id) == []


def test_letters_need_the_letterhead(ctx: Any) -> None:
    record = registered(ctx, K.INFORM)
    decide(ctx, record.id, REQUESTS[K.INFORM])
    with pytest.raises(InvalidInput) as info:
        issue_letter(ctx, record.id)
    assert info.value.code == "letterhead_missing"
    assert letters_of(ctx, record.id) == []


def test_receipt_names_the_number_time_and_review_deadline(office: Any, tmp_path: Path) -> None:
    record = registered(office, K.INFORM)
    text = " ".join(text_of(registration_receipt(office, record.id, "ru"), tmp_path).split())
    assert "01-2026/0001" in text and "16" in text and "19" in text  # received 16 Nov, review deadline 19 Nov
    assert "Иванова" in text


def test_cli_decide_letter_dispatch(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    home = str(tmp_path / "home")
    pairs = [f"{k}={v}" for k, v in LETTERHEAD.items()]
    assert main(["--home", home, "settings", "set", *pairs]) == 0
    assert main(["--home", home, "register", str(EXAMPLES / "rally.json")]) == 0
    capsys.readouterr()
    assert (
        main(["--home", home, "decide", "1", "--outcome", "refuse", "--ground", "A14-10", "--reason", "бос емес"]) == 2
    )
    assert "61" in capsys.readouterr().err
    assert main(["--home", home, "decide", "1", "--outcome", "refuse", "--ground", "A14-5"]) == 2
    code = main(
        [
            "--home",
            home,
            "decide",
            "1",
            "--outcome",
            "refuse",
            "--ground",
            "A14-5",
            "--reason",
            "12-тармақ жоқ",
            "--text",
            "ru",
            "reason:A14-5",
            "Нет сведений пункта 12",
            "--json",
        ]
    )
    assert code == 0 and json.loads(capsys.readouterr().out)["status"] == "decided"
    out = tmp_path / "letter.pdf"
    assert main(["--home", home, "letter", "1", "--lang", "kk", "--with-lang", "ru", "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert main(["--home", home, "dispatch", "1", "--channel", "email"]) == 2
    assert (
        main(
            [
                "--home",
                home,
                "dispatch",
                "1",
                "--channel",
                "email",
                "--channel",
                "registered_mail",
                "--tracking",
                "RR1KZ",
                "--address",
                "a@b.kz",
            ]
        )
        == 0
    )
    assert main(["--home", home, "delivered", "1", "--tracking", "RR1KZ", "--on", "2026-03-25"]) == 0
    assert main(["--home", home, "receipt", "1", "--out", str(tmp_path / "receipt.pdf")]) == 0


def test_a_refusal_of_a_filing_without_times_says_they_were_not_stated(office: Any, tmp_path: Path) -> None:
    data = {"form": "rally", "received_at": "2026-03-16T10:00:00+05:00", "organizer": {"surname": "Ким"}}
    record = register_on_receipt(office, data).filing
    decide(office, record.id, DecisionRequest(K.REFUSE, (GroundReason(Ground.A14_5, "Пункт 5 не заполнен"),)))
    text = " ".join(text_of(issue_letter(office, record.id, "ru").pdf, tmp_path).split())
    assert "в обращении не указаны" in text and "Пункт 5 не заполнен" in text


def test_a_configured_emblem_that_is_missing_is_named(office: Any, tmp_path: Path) -> None:
    record = registered(office, K.INFORM)
    decide(office, record.id, REQUESTS[K.INFORM])
    lost = replace(office, settings=replace(office.settings, emblem_path=str(tmp_path / "gone.png")))
    with pytest.raises(InvalidInput) as info:
        issue_letter(lost, record.id, "kk")
    assert info.value.code == "emblem_missing" and info.value.field == "emblem_path"
    assert letters_of(office, record.id) == []


def test_a_letter_with_text_only_in_another_language_is_refused_with_a_message(
    office: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    clerk = replace(office, clock=lambda: NOW)
    record = registered(clerk, K.REFUSE)
    reason = "Угроза общественному порядку: на площади проводится ремонт"
    decide(clerk, record.id, DecisionRequest(K.REFUSE, (GroundReason(Ground.A14_3, reason),)))
    assert b"%PDF" in issue_letter(clerk, record.id, "ru").pdf[:8]
    with pytest.raises(InvalidInput) as info:
        issue_letter(clerk, record.id, "kk")  # the Kazakh letter has no Kazakh reason
    assert info.value.code == "letter_text_missing.reason" and info.value.field == "texts.kk.reason:A14-3"
    assert [x.language for x in letters_of(clerk, record.id)] == ["ru"]  # nothing issued, no number taken
    from akimat_desk.services.kernel.messages import message

    shown = message(f"error.{info.value.code}", "kk", **info.value.params)
    assert "A14-3" in shown and "kk" in shown
    second = registered(clerk, K.REFUSE)
    wrong = {"kk": {"reason:A14-3": reason}}  # Russian words typed into the Kazakh box
    decide(clerk, second.id, DecisionRequest(K.REFUSE, (GroundReason(Ground.A14_3, reason),), texts=wrong))
    with pytest.raises(InvalidInput) as info:
        issue_letter(clerk, second.id, "kk")
    assert info.value.code == "letter_text_language.reason"
