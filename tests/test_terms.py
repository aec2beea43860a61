"""The law's terms, the same everywhere (issue 15 item 8): every finished translation in i18n/*.ts, every message of
the catalogue (catalogue/texts/*.json) and every letter text is checked against the terms list in i18n/terms.yaml."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
TERMS: dict[str, dict[str, Any]] = yaml.safe_load((REPO / "i18n" / "terms.yaml").read_text("utf-8"))
CATALOGUE = REPO / "src" / "akimat_desk" / "catalogue" / "texts"
LETTER_TEXTS = CATALOGUE  # letters.<lang>.yaml


def _messages(lang: str) -> list[tuple[str, str]]:
    root = ET.parse(REPO / "i18n" / f"akimat_desk_{lang}.ts").getroot()
    found = []
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        found.append((message.findtext("source") or "", " ".join(translation.itertext())))
    return found


def _flat(node: Any, prefix: str = "") -> dict[str, str]:
    if isinstance(node, dict):
        return {k: v for key, value in node.items() for k, v in _flat(value, f"{prefix}.{key}").items()}
    return {prefix: node} if isinstance(node, str) else {}


def _catalogue(lang: str) -> list[tuple[str, str]]:
    """(English message, its translation) for every key of every catalogue file: what services and the CLI show."""
    found = []
    for english_file in sorted(CATALOGUE.glob("*en.json")):
        english = _flat(json.loads(english_file.read_text("utf-8")))
        other = CATALOGUE / (english_file.name[: -len("en.json")] + f"{lang}.json")
        translated = _flat(json.loads(other.read_text("utf-8"))) if other.exists() else {}
        found += [(english[key], translated[key]) for key in english if key in translated]
    return found


def _strings(node: Any) -> list[str]:
    if isinstance(node, dict):
        return [s for value in node.values() for s in _strings(value)]
    if isinstance(node, list):
        return [s for value in node for s in _strings(value)]
    return [node] if isinstance(node, str) else []


def _applies(concept: dict[str, Any], english: str) -> bool:
    source, unless = re.compile(concept["source"], re.I), re.compile(concept.get("unless", r"(?!)"), re.I)
    return bool(source.search(english)) and not unless.search(english)


def _banned(concept: dict[str, Any], lang: str, text: str) -> list[str]:
    return [word for word in concept.get("not", {}).get(lang, []) if re.search(word, text, re.I)]


def _violations(concept: dict[str, Any], lang: str, pairs: list[tuple[str, str]]) -> list[str]:
    """What a translation of a message naming the concept does wrong: a forbidden variant, or the term missing."""
    pair = concept.get("pair", {}).get(lang)  # "notifications and applications" names both kinds of filing
    must = concept.get("must", {}).get(lang)
    term = concept["use"].get(lang, "")
    found = []
    for english, text in pairs:
        if not _applies(concept, english):
            continue
        if not (pair and pair in text.casefold()):
            for word in _banned(concept, lang, text):
                found.append(f"{lang}: {text!r} (for {english!r}) uses {word!r}; the term is {term!r}")
        if must and not re.search(must, text, re.I):
            found.append(f"{lang}: {text!r} (for {english!r}) lacks the term {term!r}")
    return found


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_window_uses_one_term_per_concept(lang: str) -> None:
    pairs = _messages(lang)
    assert pairs, "no finished translations read"
    problems = [v for concept in TERMS.values() for v in _violations(concept, lang, pairs)]
    assert problems == []


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_messages_of_services_and_cli_use_one_term_per_concept(lang: str) -> None:
    pairs = _catalogue(lang)
    assert len(pairs) > 100, "the message catalogue was not read"
    problems = [v for concept in TERMS.values() for v in _violations(concept, lang, pairs)]
    assert problems == []


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_letters_use_the_laws_terms(lang: str) -> None:
    texts = yaml.safe_load((LETTER_TEXTS / f"letters.{lang}.yaml").read_text("utf-8"))
    every = [(".", text) for text in _strings(texts)]  # letters have no English source: every text is checked
    checked = {name: c for name, c in TERMS.items() if c.get("letters", True) and name != "filing"}
    problems = [
        f"{lang}: {text[:60]!r} uses {word!r} ({name})"  # a letter names the kind of filing it answers
        for name, concept in checked.items()
        for _, text in every
        for word in _banned(concept, lang, text)
    ]
    assert problems == []


def test_the_terms_list_has_every_concept_in_both_official_languages() -> None:
    for name, concept in TERMS.items():
        assert {"ru", "kk"} <= set(concept["use"]), name
