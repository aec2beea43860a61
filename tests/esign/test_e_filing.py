"""Registering e-filings: verified as of the time of receipt, organizer taken from the certificate, the original
bytes kept unchanged, verdicts appended (re-verification after a CRL), refused input leaves no trace."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from akimat_desk.domain.errors import InvalidInput
from akimat_desk.domain.filing import EventAction
from akimat_desk.services.esign.trust_store import import_certificate, import_crl, set_trust_test_roots
from akimat_desk.services.esign.verification import (
    preview_e_filing,
    register_e_filing,
    reverify_filing,
    verification_history,
)
from akimat_desk.services.filings.attachments import list_attachments, read_attachment
from akimat_desk.services.filings.registered import get_filing, list_filings
from akimat_desk.services.filings.registration import register_filing
from akimat_desk.signatures.pkcs12 import KeyPair
from akimat_desk.storage.filings.values import FilingQuery
from tests.signatures.gost_signing import make_cms

from .conftest import (
    DELTA_CRL,
    FULL_CRL,
    GOST_CEO,
    GOST_INDIVIDUAL,
    GOST_REVOKED_CEO,
    TEST_CA_2022,
    TEST_ROOT_2022,
    eds,
    notification,
    run,
    signed_notification,
)

KeyLoader = Callable[[str], KeyPair]
RECEIVED = "2025-01-15T12:00:00+05:00"
SIGNED_AT = datetime(2025, 1, 15, 6, 30, tzinfo=UTC)


@pytest.fixture
def trusting(ctx: Any) -> Any:
    """The test register's context with the TEST 2022 chain imported and TEST roots allowed."""
    for path in (TEST_ROOT_2022, TEST_CA_2022):
        import_certificate(ctx, eds(path).read_bytes(), Path(path).name)
    set_trust_test_roots(ctx, True)
    return ctx


def test_organizer_taken_from_the_certificate_and_original_kept(trusting: Any, key: KeyLoader) -> None:
    data = notification(RECEIVED)
    _, cms = signed_notification(key(GOST_INDIVIDUAL), data, SIGNED_AT)
    done = register_e_filing(trusting, data, cms, "уведомление.cms")
    assert done.result.verdict == "valid" and done.verification.verdict == "valid"
    organizer = done.filing.document["organizer"]
    assert (organizer["surname"], organizer["given_name"], organizer["patronymic"], organizer["iin"]) == (
        "ТЕСТОВ",
        "ТЕСТ",
        "ТЕСТОВИЧ",
        "123456789011",
    )
    assert {f.field for f in done.filled} == {
        "organizer.surname",
        "organizer.given_name",
        "organizer.patronymic",
        "organizer.iin",
        "signed",
    }
    assert done.filing.channel == "e_document" and done.notices == ()
    [original] = list_attachments(trusting, done.filing.id)
    info, stored = read_attachment(trusting, original.id)
    assert stored == cms and info.sha256 == hashlib.sha256(cms).hexdigest() and info.kind == "original_e_document"
    actions = [e.action for e in get_filing(trusting, done.filing.id).history]
    assert actions == [EventAction.REGISTERED, EventAction.ATTACHED, EventAction.SIGNATURE_VERIFIED]
    event = get_filing(trusting, done.filing.id).history[-1].changes["signature"]
    assert event["verdict"] == "valid" and "organizer.iin" in event["filled_from_certificate"]


def test_a_different_iin_in_the_filing_is_kept_with_a_warning(trusting: Any, key: KeyLoader) -> None:
    organizer = {
        "type": "person",
        "surname": "Сәрсенбаев",
        "given_name": "Ерлан",
        "iin": "900101300027",
        "address": "Алматы",
    }
    data = notification(RECEIVED, organizer=organizer)
    _, cms = signed_notification(key(GOST_INDIVIDUAL), data, SIGNED_AT)
    done = register_e_filing(trusting, data, cms, "n.cms")
    assert done.filing.document["organizer"]["iin"] == "900101300027"
    assert done.filing.document["organizer"]["surname"] == "Сәрсенбаев"
    [notice] = done.notices
    assert notice.code == "iin_differs" and notice.params == {"filing": "900101300027", "certificate": "123456789011"}
    assert [f.field for f in done.filled] == ["organizer.patronymic", "signed"]


def test_legal_entity_organizer_from_a_first_heads_certificate(trusting: Any, key: KeyLoader) -> None:
    data = notification(RECEIVED)
    _, cms = signed_notification(key(GOST_CEO), data, SIGNED_AT)
    done = register_e_filing(trusting, data, cms, "n.cms")
    organizer = done.filing.document["organizer"]
    assert (organizer["type"], organizer["name"], organizer["bin"]) == ("entity", 'АО "ТЕСТ"', "123456789021")
    assert done.result.signer is not None and done.result.signer.role == "first_head"


