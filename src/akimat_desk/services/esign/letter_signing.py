"""Signing the akimat's own answers (art. 11 p.2, art. 13 p.2): sign an outgoing letter's stored PDF, never
trust the CMS that comes back, keep it with the letter and in the filing's history.

Every CMS (from NCALayer, the training signer, or imported from another system) goes through
:func:`accept_signature`: the register's own offline verifier against the stored PDF's bytes (chain to a
trusted root, valid now), then the akimat's rules (the signer's BIN is the akimat's, the role may sign for
it, the IIN is the signatory's when one is set). A refused CMS stores nothing and says why.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from akimat_desk.domain.errors import InvalidInput
from akimat_desk.domain.filing import EventAction, FilingId
from akimat_desk.domain.records import record_json
from akimat_desk.security.roles import Permission
from akimat_desk.services.esign.trust_store import esign_settings, load_trust
from akimat_desk.services.filings import load_filing
from akimat_desk.services.kernel.context import Changes, ServiceContext
from akimat_desk.signatures import Verdict, VerificationResult, verify
from akimat_desk.signatures.signing import ROLE_RIGHT_OF_SIGNATURE, Signer, SigningError, SigningRequest
from akimat_desk.storage.decisions import DecisionRepository, LetterRecord
from akimat_desk.storage.esign.letter_signatures import LetterSignature, LetterSignatureRepository
from akimat_desk.storage.filings import AttachmentRepository, NewEvent
from akimat_desk.storage.kernel.unit_of_work import UnitOfWork

#: Roles whose key may sign the akimat's answers (NCA RK role names, see signatures.certs.ROLE_OIDS).
SIGNING_ROLES = ("first_head", "right_of_signature")
MAX_CMS_BYTES = 2 * 1024 * 1024


class SignatureRefused(InvalidInput):
    """The CMS was checked and is not acceptable for this letter; ``reason`` says which rule failed."""

    code = "letter_signature_refused"


class SigningFailed(InvalidInput):
    """The signer produced no CMS (the signatory cancelled, NCALayer is not running, ...)."""

    code = "letter_signing_failed"


@dataclass(frozen=True, slots=True)
class SignedLetter:
    letter: LetterRecord
    signature: LetterSignature
    changes: Changes  # the filing's card: the letter's signature and its history entry


def letter_of(uow: UnitOfWork, reference: str | int, letter_id: int | None = None) -> LetterRecord:
    """The filing's latest outgoing letter, or the one with ``letter_id`` (which must be the filing's)."""
    record = load_filing(uow, reference)
    letters = uow.repo(DecisionRepository).letters(record.id)
    chosen = [x for x in letters if letter_id is None or x.id == letter_id]
    if not chosen:
        raise InvalidInput("no_letter", field="letter", reference=record.incoming_number)
    return chosen[-1]


def stored_pdf(uow: UnitOfWork, letter: LetterRecord) -> bytes:
    """The letter's PDF exactly as issued (its SHA-256 is checked against the letter's record)."""
    content = uow.repo(AttachmentRepository).content(letter.attachment_id) if letter.attachment_id else None
    if content is None or hashlib.sha256(content).hexdigest() != letter.sha256:
        raise InvalidInput("letter_pdf_changed", field="letter", number=letter.outgoing_number)
    return content


def signing_request(ctx: ServiceContext, pdf: bytes, lang: str) -> SigningRequest:
    """The request for the akimat's signatory: the BIN (required) and the signatory's IIN from the settings."""
    settings = ctx.settings
    if not settings.bin:
        raise InvalidInput("bin_missing", field="bin")
    return SigningRequest(
        data=pdf, bin=settings.bin, iin=settings.signatory_iin, roles=(ROLE_RIGHT_OF_SIGNATURE,), locale=lang
    )


def check_for_letter(ctx: ServiceContext, result: VerificationResult) -> str | None:
    """The first of the akimat's rules the verified CMS breaks (a reason code), or None when it passes."""
    if result.verdict is not Verdict.VALID:
        return f"verdict_{result.verdict}"
    if len(result.co_signers) > 0:
        return "several_signers"
    signer = result.signer
    if signer is None or not ctx.settings.bin or signer.bin != ctx.settings.bin:
        return "bin_differs"
    if not any(role in SIGNING_ROLES for role in signer.roles):
        return "role_not_allowed"
    if ctx.settings.signatory_iin and signer.iin != ctx.settings.signatory_iin:
        return "iin_differs"
    return None


