"""Signing an outgoing letter: the CMS is verified offline against the stored PDF before it is kept."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest

from akimat_desk.domain.errors import InvalidInput
from akimat_desk.services.esign.letter_signing import (
    SignatureRefused,
    SigningFailed,
    import_signature,
    sign_letter,
    signatures_of,
)
from akimat_desk.services.esign.trust_store import import_certificate, set_trust_test_roots
from akimat_desk.services.filings.registered import get_filing
from akimat_desk.services.kernel.messages import error_message
from akimat_desk.signatures.ncalayer import NcaLayerSigner
from akimat_desk.signatures.p12_signer import Pkcs12Signer, detached_cms
from akimat_desk.signatures.pkcs12 import KeyPair

from .conftest import DATA, PASSWORD, Pki, office_with_letter
from .ncalayer_standin import StandIn


def _p12(pki: Pki) -> Pkcs12Signer:
    return Pkcs12Signer(pki.p12, lambda: PASSWORD)


def _history_actions(clerk: Any, filing_id: int) -> list[str]:
    return [str(e.action) for e in get_filing(clerk, filing_id).history]


def test_training_signer_signs_verifies_and_records(signing_office: tuple[Any, Any], pki: Pki) -> None:
    clerk, issued = signing_office
    signed = sign_letter(clerk, issued.letter.filing_id, _p12(pki), "kk")
    sig = signed.signature
    assert sig.verdict == "valid" and sig.source == "p12"
    assert sig.signer_bin == "123456789021" and sig.signer_iin == "880101300123"
    assert sig.certificate_serial == format(pki.signatory.certificate.serial_number, "x")
    assert sig.pdf_sha256 == issued.letter.sha256
    assert signatures_of(clerk, issued.letter.filing_id) == [sig]
    assert _history_actions(clerk, issued.letter.filing_id)[-1] == "letter_signed"


@pytest.mark.parametrize(
    ("pair_name", "code"),
    [
        ("other_bin", "letter_signature.bin_differs"),
        ("expired", "letter_signature.verdict_cert_expired"),
        ("employee", "letter_signature.role_not_allowed"),
    ],
)
def test_imported_signatures_of_the_wrong_key_are_refused(
    signing_office: tuple[Any, Any], pki: Pki, pair_name: str, code: str
) -> None:
    clerk, issued = signing_office
    pair: KeyPair = getattr(pki, pair_name)
    cms = detached_cms(pair, issued.pdf, clerk.clock())
    with pytest.raises(SignatureRefused) as refused:
        import_signature(clerk, issued.letter.filing_id, cms)
    assert refused.value.code == code
    for lang in ("kk", "ru", "en"):
        assert "{" not in error_message(refused.value, lang)
    assert signatures_of(clerk, issued.letter.filing_id) == []
    assert "letter_signed" not in _history_actions(clerk, issued.letter.filing_id)


def test_a_signature_of_a_letter_changed_by_one_byte_is_refused(signing_office: tuple[Any, Any], pki: Pki) -> None:
    clerk, issued = signing_office
    changed = issued.pdf[:-10] + bytes([issued.pdf[-10] ^ 1]) + issued.pdf[-9:]
    with pytest.raises(SignatureRefused) as refused:
        import_signature(clerk, issued.letter.filing_id, detached_cms(pki.signatory, changed, clerk.clock()))
    assert refused.value.code == "letter_signature.verdict_content_mismatch"
    assert signatures_of(clerk, issued.letter.filing_id) == []


def test_an_untrusted_root_and_garbage_are_refused(ctx: Any, pki: Pki) -> None:
    clerk, issued = office_with_letter(ctx, "123456789021", "880101300123")
    clerk = replace(clerk, clock=lambda: pki.signatory.certificate.not_valid_before + timedelta(days=1))
    cms = detached_cms(pki.signatory, issued.pdf, clerk.clock())
    with pytest.raises(SignatureRefused) as untrusted:  # the training root was never imported
        import_signature(clerk, issued.letter.filing_id, cms)
    assert untrusted.value.code == "letter_signature.verdict_chain_untrusted"
    with pytest.raises(SignatureRefused) as garbage:
        import_signature(clerk, issued.letter.filing_id, b"\x30\x03\x02\x01\x01")
    assert garbage.value.code == "letter_signature.verdict_malformed"


def test_the_training_signer_needs_the_test_setting(signing_office: tuple[Any, Any], pki: Pki) -> None:
    clerk, issued = signing_office
    set_trust_test_roots(clerk, False)
    with pytest.raises(InvalidInput) as off:
        sign_letter(clerk, issued.letter.filing_id, _p12(pki), "ru")
    assert off.value.code == "training_signer_off"


def test_no_bin_no_signing(ctx: Any, pki: Pki) -> None:
    clerk, issued = office_with_letter(ctx, "", "")
    with pytest.raises(InvalidInput) as missing:
        sign_letter(clerk, issued.letter.filing_id, _p12(pki), "ru")
    assert missing.value.code == "bin_missing" and missing.value.field == "bin"


def test_whole_flow_through_the_ncalayer_stand_in_with_the_nca_test_key(ctx: Any, nca_key: KeyPair) -> None:
    # the NCA SDK key has expired: the register's clock is set inside its validity
    inside = nca_key.certificate.not_valid_before + timedelta(days=30)
    clerk, issued = office_with_letter(ctx, "123456789021", "123456789011", inside)
    import_certificate(clerk, (DATA / "root_test_gost_2022.cer").read_bytes(), "root.cer")
    import_certificate(clerk, (DATA / "nca_gost2022_test.cer").read_bytes(), "nca.cer")
    with StandIn("sign", lambda data: detached_cms(nca_key, data, inside)) as server:
        signer = NcaLayerSigner([server.root_pem], url=server.url)
        signed = sign_letter(clerk, issued.letter.filing_id, signer, "ru")
    assert server.received[0]["args"]["signerParams"]["bin"] == "123456789021"
    assert server.received[0]["args"]["locale"] == "ru"
    assert signed.signature.source == "ncalayer" and signed.signature.verdict == "valid"
    assert signed.signature.signer_name is not None and "ТЕСТОВ" in signed.signature.signer_name


@pytest.mark.parametrize(("behaviour", "code"), [("cancel", "signing.cancelled"), ("old", "signing.old_version")])
def test_ncalayer_failures_store_nothing(signing_office: tuple[Any, Any], behaviour: str, code: str) -> None:
    clerk, issued = signing_office
    with StandIn(behaviour) as server, pytest.raises(SigningFailed) as failed:
        sign_letter(clerk, issued.letter.filing_id, NcaLayerSigner([server.root_pem], url=server.url), "kk")
    assert failed.value.code == code
    assert signatures_of(clerk, issued.letter.filing_id) == []


@pytest.mark.parametrize("role", ["registrar", "executor", "viewer"])
def test_only_the_signatory_signs_the_akimats_letter(signing_office: tuple[Any, Any], pki: Pki, role: str) -> None:
    """Signing the akimat's letter needs the signatory's permission: a clerk of any other role is refused, by
    both ways of signing, and nothing is kept; the signatory (not the administrator only) may sign."""
    from akimat_desk.domain.errors import PermissionDenied
    from akimat_desk.services.office import users

    office, issued = signing_office
    users.add_user(office, "boss", ["administrator"], "boss-password-1")
    boss = replace(users.login(office, "boss", "boss-password-1"), clock=office.clock)
    users.add_user(boss, "clerk", [role], "clerk-password-1")
    users.add_user(boss, "head", ["signatory"], "head-password-1")
    clerk = replace(users.login(boss, "clerk", "clerk-password-1"), clock=office.clock)
    filing = issued.letter.filing_id
    cms = detached_cms(pki.signatory, issued.pdf, office.clock())
    for attempt in (lambda: sign_letter(clerk, filing, _p12(pki), "kk"), lambda: import_signature(clerk, filing, cms)):
        with pytest.raises(PermissionDenied) as refused:
            attempt()
        assert refused.value.params["permission"] == "sign_decision"
        assert "{" not in error_message(refused.value, "kk")
    assert signatures_of(boss, filing) == []
    head = replace(users.login(boss, "head", "head-password-1"), clock=office.clock)
    assert import_signature(head, filing, cms).signature.verdict == "valid"
