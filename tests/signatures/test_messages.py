"""Verdict messages in kk, ru and en, from the one catalogue (``signature.<code>`` keys)."""

from __future__ import annotations

import pytest

from akimat_desk import catalogue
from akimat_desk.signatures import LANGUAGES, Verdict, message


def test_the_catalogue_has_exactly_the_verdict_codes() -> None:
    for lang in LANGUAGES:
        codes = {key.removeprefix("signature.") for key in catalogue.entries(lang) if key.startswith("signature.")}
        assert codes == {v.value for v in Verdict}


@pytest.mark.parametrize("verdict", list(Verdict))
def test_every_verdict_has_three_distinct_messages(verdict: Verdict) -> None:
    texts = {lang: message(verdict, lang) for lang in LANGUAGES}
    assert all(len(t) > 10 for t in texts.values())
    assert len(set(texts.values())) == 3


def test_kazakh_letters_and_fallback() -> None:
    assert any(ch in message("revoked", "kk") for ch in "әғқңөұүһі")
    assert message(Verdict.VALID, "de") == message(Verdict.VALID, "en")
    with pytest.raises(KeyError):
        message("no_such_code", "en")
