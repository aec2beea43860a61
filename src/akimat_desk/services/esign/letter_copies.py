"""The copy of an outgoing letter with its EDS mark and QR (for paper and for reading), and the check of a
letter someone shows: is it the one the register issued, a different version, or unknown?"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from enum import StrEnum

from akimat_desk.domain.errors import InvalidInput
from akimat_desk.letters.eds_mark import EdsMark, QrFacts, mark_pdf, parse_payload
from akimat_desk.letters.qr_read import UnreadableFile, qr_texts
from akimat_desk.security.roles import Permission
from akimat_desk.services.esign.letter_signing import letter_of, stored_pdf
from akimat_desk.services.kernel.context import ServiceContext
from akimat_desk.storage.decisions import DecisionRepository, LetterRecord
from akimat_desk.storage.esign.letter_signatures import LetterSignature, LetterSignatureRepository
from akimat_desk.storage.kernel.unit_of_work import UnitOfWork

MAX_CHECKED_BYTES = 64 * 1024 * 1024


def letter_copy(ctx: ServiceContext, reference: str | int, letter_id: int | None = None) -> bytes:
    """The stored PDF with the stamp on its last page: signed with EDS by whom, the certificate serial and
    time (when the letter is signed), and the QR of its number, date and SHA-256."""
    ctx.require(Permission.READ)
    with ctx.uow() as uow:
        letter = letter_of(uow, reference, letter_id)
        pdf = stored_pdf(uow, letter)
        signatures = uow.repo(LetterSignatureRepository).signatures(letter.id)
    return mark_pdf(pdf, mark_of(ctx, letter, signatures[-1] if signatures else None))


def mark_of(ctx: ServiceContext, letter: LetterRecord, signature: LetterSignature | None) -> EdsMark:
    """The stamp's facts for ``letter`` (signed by ``signature`` when there is one)."""
    signed_at = signature.signed_at or signature.checked_at if signature else None
    return EdsMark(
        language=letter.language,
        outgoing_number=letter.outgoing_number,
        outgoing_date=letter.outgoing_date,
        pdf_sha256=letter.sha256,
        signer=signature.signer_name if signature else None,
        certificate_serial=signature.certificate_serial if signature else None,
        signed_at=signed_at.astimezone(ctx.settings.tz).replace(tzinfo=None) if signed_at else None,
    )


class Outcome(StrEnum):
    ISSUED = "issued"  # the original PDF, or a copy whose QR names a letter of this register exactly
    DIFFERENT_VERSION = "different_version"  # the number exists, but the date or the PDF's hash differ
    UNKNOWN = "unknown"  # no QR of this register, or a number the register never issued


@dataclass(frozen=True, slots=True)
class LetterCheck:
    outcome: Outcome
    letter: LetterRecord | None
    facts: QrFacts | None
    original: bool  # the file is the stored PDF itself, byte for byte
    signature: LetterSignature | None


def check_letter(ctx: ServiceContext, data: bytes) -> LetterCheck:
    """Find the letter a PDF or a photo of a paper letter claims to be, by its bytes or by its QR code.

    Raises InvalidInput('letter_file_unreadable') when the file is neither a PDF nor an image.
    """
    ctx.require(Permission.READ)
    if not data or len(data) > MAX_CHECKED_BYTES:
        raise InvalidInput("letter_file_unreadable", field="file", detail="empty or larger than 64 MB")
    digest = hashlib.sha256(data).hexdigest()
    with ctx.uow() as uow:
        same = uow.repo(LetterSignatureRepository).letters_by_sha256(digest)
        if same:
            return _found(uow, same[0], Outcome.ISSUED, None, original=True)
    try:
        texts = qr_texts(data)
    except UnreadableFile as exc:
        raise InvalidInput("letter_file_unreadable", field="file", detail=str(exc)) from None
    facts = next((f for f in map(parse_payload, texts) if f is not None), None)
    if facts is None:
        return LetterCheck(Outcome.UNKNOWN, None, None, False, None)
    with ctx.uow() as uow:
        ids = uow.repo(LetterSignatureRepository).letters_by_number(facts.outgoing_number)
        if not ids:
            return LetterCheck(Outcome.UNKNOWN, None, facts, False, None)
        letters = [x for i in ids if (x := uow.repo(DecisionRepository).letter(i)) is not None]
        # the languages of one decision share its outgoing number: the QR's hash tells which letter it is
        exact = [
            x for x in letters if x.sha256.startswith(facts.sha256_prefix) and x.outgoing_date == facts.outgoing_date
        ]
        chosen = exact[0] if exact else letters[0]
        return _found(uow, chosen.id, Outcome.ISSUED if exact else Outcome.DIFFERENT_VERSION, facts, original=False)


def _found(uow: UnitOfWork, letter_id: int, outcome: Outcome, facts: QrFacts | None, original: bool) -> LetterCheck:
    letter = uow.repo(DecisionRepository).letter(letter_id)
    signatures = uow.repo(LetterSignatureRepository).signatures(letter_id)
    return LetterCheck(outcome, letter, facts, original, signatures[-1] if signatures else None)
