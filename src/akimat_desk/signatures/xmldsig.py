"""XMLDSig (enveloped, as NCALayer/Kalkan produce) with the Kazakh algorithm URIs.

Each ds:Signature is checked: every Reference digest (URI "" = whole document, or "#id") after its
transforms (enveloped-signature, C14N 1.0 / exclusive C14N, with or without comments), then the
SignatureValue over the canonical SignedInfo with the certificate from KeyInfo/X509Data. GOST signature
values are accepted in the NCA CMS layout (r || s little-endian) and in the RFC 4491 layout (its byte
reversal): both encode the same (r, s), so accepting either does not weaken the check. The verdict is
then formed by the caller's ``judge`` exactly as for CMS (chain, validity, revocation, key usage).
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
from collections.abc import Callable

from asn1crypto import x509

from . import algorithms as alg
from .c14n import Document, Element, XmlError, canonicalize, parse
from .certs import load_certificate
from .cms import MalformedInput, SignerCheck
from .verdicts import VerificationResult

DSIG = "http://www.w3.org/2000/09/xmldsig#"
_KZ = "urn:ietf:params:xml:ns:pkigovkz:xmlsec:algorithms:"
_MORE = "http://www.w3.org/2001/04/xmldsig-more#"
SIGNATURE_METHODS = {
    _KZ + "gostr34102015-gostr34112015-512": alg.KZ_GOST2015_512_SIG,
    _KZ + "gostr34102015-gostr34112015-256": alg.KZ_GOST2015_256_SIG,
    _MORE + "gost34310-gost34311": alg.KZ_GOST2004_SIG,
    _MORE + "rsa-sha256": "1.2.840.113549.1.1.11",
    _MORE + "rsa-sha512": "1.2.840.113549.1.1.13",
    DSIG + "rsa-sha1": "1.2.840.113549.1.1.5",
}
DIGEST_METHODS = {
    _KZ + "gostr34112015-512": alg.KZ_STREEBOG_512,
    _KZ + "gostr34112015-256": alg.KZ_STREEBOG_256,
    _MORE + "gost34311": alg.KZ_GOST_34311,
    "http://www.w3.org/2001/04/xmlenc#sha256": alg.SHA256,
    "http://www.w3.org/2001/04/xmlenc#sha512": alg.SHA512,
    DSIG + "sha1": alg.SHA1,
}
C14N = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315"
EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#"
ENVELOPED = DSIG + "enveloped-signature"
_C14N_MODES = {
    C14N: (False, False),
    C14N + "#WithComments": (False, True),
    EXC_C14N: (True, False),
    EXC_C14N + "WithComments": (True, True),
}

Judge = Callable[[SignerCheck, bytes | None], VerificationResult]


def looks_like_xml(data: bytes) -> bool:
    """True when the bytes start (after a BOM and whitespace) with '<'."""
    return data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"<"


def _is(element: Element, local: str) -> bool:
    return element.resolve(element.name) == (DSIG, local)


def _child(element: Element, local: str) -> Element | None:
    return next((c for c in element.children if isinstance(c, Element) and _is(c, local)), None)


def _need(element: Element | None, local: str) -> Element:
    found = _child(element, local) if element is not None else None
    if found is None:
        raise MalformedInput(f"ds:{local} missing")
    return found


def _text(element: Element) -> str:
    return "".join(c for c in element.children if isinstance(c, str)).strip()


def _algorithm(element: Element) -> str:
    return dict(element.attrs).get("Algorithm", "")


def _b64(element: Element) -> bytes:
    try:
        return base64.b64decode("".join(_text(element).split()), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise MalformedInput(f"bad base64 in ds:{element.name}") from exc


def _by_id(doc: Document, ident: str) -> Element:
    for element in doc.root.iter():
        if any(k.rpartition(":")[2] in ("Id", "ID", "id") and v == ident for k, v in element.attrs):
            return element
    raise MalformedInput(f"reference #{ident} not found")


def _reference_ok(doc: Document, signature: Element, reference: Element) -> bool:
    uri = dict(reference.attrs).get("URI")
    if uri is None or (uri and not uri.startswith("#")):
        raise alg.UnsupportedAlgorithm(f"reference URI {uri!r}")
    apex = None if uri == "" else _by_id(doc, uri[1:])
    exclude, mode = None, (False, False)
    transforms = _child(reference, "Transforms")
    for transform in transforms.children if transforms is not None else []:
        if not isinstance(transform, Element):
            continue
        name = _algorithm(transform)
        if name == ENVELOPED:
            exclude = signature
        elif name in _C14N_MODES:
            mode = _C14N_MODES[name]
        else:
            raise alg.UnsupportedAlgorithm(f"transform {name}")
    digest_uri = _algorithm(_need(reference, "DigestMethod"))
    if digest_uri not in DIGEST_METHODS:
        raise alg.UnsupportedAlgorithm(f"digest {digest_uri}")
    octets = canonicalize(doc, apex, exclusive=mode[0], comments=mode[1] and uri != "", exclude=exclude)
    return alg.digest(DIGEST_METHODS[digest_uri], octets) == _b64(_need(reference, "DigestValue"))


def _certificates(signature: Element) -> list[x509.Certificate]:
    data = _child(_child(signature, "KeyInfo") or signature, "X509Data")
    if data is None:
        raise MalformedInput("no X509Certificate in KeyInfo")
    return [load_certificate(_b64(c)) for c in data.children if isinstance(c, Element) and _is(c, "X509Certificate")]


def _signature_ok(signature_oid: str, cert: x509.Certificate, signed_info: bytes, value: bytes) -> bool:
    key = alg.public_key_of(cert)
    if alg.verify_signature(signature_oid, key, signed_info, value):
        return True
    gost = key.algorithm != alg.RSA_ENCRYPTION
    return gost and alg.verify_signature(signature_oid, key, signed_info, value[::-1])


def check_signature(doc: Document, signature: Element) -> SignerCheck:
    """Digest and signature checks of one ds:Signature (MalformedInput / UnsupportedAlgorithm on problems)."""
    signed_info = _need(signature, "SignedInfo")
    method = _algorithm(_need(signed_info, "SignatureMethod"))
    c14n_method = _algorithm(_need(signed_info, "CanonicalizationMethod"))
    if method not in SIGNATURE_METHODS:
        raise alg.UnsupportedAlgorithm(f"signature method {method}")
    if c14n_method not in _C14N_MODES:
        raise alg.UnsupportedAlgorithm(f"canonicalization {c14n_method}")
    references = [c for c in signed_info.children if isinstance(c, Element) and _is(c, "Reference")]
    if not references:
        raise MalformedInput("no ds:Reference")
    certs = _certificates(signature)
    if not certs:
        raise MalformedInput("no X509Certificate in KeyInfo")
    exclusive, comments = _C14N_MODES[c14n_method]
    octets = canonicalize(doc, signed_info, exclusive=exclusive, comments=comments)
    value = _b64(_need(signature, "SignatureValue"))
    check = SignerCheck(certificate=certs[0], signature_oid=SIGNATURE_METHODS[method], signature=value)
    check.chain_pool = certs[1:]
    check.signature_ok = _signature_ok(check.signature_oid, certs[0], octets, value)
    check.content_digest_ok = all(_reference_ok(doc, signature, r) for r in references)
    if any(dict(r.attrs).get("URI") for r in references):
        check.problems.append("partial_document_signed")
    return check


def verify_xml(data: bytes, judge: Judge) -> VerificationResult:
    """Verify every ds:Signature of an XML document; the first non-valid verdict wins.

    Raises MalformedInput for unreadable XML or a missing signature, UnsupportedAlgorithm for unknown URIs.
    """
    try:
        doc = parse(data)
    except XmlError as exc:
        raise MalformedInput(f"XML: {exc}") from exc
    signatures = [e for e in doc.root.iter() if _is(e, "Signature")]
    if not signatures:
        raise MalformedInput("no ds:Signature in the XML document")
    results = [judge(check_signature(doc, s), data) for s in signatures]
    first, rest = results[0], tuple(results[1:])
    verdict = next((r.verdict for r in results if not r.is_valid), first.verdict)
    return dataclasses.replace(first, verdict=verdict, co_signers=rest, content=data)
