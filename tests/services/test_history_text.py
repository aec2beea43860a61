"""Every entry of a filing's history reads as a sentence in the clerk's words, in kk, ru and en (issue 22 item 5).

One realistic payload per ``EventAction``, shaped as the use case that appends it writes it (the service
modules named beside each); the sentence must exist in each language and show no internal key.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

import pytest

from akimat_desk.catalogue import LANGUAGES, entries
from akimat_desk.domain.filing import EventAction, FilingEvent
from akimat_desk.services.filings.history_text import event_sentence

DIGEST = "9f" * 32
PAYLOADS: dict[EventAction, dict[str, Any]] = {
    EventAction.REGISTERED: {"incoming_number": "01-2026/0002", "filing": {"form": "picket", "purpose": "x"}},
    EventAction.CORRECTED: {  # services/filings/registered.py
        "purpose": {"old": "old", "new": "new"},
        "organizer.iin": {"old": "900101300123", "new": "900101300124"},
        "pd_consent": {"old": None, "new": True},
        "organizer": {"old": None, "new": {"type": "citizen", "surname": "Ахметов", "given_name": "Ерлан"}},
        "registered_on": {"old": "2026-03-17", "new": "2026-03-18"},
        "review_deadline": {"new": "2026-03-23"},
        "defects": {"old": ["5:place_or_route_missing", "9:contacts_missing"], "new": ["9:contacts_missing"]},
    },
    EventAction.STATUS_CHANGED: {"status": {"old": "decided", "new": "held"}},
    EventAction.WITHDRAWN: {"status": {"old": "under_review", "new": "withdrawn"}},
    EventAction.DEADLINE_CHANGED: {"deadline": "review", "old": "2026-03-20", "new": "2026-03-23"},
    EventAction.DEADLINE_ACKNOWLEDGED: {"review": {"old": "2026-03-20", "new": "2026-03-23"}},
    EventAction.ATTACHED: {
        "attachment": {"id": 3, "name": "answer.pdf", "kind": "letter", "sha256": DIGEST, "size": 1200}
    },
    EventAction.PLACE_LINKED: {"place_id": {"old": None, "new": 2}, "place": {"new": "Площадь Республики"}},
    EventAction.DECIDED: {
        "status": {"old": "under_review", "new": "decided"},
        "decision": {"id": 2, "kind": "refuse", "grounds": ["A14-4", "A14-5"], "late": False, "digest": DIGEST},
    },
    EventAction.PROPOSAL_ANSWERED: {
        "status": {"old": "proposal_sent", "new": "proposal_declined"},
        "answer": {"answer": "declined", "channel": "paper", "received_at": "2026-03-19T10:00:00+05:00"},
    },
    EventAction.LETTER_ISSUED: {
        "letter": {
            "outgoing_number": "01-2026/0001-ш",
            "language": "kk",
            "kind": "propose",
            "sha256": DIGEST,
            "seal": None,
        }
    },
    EventAction.LETTER_NUMBERS_KEPT: {
        "decision": 2,
        "letters": [{"outgoing_number": "01-2026/0001-ш", "language": "kk"}, {"outgoing_number": "01-2026/0002-ш"}],
    },
    EventAction.DISPATCHED: {
        "letter": "01-2026/0001-ш",
        "channels": ["registered_mail", "email"],
        "tracking_number": "RR123456789KZ",
    },
    EventAction.DELIVERED: {"tracking_number": "RR123456789KZ", "delivered_on": "2026-03-21"},
    EventAction.DECISION_UNDONE: {
        "status": {"old": "decided", "new": "registered"},
        "undoes": {"decision": 2, "kind": "refuse"},
    },
    EventAction.DISPATCH_UNDONE: {
        "undoes": {"dispatches": [3, 4], "letter": "01-2026/0001-ш", "channels": ["registered_mail", "email"]},
    },
    EventAction.SIGNATURE_VERIFIED: {
        "signature": {
            "verification_id": 1,
            "verdict": "valid",
            "trigger": "registration",
            "signer": "АХМЕТОВ ЕРЛАН",
            "iin": "900101300123",
            "bin": None,
            "revocation": "crl",
        }
    },
    EventAction.LETTER_SIGNED: {
        "letter_signature": {
            "outgoing_number": "01-2026/0001-ш",
            "source": "ncalayer",
            "verdict": "valid",
            "signer": "ИСАЕВА АЙГУЛЬ",
            "iin": "850202400456",
            "bin": "123456789012",
            "serial": "4f2a",
            "signed_at": "2026-03-18T12:00:00+00:00",
            "cms_sha256": DIGEST,
        }
    },
    EventAction.LETTER_EMAILED: {
        "letter": "01-2026/0001-ш",
        "to": "org@example.kz",
        "status": "failed",
        "message_id": "<1@akimat>",
        "reason": "connection refused",
        "attachments": ["a.pdf"],
    },
    EventAction.LETTER_BOUNCED: {
        "letter": "01-2026/0001-ш",
        "to": "org@example.kz",
        "message_id": "<1@akimat>",
        "status": "5.1.1",
        "diagnostic": "mailbox unavailable",
        "recipient": "org@example.kz",
        "standard_dsn": True,
        "file": "bounce.eml",
        "sha256": DIGEST,
    },
}

_INTERNAL = re.compile(r"=|\[|\]|\b[a-z]+_[a-z_]+\b")  # no "key=value", no list, no snake_case key
_FAMILIES = sorted({key.partition(".")[0] for key in entries("en")} | {"attachment_kind", "decision_kind"})
_DOTTED_KEY = re.compile(r"\b(?:" + "|".join(map(re.escape, _FAMILIES)) + r")\.[a-z]")  # attachment_kind.letter


def _event(action: EventAction) -> FilingEvent:
    return FilingEvent(1, datetime(2026, 3, 18, 10, tzinfo=UTC), "clerk", action, PAYLOADS[action])


def test_every_action_has_a_payload() -> None:
    assert set(PAYLOADS) == set(EventAction)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("action", list(EventAction))
def test_every_entry_is_a_sentence_without_internal_keys(action: EventAction, lang: str) -> None:
    sentence = event_sentence(_event(action), lang)
    assert sentence and not _INTERNAL.search(sentence) and not _DOTTED_KEY.search(sentence), sentence
    assert not sentence.startswith("history."), sentence
    assert DIGEST not in sentence


def test_the_sentences_exist_in_the_three_languages() -> None:
    keys = {k for k in entries("en") if k.startswith("history.")}
    assert keys and all(keys <= set(entries(lang)) for lang in LANGUAGES)
    for action in EventAction:
        sentences = {event_sentence(_event(action), lang) for lang in LANGUAGES}
        assert len(sentences) == 3, (action, sentences)


def test_the_details_are_in_the_clerks_words() -> None:
    decided = event_sentence(_event(EventAction.DECIDED), "en")
    assert decided == (
        "Decision recorded: refusal; grounds: the filing deadline was missed (art. 14 p.1 sub. 4); "
        "information incomplete or signature missing (art. 14 p.1 sub. 5) (late: no)"
    )
    assert "подп. 4) п. 1 ст. 14 Закона" in event_sentence(_event(EventAction.DECIDED), "ru")
    corrected = event_sentence(_event(EventAction.CORRECTED), "en")
    assert corrected.startswith("Correction: purpose: 'old' -> 'new'; organizer's IIN: '900101300123' -> ")
    assert "items with defects: '5, 9' -> '9'" in corrected
    assert event_sentence(_event(EventAction.ATTACHED), "kk") == "Файл тіркелді (хат): answer.pdf"
    assert event_sentence(_event(EventAction.ATTACHED), "ru") == "Приложен файл (письмо): answer.pdf"
