"""Signature timestamp tokens (RFC 3161 TST inside the CAdES-T unsigned attribute).

A token is *trusted* (and its genTime used as the validation time) only when: it parses, its signature
and messageDigest verify, its imprint equals H(signature value of the document signer), its TSA
certificate has the timeStamping EKU, chains to an anchor of the trust store and is valid at genTime.
Any failure of the token yields an untrusted Timestamp with a ``problem`` code; only an internal error of the
verifier raises (see ``input_errors``).
"""

from __future__ import annotations

from asn1crypto import cms, tsp

from . import algorithms
from .certs import display_name, extended_key_usage
from .cms import certificates, check_signer
from .input_errors import is_input_error
from .trust import TrustStore, build_chain, outside_validity
from .verdicts import Timestamp

OID_TST_INFO = "1.2.840.113549.1.9.16.1.4"
OID_TIME_STAMPING = "1.3.6.1.5.5.7.3.8"


def verify_timestamp(
    token: cms.ContentInfo, signature_value: bytes, store: TrustStore, allow_test: bool = False
) -> Timestamp:
    """Check a timestamp token over ``signature_value``; see the module docstring for the contract."""
    try:
        return _verify(token, signature_value, store, allow_test)
    except algorithms.UnsupportedAlgorithm as exc:
        return Timestamp(None, False, problem=f"unsupported_algorithm: {exc}")
    except (ValueError, TypeError, KeyError, IndexError) as exc:
        if not is_input_error(exc):
            raise
        return Timestamp(None, False, problem=f"malformed: {type(exc).__name__}")


def _verify(token: cms.ContentInfo, signature_value: bytes, store: TrustStore, allow_test: bool) -> Timestamp:
    signed = token["content"]
    if not isinstance(signed, cms.SignedData):  # the content type is not signedData (a damaged token)
        return Timestamp(None, False, problem="malformed: not SignedData")
    encap = signed["encap_content_info"]
    if encap["content_type"].dotted != OID_TST_INFO:
        return Timestamp(None, False, problem="not_a_timestamp")
    tst_der = bytes(encap["content"])
    info = tsp.TSTInfo.load(tst_der)
    gen_time = info["gen_time"].native
    imprint = info["message_imprint"]
    imprint_ok = (
        algorithms.digest(imprint["hash_algorithm"]["algorithm"].dotted, signature_value)
        == imprint["hashed_message"].native
    )
    pool = certificates(signed)
    check = check_signer(signed["signer_infos"][0], pool, tst_der)
    tsa = check.certificate
    tsa_name = display_name(tsa.subject) if tsa is not None else None

    def untrusted(problem: str) -> Timestamp:
        return Timestamp(gen_time, False, tsa_name, imprint_ok, problem)

    if not imprint_ok:
        return untrusted("imprint_mismatch")
    if not (check.signature_ok and check.content_digest_ok) or check.signing_cert_ok is False:
        return untrusted("token_signature_invalid")
    assert tsa is not None  # check_signer raised otherwise
    if OID_TIME_STAMPING not in extended_key_usage(tsa):
        return untrusted("not_a_tsa_certificate")
    chain = build_chain(tsa, store, pool, allow_test)
    if not chain.ok:
        return untrusted(f"tsa_untrusted: {chain.problem}")
    if outside_validity(chain.certificates, gen_time):
        return untrusted("tsa_certificate_not_valid_at_gen_time")
    return Timestamp(gen_time, True, tsa_name, True, None)
