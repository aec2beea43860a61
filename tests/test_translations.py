"""Every user-visible string exists in kk, ru and en: the Qt Linguist files and the one catalogue of every other
text (``akimat_desk.catalogue``: services, command line, signature verdicts, calendar)."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from akimat_desk.catalogue import entries
from akimat_desk.domain.assemblies import Channel, FilingKind, Form
from akimat_desk.domain.content import DEFECT_CODES
from akimat_desk.domain.filing import EventAction
from akimat_desk.domain.statuses import Outcome, Status

REPO = Path(__file__).resolve().parents[1]
TEXTS = REPO / "src" / "akimat_desk" / "catalogue" / "texts"
PLACEHOLDER = re.compile(r"%n|%\d|\{[a-z_][a-z_0-9]*\}")
# the unofficial English translation says so; the official kk and ru originals have nothing there
ENGLISH_ONLY = {"letters.unofficial_mark", "letters.unofficial_note"}
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
    """Every text of the one catalogue in ``language``, the letters' wording included (dotted keys)."""
    return dict(entries(language))


def test_the_catalogue_reads_every_file_of_its_folder() -> None:
    files = {p.name for p in TEXTS.iterdir()}
    assert files == {p.name for p in TEXTS.glob("*.json")} | {p.name for p in TEXTS.glob("*.yaml")}
    for lang in ("kk", "ru", "en"):
        keys = set(catalogue(lang))
        for path in TEXTS.glob(f"*.{lang}.json"):
            assert set(json.loads(path.read_text("utf-8"))) <= keys, path.name
        assert any(key.startswith("letters.labels.") for key in keys)


def test_area_message_files_come_in_three_languages() -> None:
    areas = {p.name.split(".")[0] for p in TEXTS.glob("*.*.json")}
    for area in areas:
        assert all((TEXTS / f"{area}.{lang}.json").exists() for lang in ("kk", "ru", "en")), area


def _parameters(text: str) -> list[str]:
    """The placeholders of a text, each language free to put a parameter in its own grammatical case
    (``{form_gen}`` / ``{form_acc}``, ``{in_date}`` / ``{in_date_loc}``) and a day with or without its zero."""
    found = [re.sub(r"_(?:nom|gen|acc|dat|loc)\}$", "}", p) for p in PLACEHOLDER.findall(text)]
    return sorted("{d}" if p == "{dd}" else p for p in found)


def test_parameters_ignore_only_the_grammatical_case() -> None:
    assert _parameters("{form_gen} {in_date_loc} {dd}") == _parameters("{d} {in_date} {form_acc}")
    assert _parameters("{form_gen}") != _parameters("{law}")


def test_message_catalogues_have_the_same_keys_and_placeholders() -> None:
    en, ru, kk = catalogue("en"), catalogue("ru"), catalogue("kk")
    assert set(en) == set(ru) == set(kk)
    for key, text in en.items():
        if key in ENGLISH_ONLY:
            assert ru[key] == kk[key] == "" and text, key
            continue
        expected = _parameters(text)
        assert _parameters(ru[key]) == expected, key
        assert _parameters(kk[key]) == expected, key
        if re.search("[A-Za-z]{3}", PLACEHOLDER.sub("", text)):  # words, not a format such as {hh}:{mm}
            for own in (ru[key], kk[key]):  # a language may say it with no words at all ("{date1}, {start} – …")
                assert CYRILLIC.search(own) or not re.search(r"[^\W\d_]", PLACEHOLDER.sub("", own)), key


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
