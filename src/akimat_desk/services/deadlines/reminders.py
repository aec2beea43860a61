"""Reminders before every legal deadline (issue 22 item 2): the administrator's settings, what to show now, and
the log that keeps a reminder from being shown twice.

The window polls ``reminders_now`` every minute (a fake clock in tests); each returned reminder is recorded as
shown for the acting user, so neither a restart nor a second poll shows it again. The settings live in the
register (key ``reminders``), so every seat of an office reminds at the same moments.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from akimat_desk.domain.errors import InvalidInput
from akimat_desk.domain.reminders import Reminder, ReminderKind, ReminderPolicy, due_now, office_open, planned
from akimat_desk.security.roles import Permission
from akimat_desk.services.kernel.messages import message

if TYPE_CHECKING:  # the settings are read by the command line's parser too: nothing heavy at import
    from akimat_desk.services.deadlines.legal_clock import DueItem
    from akimat_desk.services.kernel.context import ServiceContext
    from akimat_desk.storage.kernel.unit_of_work import UnitOfWorkFactory

SETTINGS_KEY = "reminders"
FIRED_KEY = "reminders_fired:{user}"
FIRED_KEEP_DAYS = 45
"""Shown reminders are remembered this long (a reminder is only ever due on its own day)."""


@dataclass(frozen=True)
class ReminderSettings:
    """What the administrator sets on the Settings page (``Reminders``) or with ``settings``."""

    day_before_at: str = "09:00"
    due_day_at: str = "09:00"
    hours_before_close: int = 2
    enabled: list[str] = field(default_factory=lambda: [k.value for k in ReminderKind])
    stay_in_tray: bool = True
    digest_to: str = ""
    smtp_host: str = ""
    smtp_port: int = 25
    smtp_user: str = ""
    smtp_from: str = ""
    smtp_starttls: bool = False

    @property
    def policy(self) -> ReminderPolicy:
        return ReminderPolicy(
            _time(self.day_before_at, "day_before_at"),
            _time(self.due_day_at, "due_day_at"),
            int(self.hours_before_close),
            frozenset(_kind(k) for k in self.enabled),
        )


def _time(value: str, name: str) -> time:
    try:
        parsed = time.fromisoformat(str(value).strip())
    except ValueError:
        raise InvalidInput("reminder_setting_invalid", field=name, value=str(value), rule="HH:MM") from None
    return parsed.replace(second=0, microsecond=0)


def _kind(value: str) -> ReminderKind:
    try:
        return ReminderKind(value)
    except ValueError:
        allowed = ", ".join(k.value for k in ReminderKind)
        raise InvalidInput("reminder_setting_invalid", field="enabled", value=value, rule=allowed) from None


def load_reminder_settings(uow: UnitOfWorkFactory) -> ReminderSettings:
    with uow() as u:
        stored = u.settings.get(SETTINGS_KEY) or {}
    known = {f.name for f in fields(ReminderSettings)}
    return ReminderSettings(**{k: v for k, v in stored.items() if k in known})


def change_reminder_settings(ctx: ServiceContext, **changes: Any) -> ReminderSettings:
    """Validate and store new reminder settings (administrator); bad values name the field and the rule."""
    ctx.require(Permission.MANAGE_SETTINGS)
    known = {f.name for f in fields(ReminderSettings)}
    for key in changes:
        if key not in known:
            raise InvalidInput("setting_unknown", field=key)
    updated = replace(load_reminder_settings(ctx.uow), **changes)
    updated.policy  # noqa: B018 - validates the moments and kinds
    _check_digest(updated)
    with ctx.uow(write=True) as u:
        u.settings.set(SETTINGS_KEY, asdict(updated))
        u.commit()
    return updated


def _check_digest(settings: ReminderSettings) -> None:
    to = settings.digest_to.strip()
    if to and ("@" not in to or " " in to or to.startswith("@") or to.endswith("@")):
        raise InvalidInput("reminder_setting_invalid", field="digest_to", value=to, rule="name@example.kz")
    if not 0 < int(settings.smtp_port) < 65536:
        raise InvalidInput("reminder_setting_invalid", field="smtp_port", value=str(settings.smtp_port), rule="1-65535")


@dataclass(frozen=True, slots=True)
class ReminderNote:
    """A reminder to show, with what its words need."""

    reminder: Reminder
    incoming_number: str
    organizer: str

    @property
    def filing_id(self) -> int:
        return self.reminder.filing_id

    def text(self, lang: str, closes: str) -> str:
        return message(
            f"reminder.{self.reminder.kind.value}",
            lang,
            number=self.incoming_number,
            organizer=self.organizer,
            day=self.reminder.day.strftime("%d.%m.%Y"),
            closes=closes,
        )


def reminders_now(ctx: ServiceContext) -> list[ReminderNote]:
    """The reminders due at ``ctx.clock()`` that this user has not been shown; they are recorded as shown."""
    from akimat_desk.services.deadlines.legal_clock import open_items  # the open register, not at import

    ctx.require(Permission.READ)
    now = ctx.clock()
    hours = ctx.settings.office_hours
    today = hours.local_date(now)
    with ctx.uow() as uow:
        cal = ctx.calendar.get(uow)
    if not office_open(now, cal, hours):
        return []  # quiet: nothing is shown (or computed) outside office hours and on days off
    policy = load_reminder_settings(ctx.uow).policy
    items = {i.id: i for i in open_items(ctx, today)}
    wanted = [r for item in items.values() for r in planned(item.id, item.chain, policy, cal, hours)]
    fresh = due_now(wanted, now, _fired(ctx), cal, hours)
    if fresh:
        _remember(ctx, fresh, now)
    return [_note(r, items[r.filing_id]) for r in fresh]


def _note(reminder: Reminder, item: DueItem) -> ReminderNote:
    return ReminderNote(reminder, item.incoming_number, item.organizer)


def _fired(ctx: ServiceContext) -> set[str]:
    with ctx.uow() as u:
        stored = u.settings.get(FIRED_KEY.format(user=ctx.user.name)) or {}
    return set(stored)


def _remember(ctx: ServiceContext, shown: list[Reminder], now: datetime) -> None:
    key = FIRED_KEY.format(user=ctx.user.name)
    cutoff = (now - timedelta(days=FIRED_KEEP_DAYS)).isoformat()
    with ctx.uow(write=True) as u:
        stored: dict[str, str] = dict(u.settings.get(key) or {})
        stored = {k: at for k, at in stored.items() if at >= cutoff}
        stored.update({r.key: now.isoformat() for r in shown})
        u.settings.set(key, stored)
        u.commit()


def fired_on(ctx: ServiceContext, day: date) -> list[str]:
    """Keys of the reminders shown to this user on ``day`` (office-local), for the status bar and tests."""
    with ctx.uow() as u:
        stored: dict[str, str] = u.settings.get(FIRED_KEY.format(user=ctx.user.name)) or {}
    tz = ctx.settings.tz
    return sorted(k for k, at in stored.items() if datetime.fromisoformat(at).astimezone(tz).date() == day)
