"""Test-only XMLDSig signer (enveloped, URI="") with the Kazakh algorithm URIs; never used by the app.

The canonical forms come from lxml's C14N (the package's c14n module), so these signatures prove the verifier's
plumbing and tamper detection, not interoperability with Kalkan (no real signed XML sample is available).
``reference`` signs one element (``"#id"``) instead of the whole document, as wrapping attacks do.
"""

from __future__ import annotations

import base64

from akimat_desk.signatures import algorithms as alg
from akimat_desk.signatures.c14n import canonicalize, parse
from akimat_desk.signatures.pkcs12 import KeyPair
from akimat_desk.signatures.xmldsig import C14N, DSIG, ENVELOPED

from .gost_signing import _SCHEMES, _sign

_URIS = {
    alg.KZ_GOST2015_512_KEY: (
        "urn:ietf:params:xml:ns:pkigovkz:xmlsec:algorithms:gostr34102015-gostr34112015-512",
        "urn:ietf:params:xml:ns:pkigovkz:xmlsec:algorithms:gostr34112015-512",
    ),
    alg.KZ_GOST2004_KEY: (
        "http://www.w3.org/2001/04/xmldsig-more#gost34310-gost34311",
        "http://www.w3.org/2001/04/xmldsig-more#gost34311",
    ),
    alg.RSA_ENCRYPTION: (
        "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
        "http://www.w3.org/2001/04/xmlenc#sha256",
    ),
}
PLACEHOLDER = "SIGNATURE-VALUE-PLACEHOLDER"

NOTIFICATION_XML = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<notification xmlns="urn:akimat:test" xmlns:unused="urn:unused" kind="picket">'
    '<organizer iin="123456789011">ТЕСТОВ ТЕСТ ТЕСТОВИЧ</organizer>\n'
    "  <place>г. Астана, сквер у акимата &amp; площадь</place>"
    "<date>2025-03-01</date><!-- draft --></notification>"
)


def make_signed_xml(
    pair: KeyPair,
    document: str = NOTIFICATION_XML,
    *,
    c14n: str = C14N,
    rfc_layout: bool = False,
    reference: str = "",
) -> bytes:
    """``document`` with an enveloped ds:Signature appended to its root element."""
    method, digest_uri = _URIS[pair.algorithm]
    digest_oid = _SCHEMES[pair.algorithm][0]
    exclusive = "exc-c14n" in c14n
    root = parse(document.encode())
    apex = None if not reference else next(e for e in root.iter() if reference[1:] in e.attrib.values())
    digest = alg.digest(digest_oid, canonicalize(root, apex, exclusive=exclusive))
    cert_b64 = base64.b64encode(pair.certificate.dump()).decode()
    signature = (
        f'<ds:Signature xmlns:ds="{DSIG}"><ds:SignedInfo>'
        f'<ds:CanonicalizationMethod Algorithm="{c14n}"/><ds:SignatureMethod Algorithm="{method}"/>'
        f'<ds:Reference URI="{reference}"><ds:Transforms><ds:Transform Algorithm="{ENVELOPED}"/>'
        f'<ds:Transform Algorithm="{c14n}"/></ds:Transforms><ds:DigestMethod Algorithm="{digest_uri}"/>'
        f"<ds:DigestValue>{base64.b64encode(digest).decode()}</ds:DigestValue></ds:Reference></ds:SignedInfo>"
        f"<ds:SignatureValue>{PLACEHOLDER}</ds:SignatureValue>"
        f"<ds:KeyInfo><ds:X509Data><ds:X509Certificate>{cert_b64}</ds:X509Certificate></ds:X509Data>"
        "</ds:KeyInfo></ds:Signature>"
    )
    closing = document.rindex("</")
    signed = document[:closing] + signature + document[closing:]
    signed_root = parse(signed.encode())
    signed_info = next(e for e in signed_root.iter() if e.tag == f"{{{DSIG}}}SignedInfo")
    value = _sign(pair, canonicalize(signed_root, signed_info, exclusive=exclusive))
    if rfc_layout and pair.algorithm != alg.RSA_ENCRYPTION:
        value = value[::-1]
    return signed.replace(PLACEHOLDER, base64.b64encode(value).decode()).encode()
