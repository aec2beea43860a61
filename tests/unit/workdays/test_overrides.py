"""The administrator's overrides change results, keep their act, and are checked against the golden list."""

from __future__ import annotations

from datetime import date

import pytest

from akimat_desk.domain import deadlines as dl
from akimat_desk.workdays import (
    DayReason,
    ExtraDayOff,
    ExtraWorkingDay,
    KazakhCalendar,
    KurbanAitCorrection,
    Override,
    OverrideSet,
    Transfer,
    YearConfirmation,
    build_calendar,
    classify_day,
    compare_calendars,
    explain,
    load_facts,
    self_check,
)
from akimat_desk.workdays.overrides import override_from_row, override_to_row

ACT = "Приказ Министра труда и социальной защиты населения РК № 999 (тест)"


def _with(*items: Override) -> KazakhCalendar:
    return build_calendar(OverrideSet.of(items))


def test_a_future_transfer_moves_a_review_deadline_and_explain_shows_the_act(cal: KazakhCalendar) -> None:
    changed = _with(Transfer(day_off=date(2027, 3, 26), working_day=date(2027, 3, 20), act=ACT))
    assert dl.review_deadline("notification", date(2027, 3, 25), cal) == date(2027, 3, 30)
    assert dl.review_deadline("notification", date(2027, 3, 25), changed) == date(2027, 3, 31)
    assert changed.is_working_day(date(2027, 3, 20))  # the Saturday now counts
    row = next(r for r in explain(date(2027, 3, 25), 3, changed, "ru") if r.day == date(2027, 3, 26))
    assert row.counted is False
    assert row.reason is DayReason.TRANSFER_DAY_OFF
    assert ACT in row.text
    assert "2027-03-20" in row.text


def test_an_extra_day_off_moves_a_deadline_and_explains_itself(cal: KazakhCalendar) -> None:
    changed = _with(ExtraDayOff(date(2026, 6, 1), ACT))
    assert dl.review_deadline("notification", date(2026, 5, 29), cal) == date(2026, 6, 3)
    assert dl.review_deadline("notification", date(2026, 5, 29), changed) == date(2026, 6, 4)
    row = next(r for r in explain(date(2026, 5, 29), 3, changed, "en") if r.day == date(2026, 6, 1))
    assert row.reason is DayReason.EXTRA_DAY_OFF
    assert row.text == f"extra day off; act: {ACT}"


def test_an_extra_working_day_counts(cal: KazakhCalendar) -> None:
    changed = _with(ExtraWorkingDay(date(2025, 3, 24), ACT))
    assert not cal.is_working_day(date(2025, 3, 24))
    assert changed.is_working_day(date(2025, 3, 24))
    assert dl.review_deadline("notification", date(2025, 3, 20), cal) == date(2025, 3, 28)
    assert dl.review_deadline("notification", date(2025, 3, 20), changed) == date(2025, 3, 27)
    assert classify_day(changed, date(2025, 3, 24)).act == ACT


def test_a_kurban_ait_correction_replaces_the_estimate(cal: KazakhCalendar) -> None:
    fix = KurbanAitCorrection(2027, date(2027, 5, 17), ACT)
    changed = _with(fix)
    assert dl.review_deadline("notification", date(2027, 5, 14), cal) == date(2027, 5, 19)
    assert dl.review_deadline("notification", date(2027, 5, 14), changed) == date(2027, 5, 20)
    info = classify_day(changed, date(2027, 5, 17))
    assert (info.working, info.reason, info.act, info.override) == (
        False,
        DayReason.KURBAN_AIT_CORRECTED,
        ACT,
        fix,
    )
    # the package's estimate (a Sunday) is an ordinary weekend day now, not a holiday
    assert classify_day(changed, date(2027, 5, 16)).reason is DayReason.WEEKEND
    text = next(r.text for r in explain(date(2027, 5, 14), 3, changed, "ru") if r.day == date(2027, 5, 17))
    assert "Курбан айт" in text
    assert ACT in text


def test_a_weekday_estimate_becomes_a_working_day_when_corrected() -> None:
    bare = KazakhCalendar()
    assert not bare.is_working_day(date(2028, 5, 5))  # holidays estimates Fri 5 May 2028
    changed = KazakhCalendar(OverrideSet.of([KurbanAitCorrection(2028, date(2028, 5, 4), ACT)]))
    assert changed.is_working_day(date(2028, 5, 5))
    assert not changed.is_working_day(date(2028, 5, 4))
    info = classify_day(changed, date(2028, 5, 5))
    assert (info.reason, info.paired_day) == (DayReason.KURBAN_AIT_MOVED_AWAY, date(2028, 5, 4))


def test_the_later_kurban_ait_correction_wins_as_in_2024(cal: KazakhCalendar) -> None:
    announced = KurbanAitCorrection(2024, date(2024, 6, 17), "ДУМК, первое объявление")
    corrected = KurbanAitCorrection(2024, date(2024, 6, 16), "ДУМК, уточнение от 07.06.2024")
    first = _with(announced)
    assert not first.is_working_day(date(2024, 6, 17))
    both = _with(announced, corrected)
    assert both.is_working_day(date(2024, 6, 17))
    assert self_check(both, [2024]) == ()