def accept_signature(
    ctx: ServiceContext, uow: UnitOfWork, letter: LetterRecord, pdf: bytes, cms: bytes, source: str
) -> LetterSignature:
    """Verify ``cms`` against the stored ``pdf`` now and store it, or raise SignatureRefused (storing nothing)."""
    if not cms or len(cms) > MAX_CMS_BYTES:
        raise SignatureRefused("letter_signature.cms_size", field="cms", number=letter.outgoing_number)
    trust = load_trust(uow)
    now = ctx.clock()
    result = verify(cms, pdf, trust=trust.store, crls=trust.crls, allow_test=trust.allow_test, at=now)
    reason = check_for_letter(ctx, result)
    if reason is not None:
        signer_bin = (result.signer.bin if result.signer else None) or "—"
        raise SignatureRefused(
            f"letter_signature.{reason}",
            field="cms",
            reason=reason,
            verdict=str(result.verdict),
            number=letter.outgoing_number,
            signer_bin=signer_bin,
            bin=ctx.settings.bin or "—",
        )
    signer = result.signer
    assert signer is not None  # check_for_letter guarantees it
    stored = uow.repo(LetterSignatureRepository).add_signature(
        letter_id=letter.id,
        source=source,
        cms=cms,
        cms_sha256=hashlib.sha256(cms).hexdigest(),
        pdf_sha256=letter.sha256,
        verdict=str(result.verdict),
        signer_name=signer.name,
        signer_iin=signer.iin,
        signer_bin=signer.bin,
        signer_role=signer.role,
        certificate_serial=signer.serial,
        signed_at=result.signed_at,
        checked_at=now,
        result=result.to_dict(),
        recorded_by=ctx.actor,
    )
    change = {
        "letter_signature": {
            "outgoing_number": letter.outgoing_number,
            "source": source,
            "verdict": str(result.verdict),
            "signer": signer.name,
            "iin": signer.iin,
            "bin": signer.bin,
            "serial": signer.serial,
            "signed_at": result.signed_at.isoformat() if result.signed_at else None,
            "cms_sha256": stored.cms_sha256,
        }
    }
    uow.filings.append_event(FilingId(letter.filing_id), NewEvent(now, ctx.actor, EventAction.LETTER_SIGNED, change))
    return stored


def training_signer_allowed(ctx: ServiceContext) -> bool:
    """The PKCS#12 signer is for training registers only: offered while the TEST setting is on."""
    return esign_settings(ctx).trust_test_roots


def sign_letter(
    ctx: ServiceContext, reference: str | int, signer: Signer, lang: str, letter_id: int | None = None
) -> SignedLetter:
    """Sign the filing's (latest) letter with ``signer``, verify the CMS offline and keep it.

    The signer runs outside any unit of work (NCALayer may wait minutes for the signatory). Raises
    SigningFailed (with the signer's ``code``), SignatureRefused, or InvalidInput for missing settings.
    """
    ctx.require(Permission.SIGN_DECISION)
    if signer.name != "ncalayer" and not training_signer_allowed(ctx):
        raise InvalidInput("training_signer_off", field="signer")
    with ctx.uow() as uow:
        letter = letter_of(uow, reference, letter_id)
        pdf = stored_pdf(uow, letter)
    request = signing_request(ctx, pdf, lang)
    try:
        cms = signer.sign(request)
    except SigningError as exc:
        raise SigningFailed(f"signing.{exc.code}", field="signer", reason=exc.code, detail=exc.detail) from None
    return _store(ctx, reference, letter.id, cms, signer.name)


def import_signature(
    ctx: ServiceContext, reference: str | int, cms: bytes, letter_id: int | None = None
) -> SignedLetter:
    """A .cms/.p7s the signatory made in another system, checked against the stored letter exactly as
    a signature made here."""
    ctx.require(Permission.SIGN_DECISION)
    return _store(ctx, reference, letter_id, cms, "imported")


def _store(ctx: ServiceContext, reference: str | int, letter_id: int | None, cms: bytes, source: str) -> SignedLetter:
    with ctx.uow(write=True) as uow:
        letter = letter_of(uow, reference, letter_id)
        pdf = stored_pdf(uow, letter)
        stored = accept_signature(ctx, uow, letter, pdf, cms, source)
        uow.commit()
    return SignedLetter(letter, stored, Changes.FILING)


def signatures_of(ctx: ServiceContext, reference: str | int, letter_id: int | None = None) -> list[LetterSignature]:
    """The accepted signatures of the filing's (latest) letter, oldest first."""
    ctx.require(Permission.READ)
    with ctx.uow() as uow:
        letter = letter_of(uow, reference, letter_id)
        return uow.repo(LetterSignatureRepository).signatures(letter.id)


_SIGNATURE_KEYS = {"signer_name": "signer", "signer_iin": "iin", "signer_bin": "bin", "signer_role": "role"}


def signature_json(signature: LetterSignature) -> dict[str, Any]:
    """An accepted signature as ``signatures --json`` prints it (the CMS itself and the full result left out)."""
    return record_json(signature, omit=("cms", "result", "recorded_by"), rename=_SIGNATURE_KEYS)


NCALAYER_URL_ENV = "AKIMAT_DESK_NCALAYER_URL"  # another port or a stand-in (tests); default wss://127.0.0.1:13579/


def ncalayer_roots(ctx: ServiceContext) -> list[str]:
    """PEM of the RSA certificates of the register's trust store: NCALayer's TLS certificate must chain to
    one of them (the NCA RK RSA root the administrator imported), never to the system store."""
    from asn1crypto import pem

    from akimat_desk.signatures import algorithms as alg
    from akimat_desk.signatures.certs import load_certificate

    with ctx.uow() as uow:
        trust = load_trust(uow)
    certs = [*trust.store.anchors, *trust.store.intermediates]
    rsa = [c for c in certs if alg.public_key_of(load_certificate(c.dump())).algorithm == alg.RSA_ENCRYPTION]
    return [pem.armor("CERTIFICATE", c.dump()).decode("ascii") for c in rsa]


def ncalayer_signer(ctx: ServiceContext, on_wait: Any = None, url: str | None = None) -> Signer:
    """The NCALayer signer pinned to the register's RSA roots; InvalidInput when none is imported."""
    import os

    from akimat_desk.signatures.ncalayer import DEFAULT_URL, NcaLayerSigner

    roots = ncalayer_roots(ctx)
    if not roots:
        raise InvalidInput("ncalayer_root_missing", field="trust")
    return NcaLayerSigner(roots, url=url or os.environ.get(NCALAYER_URL_ENV) or DEFAULT_URL, on_wait=on_wait)
