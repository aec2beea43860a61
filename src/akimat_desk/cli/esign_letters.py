"""The akimat's own EDS (issue 18): ``sign ID [--signer ncalayer|p12 --key FILE] [--import FILE]`` and
``training-keys --out DIR``.

``sign`` exits 0 when the letter's signature was verified and stored, 2 when nothing was stored (the
message says why: the signatory cancelled, NCALayer is not running, the key is not the akimat's...).
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from akimat_desk.cli.common import EXIT_FAILURE, EXIT_OK, CliError, Register, ask_secret, print_json, wants_json
from akimat_desk.domain.errors import InvalidInput
from akimat_desk.security.roles import Permission
from akimat_desk.security.secrets import KeyringSecretStore, SecretStoreUnavailable
from akimat_desk.services.decisions.letter_bounces import record_bounce
from akimat_desk.services.decisions.letter_mail import eds_package, send_letter_email, smtp_secret_name
from akimat_desk.services.decisions.outgoing import letters_of
from akimat_desk.services.esign.letter_copies import check_letter, letter_copy
from akimat_desk.services.esign.letter_signing import (
    import_signature,
    ncalayer_signer,
    sign_letter,
    signature_json,
)
from akimat_desk.services.filings.attachments import read_file
from akimat_desk.services.kernel.messages import message
from akimat_desk.signatures import message as verdict_message
from akimat_desk.signatures.p12_signer import Pkcs12Signer
from akimat_desk.signatures.training_pki import make_root, make_signatory, write_p12

KEY_PASSWORD_ENV = "AKIMAT_DESK_KEY_PASSWORD"


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> dict[str, Any]:
    p = sub.add_parser("sign", parents=[common], help="sign a filing's outgoing letter with the akimat's EDS")
    p.add_argument("id", help="the filing (incoming number or id)")
    p.add_argument("--letter", type=int, help="the letter's id (default: the filing's latest letter)")
    p.add_argument("--signer", choices=("ncalayer", "p12"), default="ncalayer")
    p.add_argument("--key", help="PKCS#12 key file of the training signer (--signer p12)")
    p.add_argument("--import", dest="import_file", metavar="FILE", help="a .cms/.p7s made in another system")
    p = sub.add_parser("training-keys", parents=[common], help="make a TEST root and a signatory key (training)")
    p.add_argument("--out", required=True, help="folder for training-root.cer and signatory.p12")
    p.add_argument("--name", help="SURNAME GIVEN-NAME PATRONYMIC (default: the signatory in the settings)")
    p = sub.add_parser("send", parents=[common], help="send a filing's letter: by e-mail, or the EDS package")
    p.add_argument("id", help="the filing (incoming number or id)")
    p.add_argument("--channel", required=True, choices=("email", "eds"))
    p.add_argument("--to", help="e-mail address (default: the organizer's, item 10)")
    p.add_argument("--letter", type=int, help="the letter's id (default: the filing's latest letter)")
    p.add_argument("--out", help="--channel eds: where to write the ZIP (PDF + CMS)")
    p = sub.add_parser("bounce", parents=[common], help="record a bounce (.eml) of a letter sent by e-mail")
    p.add_argument("file", help="the delivery status notification saved from the mailbox (.eml)")
    p = sub.add_parser("smtp-password", parents=[common], help="keep the office's SMTP password in the OS keyring")
    p = sub.add_parser("letter-copy", parents=[common], help="the letter with its EDS mark and QR code, as PDF")
    p.add_argument("id")
    p.add_argument("--letter", type=int)
    p.add_argument("--out", required=True)
    p = sub.add_parser("check-letter", parents=[common], help="is this PDF or photo a letter the register issued?")
    p.add_argument("file", help="a PDF, or a photo/scan (PNG, JPEG) of the paper letter")
    return {"sign": _sign, "training-keys": _training_keys, "send": _send, "bounce": _bounce,
            "smtp-password": _smtp_password, "letter-copy": _letter_copy, "check-letter": _check_letter}  # fmt: skip


def key_password(lang: str) -> str:
    """$AKIMAT_DESK_KEY_PASSWORD, else a prompt (never echoed)."""
    password = os.environ.get(KEY_PASSWORD_ENV)
    if password is not None:
        return password
    return ask_secret(message("sign.password_prompt", lang), lang)


def _sign(args: argparse.Namespace, lang: str) -> int:
    cms = read_file(Path(args.import_file)) if args.import_file else None
    key_file = read_file(Path(args.key)) if args.key else None
    with Register(args) as reg:
        ctx = reg.context
        if cms is not None:
            signed = import_signature(ctx, args.id, cms, args.letter)
        elif args.signer == "p12":
            if key_file is None:
                raise InvalidInput("key_file_missing", field="key")
            signed = sign_letter(ctx, args.id, Pkcs12Signer(key_file, lambda: key_password(lang)), lang, args.letter)
        else:
            signer = ncalayer_signer(ctx, on_wait=lambda: print(message("sign.waiting", lang), flush=True))
            signed = sign_letter(ctx, args.id, signer, lang, args.letter)
        tz = ctx.settings.tz
    sig = signed.signature
    if wants_json(args):
        print_json(signature_json(sig))
        return EXIT_OK
    when = sig.signed_at.astimezone(tz).strftime("%Y-%m-%d %H:%M") if sig.signed_at else "—"
    print(message("letter_signed.done", lang, number=signed.letter.outgoing_number, signer=sig.signer_name,
                  serial=sig.certificate_serial, signed_at=when,
                  verdict=verdict_message(sig.verdict, lang)))  # fmt: skip
    return EXIT_OK


def _name_parts(name: str) -> tuple[str, str, str]:
    parts = name.replace(".", " ").split()
    if len(parts) < 2:
        raise InvalidInput("signatory_name_parts", field="name", value=name)
    return parts[0], parts[1], " ".join(parts[2:])


def _training_keys(args: argparse.Namespace, lang: str) -> int:
    with Register(args) as reg:
        settings = reg.context.settings
    if not settings.bin:
        raise InvalidInput("bin_missing", field="bin")
    if not settings.signatory_iin:
        raise InvalidInput("signatory_iin_missing", field="signatory_iin")
    surname, given, patronymic = _name_parts(args.name or settings.signatory_name)
    password = key_password(lang)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    root = make_root(now=datetime.now(UTC))
    organization = settings.name_ru or settings.name_kk or "AKIMAT"
    pair = make_signatory(root, surname=surname.upper(), given_name=given.upper(), patronymic=patronymic.upper(),
                          iin=settings.signatory_iin, bin_=settings.bin, organization=organization)  # fmt: skip
    (out / "training-root.cer").write_bytes(root.certificate.dump())
    key_path = out / "signatory.p12"
    key_path.write_bytes(write_p12(pair, password, (root.certificate,)))
    key_path.chmod(0o600)
    valid_to = pair.certificate.not_valid_after.date().isoformat()
    data = {"out": str(out), "root": str(out / "training-root.cer"), "key": str(key_path), "bin": settings.bin,
            "iin": settings.signatory_iin, "valid_to": valid_to}  # fmt: skip
    if wants_json(args):
        print_json(data)
    else:
        print(message("training_keys.done", lang, **data))
    return EXIT_OK


SMTP_PASSWORD_ENV = "AKIMAT_DESK_SMTP_PASSWORD"


def smtp_password(host: str, user: str) -> str | None:
    """$AKIMAT_DESK_SMTP_PASSWORD, else the OS keyring; None when neither has it."""
    if os.environ.get(SMTP_PASSWORD_ENV) is not None:
        return os.environ[SMTP_PASSWORD_ENV]
    if not user:
        return None
    try:
        return KeyringSecretStore().get(smtp_secret_name(host, user))
    except SecretStoreUnavailable:
        return None


def _smtp_password(args: argparse.Namespace, lang: str) -> int:
    with Register(args) as reg:
        ctx = reg.context
        ctx.require(Permission.MANAGE_SETTINGS)
        settings = ctx.settings
    if not settings.smtp_host or not settings.smtp_user:
        raise InvalidInput("smtp_host_missing", field="smtp_host")
    secret = ask_secret(message("mail.password_prompt", lang, user=settings.smtp_user, host=settings.smtp_host), lang)
    try:
        KeyringSecretStore().set(smtp_secret_name(settings.smtp_host, settings.smtp_user), secret)
    except SecretStoreUnavailable as exc:
        raise CliError(message("mail.keyring_unavailable", lang, detail=str(exc)), EXIT_FAILURE) from None
    print(message("mail.password_kept", lang))
    return EXIT_OK


def _send(args: argparse.Namespace, lang: str) -> int:
    with Register(args) as reg:
        ctx = reg.context
        if args.channel == "eds":
            if not args.out:
                raise InvalidInput("out_missing", field="out")
            Path(args.out).write_bytes(eds_package(ctx, args.id, args.letter))
            print(message("package.written", lang, out=args.out))
            return EXIT_OK
        password = smtp_password(ctx.settings.smtp_host, ctx.settings.smtp_user)
        attempt = send_letter_email(ctx, args.id, to=args.to, password=password, letter_id=args.letter)
        number = letter_number(ctx, args.id, attempt.letter_id)
    data = {"status": attempt.status, "to": attempt.address, "message_id": attempt.message_id,
            "reason": attempt.reason, "attachments": list(attempt.attachments), "letter": number}  # fmt: skip
    if wants_json(args):
        print_json(data)
    elif attempt.status == "sent":
        print(message("mail.sent", lang, number=number, to=attempt.address, message_id=attempt.message_id))
    else:
        print(message("mail.failed", lang, number=number, to=attempt.address, reason=attempt.reason), file=sys.stderr)
    return EXIT_OK if attempt.status == "sent" else EXIT_FAILURE


def _bounce(args: argparse.Namespace, lang: str) -> int:
    data = read_file(Path(args.file))
    with Register(args) as reg:
        result = record_bounce(reg.context, data, Path(args.file).name)
    a = result.attempt
    if wants_json(args):
        print_json({"status": a.status, "already_recorded": result.already, "filing_id": result.filing_id,
                    "letter": result.letter_number, "to": a.address, "message_id": a.message_id,
                    "reason": a.reason})  # fmt: skip
    else:
        key = "bounce.already" if result.already else "bounce.recorded"
        print(message(key, lang, number=result.letter_number, to=a.address, reason=a.reason or "—"))
    return EXIT_OK


def letter_number(ctx: Any, reference: str, letter_id: int) -> str:
    return next(x.outgoing_number for x in letters_of(ctx, reference) if x.id == letter_id)


def _letter_copy(args: argparse.Namespace, lang: str) -> int:
    with Register(args) as reg:
        pdf = letter_copy(reg.context, args.id, args.letter)
    Path(args.out).write_bytes(pdf)
    print(message("copy.written", lang, out=args.out))
    return EXIT_OK


def _check_letter(args: argparse.Namespace, lang: str) -> int:
    data = read_file(Path(args.file))
    with Register(args) as reg:
        found = check_letter(reg.context, data)
    letter, sig = found.letter, found.signature
    if wants_json(args):
        print_json({
            "outcome": str(found.outcome), "original": found.original,
            "letter": letter.outgoing_number if letter else None,
            "date": letter.outgoing_date.isoformat() if letter else None,
            "filing_id": letter.filing_id if letter else None,
            "qr": {"number": found.facts.outgoing_number, "date": found.facts.outgoing_date.isoformat(),
                   "sha256_prefix": found.facts.sha256_prefix} if found.facts else None,
            "signed_by": sig.signer_name if sig else None,
        })  # fmt: skip
    else:
        key = "check.issued_original" if found.original else f"check.{found.outcome}"
        number = letter.outgoing_number if letter else (found.facts.outgoing_number if found.facts else "—")
        day = letter.outgoing_date.strftime("%d.%m.%Y") if letter else "—"
        print(message(key, lang, number=number, date=day))
        if sig is not None and found.outcome == "issued":
            print(message("check.signed", lang, signer=sig.signer_name, serial=sig.certificate_serial))
    return EXIT_OK if found.outcome == "issued" else EXIT_FAILURE