def test_a_transfer_onto_a_moved_holiday_cancels_that_move() -> None:
    bare = KazakhCalendar()
    assert not bare.is_working_day(date(2027, 5, 10))  # Victory Day (Sun 9 May) moved to Mon 10 May
    changed = KazakhCalendar(OverrideSet.of([Transfer(date(2027, 5, 11), date(2027, 5, 10), ACT)]))
    assert changed.is_working_day(date(2027, 5, 10))
    assert not changed.is_working_day(date(2027, 5, 11))
    info = classify_day(changed, date(2027, 5, 10))
    assert (info.reason, info.act, info.paired_day) == (
        DayReason.TRANSFER_WORKING_DAY,
        ACT,
        date(2027, 5, 11),
    )


def test_the_administrators_overrides_win_over_the_shipped_facts() -> None:
    changed = _with(ExtraWorkingDay(date(2025, 1, 3), ACT))  # facts: a transferred day off
    assert changed.is_working_day(date(2025, 1, 3))


def test_an_override_contradicting_the_golden_list_is_reported_not_hidden() -> None:
    extra = ExtraDayOff(date(2025, 3, 26), ACT)
    differences = self_check(_with(extra))
    assert len(differences) == 1
    diff = differences[0]
    assert (diff.day, diff.expected_working, diff.actual_working) == (date(2025, 3, 26), True, False)
    assert diff.override == extra
    assert diff.reason is DayReason.EXTRA_DAY_OFF


def test_a_year_confirmation_override_is_read_last_one_wins() -> None:
    confirmed = _with(YearConfirmation(2027, True, ACT))
    assert confirmed.is_confirmed(2027)
    assert not _with(YearConfirmation(2027, True, ACT), YearConfirmation(2027, False, ACT)).is_confirmed(2027)


def test_version_follows_the_override_data(cal: KazakhCalendar) -> None:
    assert build_calendar().version == cal.version
    changed = _with(ExtraDayOff(date(2026, 6, 1), ACT))
    assert changed.version != cal.version
    assert "0.109" in cal.version or "holidays-" in cal.version


def test_fingerprint_is_deterministic_and_order_sensitive() -> None:
    a, b = ExtraDayOff(date(2026, 6, 1), ACT), ExtraWorkingDay(date(2026, 6, 1), ACT)
    assert load_facts().fingerprint() == load_facts().fingerprint()
    assert OverrideSet.of([a, b]).fingerprint() == OverrideSet.of([a, b]).fingerprint()
    assert OverrideSet.of([a, b]).fingerprint() != OverrideSet.of([b, a]).fingerprint()
    # and order decides: the later entry wins
    assert KazakhCalendar(OverrideSet.of([a, b])).is_working_day(date(2026, 6, 1))
    assert not KazakhCalendar(OverrideSet.of([b, a])).is_working_day(date(2026, 6, 1))


def test_every_override_survives_a_round_trip_through_a_storage_row() -> None:
    items: list[Override] = [
        Transfer(date(2027, 3, 26), date(2027, 3, 20), ACT),
        ExtraDayOff(date(2026, 6, 1), ACT),
        ExtraWorkingDay(date(2026, 6, 6), ACT),
        KurbanAitCorrection(2027, date(2027, 5, 17), ACT),
        YearConfirmation(2027, True, ACT),
        YearConfirmation(2027, False, ACT),
    ]
    rows = [override_to_row(i) for i in items]
    assert [r["kind"] for r in rows] == [
        "transfer",
        "extra_day_off",
        "extra_working_day",
        "kurban_ait",
        "confirm_year",
        "unconfirm_year",
    ]
    assert [override_from_row(**r) for r in rows] == items
    assert OverrideSet.from_rows(rows) == OverrideSet.of(items)


@pytest.mark.parametrize(
    "make",
    [
        lambda: Transfer(date(2027, 3, 26), date(2027, 3, 20), "  "),
        lambda: Transfer(date(2027, 3, 26), date(2027, 3, 26), ACT),
        lambda: KurbanAitCorrection(2027, date(2026, 5, 27), ACT),
        lambda: override_from_row("holiday", date(2027, 1, 1), None, None, ACT),
        lambda: override_from_row("transfer", date(2027, 1, 1), None, None, ACT),
    ],
)
def test_malformed_overrides_are_refused(make: object) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - each case has its own message
        make()  # type: ignore[operator]


def test_the_facts_carry_their_acts(cal: KazakhCalendar) -> None:
    info = classify_day(cal, date(2024, 5, 4))
    assert info.reason is DayReason.TRANSFER_WORKING_DAY
    assert info.act is not None
    assert "17.04.2024" in info.act
    kurban = classify_day(cal, date(2025, 6, 6))
    assert (kurban.reason, kurban.holiday) == (DayReason.HOLIDAY, "kurban_ait")
    assert kurban.act is not None
    assert "ДУМК" in kurban.act


def test_compare_calendars_names_the_days_a_change_moved_and_its_act(cal: KazakhCalendar) -> None:
    transfer = Transfer(day_off=date(2027, 3, 26), working_day=date(2027, 3, 20), act=ACT)
    changes = compare_calendars(cal, _with(transfer), [2026, 2027])
    assert [(c.day, c.was_working, c.now_working) for c in changes] == [
        (date(2027, 3, 20), False, True),
        (date(2027, 3, 26), True, False),
    ]
    assert all(c.override == transfer for c in changes)
    # removing the override again reports the same days, blamed on the override that was removed
    back = compare_calendars(_with(transfer), cal, [2027])
    assert [(c.day, c.now_working, c.override) for c in back] == [
        (date(2027, 3, 20), False, transfer),
        (date(2027, 3, 26), True, transfer),
    ]
    assert compare_calendars(cal, build_calendar(), [2027]) == ()
