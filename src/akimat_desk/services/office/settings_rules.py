"""Each office setting has a type and a range; a value that would break the register is refused.

Rules (the fault table in docs/administration.md lists them for the administrator):
- every setting is text without control characters, at most ``TEXT_LIMIT`` characters (paths ``PATH_LIMIT``);
- ``akimat_code``: 1-10 letters or digits (it goes into every incoming and outgoing number and file name);
- ``default_language``: kk, ru or en; ``office_timezone``: a name of the IANA time-zone database;
- number formats: placeholders ``{akimat}``, ``{year}``, ``{seq}`` only, a format spec of at most a two-digit
  width (``{seq:04d}``), and a rendered number of at most ``NUMBER_LIMIT`` characters (the column's size),
  checked before anything is formatted so that ``{seq:>999999999}`` never allocates a gigabyte;
- office hours: HH:MM, opening before closing;
- phones (``phone``, ``executor_phone``): a Kazakh number as clerks write it, ``+7`` or ``8`` then the ten digits
  of a Kazakh number (area or mobile code 6xx/7xx), with spaces, dashes and one pair of brackets allowed
  (``+7 727 271-66-00``, ``8 (7172) 74-50-00``); empty is allowed;
- e-mail addresses (``email``, ``smtp_from``): a valid address by the ``email-validator`` package (syntax only,
  no DNS lookup, so an office without internet can save it); empty is allowed;
- the letterhead (``LETTERHEAD_REQUIRED``): a change may never leave one of these fields empty, so the first run
  and the Settings page, which send the whole form, refuse an empty form.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from dataclasses import fields
from datetime import time
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from akimat_desk.domain.errors import InvalidInput

TEXT_LIMIT = 300
PATH_LIMIT = 1024
NUMBER_LIMIT = 64  # incoming_number and outgoing_number are VARCHAR(64)
LANGUAGES = ("kk", "ru", "en")
_SPEC = re.compile(r"0?[0-9]{0,2}d?")
_PLACEHOLDERS = frozenset({"seq", "akimat", "year"})
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_PHONE = re.compile(r"(\+7|8)[\d\s()-]+")
_PHONE_FIELDS = ("phone", "executor_phone")
_EMAIL_FIELDS = ("email", "smtp_from")
PHONE_EXAMPLE = "+7 727 271-66-00"
EMAIL_EXAMPLE = "akimat@almaty.gov.kz"
# what every letter and receipt prints (docs/administration.md): the akimat's names, address and signatory
LETTERHEAD_REQUIRED = (
    "name_kk",
    "name_ru",
    "address_kk",
    "address_ru",
    "signatory_position_kk",
    "signatory_position_ru",
    "signatory_name",
    "executor_name",  # "Исп." of every letter while the register has no user accounts
)


def check_text(name: str, value: Any) -> None:
    """A setting's value: text without control characters, within its length limit."""
    if not isinstance(value, str):
        raise InvalidInput("setting_not_text", field=name, value=repr(value)[:40])
    limit = PATH_LIMIT if name.endswith("_path") else TEXT_LIMIT
    if len(value) > limit:
        raise InvalidInput("setting_too_long", field=name, limit=limit, length=len(value))
    if _CONTROL.search(value) or ("\n" in value and name not in ("address_kk", "address_ru", "address_en")):
        raise InvalidInput("setting_control_character", field=name)


def check_akimat_code(value: str) -> None:
    if not (1 <= len(value) <= 10 and all(ch.isalnum() for ch in value)):
        raise InvalidInput("akimat_code_invalid", field="akimat_code", value=value[:40])


def check_language(value: str) -> None:
    if value not in LANGUAGES:
        raise InvalidInput("default_language_invalid", field="default_language", value=value[:40])


def check_timezone(value: str) -> None:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise InvalidInput("office_timezone_invalid", field="office_timezone", value=value[:60]) from None