def test_a_crl_makes_the_signer_revoked_on_reverify_and_both_verdicts_stay(trusting: Any, key: KeyLoader) -> None:
    data = notification(RECEIVED)
    _, cms = signed_notification(key(GOST_REVOKED_CEO), data, SIGNED_AT)
    done = register_e_filing(trusting, data, cms, "n.cms")
    assert done.result.verdict == "valid" and done.result.revocation == "not_checked"
    for path in (FULL_CRL, DELTA_CRL):
        import_crl(trusting, eds(path).read_bytes(), Path(path).name)
    again = reverify_filing(trusting, done.filing.incoming_number)
    assert again.result.verdict == "revoked" and again.previous_verdict == "valid"
    history = verification_history(trusting, done.filing.id)
    assert [(v.trigger, v.verdict) for v in history] == [("registration", "valid"), ("reverify", "revoked")]
    assert history[0].result["revocation"] == "not_checked" and history[1].result["revocation"] == "revoked"
    assert len(history[1].result["trust"]["crls"]) == 2
    events = [e for e in get_filing(trusting, done.filing.id).history if e.action is EventAction.SIGNATURE_VERIFIED]
    assert [e.changes["signature"]["verdict"] for e in events] == ["valid", "revoked"]


def test_detached_signature_keeps_both_files_and_needs_the_content(trusting: Any, key: KeyLoader) -> None:
    pair = key(GOST_INDIVIDUAL)
    data = notification(RECEIVED)
    content = "Уведомление о пикете (скан текста)".encode()
    cms = make_cms(pair, content, SIGNED_AT, detached=True)
    with pytest.raises(InvalidInput) as refused:
        register_e_filing(trusting, data, cms, "n.cms")
    assert refused.value.code == "signed_content_missing" and refused.value.field == "content"
    done = register_e_filing(trusting, data, cms, "n.cms", content, "уведомление.txt")
    kinds = {a.kind: a for a in list_attachments(trusting, done.filing.id)}
    assert set(kinds) == {"original_e_document", "signed_content"} and done.result.verdict == "valid"
    assert read_attachment(trusting, kinds["signed_content"].id)[1] == content
    assert done.verification.content_attachment_id == kinds["signed_content"].id
    assert reverify_filing(trusting, done.filing.id).result.verdict == "valid"


def test_refused_input_leaves_the_register_untouched(trusting: Any, key: KeyLoader) -> None:
    data = notification(RECEIVED)
    _, cms = signed_notification(key(GOST_INDIVIDUAL), data, SIGNED_AT)
    with pytest.raises(InvalidInput) as refused:
        register_e_filing(trusting, data, b"\x30\x82garbage" * 10, "junk.cms")
    assert refused.value.code == "signed_file_malformed"
    with pytest.raises(InvalidInput):
        register_e_filing(trusting, notification("yesterday"), cms, "n.cms")
    assert list_filings(trusting, FilingQuery()) == []
    first = register_filing(trusting, notification(RECEIVED)).filing
    assert first.incoming_number.endswith("/0001")  # no number was used up by the refusals


def test_an_untrusted_signature_is_registered_with_its_verdict_and_nothing_filled(ctx: Any, key: KeyLoader) -> None:
    data = notification(RECEIVED)
    _, cms = signed_notification(key(GOST_INDIVIDUAL), data, SIGNED_AT)
    done = register_e_filing(ctx, data, cms, "n.cms")  # no roots imported: the chain cannot be trusted
    assert done.result.verdict == "chain_untrusted" and done.verification.verdict == "chain_untrusted"
    assert "signed" not in done.filing.document  # only a valid signature counts as the organizer's signature
    assert done.filled == () and "organizer" not in done.filing.document  # nothing from an untrusted certificate
    assert [n.code for n in done.notices] == ["not_verified"]


def test_a_valid_signature_over_another_text_fills_nothing(trusting: Any, key: KeyLoader) -> None:
    data = notification(RECEIVED)
    other = make_cms(key(GOST_INDIVIDUAL), "Совсем другой текст".encode(), SIGNED_AT)
    done = register_e_filing(trusting, data, other, "other.cms")
    assert done.result.verdict == "valid"
    assert done.filled == () and "signed" not in done.filing.document and "organizer" not in done.filing.document
    assert [n.code for n in done.notices] == ["other_document"]
    changed = notification(RECEIVED, place="г. Астана, площадь Независимости")
    _, cms = signed_notification(key(GOST_INDIVIDUAL), data, SIGNED_AT)
    again = register_e_filing(trusting, changed, cms, "n.cms")  # the signed JSON is not this filing's JSON
    assert again.filled == () and [n.code for n in again.notices] == ["other_document"]


