"""Trust anchors and certification-path building (no network: only the certificates the caller passes in).

A TrustStore holds *anchors* (trusted roots or CAs the administrator imported, optionally pinned by SHA-256)
and *intermediates* (helpers for path building, not trusted by themselves). A path is accepted when every
signature in it verifies and it ends at an anchor; a path ending at a TEST anchor (NCA RK test CAs) is
accepted only with ``allow_test=True``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from asn1crypto import x509

from . import algorithms
from .certs import display_name, is_test_certificate, load_certificate

MAX_DEPTH = 8


@dataclass(frozen=True)
class CertificateInfo:
    """What the administrator's page and ``trust list`` show for a certificate."""

    subject: str
    issuer: str
    valid_from: datetime
    valid_to: datetime
    sha256: str
    is_test: bool
    is_ca: bool
    self_signed: bool


def describe(cert: x509.Certificate) -> CertificateInfo:
    """Summary of a certificate (subject, issuer, validity, SHA-256, test/CA flags)."""
    return CertificateInfo(
        subject=display_name(cert.subject),
        issuer=display_name(cert.issuer),
        valid_from=cert.not_valid_before,
        valid_to=cert.not_valid_after,
        sha256=cert.sha256.hex(),
        is_test=is_test_certificate(cert),
        is_ca=is_ca(cert),
        self_signed=cert.subject == cert.issuer,
    )


def is_ca(cert: x509.Certificate) -> bool:
    """basicConstraints cA, or (for old v1/v3 CAs without it) keyUsage keyCertSign."""
    bc = cert.basic_constraints_value
    if bc is not None:
        return bool(bc["ca"].native)
    ku = cert.key_usage_value
    return ku is not None and "key_cert_sign" in ku.native


def _coerce(cert: bytes | x509.Certificate) -> x509.Certificate:
    return cert if isinstance(cert, x509.Certificate) else load_certificate(cert)


class TrustStore:
    """Anchor and intermediate certificates, keyed by SHA-256. Not thread-safe for writes."""

    def __init__(
        self,
        anchors: Iterable[bytes | x509.Certificate] = (),
        intermediates: Iterable[bytes | x509.Certificate] = (),
    ) -> None:
        self._anchors: dict[str, x509.Certificate] = {}
        self._intermediates: dict[str, x509.Certificate] = {}
        self._signed_by: dict[tuple[str, str], bool] = {}
        for cert in anchors:
            self.add_anchor(cert)
        for cert in intermediates:
            self.add_intermediate(cert)

    def add_anchor(self, cert: bytes | x509.Certificate, expected_sha256: str | None = None) -> CertificateInfo:
        """Trust ``cert`` as an anchor. With ``expected_sha256`` (a pin), refuse a different certificate.

        Raises CertificateError for unreadable bytes, ValueError for a pin mismatch.
        """
        parsed = _coerce(cert)
        fingerprint = parsed.sha256.hex()
        if expected_sha256 is not None and fingerprint != expected_sha256.lower().replace(":", ""):
            raise ValueError(f"certificate SHA-256 {fingerprint} does not match the pin {expected_sha256}")
        self._anchors[fingerprint] = parsed
        return describe(parsed)

    def add_intermediate(self, cert: bytes | x509.Certificate) -> CertificateInfo:
        """Add a CA certificate used only to build paths (trusted only through an anchor)."""
        parsed = _coerce(cert)
        self._intermediates[parsed.sha256.hex()] = parsed
        return describe(parsed)

    @property
    def anchors(self) -> list[x509.Certificate]:
        return list(self._anchors.values())

    @property
    def intermediates(self) -> list[x509.Certificate]:
        return list(self._intermediates.values())

    def is_anchor(self, cert: x509.Certificate) -> bool:
        return cert.sha256.hex() in self._anchors

    def signed_by(self, child: x509.Certificate, issuer: x509.Certificate) -> bool:
        """True when ``issuer``'s key verifies ``child``'s signature (cached; False if unsupported)."""
        key = (child.sha256.hex(), issuer.sha256.hex())
        if key not in self._signed_by:
            self._signed_by[key] = _check_signed_by(child, issuer)
        return self._signed_by[key]


def _check_signed_by(child: x509.Certificate, issuer: x509.Certificate) -> bool:
    if child.issuer != issuer.subject:
        return False
    algorithm = child["signature_algorithm"]["algorithm"].dotted
    return algorithms.issuer_signed(issuer, algorithm, child["tbs_certificate"].dump(), child["signature_value"].native)


@dataclass(frozen=True)
class ChainResult:
    """A certification path leaf-first. ``ok`` only when it ends at an anchor the caller allows.

    ``problem`` is None, 'no_path' (no anchor reached) or 'test_root_not_allowed'.
    """

    ok: bool
    certificates: tuple[x509.Certificate, ...]
    problem: str | None = None
    is_test: bool = False

    @property
    def subjects(self) -> tuple[str, ...]:
        return tuple(display_name(c.subject) for c in self.certificates)


def build_chain(
    leaf: x509.Certificate,
    store: TrustStore,
    extra: Sequence[x509.Certificate] = (),
    allow_test: bool = False,
) -> ChainResult:
    """Find a path from ``leaf`` to an anchor of ``store`` using its intermediates plus ``extra``
    (e.g. the certificates embedded in the CMS). Signatures are verified, validity dates are not
    (the caller checks them at the time it chose).
    """
    pool = {c.sha256.hex(): c for c in [*store.intermediates, *extra]}
    path = _search(leaf, store, list(pool.values()), [leaf])
    if path is None:
        return ChainResult(False, (leaf,), "no_path")
    test = any(is_test_certificate(c) for c in path[1:]) or (len(path) == 1 and is_test_certificate(leaf))
    if test and not allow_test:
        return ChainResult(False, tuple(path), "test_root_not_allowed", True)
    return ChainResult(True, tuple(path), None, test)


def _search(
    cert: x509.Certificate, store: TrustStore, pool: list[x509.Certificate], path: list[x509.Certificate]
) -> list[x509.Certificate] | None:
    if store.is_anchor(cert):
        return path
    if len(path) > MAX_DEPTH:
        return None
    seen = {c.sha256.hex() for c in path}
    for anchor in store.anchors:
        if anchor.sha256.hex() not in seen and store.signed_by(cert, anchor) and _may_issue(anchor):
            return [*path, anchor]
    for candidate in pool:
        if candidate.sha256.hex() in seen or not _may_issue(candidate):
            continue
        if store.signed_by(cert, candidate):
            found = _search(candidate, store, pool, [*path, candidate])
            if found is not None:
                return found
    return None


def _may_issue(cert: x509.Certificate) -> bool:
    ku = cert.key_usage_value
    if ku is not None and "key_cert_sign" not in ku.native:
        return False
    return is_ca(cert) or cert.basic_constraints_value is None


def outside_validity(chain: Sequence[x509.Certificate], at: datetime) -> list[str]:
    """Subjects of the chain certificates not valid at ``at`` (empty when all are valid)."""
    return [display_name(c.subject) for c in chain if not (c.not_valid_before <= at <= c.not_valid_after)]
