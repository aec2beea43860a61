"""Reminders with a fake clock (issue 22 item 2): each fires once at its moment, never outside office hours or
on a day off, never twice; the administrator's moments are obeyed and bad ones refused naming the field."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from akimat_desk.domain.deadlines import OfficeHours
from akimat_desk.domain.decisions import DecisionKind, DecisionRequest, DispatchChannel
from akimat_desk.domain.errors import InvalidInput
from akimat_desk.domain.reminders import Reminder, ReminderKind, due_now
from akimat_desk.services.deadlines.reminders import change_reminder_settings, fired_on, reminders_now
from akimat_desk.services.decisions.outgoing import issue_letter
from akimat_desk.services.decisions.workflow import decide, dispatch_letter
from akimat_desk.workdays import KazakhCalendar
from tests.reminders.conftest import at, file_one

K = ReminderKind
ALMATY = ZoneInfo("Asia/Almaty")


def walk(office: Any, start: datetime, end: datetime, step: timedelta = timedelta(minutes=30)) -> list[tuple]:
    """Poll like the window's timer from ``start`` to ``end``; every reminder shown, with the poll's instant."""
    shown, now = [], start
    while now <= end:
        for note in reminders_now(replace(office, clock=lambda now=now: now)):
            shown.append((now, note.reminder.kind, note.filing_id))
        now += step
    return shown


def almaty(y: int, m: int, d: int, h: int, mi: int = 0) -> datetime:
    return datetime(y, m, d, h, mi, tzinfo=ALMATY).astimezone(UTC)


def test_the_review_reminders_fire_once_each_at_their_moments(office: Any) -> None:
    record = file_one(office)  # notification registered Mon 16.11.2026, review deadline Thu 19.11
    shown = walk(office, almaty(2026, 11, 16, 0), almaty(2026, 11, 20, 23, 30))
    assert shown == [
        (almaty(2026, 11, 18, 9), K.REVIEW_DAY_BEFORE, record.id),  # the working day before, 09:00
        (almaty(2026, 11, 19, 9), K.REVIEW_DUE_MORNING, record.id),  # the due day, 09:00
        (almaty(2026, 11, 19, 16, 30), K.REVIEW_DUE_CLOSING, record.id),  # two hours before 18:30
    ]
    assert fired_on(at(office, 2026, 11, 19, 12), date(2026, 11, 19)) == [
        f"review_due_closing:{record.id}:2026-11-19",
        f"review_due_morning:{record.id}:2026-11-19",
    ]
    assert walk(office, almaty(2026, 11, 19, 9), almaty(2026, 11, 19, 18)) == []  # never twice (a restart)


def test_a_decision_stops_the_reminders_of_its_deadline(office: Any) -> None:
    record = file_one(office)
    decide(at(office, 2026, 11, 18, 3), record.id, DecisionRequest(DecisionKind.INFORM))  # Wed 08:00 Almaty
    assert [k for _, k, _ in walk(office, almaty(2026, 11, 18, 9), almaty(2026, 11, 19, 18))] == []


def test_moments_outside_office_hours_are_quiet(office: Any) -> None:
    change_reminder_settings(office, day_before_at="07:00", due_day_at="19:30", hours_before_close=0)
    record = file_one(office)
    shown = walk(office, almaty(2026, 11, 17, 0), almaty(2026, 11, 20, 23), timedelta(minutes=15))
    # 07:00 waits for the opening at 09:00; 19:30 and the close itself (18:30) are after hours: never shown
    assert shown == [(almaty(2026, 11, 18, 9), K.REVIEW_DAY_BEFORE, record.id)]


def test_no_reminder_on_a_day_off_or_before_the_opening() -> None:
    cal, hours = KazakhCalendar(), OfficeHours()
    saturday = Reminder(K.REVIEW_DUE_MORNING, 1, almaty(2026, 11, 21, 9), date(2026, 11, 21))
    assert due_now([saturday], almaty(2026, 11, 21, 10), set(), cal, hours) == []
    tuesday = Reminder(K.REVIEW_DUE_MORNING, 1, almaty(2026, 11, 17, 9), date(2026, 11, 17))
    assert due_now([tuesday], almaty(2026, 11, 17, 8, 59), set(), cal, hours) == []
    assert due_now([tuesday], almaty(2026, 11, 17, 9), set(), cal, hours) == [tuesday]
    assert due_now([tuesday], almaty(2026, 11, 17, 9), {tuesday.key}, cal, hours) == []
    assert due_now([tuesday], almaty(2026, 11, 18, 9), set(), cal, hours) == []  # only on its own day


def test_the_proposal_answer_end_and_the_missing_registered_copy_remind(office: Any) -> None:
    proposal = file_one(office, "march")
    emailed = file_one(office)
    clerk = at(office, 2026, 11, 17, 4)  # Tue 09:00 Almaty
    decide(clerk, proposal.id, DecisionRequest(DecisionKind.PROPOSE, proposal="15:00-17:00"))
    issue_letter(clerk, proposal.id)
    dispatch_letter(clerk, proposal.id, [DispatchChannel.BY_HAND])  # answer due Wed 18.11
    decide(clerk, emailed.id, DecisionRequest(DecisionKind.INFORM))
    issue_letter(clerk, emailed.id)
    dispatch_letter(clerk, emailed.id, [DispatchChannel.EMAIL], address="o@example.kz", registered_copy_follows=True)
    change_reminder_settings(office, enabled=["proposal_answer_end", "registered_copy_missing"])
    shown = walk(office, almaty(2026, 11, 17, 10), almaty(2026, 11, 20, 18))
    assert shown == [
        (almaty(2026, 11, 18, 9), K.REGISTERED_COPY_MISSING, emailed.id),  # the copy is due the next working day
        (almaty(2026, 11, 19, 9), K.PROPOSAL_ANSWER_END, proposal.id),  # the organizer's day ended on the 18th
    ]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"day_before_at": "9 o'clock"}, "day_before_at"),
        ({"hours_before_close": 30}, "hours_before_close"),
        ({"enabled": ["review_day_before", "lunch"]}, "enabled"),
        ({"digest_to": "not-an-email"}, "digest_to"),
        ({"smtp_port": 0}, "smtp_port"),
        ({"colour": "red"}, "colour"),
    ],
)
def test_bad_reminder_settings_are_refused_naming_the_field(office: Any, changes: dict, field: str) -> None:
    before = change_reminder_settings(office, due_day_at="10:00")
    with pytest.raises(InvalidInput) as info:
        change_reminder_settings(office, **changes)
    assert info.value.field == field
    assert change_reminder_settings(office) == before  # nothing stored


def test_settings_moments_are_obeyed(office: Any) -> None:
    change_reminder_settings(office, due_day_at="11:15", enabled=["review_due_morning"])
    record = file_one(office)
    shown = walk(office, almaty(2026, 11, 19, 9), almaty(2026, 11, 19, 18), timedelta(minutes=15))
    assert shown == [(almaty(2026, 11, 19, 11, 15), K.REVIEW_DUE_MORNING, record.id)]
    assert time(11, 15) == shown[0][0].astimezone(OfficeHours().zone).time()