def check_number_format(name: str, fmt: str, akimat_code: str) -> None:
    """Only known placeholders with small format specs, and a rendered number that fits its column."""
    try:
        parts = list(string.Formatter().parse(fmt))
    except ValueError:
        raise InvalidInput("number_format_invalid", field=name, value=fmt[:60]) from None
    names = {part[1] for part in parts if part[1] is not None}
    for _, field_name, spec, conversion in parts:
        if field_name is None:
            continue
        if field_name not in _PLACEHOLDERS or conversion or not _SPEC.fullmatch(spec or ""):
            raise InvalidInput("number_format_placeholder", field=name, value=fmt[:60])
    if "seq" not in names:
        raise InvalidInput("number_format_invalid", field=name, value=fmt[:60])
    try:
        longest = fmt.format(akimat=akimat_code, year=2099, seq=99999)
    except (ValueError, KeyError, IndexError):
        raise InvalidInput("number_format_invalid", field=name, value=fmt[:60]) from None
    if len(longest) > NUMBER_LIMIT:
        raise InvalidInput("number_too_long", field=name, example=longest[:80], limit=NUMBER_LIMIT)


def check_office_hours(opens: str, closes: str) -> None:
    """HH:MM each, the office opening before it closes."""
    for name, value in (("office_opens", opens), ("office_closes", closes)):
        try:
            time.fromisoformat(value)
        except ValueError:
            raise InvalidInput("office_hours_invalid", field=name, value=value[:20]) from None
    if time.fromisoformat(opens) >= time.fromisoformat(closes):
        raise InvalidInput("office_hours_order", field="office_closes", opens=opens, closes=closes)


def check_phone(name: str, value: str) -> None:
    """Empty, or a Kazakh phone number in the usual written forms (see the module's rules)."""
    text = value.strip()
    if not text:
        return
    digits = re.sub(r"\D", "", text)
    brackets = text.count("(") == text.count(")") <= 1 and text.find("(") <= text.find(")")
    inside = re.search(r"\(([^)]*)\)", text)
    if (
        not _PHONE.fullmatch(text)
        or not brackets
        or (inside is not None and not inside.group(1).strip().isdigit())
        or len(digits) != 11
        or digits[1] not in "67"
    ):
        raise InvalidInput("phone_invalid", field=name, value=text[:40], example=PHONE_EXAMPLE)


def check_email(name: str, value: str) -> None:
    """Empty, or an e-mail address valid by syntax (``email-validator``, no DNS lookup)."""
    from email_validator import EmailNotValidError, validate_email  # not at import: the CLI's parser reads settings

    text = value.strip()
    if not text:
        return

    try:
        validate_email(text, check_deliverability=False)
    except EmailNotValidError:
        raise InvalidInput("email_invalid", field=name, value=text[:80], example=EMAIL_EXAMPLE) from None


def check_contacts(settings: Any) -> None:
    """The phones and e-mail addresses of the letterhead and of the answers' sender."""
    for name in _PHONE_FIELDS:
        check_phone(name, getattr(settings, name))
    for name in _EMAIL_FIELDS:
        check_email(name, getattr(settings, name))


def check_required(changes: Mapping[str, Any]) -> None:
    """A change may not leave a field of ``LETTERHEAD_REQUIRED`` empty (first one named, in form order)."""
    for name in LETTERHEAD_REQUIRED:
        if name in changes and not str(changes[name]).strip():
            raise InvalidInput("setting_required", field=name)


def check_settings(settings: Any) -> None:
    """Every rule above on an OfficeSettings; InvalidInput naming the first field that breaks one."""
    for item in fields(settings):
        if item.type in ("str", str):  # other types (report_day: int) have their own checks
            check_text(item.name, getattr(settings, item.name))
    check_akimat_code(settings.akimat_code)
    check_language(settings.default_language)
    check_timezone(settings.office_timezone)
    check_office_hours(settings.office_opens, settings.office_closes)
    check_number_format("number_format", settings.number_format, settings.akimat_code)
    check_number_format("outgoing_number_format", settings.outgoing_number_format, settings.akimat_code)
    check_contacts(settings)
