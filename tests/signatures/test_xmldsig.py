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
    doc = parse(b'<?xml version="1.0"?><a xmlns:z="urn:z" b="2" a="1"><c/><!--x--></a>')
    assert canonicalize(doc) == b'<a xmlns:z="urn:z" a="1" b="2"><c></c></a>'
    assert canonicalize(doc, exclusive=True, comments=True) == b'<a a="1" b="2"><c></c><!--x--></a>'
    inner = doc.root.children[0]
    assert canonicalize(doc, inner) == b'<c xmlns:z="urn:z"></c>'  # subset apex inherits namespaces


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
