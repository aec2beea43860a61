"""Office-wide settings, typed and versioned, stored in the register so that every seat shares them."""

from __future__ import annotations

import string
from dataclasses import asdict, dataclass, fields, replace
from datetime import time
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from akimat_desk.domain.deadlines import OfficeHours
from akimat_desk.domain.errors import InvalidInput
from akimat_desk.services.office.settings_rules import check_required, check_settings

if TYPE_CHECKING:  # the settings' names are read by the command line's parser: nothing heavy at import
    from akimat_desk.storage.kernel.unit_of_work import UnitOfWorkFactory

SETTINGS_VERSION = 1
DEFAULT_NUMBER_FORMAT = "{akimat}-{year}/{seq:04d}"


@dataclass(frozen=True, slots=True)
class OfficeSettings:
    akimat_code: str = "01"
    number_format: str = DEFAULT_NUMBER_FORMAT
    office_timezone: str = "Asia/Almaty"
    default_language: str = "ru"
    office_opens: str = "09:00"
    office_closes: str = "18:30"
    filing_reading: str = "a"  # "a": on time up to the 5th (10th) working day back; "b": N full days between
    outgoing_number_format: str = "{akimat}-{year}/{seq:04d}-ш"
    # the letterhead and signature block of the akimat's letters (asked at first run; kk and ru required)
    name_kk: str = ""
    name_ru: str = ""
    name_en: str = ""
    address_kk: str = ""
    address_ru: str = ""
    address_en: str = ""
    phone: str = ""
    email: str = ""
    department_kk: str = ""
    department_ru: str = ""
    department_en: str = ""
    emblem_path: str = ""
    appeal_route: str = "complaint"  # "complaint" (to the higher body, APPK) or "court"
    signatory_position_kk: str = ""
    signatory_position_ru: str = ""
    signatory_position_en: str = ""
    signatory_name: str = ""
    executor_phone: str = ""
    # the executor ("Исп.") of the letters when no user accounts exist; with accounts, the user's full name is used
    executor_name: str = ""
    # the akimat's EDS (issue 18): its BIN and the signatory's IIN, which a signature of its answers must carry
    bin: str = ""
    signatory_iin: str = ""
    # e-mail of answers (issue 18); the SMTP password is kept in the OS keyring, never here
    smtp_host: str = ""
    smtp_port: str = "587"
    smtp_security: str = "starttls"  # "starttls", "ssl" or "none" (loopback relays only)
    smtp_user: str = ""
    smtp_from: str = ""
    # statistics reported upward (issue 20): the office's code in the classifier of administrative-territorial
    # objects (КАТО, 9 digits) and the day of the month by which the previous month's report is due
    kato: str = ""
    report_day: int = 5

    @property
    def letterhead_ready(self) -> bool:
        """True once the akimat's names in Kazakh and Russian are set (letters need them)."""
        return bool(self.name_kk.strip() and self.name_ru.strip())

    @property
    def office_hours(self) -> OfficeHours:
        return OfficeHours(
            time.fromisoformat(self.office_opens), time.fromisoformat(self.office_closes), self.office_timezone
        )

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.office_timezone)


def validate_number_format(fmt: str) -> None:
    """Refuse a format without ``{seq}`` or with unknown placeholders (numbers must stay unique)."""
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(fmt) if name is not None}
        format_number(fmt, "01", 2026, 1)
    except (ValueError, KeyError, IndexError):
        raise InvalidInput("number_format_invalid", field="number_format", value=fmt) from None
    if "seq" not in names or not names <= {"seq", "akimat", "year"}:
        raise InvalidInput("number_format_invalid", field="number_format", value=fmt)


def format_number(fmt: str, akimat: str, year: int, seq: int) -> str:
    return fmt.format(akimat=akimat, year=year, seq=seq)


def load_settings(uow: UnitOfWorkFactory) -> OfficeSettings:
    with uow() as u:
        stored = u.settings.get("office") or {}
    known = {f.name for f in fields(OfficeSettings)}
    return OfficeSettings(**{k: v for k, v in stored.items() if k in known})


def save_settings(uow: UnitOfWorkFactory, settings: OfficeSettings) -> OfficeSettings:
    check_settings(settings)
    validate_number_format(settings.number_format)
    validate_number_format(settings.outgoing_number_format)
    if settings.outgoing_number_format.replace("{seq:04d}", "{seq}") == settings.number_format.replace(
        "{seq:04d}", "{seq}"
    ):
        raise InvalidInput(
            "number_formats_equal", field="outgoing_number_format", value=settings.outgoing_number_format
        )
    if settings.appeal_route not in ("complaint", "court"):
        raise InvalidInput("appeal_route_invalid", field="appeal_route", value=settings.appeal_route)
    if settings.kato and not (len(settings.kato) == 9 and settings.kato.isdigit()):
        raise InvalidInput("kato_invalid", field="kato", value=settings.kato)
    day = str(settings.report_day).strip()
    if not day.isdigit() or not 1 <= int(day) <= 28:
        raise InvalidInput("report_day_invalid", field="report_day", value=settings.report_day)
    settings = replace(settings, report_day=int(day))
    if settings.filing_reading not in ("a", "b"):
        raise InvalidInput("filing_reading_invalid", field="filing_reading", value=settings.filing_reading)
    try:
        settings.office_hours  # noqa: B018 - validates the times
    except ValueError:
        raise InvalidInput("office_hours_invalid", field="office_hours", value=settings.office_opens) from None
    _validate_eds_and_mail(settings)
    with uow(write=True) as u:
        u.settings.set("office", asdict(settings))
        u.settings.set("settings_version", SETTINGS_VERSION)
        u.commit()
    return settings


def _validate_eds_and_mail(settings: OfficeSettings) -> None:
    for name in ("bin", "signatory_iin"):
        value = getattr(settings, name)
        if value and not (len(value) == 12 and value.isdigit()):
            raise InvalidInput("twelve_digits", field=name, value=value)
    if not (settings.smtp_port.isdigit() and 0 < int(settings.smtp_port) < 65536):
        raise InvalidInput("smtp_port_invalid", field="smtp_port", value=settings.smtp_port)
    if settings.smtp_security not in ("starttls", "ssl", "none"):
        raise InvalidInput("smtp_security_invalid", field="smtp_security", value=settings.smtp_security)


def update_settings(uow: UnitOfWorkFactory, **changes: Any) -> OfficeSettings:
    known = {f.name for f in fields(OfficeSettings)}
    for key in changes:
        if key not in known:
            raise InvalidInput("setting_unknown", field=key)
    check_required(changes)
    return save_settings(uow, replace(load_settings(uow), **changes))


def settings_json(settings: OfficeSettings) -> dict[str, Any]:
    return asdict(settings)
