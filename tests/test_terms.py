"""The law's terms, the same everywhere (issue 15 item 8): every finished translation in i18n/*.ts and every
letter text is checked against the terms list kept in i18n/terms.yaml."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
TERMS: dict[str, dict[str, Any]] = yaml.safe_load((REPO / "i18n" / "terms.yaml").read_text("utf-8"))
LETTER_TEXTS = REPO / "src" / "akimat_desk" / "letters" / "texts"


def _messages(lang: str) -> list[tuple[str, str]]:
    root = ET.parse(REPO / "i18n" / f"akimat_desk_{lang}.ts").getroot()
    found = []
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        found.append((message.findtext("source") or "", " ".join(translation.itertext())))
    return found


def _strings(node: Any) -> list[str]:
    if isinstance(node, dict):
        return [s for value in node.values() for s in _strings(value)]
    if isinstance(node, list):
        return [s for value in node for s in _strings(value)]
    return [node] if isinstance(node, str) else []


def _violations(concept: dict[str, Any], lang: str, pairs: list[tuple[str, str]]) -> list[str]:
    banned = [word.casefold() for word in concept.get("not", {}).get(lang, [])]
    source, unless = re.compile(concept["source"], re.I), re.compile(concept.get("unless", r"(?!)"), re.I)
    pair = concept.get("pair", {}).get(lang)  # "notifications and applications" names both kinds of filing
    return [
        f"{lang}: {text!r} (for {english!r}) uses {word!r}; the term is {concept['use'].get(lang, english)!r}"
        for english, text in pairs
        if source.search(english) and not unless.search(english) and not (pair and pair in text.casefold())
        for word in banned
        if word in text.casefold()
    ]


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_window_uses_one_term_per_concept(lang: str) -> None:
    pairs = _messages(lang)
    assert pairs, "no finished translations read"
    problems = [v for concept in TERMS.values() for v in _violations(concept, lang, pairs)]
    assert problems == []


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_letters_use_the_laws_terms(lang: str) -> None:
    texts = yaml.safe_load((LETTER_TEXTS / f"{lang}.yaml").read_text("utf-8"))
    every = [(".", text) for text in _strings(texts)]  # letters have no English source: every text is checked
    banned = {concept: c for concept, c in TERMS.items() if c.get("not", {}).get(lang)}
    problems = [
        f"{lang}: {text[:60]!r} uses {word!r} ({name})"
        for name, concept in banned.items()
        for _, text in every
        for word in concept["not"][lang]
        if word.casefold() in text.casefold() and name != "filing"  # a letter names the kind of filing it answers
    ]
    assert problems == []


def test_the_terms_list_has_every_concept_in_both_official_languages() -> None:
    for name, concept in TERMS.items():
        assert {"ru", "kk"} <= set(concept["use"]), name
