"""Use cases of the register's trust store: the root and intermediate certificates and the CRLs the
administrator imported, and the office setting that lets TEST roots count.

Contracts:
- certificates are stored as DER with their SHA-256 and never changed; when the trust store is loaded, a
  certificate whose stored bytes no longer give its SHA-256 is left out (and reported), never trusted;
- a second root with the subject of an existing root is refused unless the administrator pins it
  (``expected_sha256``), so a look-alike root cannot slip in;
- a CRL is imported only when its signature verifies with a certificate of the store (refused otherwise);
- TEST roots (NCA RK test CAs) may be imported, but signatures chaining to them count only while the office
  setting ``trust_test_roots`` is on (or for one ``verify --trust-test`` run).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from akimat_desk.domain.errors import InvalidInput
from akimat_desk.security.roles import Permission
from akimat_desk.services.kernel.context import Changes, ServiceContext
from akimat_desk.signatures import CertificateError, CrlError, TrustStore, describe, describe_crl, load_certificate
from akimat_desk.signatures import load_crl as parse_crl
from akimat_desk.signatures.crls import crl_signed_by
from akimat_desk.storage.esign.repositories import StoredCertificate, StoredCrl, TrustRepository
from akimat_desk.storage.kernel.unit_of_work import UnitOfWork

SETTINGS_KEY = "esign"
_HEX64 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True, slots=True)
class EsignSettings:
    """The e-signature settings of the office (stored under the register's settings key ``esign``)."""

    trust_test_roots: bool = False


@dataclass(frozen=True, slots=True)
class ImportedCertificate:
    certificate: StoredCertificate
    already_present: bool
    changes: Changes


@dataclass(frozen=True, slots=True)
class ImportedCrl:
    crl: StoredCrl
    already_present: bool
    changes: Changes


@dataclass(frozen=True)
class LoadedTrust:
    """What the verifier needs from the register: anchors/intermediates, the CRLs to use, the TEST switch.

    ``problems`` are notes for the verdict's details (e.g. a stored certificate whose bytes changed).
    """

    store: TrustStore
    crls: tuple[bytes, ...]
    allow_test: bool
    anchors: tuple[str, ...]
    crl_fingerprints: tuple[str, ...]
    problems: tuple[str, ...]


def esign_settings(ctx: ServiceContext) -> EsignSettings:
    ctx.require(Permission.READ)
    with ctx.uow() as uow:
        return _settings(uow)


def _settings(uow: UnitOfWork) -> EsignSettings:
    stored = uow.settings.get(SETTINGS_KEY) or {}
    return EsignSettings(trust_test_roots=stored.get("trust_test_roots") is True)


def set_trust_test_roots(ctx: ServiceContext, enabled: bool) -> EsignSettings:
    """Let signatures chaining to NCA RK TEST roots count as trusted (never do this in production)."""
    ctx.require(Permission.MANAGE_TRUST)
    with ctx.uow(write=True) as uow:
        uow.settings.set(SETTINGS_KEY, {"trust_test_roots": bool(enabled)})
        uow.commit()
    return EsignSettings(trust_test_roots=bool(enabled))


def normalise_pin(value: str | None) -> str | None:
    """A SHA-256 pin as 64 lower-case hex digits (colons and spaces allowed); None stays None."""
    if value is None:
        return None
    pin = re.sub(r"[\s:]", "", value).lower()
    if not _HEX64.fullmatch(pin):
        raise InvalidInput("pin_invalid", field="expect_sha256", value=value)
    return pin


def import_certificate(
    ctx: ServiceContext, data: bytes, name: str, expected_sha256: str | None = None
) -> ImportedCertificate:
    """Add a CA certificate (DER, PEM or base64) to the trust store: a self-signed root becomes an anchor,
    any other CA an intermediate. Importing the same certificate again changes nothing.

    Refused (InvalidInput, nothing written): unreadable bytes, a pin that does not match, a certificate that
    is not a CA, a self-signed certificate whose signature does not verify, a second root with the subject
    of a stored root unless pinned.
    """
    ctx.require(Permission.MANAGE_TRUST)
    pin = normalise_pin(expected_sha256)
    try:
        cert = load_certificate(data)
    except CertificateError as exc:
        raise InvalidInput("certificate_unreadable", field="file", name=name, detail=str(exc)[:200]) from None
    info = describe(cert)
    if pin is not None and pin != info.sha256:
        raise InvalidInput("certificate_pin_mismatch", field="expect_sha256", expected=pin, actual=info.sha256)
    if not info.is_ca:
        raise InvalidInput("certificate_not_ca", field="file", name=name, subject=info.subject)
    if info.self_signed and not TrustStore().signed_by(cert, cert):
        raise InvalidInput("certificate_signature_invalid", field="file", name=name, subject=info.subject)
    row = StoredCertificate(
        0,
        info.sha256,
        "anchor" if info.self_signed else "intermediate",
        info.subject,
        info.issuer,
        info.valid_from,
        info.valid_to,
        info.is_test,
        ctx.clock(),
        ctx.actor,
        cert.dump(),
    )
    with ctx.uow(write=True) as uow:
        repo = uow.repo(TrustRepository)
        existing = repo.certificate(info.sha256)
        if existing is not None:
            return ImportedCertificate(existing, True, Changes.NONE)
        same_name = [c for c in repo.certificates() if c.role == "anchor" and c.subject == info.subject]
        if row.role == "anchor" and same_name and pin is None:
            raise InvalidInput(
                "anchor_subject_taken",
                field="expect_sha256",
                subject=info.subject,
                existing=same_name[0].sha256,
                actual=info.sha256,
            )
        new_id = repo.add_certificate(row)
        uow.commit()
    return ImportedCertificate(_without_der(row, new_id), False, Changes.SETTINGS)


def _without_der(row: StoredCertificate, new_id: int) -> StoredCertificate:
    return StoredCertificate(
        new_id,
        row.sha256,
        row.role,
        row.subject,
        row.issuer,
        row.valid_from,
        row.valid_to,
        row.is_test,
        row.imported_at,
        row.imported_by,
    )


def list_certificates(ctx: ServiceContext) -> list[StoredCertificate]:
    """The trust store's certificates in import order (without their bytes)."""
    ctx.require(Permission.READ)
    with ctx.uow() as uow:
        return uow.repo(TrustRepository).certificates()


def import_crl(ctx: ServiceContext, data: bytes, name: str) -> ImportedCrl:
    """Add a CRL (full or delta; DER, PEM or base64) whose signature verifies with a certificate of the store.

    Refused (InvalidInput, nothing written): unreadable bytes, an issuer not in the store, a signature that
    does not verify with the issuer's key. Importing the same CRL again changes nothing.
    """
    ctx.require(Permission.MANAGE_TRUST)
    try:
        parsed = parse_crl(data)
        info = describe_crl(parsed)
    except (CrlError, ValueError, KeyError, TypeError) as exc:
        raise InvalidInput("crl_unreadable", field="file", name=name, detail=str(exc)[:200]) from None
    with ctx.uow(write=True) as uow:
        repo = uow.repo(TrustRepository)
        existing = repo.crl(info.sha256)
        if existing is not None:
            return ImportedCrl(existing, True, Changes.NONE)
        candidates = [c for c in _intact(repo.certificates(with_der=True)) if c.subject == info.issuer]
        if not candidates:
            raise InvalidInput("crl_issuer_unknown", field="file", name=name, issuer=info.issuer)
        issuer = next((c for c in candidates if crl_signed_by(parsed, load_certificate(c.der))), None)
        if issuer is None:
            raise InvalidInput("crl_signature_invalid", field="file", name=name, issuer=info.issuer)
        number = None if info.number is None else str(info.number)
        row = StoredCrl(
            0,
            info.sha256,
            info.issuer,
            issuer.sha256,
            info.this_update,
            info.next_update,
            info.entries,
            info.is_delta,
            number,
            ctx.clock(),
            ctx.actor,
            parsed.dump(),
        )
        new_id = repo.add_crl(row)
        stored = repo.crl(info.sha256)
        uow.commit()
    assert stored is not None and stored.id == new_id
    return ImportedCrl(stored, False, Changes.SETTINGS)


def list_crls(ctx: ServiceContext) -> list[StoredCrl]:
    """The imported CRLs in import order (without their bytes)."""
    ctx.require(Permission.READ)
    with ctx.uow() as uow:
        return uow.repo(TrustRepository).crls()


def _intact(certs: Sequence[StoredCertificate]) -> list[StoredCertificate]:
    return [c for c in certs if hashlib.sha256(c.der).hexdigest() == c.sha256]


def load_trust(uow: UnitOfWork, trust_test: bool = False) -> LoadedTrust:
    """Build the verifier's trust store from the register (inside the caller's unit of work).

    TEST roots count when the office setting allows them or ``trust_test`` is True. For each CRL issuer the
    newest full CRL and the delta CRLs issued since it are used.
    """
    repo = uow.repo(TrustRepository)
    certs = repo.certificates(with_der=True)
    intact = _intact(certs)
    problems = tuple(f"trust_certificate_changed: {c.subject} ({c.sha256})" for c in certs if c not in intact)
    store = TrustStore()
    for cert in intact:
        if cert.role == "anchor":
            store.add_anchor(cert.der, expected_sha256=cert.sha256)
        else:
            store.add_intermediate(cert.der)
    crls = _current_crls(repo.crls(with_der=True))
    return LoadedTrust(
        store=store,
        crls=tuple(c.der for c in crls),
        allow_test=trust_test or _settings(uow).trust_test_roots,
        anchors=tuple(c.sha256 for c in intact if c.role == "anchor"),
        crl_fingerprints=tuple(c.sha256 for c in crls),
        problems=problems,
    )


def _current_crls(crls: Sequence[StoredCrl]) -> list[StoredCrl]:
    intact = [c for c in crls if hashlib.sha256(c.der).hexdigest() == c.sha256]
    chosen: list[StoredCrl] = []
    for issuer in dict.fromkeys(c.issuer_sha256 for c in intact):
        mine = [c for c in intact if c.issuer_sha256 == issuer]
        fulls = [c for c in mine if not c.is_delta and c.this_update is not None]
        if not fulls:
            continue
        full = max(fulls, key=lambda c: c.this_update or c.imported_at)
        assert full.this_update is not None
        chosen.append(full)
        chosen += [c for c in mine if c.is_delta and c.this_update is not None and c.this_update >= full.this_update]
    return chosen
