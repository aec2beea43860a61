"""Offline verification of Kazakh EDS (NCA RK) e-documents: CMS/CAdES and XMLDSig; no Qt, network or SQL.

Public API::

    from akimat_desk.signatures import TrustStore, verify, message
    store = TrustStore(anchors=[root_der], intermediates=[ca_der])
    result = verify(cms_bytes, content=None, trust=store, crls=[crl_der], allow_test=False)
    result.verdict, result.signer, result.message("kk")
"""

from .certs import CertificateError, load_certificate, signer_of
from .crls import CrlError, CrlInfo, describe_crl, load_crl
from .trust import CertificateInfo, TrustStore, describe
from .verdicts import (
    LANGUAGES,
    Revocation,
    Signer,
    TimeBasis,
    Timestamp,
    Verdict,
    VerificationResult,
    message,
)
from .verify import verify

__all__ = [
    "LANGUAGES",
    "CertificateError",
    "CertificateInfo",
    "CrlError",
    "CrlInfo",
    "Revocation",
    "Signer",
    "TimeBasis",
    "Timestamp",
    "TrustStore",
    "Verdict",
    "VerificationResult",
    "describe",
    "describe_crl",
    "load_certificate",
    "load_crl",
    "message",
    "signer_of",
    "verify",
]
