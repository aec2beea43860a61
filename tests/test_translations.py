"""Every user-visible string exists in kk, ru and en: the Qt Linguist files and the one catalogue of every other
text (``akimat_desk.catalogue``: services, command line, signature verdicts, calendar)."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from akimat_desk.domain.assemblies import Channel, FilingKind, Form
from akimat_desk.domain.content import DEFECT_CODES
from akimat_desk.domain.filing import EventAction
from akimat_desk.domain.statuses import Outcome, Status

REPO = Path(__file__).resolve().parents[1]
TEXTS = REPO / "src" / "akimat_desk" / "catalogue" / "texts"
PLACEHOLDER = re.compile(r"%n|%\d|\{[a-z_]+\}")
CYRILLIC = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")


def ts_messages(language: str) -> list[tuple[str, list[str], str | None]]:
    tree = ET.parse(REPO / "i18n" / f"akimat_desk_{language}.ts")
    result = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        result.append((message.findtext("source") or "", forms, translation.get("type")))
    return result


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_ts_files_are_complete_and_keep_placeholders(language: str) -> None:
    messages = ts_messages(language)
    assert messages
    for source, forms, kind in messages:
        assert kind not in ("unfinished", "vanished", "obsolete"), source
        for text in forms:
            assert text.strip(), f"{language}: empty translation of {source!r}"
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (language, source)
        if language != "en" and CYRILLIC.search(source) is None and re.search("[A-Za-z]{3}", source):
            assert any(CYRILLIC.search(t) for t in forms), f"{language}: {source!r} left in English"


def test_all_three_ts_files_have_the_same_sources() -> None:
    sources = [sorted(s for s, _, _ in ts_messages(lang)) for lang in ("kk", "ru", "en")]
    assert sources[0] == sources[1] == sources[2]


def catalogue(language: str) -> dict[str, str]:
    data: dict[str, str] = json.loads((TEXTS / f"{language}.json").read_text("utf-8"))
    for extra in sorted(TEXTS.glob(f"*.{language}.json")):
        data.update(json.loads(extra.read_text("utf-8")))
    return data


def test_area_message_files_come_in_three_languages() -> None:
    areas = {p.name.split(".")[0] for p in TEXTS.glob("*.*.json")}
    for area in areas:
        assert all((TEXTS / f"{area}.{lang}.json").exists() for lang in ("kk", "ru", "en")), area


def test_message_catalogues_have_the_same_keys_and_placeholders() -> None:
    en, ru, kk = catalogue("en"), catalogue("ru"), catalogue("kk")
    assert set(en) == set(ru) == set(kk)
    for key, text in en.items():
        expected = sorted(PLACEHOLDER.findall(text))
        assert sorted(PLACEHOLDER.findall(ru[key])) == expected, key
        assert sorted(PLACEHOLDER.findall(kk[key])) == expected, key
        assert CYRILLIC.search(ru[key]) and CYRILLIC.search(kk[key]), key


def test_every_code_the_core_emits_has_a_message() -> None:
    keys = set(catalogue("en"))
    required = {f"defect.{c}" for c in DEFECT_CODES}
    required |= {f"form.{f}" for f in Form} | {f"kind.{k}" for k in FilingKind} | {f"channel.{c}" for c in Channel}
    required |= (
        {f"status.{s}" for s in Status} | {f"outcome.{o}" for o in Outcome} | {f"action.{a}" for a in EventAction}
    )
    assert required <= keys, sorted(required - keys)


def test_error_codes_raised_in_the_core_have_messages() -> None:
    raised = set()
    for path in (REPO / "src" / "akimat_desk").rglob("*.py"):
        text = path.read_text("utf-8")
        raised |= set(re.findall(r'(?:InvalidInput|NotFound|InvalidTransition|ConcurrentChange)\(\s*"([a-z_]+)"', text))
    assert raised, "no error codes found: the scan is broken"
    missing = {c for c in raised if f"error.{c}" not in catalogue("en")}
    assert not missing, sorted(missing)


def test_kazakh_letters_are_really_used_in_kazakh_texts() -> None:
    kk = " ".join(catalogue("kk").values())
    assert all(letter in kk for letter in "әғқңөұүі")
