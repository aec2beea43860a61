"""The one catalogue of every kk / ru / en text outside Qt Linguist (issue 14): the messages of the services
and the command line, the e-signature verdicts, the calendar's names and explanations.

Its data are the files of ``texts/``: ``<lang>.json`` and ``<topic>.<lang>.json``, each a flat mapping of a
key to a text whose ``{placeholders}`` are filled in by :func:`text`. Every key exists in the three
languages with the same placeholders (``tests/test_translations.py``). Pure Python, importable from every
layer; it reads its files on first use.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

LANGUAGES = ("kk", "ru", "en")


@cache
def entries(lang: str) -> Mapping[str, str]:
    """Every text of ``lang`` (kk, ru or en; anything else reads as English), by key."""
    name = lang if lang in LANGUAGES else "en"
    folder = resources.files(__name__).joinpath("texts")
    data: dict[str, str] = {}
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        topic, _, rest = item.name.rpartition(".")[0].rpartition(".")
        if item.name == f"{name}.json" or (rest == name and topic):
            data.update(json.loads(item.read_text("utf-8")))
    return data


class _Lenient(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def has(key: str, lang: str = "en") -> bool:
    return key in entries(lang)


def text(key: str, lang: str, **params: Any) -> str:
    """The text ``key`` in ``lang`` with ``params`` filled in; English, then the key itself, where it has none."""
    template = entries(lang).get(key) or entries("en").get(key) or key
    return template.format_map(_Lenient(params))


def template(key: str, lang: str) -> str:
    """The text ``key`` in ``lang`` with its placeholders left for the caller; KeyError when it has none."""
    found = entries(lang).get(key) or entries("en").get(key)
    if found is None:
        raise KeyError(key)
    return found
