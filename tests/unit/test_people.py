"""IIN and BIN validation: the 12-digit numbers with the two-pass mod-11 check digit."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from akimat_desk.domain.people import (
    IdProblem,
    Person,
    check_digit,
    id_number_problem,
    is_valid_bin,
    is_valid_iin,
)
from akimat_desk.services.filings.demo import valid_id_number


@pytest.mark.parametrize(
    "number",
    [
        "900101300027",  # first pass gives the check digit
        "880202400006",
        "070540012345"[:11] + str(check_digit("07054001234")),  # a BIN-shaped number
        "000000000000",
    ],
)
def test_valid_numbers_pass(number: str) -> None:
    assert id_number_problem(number) is None
    assert is_valid_iin(number) and is_valid_bin(number)


def test_second_weights_used_when_first_pass_gives_ten() -> None:
    # weights 1..11 over 00000000001 give 11 % 11 = 0; find a prefix whose first pass is 10
    prefix = next(
        f"{n:011d}"
        for n in range(10**10, 10**10 + 5000)
        if sum(int(c) * w for c, w in zip(f"{n:011d}", range(1, 12), strict=True)) % 11 == 10
    )
    second = sum(int(c) * w for c, w in zip(prefix, (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2), strict=True)) % 11
    assert check_digit(prefix) == (None if second == 10 else second)


def test_prefix_with_no_valid_check_digit_is_never_valid() -> None:
    impossible = next(f"{n:011d}" for n in range(10**10, 10**10 + 200000) if check_digit(f"{n:011d}") is None)
    for last in "0123456789":
        assert id_number_problem(impossible + last) is IdProblem.CHECKSUM


def test_wrong_checksum() -> None:
    assert id_number_problem("900101300021") is IdProblem.CHECKSUM


@pytest.mark.parametrize("number", ["90010130002", "9001013000270", "1"])
def test_wrong_length(number: str) -> None:
    assert id_number_problem(number) is IdProblem.LENGTH


@pytest.mark.parametrize("number", ["90010130002A", "IIN900101300027", "9001-0130002", "９００１０１３０００２７"])
def test_letters_and_symbols(number: str) -> None:
    assert id_number_problem(number) is IdProblem.NOT_DIGITS


@pytest.mark.parametrize("number", [None, "", "   "])
def test_missing(number: str | None) -> None:
    assert id_number_problem(number) is IdProblem.MISSING


def test_grouped_with_spaces_is_accepted() -> None:
    assert id_number_problem("900101 300027") is None


@given(st.text(alphabet="0123456789", min_size=11, max_size=11))
def test_generated_numbers_validate_and_one_digit_change_breaks_them(prefix: str) -> None:
    if check_digit(prefix) is None:
        return
    number = valid_id_number(prefix)
    assert is_valid_iin(number)
    wrong = number[:-1] + str((int(number[-1]) + 1) % 10)
    assert id_number_problem(wrong) is IdProblem.CHECKSUM


def test_person_names() -> None:
    p = Person(surname="Сәрсенбаев", given_name="Ерлан", patronymic="Қайратұлы")
    assert p.display_name == "Сәрсенбаев Ерлан Қайратұлы"
    assert p.short_name == "Сәрсенбаев Е. Қ."
    assert Person(surname="Ким").short_name == "Ким"
