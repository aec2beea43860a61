"""Messages of the core in kk, ru and en, from the one catalogue (``akimat_desk.catalogue``).

The domain raises codes with parameters; this module turns them into sentences a clerk reads, and renders
citations of the law in each language's own style (e.g. ``art. 10 p.3 item 5`` -> ``пп. 5) п. 3 ст. 10``).
"""

from __future__ import annotations

import errno
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # annotations only: the window's start-up imports this module before the domain's rules
    from akimat_desk.domain.content import Defect
    from akimat_desk.domain.errors import DomainError

from akimat_desk.catalogue import LANGUAGES, entries, text

__all__ = [
    "LANGUAGES",
    "catalogue",
    "cite",
    "defect_message",
    "error_message",
    "field_label",
    "language_from_env",
    "message",
    "os_reason",
]

_CITATION = re.compile(r"art\. (\d+) p\.(\d+)(?: (?:item|sub\.) (\d+))?")


def catalogue(lang: str) -> Mapping[str, str]:
    """All messages of one language (the one catalogue, ``akimat_desk.catalogue``)."""
    return entries(lang)


def message(key: str, lang: str, **params: Any) -> str:
    """The message ``key`` in ``lang`` with ``params`` filled in; the key itself if it has no text."""
    return text(key, lang, **params)


def field_label(field: str, lang: str, as_typed: bool = False) -> str:
    """``field`` in the clerk's words: ``organizer.iin`` -> "ИИН организатора" (the catalogue's ``field.<name>``,
    the one table of field labels: the forms, the errors and the history read it). An option of the command
    line keeps the name as typed and says what it means: ``--to`` -> "--to (the last day of the period)".
    ``as_typed`` (the command line, where the clerk typed ``number_format=...``) keeps every name so, with its
    meaning beside it. A list ``a, b`` names each; a name the table lacks is returned as it is."""
    names = [name.strip() for name in field.split(",")]
    if len(names) > 1:
        return ", ".join(field_label(name, lang, as_typed) for name in names if name)
    name = names[0]
    key = f"field.{name}"
    label = text(key, lang)
    if label == key:
        return name
    typed = as_typed or name.startswith("-") or name.isupper()
    return f"{name} ({label})" if typed and label != name else label


_OS_REASONS = {
    errno.ENOENT: "not_found",
    errno.ENOTDIR: "not_found",
    errno.EACCES: "permission_denied",
    errno.EPERM: "permission_denied",
    errno.ENOSPC: "no_space",
    errno.EDQUOT: "no_space",
    errno.EROFS: "read_only",
    errno.EISDIR: "is_folder",
    errno.EEXIST: "exists",
    errno.EIO: "io",
}


def os_reason(exc: OSError, lang: str) -> str:
    """Why the system refused a file, in ``lang`` ("not found", "permission denied", "no space left on the
    disk", "the disk is read-only"...); the English text of the system never reaches the clerk."""
    reason = _OS_REASONS.get(exc.errno or 0)
    if reason is None:
        return message("os_reason.other", lang, code=exc.errno or "?")
    return message(f"os_reason.{reason}", lang)


def cite(rule: str, lang: str) -> str:
    """A citation of the law in the style of ``lang``; text that is not a citation is returned as is."""
    match = _CITATION.fullmatch(rule.strip())
    if match is None or lang == "en":
        return rule
    article, point, item = match.groups()
    if lang == "ru":
        base = f"п. {point} ст. {article} Закона"
        return f"подп. {item}) {base}" if item else base
    base = f"Заңның {article}-бабының {point}-тармағы"
    return f"Заңның {article}-бабы {point}-тармағының {item}) тармақшасы" if item else base


def defect_message(defect: Defect, lang: str) -> str:
    params = {k: ", ".join(map(str, v)) if isinstance(v, list) else v for k, v in defect.params.items()}
    return message(f"defect.{defect.code}", lang, item=defect.item, rule=cite(defect.rule, lang), **params)


def error_message(error: DomainError, lang: str, as_typed: bool = False) -> str:
    """The sentence for ``error`` in ``lang``, naming its field in the clerk's words (``as_typed``: the command
    line's, the name as typed with its meaning, see ``field_label``)."""
    params = dict(error.params)
    if "rule" in params:
        params["rule"] = cite(str(params["rule"]), lang)
    for name, value in params.items():
        if isinstance(value, OSError):  # what the system said, in the clerk's words: "permission denied"
            params[name] = os_reason(value, lang)
    if "field" not in params:  # a window may have named it already, by the label beside its input
        params["field"] = field_label(error.field or "", lang, as_typed)
    return message(f"error.{error.code}", lang, **params)


def language_from_env(value: str | None) -> str:
    """kk, ru or en from a locale string such as ``ru_RU.UTF-8``; English otherwise."""
    prefix = (value or "").split("_")[0].split(".")[0].lower()
    return prefix if prefix in LANGUAGES else "en"
