"""The one catalogue of every kk / ru / en text outside Qt Linguist (issue 14): the messages of the services
and the command line, the e-signature verdicts, the calendar's names and explanations, and the wording of the
letters.

Its data are the files of ``texts/``: ``<lang>.json`` and ``<topic>.<lang>.json``, each a flat mapping of a
key to a text whose ``{placeholders}`` are filled in by :func:`text`; and ``<topic>.<lang>.yaml`` for a
document's wording, a tree (the letters: labels, subjects, sentences, the cases of a form, the months), read
whole with :func:`tree` and also listed by :func:`entries` under dotted keys (``letters.labels.reason``), so
that one test checks every text: every key exists in the three languages with the same placeholders
(``tests/test_translations.py``). Pure Python, importable from every layer; it reads its files on first use.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
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
        stem, _, suffix = item.name.rpartition(".")
        topic, _, rest = stem.rpartition(".")
        if suffix == "json" and (item.name == f"{name}.json" or (rest == name and topic)):
            data.update(json.loads(item.read_text("utf-8")))
        elif suffix == "yaml" and rest == name and topic:
            data.update(_flat(topic, tree(topic, name)))
    return data


@cache
def tree(topic: str, lang: str) -> dict[str, Any]:
    """The whole wording of a document ``topic`` (``texts/<topic>.<lang>.yaml``) in ``lang``, as written."""
    if lang not in LANGUAGES:
        raise ValueError(f"no {topic} texts for language {lang!r}")
    source = resources.files(__name__).joinpath("texts", f"{topic}.{lang}.yaml").read_text("utf-8")
    data: dict[str, Any] = read_yaml(source)
    return data


def read_yaml(source: str) -> Any:
    """``yaml.safe_load`` with libyaml's C parser where PyYAML has it: the same safe subset and the same values,
    five to ten times faster (every command reads the letters' wording and the calendar facts at start).

    PyYAML is imported here, on first use: the command line's parser does not pay for it."""
    import yaml

    return yaml.load(source, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _flat(prefix: str, value: Any) -> Iterator[tuple[str, str]]:
    """The texts of a wording tree under dotted keys; list items are numbered, other values are not texts."""
    if isinstance(value, Mapping):
        for key, inner in value.items():
            yield from _flat(f"{prefix}.{key}", inner)
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _flat(f"{prefix}.{index}", inner)
    elif isinstance(value, str):
        yield prefix, value


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
