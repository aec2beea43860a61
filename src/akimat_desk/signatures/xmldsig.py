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
from lxml import etree

from . import algorithms as alg
from .c14n import Element, XmlError, canonicalize, parse
from .certs import load_certificate
from .cms import MalformedInput, SignerCheck
from .verdicts import Verdict, VerificationResult

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

_ID_NAMES = ("Id", "ID", "id")
_WORSE_THAN_UNSIGNED = frozenset({Verdict.MALFORMED, Verdict.UNSUPPORTED_ALGORITHM, Verdict.SIGNATURE_INVALID})

Judge = Callable[[SignerCheck, bytes | None], VerificationResult]


def looks_like_xml(data: bytes) -> bool:
    """True when the bytes start (after a BOM and whitespace) with '<'."""
    return data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"<"


def _is(element: Element, local: str) -> bool:
    return isinstance(element.tag, str) and element.tag == f"{{{DSIG}}}{local}"


def _child(element: Element, local: str) -> Element | None:
    return next((c for c in element if _is(c, local)), None)


def _need(element: Element | None, local: str) -> Element:
    found = _child(element, local) if element is not None else None
    if found is None:
        raise MalformedInput(f"ds:{local} missing")
    return found


def _text(element: Element) -> str:
    return "".join(element.itertext()).strip()


def _algorithm(element: Element) -> str:
    return str(element.get("Algorithm", ""))


