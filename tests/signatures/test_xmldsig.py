"""XMLDSig verification (Kazakh URIs) on signatures made in the test, plus C14N 1.0 behaviour."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from akimat_desk.signatures import TimeBasis, TrustStore, Verdict, verify
from akimat_desk.signatures.c14n import canonicalize, parse
from akimat_desk.signatures.pkcs12 import KeyPair
from akimat_desk.signatures.xmldsig import EXC_C14N

from .data import GOST2004_TEST, GOST_INDIVIDUAL, RSA_PROD, inside_validity
from .xml_signing import make_signed_xml

KeyLoader = Callable[[str], KeyPair]


@pytest.fixture(scope="module")
def gost_xml(key: KeyLoader) -> bytes:
    return make_signed_xml(key(GOST_INDIVIDUAL))


def test_inclusive_c14n_keeps_unused_namespaces_and_sorts_attributes() -> None:
    root = parse(b'<?xml version="1.0"?><a xmlns:z="urn:z" b="2" a="1"><c/><!--x--></a>')
    assert canonicalize(root) == b'<a xmlns:z="urn:z" a="1" b="2"><c></c></a>'
    assert canonicalize(root, exclusive=True, comments=True) == b'<a a="1" b="2"><c></c><!--x--></a>'
    inner = root[0]
    assert canonicalize(root, inner) == b'<c xmlns:z="urn:z"></c>'  # subset apex inherits namespaces
    assert canonicalize(root, inner, exclusive=True) == b"<c></c>"


def test_enveloped_exclusion_keeps_the_text_after_the_signature() -> None:
    root = parse(b"<a>x<s>sig</s>tail<b/></a>")
    assert canonicalize(root, exclude=root[0]) == b"<a>xtail<b></b></a>"


def test_signed_gost2015_xml_is_valid(store: TrustStore, gost_xml: bytes, key: KeyLoader) -> None:
    pair = key(GOST_INDIVIDUAL)
    result = verify(gost_xml, trust=store, allow_test=True, registration_time=inside_validity(pair))
    assert result.verdict is Verdict.VALID, result.details
    assert result.algorithm == "GOST 34.10-2015 512 / Streebog-512"
    assert result.time_basis is TimeBasis.REGISTRATION
    assert result.signer is not None
    assert result.signer.iin == "123456789011"
    assert result.content == gost_xml


@pytest.mark.parametrize("path", [GOST2004_TEST, RSA_PROD])
def test_gost2004_and_rsa_xml(store: TrustStore, key: KeyLoader, path: str) -> None:
    pair = key(path)
    signed = make_signed_xml(pair, c14n=EXC_C14N)
    result = verify(signed, trust=store, allow_test=True, registration_time=inside_validity(pair))
    assert result.verdict is Verdict.VALID, result.details


def test_rfc_signature_layout_is_accepted_too(store: TrustStore, key: KeyLoader) -> None:
    pair = key(GOST_INDIVIDUAL)
    signed = make_signed_xml(pair, rfc_layout=True)
    assert verify(signed, trust=store, allow_test=True, registration_time=inside_validity(pair)).is_valid


def test_changed_xml_content(store: TrustStore, gost_xml: bytes, key: KeyLoader) -> None:
    tampered = gost_xml.replace(b"2025-03-01", b"2025-03-02")
    when = inside_validity(key(GOST_INDIVIDUAL))
    assert verify(tampered, trust=store, allow_test=True, registration_time=when).verdict is Verdict.CONTENT_MISMATCH


def test_changed_signed_info_or_signature_value(store: TrustStore, gost_xml: bytes, key: KeyLoader) -> None:
    when = inside_validity(key(GOST_INDIVIDUAL))
    text = gost_xml.decode()
    digest_at = text.index("<ds:DigestValue>") + len("<ds:DigestValue>")
    value_at = text.index("<ds:SignatureValue>") + len("<ds:SignatureValue>")
    for at in (digest_at, value_at + 3):
        changed = text[:at] + ("A" if text[at] != "A" else "B") + text[at + 1 :]
        result = verify(changed.encode(), trust=store, allow_test=True, registration_time=when)
        assert result.verdict is Verdict.SIGNATURE_INVALID


def test_xml_needs_the_test_setting_and_known_algorithms(store: TrustStore, gost_xml: bytes) -> None:
    assert verify(gost_xml, trust=store).verdict is Verdict.CHAIN_UNTRUSTED
    unknown = gost_xml.replace(b"gostr34102015-gostr34112015-512", b"gostr34102015-gostr34112015-999")
    assert verify(unknown, trust=store, allow_test=True).verdict is Verdict.UNSUPPORTED_ALGORITHM


@pytest.mark.parametrize(
    "data",
    [
        b"<a>no signature</a>",
        b"<a><unclosed></a>",
        b'<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>',
        b"<ds:Signature xmlns:ds='http://www.w3.org/2000/09/xmldsig#'/>",
    ],
)
def test_broken_xml_is_malformed(data: bytes) -> None:
    assert verify(data).verdict is Verdict.MALFORMED


WRAPPED = (
    '<envelope xmlns="urn:akimat:test"><notification Id="doc"><organizer>ТЕСТОВ</organizer>'
    "<date>2025-03-01</date></notification></envelope>"
)


def test_signature_over_one_element_names_the_unsigned_parts(store: TrustStore, key: KeyLoader) -> None:
    pair = key(GOST_INDIVIDUAL)
    when = inside_validity(pair)
    signed = make_signed_xml(pair, WRAPPED, reference="#doc")
    alone = verify(signed, trust=store, allow_test=True, registration_time=when)
    assert alone.verdict is Verdict.CONTENT_MISMATCH  # the envelope itself is not signed
    assert alone.checks["content_digest"] == "ok" and alone.checks["coverage"] == "failed"
    added = signed.replace(b"</envelope>", b"<place>another square</place></envelope>")
    result = verify(added, trust=store, allow_test=True, registration_time=when)
    assert result.verdict is Verdict.CONTENT_MISMATCH
    unsigned = next(d for d in result.details if d.startswith("unsigned_parts: "))
    assert unsigned == "unsigned_parts: /envelope, /envelope/place"


def test_reference_to_the_root_element_covers_the_whole_document(store: TrustStore, key: KeyLoader) -> None:
    pair = key(GOST_INDIVIDUAL)
    document = '<notification xmlns="urn:akimat:test" Id="doc"><date>2025-03-01</date></notification>'
    signed = make_signed_xml(pair, document, reference="#doc")
    result = verify(signed, trust=store, allow_test=True, registration_time=inside_validity(pair))
    assert result.verdict is Verdict.VALID, result.details
    assert result.content == signed


def test_a_second_element_with_the_signed_id_is_refused(store: TrustStore, key: KeyLoader) -> None:
    pair = key(GOST_INDIVIDUAL)
    document = '<notification xmlns="urn:akimat:test" Id="doc"><date>2025-03-01</date></notification>'
    signed = make_signed_xml(pair, document, reference="#doc")
    doubled = (
        b'<w xmlns="urn:akimat:test">' + signed + b'<notification Id="doc"><date>2025-04-01</date></notification></w>'
    )
    result = verify(doubled, trust=store, allow_test=True, registration_time=inside_validity(pair))
    assert result.verdict is Verdict.MALFORMED
    assert "duplicate Id 'doc'" in result.details[0]


@pytest.mark.parametrize(
    "data",
    [
        b'<!DOCTYPE a [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><a>&b;</a>',
        b'<!DOCTYPE a SYSTEM "http://127.0.0.1:9/x.dtd"><a>&x;</a>',
        b'<a xmlns:ds="http://www.w3.org/2000/09/xmldsig#">&undeclared;<ds:Signature/></a>',
    ],
)
def test_entities_and_dtds_are_refused_before_anything_is_loaded(data: bytes) -> None:
    result = verify(data)
    assert result.verdict is Verdict.MALFORMED
