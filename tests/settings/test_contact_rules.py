"""The akimat's phones, e-mail addresses and required letterhead fields are checked in the services, so the
command line and the window refuse the same values, naming the field and the rule (issue 22 item 5)."""

from __future__ import annotations

from typing import Any

import pytest

from akimat_desk.domain.errors import InvalidInput
from akimat_desk.services.kernel.messages import error_message
from akimat_desk.services.office.settings import load_settings
from akimat_desk.services.office.settings_change import change_settings
from akimat_desk.services.office.settings_rules import LETTERHEAD_REQUIRED, check_email, check_phone

from .conftest import run, snapshot


@pytest.mark.parametrize(
    "phone",
    [
        "+7 727 271-66-00",
        "8 (727) 271-66-00",
        "+7 (7172) 74-50-00",
        "87012345678",
        "+77012345678",
        "8 701 234 56 78",
        "8-7252-53-12-34",
        "",
    ],
)
def test_kazakh_phones_as_clerks_write_them_are_accepted(phone: str) -> None:
    check_phone("phone", phone)


@pytest.mark.parametrize(
    "phone",
    [
        "abc",
        "271-66-00",  # no +7 / 8 and area code
        "+7 495 123-45-67",  # a Moscow number: +7 is shared, Kazakh codes are 6xx / 7xx
        "+1 727 271 66 00",
        "8 727 271-66-0",  # one digit short
        "8 727 271-66-000",
        "8 (727 271-66-00",  # unbalanced bracket
        "8 (7)(27) 271-66-00",
        "8 () 727 271 66 00",
        "+7 727 271-66-00 доб. 12",
        "7+7272716600",
    ],
)
def test_what_is_not_a_kazakh_phone_is_refused(phone: str) -> None:
    with pytest.raises(InvalidInput) as info:
        check_phone("executor_phone", phone)
    assert info.value.code == "phone_invalid" and info.value.field == "executor_phone"


@pytest.mark.parametrize("email", ["akimat@almaty.gov.kz", "medeu.akimat@mail.kz", "әкімдік@алматы.kz", ""])
def test_valid_addresses_are_accepted(email: str) -> None:
    check_email("email", email)


@pytest.mark.parametrize("email", ["not-an-email", "a@b", "akimat@", "@almaty.kz", "a b@almaty.kz", "a@@b.kz"])
def test_what_is_not_an_address_is_refused(email: str) -> None:
    with pytest.raises(InvalidInput) as info:
        check_email("smtp_from", email)
    assert info.value.code == "email_invalid" and info.value.field == "smtp_from"


@pytest.mark.parametrize("field", LETTERHEAD_REQUIRED)
def test_a_required_letterhead_field_cannot_be_saved_empty(ctx: Any, field: str) -> None:
    before = load_settings(ctx.uow)
    with pytest.raises(InvalidInput) as info:
        change_settings(ctx, **{field: "   "})
    assert info.value.code == "setting_required" and info.value.field == field
    assert load_settings(ctx.uow) == before


def test_an_empty_form_is_refused_on_its_first_required_field(ctx: Any) -> None:
    form = dict.fromkeys(("name_kk", "name_ru", "address_kk", "phone", "email", "signatory_name"), "")
    with pytest.raises(InvalidInput) as info:
        change_settings(ctx, **form)
    assert info.value.field == "name_kk"


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("kk", ["«телефоны» өрісі", "Қазақстандағы телефон нөмірі емес", "+7 727 271-66-00"]),
        ("ru", ["Поле «телефон»", "не номер телефона в Казахстане", "+7 или 8"]),
        ("en", ['Field "phone"', "not a Kazakh phone number", "+7 or 8"]),
    ],
)
def test_the_message_names_the_field_and_the_rule(lang: str, words: list[str]) -> None:
    with pytest.raises(InvalidInput) as info:
        check_phone("phone", "abc")
    text = error_message(info.value, lang)
    assert all(w in text for w in words), text


@pytest.mark.parametrize(
    ("pair", "field", "words"),
    [
        ("phone=abc", "phone", "not a Kazakh phone number"),
        ("executor_phone=12345", "executor_phone", "not a Kazakh phone number"),
        ("email=not-an-email", "email", "not an e-mail address"),
        ("smtp_from=desk@", "smtp_from", "not an e-mail address"),
        ("name_kk=", "name_kk", "is required"),
        ("signatory_name= ", "signatory_name", "is required"),
    ],
)
def test_the_cli_refuses_with_exit_2_and_stores_nothing(
    capsys: Any, home: str, pair: str, field: str, words: str
) -> None:
    code, _, err = run(capsys, "--home", home, "--lang", "en", "settings", "set", "name_kk=Алматы қаласының әкімдігі")
    assert code == 0, err
    before = snapshot(home)
    code, _, err = run(capsys, "--home", home, "--lang", "en", "settings", "set", pair)
    assert code == 2, err
    assert f'"{field}' in err and words in err, err  # the setting as typed (with its meaning where it differs)
    assert snapshot(home) == before


def test_the_cli_accepts_a_well_written_letterhead(capsys: Any, home: str) -> None:
    pairs = ["phone=8 (727) 271-66-00", "email=akimat@almaty.gov.kz", "executor_phone=+7 701 234 56 78"]
    code, out, err = run(capsys, "--home", home, "settings", "set", *pairs)
    assert code == 0, err
    assert "phone = 8 (727) 271-66-00" in out and "email = akimat@almaty.gov.kz" in out