def test_cli_register_signed_keeps_the_bytes_and_garbage_registers_nothing(
    capsys: Any, test_trust_home: str, tmp_path: Path, key: KeyLoader
) -> None:
    home = test_trust_home
    data = notification(RECEIVED)
    _, cms = signed_notification(key(GOST_INDIVIDUAL), data, SIGNED_AT)
    (tmp_path / "n.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    (tmp_path / "n.cms").write_bytes(cms)
    (tmp_path / "garbage.cms").write_bytes(bytes(range(256)))
    code, _, err = run(
        capsys, "--home", home, "register", str(tmp_path / "n.json"), "--signed", str(tmp_path / "garbage.cms")
    )
    assert code == 2 and "garbage.cms" in err and "signed" in err
    assert run(capsys, "--home", home, "list", "--json")[1] == []
    run(capsys, "--home", home, "trust", "test-roots", "on")
    code, out, err = run(
        capsys, "--home", home, "register", str(tmp_path / "n.json"), "--signed", str(tmp_path / "n.cms"), "--json"
    )
    assert code == 0, err
    assert out["signature"]["result"]["verdict"] == "valid" and out["channel"] == "e_document"
    assert out["signature"]["result"]["signer"]["iin"] == "123456789011"
    assert {f["field"] for f in out["signature"]["filled_from_certificate"]} >= {"organizer.iin", "organizer.surname"}
    code, attachments, _ = run(capsys, "--home", home, "attachments", str(out["id"]), "--json")
    assert attachments[0]["sha256"] == hashlib.sha256(cms).hexdigest()
    saved = tmp_path / "back.cms"
    assert run(capsys, "--home", home, "attachment-save", str(attachments[0]["id"]), "--out", str(saved))[0] == 0
    assert saved.read_bytes() == cms
    code, again, _ = run(capsys, "--home", home, "reverify", str(out["id"]), "--json")
    assert code == 0 and again["previous_verdict"] == "valid" and again["trigger"] == "reverify"
    code, history, _ = run(capsys, "--home", home, "signatures", str(out["id"]), "--json")
    assert [h["result"]["verdict"] for h in history] == ["valid", "valid"]
    code, paper, _ = run(capsys, "--home", home, "register", str(tmp_path / "n.json"), "--json")
    assert code == 0 and paper["channel"] == "paper"
    code, _, err = run(capsys, "--home", home, "reverify", str(paper["id"]))
    assert code == 2 and "no signed e-document" in err


def test_preview_shows_the_verdict_without_writing_and_is_reused_until_the_trust_store_changes(
    trusting: Any, key: KeyLoader
) -> None:
    data = notification(RECEIVED)
    _, cms = signed_notification(key(GOST_REVOKED_CEO), data, SIGNED_AT)
    preview = preview_e_filing(trusting, data, cms)
    assert preview.result.verdict == "valid" and preview.data["organizer"]["bin"] == "123456789021"
    assert list_filings(trusting, FilingQuery()) == []
    garbage = preview_e_filing(trusting, data, b"not a signature")
    assert garbage.result.verdict == "malformed" and garbage.filled == ()
    done = register_e_filing(trusting, data, cms, "n.cms", preview=preview)
    assert done.result is preview.result  # not checked twice
    import_crl(trusting, eds(FULL_CRL).read_bytes(), "full.crl")
    again = register_e_filing(trusting, data, cms, "n.cms", preview=preview)  # stale: checked again
    assert again.result.verdict == "revoked"
    assert [(n.code, n.params) for n in again.notices] == [
        ("not_verified", {"verdict": "revoked"}),
        ("already_registered", {"numbers": done.filing.incoming_number}),
    ]
    assert preview_e_filing(trusting, data, cms).notices[-1].code == "already_registered"


def test_the_registration_entry_keeps_the_originals_hash_and_audit_names_its_loss(
    trusting: Any, key: KeyLoader
) -> None:
    """Issue 16 item 1: the registration entry of an e-filing carries the original file's SHA-256 itself."""
    import sqlalchemy as sa

    from akimat_desk.services.office.audit import verify_history
    from tests.intruder import drop_guards

    data = notification(RECEIVED)
    _, cms = signed_notification(key(GOST_INDIVIDUAL), data, SIGNED_AT)
    done = register_e_filing(trusting, data, cms, "n.cms")
    entry = get_filing(trusting, done.filing.id).history[0].changes["filing"]
    assert entry["original_sha256"] == hashlib.sha256(cms).hexdigest()
    assert verify_history(trusting).intact
    with trusting.uow.engine.begin() as conn:
        drop_guards(conn)
        conn.execute(sa.text("DELETE FROM signature_verifications"))
        conn.execute(sa.text("DELETE FROM attachments"))
    found = verify_history(trusting).first_break
    assert found is not None and (found.field, found.expected) == ("original_sha256", hashlib.sha256(cms).hexdigest())