def _b64(element: Element) -> bytes:
    try:
        return base64.b64decode("".join(_text(element).split()), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise MalformedInput(f"bad base64 in ds:{etree.QName(element).localname}") from exc


def _ids(element: Element) -> list[str]:
    return [str(v) for k, v in element.attrib.items() if etree.QName(k).localname in _ID_NAMES]


def _by_id(root: Element, ident: str) -> Element:
    """The one element whose Id is ``ident``; MalformedInput when none or several (a wrapping attack)."""
    found = [e for e in root.iter() if isinstance(e.tag, str) and ident in _ids(e)]
    if len(found) > 1:
        raise MalformedInput(f"duplicate Id {ident!r} ({len(found)} elements)")
    if not found:
        raise MalformedInput(f"reference #{ident} not found")
    return found[0]


def _apex(root: Element, reference: Element) -> Element | None:
    """The element a Reference covers (None: the whole document)."""
    uri = reference.get("URI")
    if uri is None or (uri and not uri.startswith("#")):
        raise alg.UnsupportedAlgorithm(f"reference URI {uri!r}")
    return None if uri == "" else _by_id(root, uri[1:])


def _reference_ok(root: Element, signature: Element, reference: Element) -> bool:
    apex = _apex(root, reference)
    exclude, mode = None, (False, False)
    transforms = _child(reference, "Transforms")
    for transform in transforms if transforms is not None else []:
        if not isinstance(transform.tag, str):
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
    if exclude is not None and apex is not None and signature not in apex.iter():
        exclude = None  # the enveloped transform removes the signature only from a subtree that holds it
    try:  # a same-document reference drops comments (XMLDSig 4.4.3.3)
        octets = canonicalize(root, apex, exclusive=mode[0], comments=False, exclude=exclude)
    except XmlError as exc:
        raise MalformedInput(str(exc)) from exc
    return alg.digest(DIGEST_METHODS[digest_uri], octets) == _b64(_need(reference, "DigestValue"))


def unsigned_parts(root: Element, signatures: list[Element], covered: list[Element | None]) -> list[str]:
    """Paths of the elements that no Reference covers (outside the signatures); empty when all is signed.

    An element is covered when it is a referenced apex or inside one; the ancestors of an apex are listed too
    (their attributes and text are not signed), so a wrapped document always names its unsigned parts.
    """
    if any(apex is None or apex is root for apex in covered):
        return []
    inside: set[Element] = set()
    for apex in covered:
        inside.update(apex.iter() if apex is not None else ())
    for signature in signatures:
        inside.update(signature.iter())
    parts = []
    for element in root.iter():
        if isinstance(element.tag, str) and element not in inside:
            parent = element.getparent()
            if parent is None or parent in inside or _holds_covered(parent, inside):
                parts.append(_path(element))
    return parts


def _path(element: Element) -> str:
    """``/envelope/place[2]``: local names from the root, with the position among same-named siblings."""
    steps = []
    node: Element | None = element
    while node is not None:
        name = etree.QName(node).localname
        parent = node.getparent()
        twins = [c for c in parent if c.tag == node.tag] if parent is not None else [node]
        steps.append(f"{name}[{twins.index(node) + 1}]" if len(twins) > 1 else name)
        node = parent
    return "/" + "/".join(reversed(steps))


def _holds_covered(element: Element, inside: set[Element]) -> bool:
    return any(d in inside for d in element.iter())


def _certificates(signature: Element) -> list[x509.Certificate]:
    key_info = _child(signature, "KeyInfo")
    data = _child(key_info if key_info is not None else signature, "X509Data")
    if data is None:
        raise MalformedInput("no X509Certificate in KeyInfo")
    return [load_certificate(_b64(c)) for c in data if _is(c, "X509Certificate")]


def _signature_ok(signature_oid: str, cert: x509.Certificate, signed_info: bytes, value: bytes) -> bool:
    key = alg.public_key_of(cert)
    if alg.verify_signature(signature_oid, key, signed_info, value):
        return True
    gost = key.algorithm != alg.RSA_ENCRYPTION
    return gost and alg.verify_signature(signature_oid, key, signed_info, value[::-1])


def _references(signature: Element) -> list[Element]:
    signed_info = _need(signature, "SignedInfo")
    references = [c for c in signed_info if _is(c, "Reference")]
    if not references:
        raise MalformedInput("no ds:Reference")
    return references


def check_signature(root: Element, signature: Element) -> SignerCheck:
    """Digest and signature checks of one ds:Signature (MalformedInput / UnsupportedAlgorithm on problems)."""
    signed_info = _need(signature, "SignedInfo")
    method = _algorithm(_need(signed_info, "SignatureMethod"))
    c14n_method = _algorithm(_need(signed_info, "CanonicalizationMethod"))
    if method not in SIGNATURE_METHODS:
        raise alg.UnsupportedAlgorithm(f"signature method {method}")
    if c14n_method not in _C14N_MODES:
        raise alg.UnsupportedAlgorithm(f"canonicalization {c14n_method}")
    references = _references(signature)
    certs = _certificates(signature)
    if not certs:
        raise MalformedInput("no X509Certificate in KeyInfo")
    exclusive, comments = _C14N_MODES[c14n_method]
    octets = canonicalize(root, signed_info, exclusive=exclusive, comments=comments)
    value = _b64(_need(signature, "SignatureValue"))
    check = SignerCheck(certificate=certs[0], signature_oid=SIGNATURE_METHODS[method], signature=value)
    check.chain_pool = certs[1:]
    check.signature_ok = _signature_ok(check.signature_oid, certs[0], octets, value)
    check.content_digest_ok = all(_reference_ok(root, signature, r) for r in references)
    return check


def verify_xml(data: bytes, judge: Judge) -> VerificationResult:
    """Verify every ds:Signature of an XML document; the first non-valid verdict wins.

    The document counts as signed only when the References cover all of it (URI "" or the root's Id): else
    the verdict is content_mismatch with ``unsigned_parts: <paths>``, because the register keeps and shows the
    whole file. Raises MalformedInput for unreadable XML, a DOCTYPE, a missing signature or a duplicated
    referenced Id; UnsupportedAlgorithm for unknown URIs.
    """
    try:
        root = parse(data)
    except XmlError as exc:
        raise MalformedInput(f"XML: {exc}") from exc
    signatures = [e for e in root.iter() if _is(e, "Signature")]
    if not signatures:
        raise MalformedInput("no ds:Signature in the XML document")
    results = [judge(check_signature(root, s), data) for s in signatures]
    covered = [_apex(root, r) for s in signatures for r in _references(s)]
    unsigned = unsigned_parts(root, signatures, covered)
    first, rest = results[0], tuple(results[1:])
    verdict = next((r.verdict for r in results if not r.is_valid), first.verdict)
    if unsigned and verdict not in _WORSE_THAN_UNSIGNED:
        verdict = Verdict.CONTENT_MISMATCH
    details = first.details + ((f"unsigned_parts: {', '.join(unsigned[:10])}",) if unsigned else ())
    checks = dict(first.checks) | ({"coverage": "failed"} if unsigned else {"coverage": "ok"})
    return dataclasses.replace(first, verdict=verdict, co_signers=rest, content=data, details=details, checks=checks)
