"""The verifier's entry point: bytes in, VerificationResult out; no input makes it raise.

Unreadable input is Verdict.MALFORMED; an internal error of the verifier (see ``input_errors``) propagates as
the exception it is, so that it is reported as a bug and never as a verdict about the file.

Order of precedence when several checks fail (the first wins): malformed, unsupported_algorithm,
signature_invalid (signature over the signed attributes, or signingCertificate(V2) mismatch),
content_mismatch (messageDigest differs from the content, or detached content missing), auth_key,
chain_untrusted, cert_expired (any certificate of the path outside validity at the chosen time),
revoked. ``valid`` is returned only when every check passed.

Times: the certificates are checked at ``at`` when the caller forces one (basis 'given'); else at the
genTime of a trusted timestamp token ('timestamp'); else at the signingTime attribute ('signing_time');
else at ``registration_time`` or the time of the check ('registration'). Revocation is judged at a time
the register trusts: ``at``, the trusted timestamp, else ``registration_time`` or now, because a
signer could back-date the signingTime claim to dodge a revocation.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import UTC, datetime

from asn1crypto import crl, x509

from . import algorithms, xmldsig
from .certs import signer_of
from .cms import MalformedInput, SignerCheck, certificates, check_signer, embedded_content, load_signed_data
from .crls import CrlError, RevocationResult, check_revocation, load_crl
from .input_errors import is_input_error
from .trust import TrustStore, build_chain, outside_validity
from .tsp import verify_timestamp
from .verdicts import Revocation, TimeBasis, Timestamp, Verdict, VerificationResult


@dataclasses.dataclass(frozen=True)
class Options:
    """Caller settings shared by all signers of one file."""

    store: TrustStore
    crls: tuple[crl.CertificateList, ...]
    allow_test: bool
    registration_time: datetime | None
    at: datetime | None
    now: datetime


def verify(
    data: bytes,
    content: bytes | None = None,
    *,
    trust: TrustStore | None = None,
    crls: Sequence[bytes | crl.CertificateList] = (),
    allow_test: bool = False,
    registration_time: datetime | None = None,
    at: datetime | None = None,
) -> VerificationResult:
    """Verify a signed file: CMS (DER/base64/PEM, attached or detached with ``content``) or signed XML.

    ``trust`` holds the anchors (empty store: nothing is trusted); ``crls`` are CRL files (DER/PEM bytes
    or parsed); TEST anchors count only with ``allow_test``. Datetimes must be timezone-aware (naive ones
    are taken as UTC). Unreadable input gives Verdict.MALFORMED; only an internal error raises.
    """
    try:
        options, notes = _options(trust, crls, allow_test, registration_time, at)
        if data[:4] == b"PK\x03\x04":
            # Kalkan ZIP containers (NCAManifest.xml + signature-*.cms): the manifest format is not known
            # here, and checking only the CMS would leave the data files unchecked, so never say valid.
            return VerificationResult(Verdict.UNSUPPORTED_ALGORITHM, details=("zip_container_not_supported",))
        if xmldsig.looks_like_xml(data):
            result = xmldsig.verify_xml(
                data, lambda check, content_: _judge(check, content_, check.chain_pool, options)
            )
        else:
            result = _verify_cms(data, content, options)
        return dataclasses.replace(result, details=result.details + notes) if notes else result
    except MalformedInput as exc:
        return VerificationResult(Verdict.MALFORMED, details=(f"malformed: {exc}",))
    except algorithms.UnsupportedAlgorithm as exc:
        return VerificationResult(Verdict.UNSUPPORTED_ALGORITHM, details=(f"unsupported: {exc}",))
    except (ValueError, TypeError, KeyError, IndexError) as exc:
        if not is_input_error(exc):
            raise
        return VerificationResult(Verdict.MALFORMED, details=(f"malformed: {type(exc).__name__}: {exc}"[:300],))


def _utc(value: datetime | None) -> datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


def _options(
    trust: TrustStore | None,
    crls: Sequence[bytes | crl.CertificateList],
    allow_test: bool,
    registration_time: datetime | None,
    at: datetime | None,
) -> tuple[Options, tuple[str, ...]]:
    parsed, notes = [], []
    for item in crls:
        try:
            parsed.append(item if isinstance(item, crl.CertificateList) else load_crl(item))
        except CrlError:
            notes.append("crl_unreadable")
    options = Options(
        trust if trust is not None else TrustStore(),
        tuple(parsed),
        allow_test,
        _utc(registration_time),
        _utc(at),
        datetime.now(UTC),
    )
    return options, tuple(notes)


def _verify_cms(data: bytes, content: bytes | None, options: Options) -> VerificationResult:
    signed = load_signed_data(data)
    attached = embedded_content(signed)
    notes: tuple[str, ...] = ()
    if attached is not None and content is not None and attached != content:
        notes = ("given_content_differs_from_attached",)
    used = attached if attached is not None else content
    pool = [*certificates(signed), *options.store.intermediates, *options.store.anchors]
    results = []
    for info in signed["signer_infos"]:
        try:
            check = check_signer(info, pool, used)
        except algorithms.UnsupportedAlgorithm as exc:
            results.append(VerificationResult(Verdict.UNSUPPORTED_ALGORITHM, details=(f"unsupported: {exc}",)))
            continue
        result = _judge(check, used, certificates(signed), options)
        if notes and result.verdict is not Verdict.SIGNATURE_INVALID:
            result = dataclasses.replace(result, verdict=Verdict.CONTENT_MISMATCH, details=result.details + notes)
        results.append(
            dataclasses.replace(result, detached=attached is None, content=attached if attached is not None else None)
        )
    return _combine(results)


def _combine(results: list[VerificationResult]) -> VerificationResult:
    first, rest = results[0], tuple(results[1:])
    verdict = next((r.verdict for r in results if r.verdict is not Verdict.VALID), Verdict.VALID)
    return dataclasses.replace(first, verdict=verdict, co_signers=rest)


def _times(check: SignerCheck, stamp: Timestamp | None, options: Options) -> tuple[datetime, TimeBasis, datetime]:
    """(validity time, its basis, revocation time)."""
    trusted = stamp.time if stamp is not None and stamp.trusted and stamp.time is not None else None
    fallback = options.registration_time or options.now
    if options.at is not None:
        return options.at, TimeBasis.GIVEN, options.at
    if trusted is not None:
        return trusted, TimeBasis.TIMESTAMP, trusted
    if check.signing_time is not None:
        return check.signing_time, TimeBasis.SIGNING_TIME, fallback
    return fallback, TimeBasis.REGISTRATION, fallback


def _judge(
    check: SignerCheck, content: bytes | None, embedded: list[x509.Certificate], options: Options
) -> VerificationResult:
    """Turn the cryptographic checks of one signer into a verdict with all the facts for the clerk."""
    cert = check.certificate
    assert cert is not None  # check_signer guarantees it
    checks: dict[str, str] = {"format": "ok"}
    details: list[str] = list(check.problems)
    stamp = (
        verify_timestamp(check.timestamp_token, check.signature, options.store, options.allow_test)
        if check.timestamp_token is not None
        else None
    )
    checks["timestamp"] = "absent" if stamp is None else ("ok" if stamp.trusted else "untrusted")
    if stamp is not None and stamp.problem:
        details.append(f"timestamp: {stamp.problem}")
    when, basis, revocation_time = _times(check, stamp, options)
    chain = build_chain(cert, options.store, [*embedded, *options.store.intermediates], options.allow_test)
    expired = outside_validity(chain.certificates, when)
    revocation = check_revocation(chain.certificates, options.crls, revocation_time) if chain.ok else None
    signer = signer_of(cert)
    checks["signature"] = "ok" if check.signature_ok else "failed"
    checks["signing_certificate"] = {None: "absent", True: "ok", False: "failed"}[check.signing_cert_ok]
    checks["content_digest"] = {None: "skipped", True: "ok", False: "failed"}[check.content_digest_ok]
    checks["key_usage"] = "ok" if signer.is_signing_key else "failed"
    checks["chain"] = "ok" if chain.ok else "failed"
    checks["validity"] = "failed" if expired else "ok"
    checks["revocation"] = str(revocation.status) if revocation else str(Revocation.NOT_CHECKED)
    if chain.problem:
        details.append(f"chain: {chain.problem}")
    if chain.is_test:
        details.append("test_certificate_chain")
    details += [f"not_valid_at_{basis}: {name}" for name in expired]
    if revocation is not None:
        details += list(revocation.notes)
        if revocation.status is Revocation.REVOKED:
            details.append(f"revoked: {revocation.revoked_subject} at {revocation.revoked_at} ({revocation.reason})")
    if content is None:
        details.append("detached_content_missing")
    verdict = _verdict(check, content, signer.is_signing_key, chain.ok, bool(expired), revocation)
    return VerificationResult(
        verdict=verdict,
        algorithm=algorithms.algorithm_name(check.signature_oid, algorithms.public_key_of(cert)),
        signer=signer,
        signed_at=check.signing_time,
        timestamp=stamp,
        time_basis=basis,
        checked_at=when,
        chain=chain.subjects,
        revocation=revocation.status if revocation else Revocation.NOT_CHECKED,
        checks=checks,
        details=tuple(details),
    )


def _verdict(
    check: SignerCheck,
    content: bytes | None,
    signing_key: bool,
    chain_ok: bool,
    expired: bool,
    revocation: RevocationResult | None,
) -> Verdict:
    if not check.signature_ok or check.signing_cert_ok is False:
        return Verdict.SIGNATURE_INVALID
    if content is None or check.content_digest_ok is not True:
        return Verdict.CONTENT_MISMATCH
    if not signing_key:
        return Verdict.AUTH_KEY
    if not chain_ok:
        return Verdict.CHAIN_UNTRUSTED
    if expired:
        return Verdict.CERT_EXPIRED
    if revocation is not None and revocation.status is Revocation.REVOKED:
        return Verdict.REVOKED
    return Verdict.VALID
