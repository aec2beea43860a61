"""Commands of the decisions area: decide, answer, letter, receipt, dispatch, delivered, grounds, undo-decision and
undo-dispatch (within the minute); the akimat's EDS on its letters (sign, send, check a copy)."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from akimat_desk.cli.common import (
    EXIT_FAILURE,
    EXIT_OK,
    CliError,
    Commands,
    Register,
    ask_secret,
    common_options,
    print_json,
    wants_json,
)
from akimat_desk.cli.deadlines import parse_day
from akimat_desk.domain.decisions import (
    DecisionKind,
    DecisionRequest,
    DispatchChannel,
    Ground,
    GroundReason,
    ProposalAnswer,
)
from akimat_desk.domain.errors import InvalidInput
from akimat_desk.services.kernel.messages import cite, message

# ---- decisions

OUTCOMES = {kind.value: kind for kind in DecisionKind}


def _add_decisions_parsers(sub: Any, common: argparse.ArgumentParser) -> Commands:
    p = sub.add_parser("decide", parents=[common], help="take a decision on a filing (art. 11 p.1 / 13 p.1)")
    p.add_argument("id")
    p.add_argument("--outcome", required=True, choices=list(OUTCOMES))
    p.add_argument(
        "--ground",
        action="append",
        default=[],
        choices=[g.value for g in Ground],
        help="a refusal ground; follow each by its --reason",
    )
    p.add_argument("--reason", action="append", default=[], help="the written reason of the ground before it")
    p.add_argument("--proposal", help="another place / route / time, in words (outcome propose)")
    p.add_argument("--conditions")
    p.add_argument("--remarks", help="for out_of_scope: why the law does not apply (art. 2 p.5)")
    p.add_argument(
        "--text",
        nargs=3,
        action="append",
        default=[],
        metavar=("LANG", "FIELD", "TEXT"),
        help="the text of FIELD (reason:A14-5, proposal, conditions, remarks) in LANG (kk, ru, en): each letter "
        "prints only text in its own language",
    )
    p = sub.add_parser("answer", parents=[common], help="the organizer's answer to a proposal (art. 11 p.3)")
    p.add_argument("id")
    p.add_argument("--answer", required=True, choices=[a.value for a in ProposalAnswer])
    p.add_argument("--channel", choices=[c.value for c in DispatchChannel])
    p.add_argument("--received", help="YYYY-MM-DDTHH:MM when the answer came")
    document = common_options(with_lang=False)
    p = sub.add_parser("letter", parents=[document], help="the decision letter as PDF (kept with the filing)")
    p.add_argument("id")
    p.add_argument("--lang", choices=("kk", "ru", "en"), help="letter (and message) language; default: the filing's")
    p.add_argument(
        "--with-lang",
        action="append",
        default=[],
        choices=("kk", "ru", "en"),
        help="add the letter in another language to the same print job (e.g. --lang kk --with-lang ru)",
    )
    p.add_argument("--out", required=True)
    p = sub.add_parser("receipt", parents=[document], help="the registration receipt as PDF")
    p.add_argument("id")
    p.add_argument("--lang", choices=("kk", "ru", "en"), help="receipt language; default: the filing's")
    p.add_argument("--out", required=True)
    p = sub.add_parser("dispatch", parents=[common], help="record how the letter was sent (art. 11 p.2)")
    p.add_argument("id")
    p.add_argument("--channel", action="append", required=True, choices=[c.value for c in DispatchChannel])
    p.add_argument("--tracking", help="registered-mail tracking number")
    p.add_argument("--address", help="the e-mail address or mobile number used")
    p.add_argument(
        "--registered-copy-later",
        action="store_true",
        help="e-mail / mobile now, the registered-mail copy recorded later (reminded by the next working day)",
    )
    p = sub.add_parser("delivered", parents=[common], help="record the acknowledgment of delivery")
    p.add_argument("id")
    p.add_argument("--tracking", required=True)
    p.add_argument("--on", required=True, help="YYYY-MM-DD")
    p = sub.add_parser("grounds", parents=[common], help="refusal grounds for a filing, with suggested reasons")
    p.add_argument("id")
    for name, what in (("undo-decision", "decision"), ("undo-dispatch", "dispatch")):
        p = sub.add_parser(
            name, parents=[common], help=f"undo a {what} within the minute it was recorded, with a reason"
        )
        p.add_argument("id", help="the filing")
        p.add_argument(what, type=int, help=f"the {what}'s id (shown by decide / dispatch --json and show --json)")
        p.add_argument("--reason", default="", help="why it is undone (required; kept in the history)")
    return {
        "undo-decision": _undo_decision,
        "undo-dispatch": _undo_dispatch,
        "grounds": _grounds_cmd,
        "decide": _decide,
        "answer": _answer,
        "letter": _letter,
        "receipt": _receipt,
        "dispatch": _dispatch,
        "delivered": _delivered,
    }


def _grounds(args: argparse.Namespace) -> tuple[GroundReason, ...]:
    if len(args.reason) > len(args.ground):
        raise InvalidInput("reason_without_ground", field="--reason")
    reasons = args.reason + [""] * (len(args.ground) - len(args.reason))
    return tuple(GroundReason(Ground(g), r) for g, r in zip(args.ground, reasons, strict=True))


_TEXT_FIELDS = ("proposal", "conditions", "remarks")


def _texts(args: argparse.Namespace) -> dict[str, dict[str, str]]:
    """``--text LANG FIELD TEXT`` as {lang: {field: text}}; an unknown language or field is bad input."""
    texts: dict[str, dict[str, str]] = {}
    for language, name, text in args.text:
        if language not in ("kk", "ru", "en"):
            raise InvalidInput("text_language_unknown", field="--text", value=language)
        kind, _, ground = name.partition(":")
        if not (name in _TEXT_FIELDS or (kind == "reason" and ground in args.ground)):
            raise InvalidInput("text_field_unknown", field="--text", value=name)
        texts.setdefault(language, {})[name] = text
    return texts


def _decide(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.decisions.workflow import decide

    request = DecisionRequest(
        OUTCOMES[args.outcome], _grounds(args), args.proposal, args.conditions, args.remarks, _texts(args) or None
    )
    with Register(args) as reg:
        result = decide(reg.context, args.id, request)
    d = result.decision
    data = {
        "decision_id": d.id,
        "filing_id": d.filing_id,
        "kind": d.kind,
        "outcome": d.outcome,
        "grounds": list(d.grounds),
        "late": d.late,
        "status": str(result.filing.status),
        "review_deadline": d.review_deadline and d.review_deadline.isoformat(),
    }
    _print(args, data)
    return EXIT_OK


def _print(args: argparse.Namespace, data: dict[str, Any]) -> None:
    if wants_json(args):
        print_json(data)
    else:
        for key, value in data.items():
            print(f"{key}: {value}")


def _answer(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.decisions.workflow import record_proposal_answer

    received = None
    if args.received:
        try:
            received = datetime.fromisoformat(args.received)
        except ValueError:
            raise InvalidInput("date_invalid", field="--received", value=args.received) from None
    with Register(args) as reg:
        if received is not None and received.tzinfo is None:
            received = received.replace(tzinfo=reg.context.settings.tz)
        channel = DispatchChannel(args.channel) if args.channel else None
        filing = record_proposal_answer(reg.context, args.id, ProposalAnswer(args.answer), channel, received).filing
    _print(args, {"id": filing.id, "status": str(filing.status)})
    return EXIT_OK


def _write(path: str, pdf: bytes) -> None:
    out = Path(path)
    if out.exists():
        raise InvalidInput("output_exists", field="--out", path=str(out))
    try:
        out.write_bytes(pdf)
    except OSError as exc:
        raise InvalidInput("file_unwritable", field="--out", path=str(out), detail=exc) from None


def _letter(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.decisions.outgoing import issue_letters
    from akimat_desk.services.filings import get_filing

    with Register(args) as reg:
        first = args.lang or str(get_filing(reg.context, args.id).language)
        languages = [first, *(x for x in dict.fromkeys(args.with_lang) if x != first)]
        pdf = issue_letters(reg.context, args.id, languages)
    _write(args.out, pdf)
    _print(args, {"out": args.out, "bytes": len(pdf), "languages": languages})
    return EXIT_OK


def _receipt(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.decisions.outgoing import registration_receipt

    with Register(args) as reg:
        pdf = registration_receipt(reg.context, args.id, args.lang)
    _write(args.out, pdf)
    _print(args, {"out": args.out, "bytes": len(pdf)})
    return EXIT_OK


def _dispatch(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.decisions.workflow import dispatch_letter

    channels = [DispatchChannel(c) for c in args.channel]
    with Register(args) as reg:
        sent = dispatch_letter(
            reg.context,
            args.id,
            channels,
            args.tracking,
            args.address,
            registered_copy_follows=args.registered_copy_later,
        ).dispatches
    _print(
        args,
        {
            "dispatched": [
                {
                    "id": d.id,
                    "channel": d.channel,
                    "tracking_number": d.tracking_number,
                    "sent_at": d.sent_at.isoformat(),
                }
                for d in sent
            ]
        },
    )
    return EXIT_OK


def _undo_decision(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.decisions.undo import undo_decision

    with Register(args) as reg:
        undone = undo_decision(reg.context, args.id, args.decision, args.reason)
    _print(args, {"undone_decision": args.decision, "status": str(undone.filing.status)})
    return EXIT_OK


def _undo_dispatch(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.decisions.undo import undo_dispatch

    with Register(args) as reg:
        undone = undo_dispatch(reg.context, args.id, args.dispatch, args.reason)
    _print(args, {"undone_dispatch": args.dispatch, "status": str(undone.filing.status)})
    return EXIT_OK


def _delivered(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.decisions.workflow import record_delivery

    with Register(args) as reg:
        d = record_delivery(reg.context, args.id, args.tracking, parse_day(args.on, "--on")).dispatch
    _print(args, {"id": d.id, "tracking_number": d.tracking_number, "delivered_on": str(d.delivered_on)})
    return EXIT_OK


def _grounds_cmd(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.decisions.grounds import ground_offers

    with Register(args) as reg:
        offers = ground_offers(reg.context, args.id, lang)
    rows = [
        {
            "ground": o.ground.value,
            "article": cite(o.article, lang),
            "available": o.available,
            "suggestion": o.suggestion,
            "note": o.note,
        }
        for o in offers
    ]
    if wants_json(args):
        print_json(rows)
    else:
        for r in rows:
            mark = "+" if r["available"] else "-"
            print(f"{mark} {r['ground']:<7} {r['article']:<22} {r['suggestion'] or r['note']}")
    return EXIT_OK


# ---- esign_letters

KEY_PASSWORD_ENV = "AKIMAT_DESK_KEY_PASSWORD"


def _add_esign_letters_parsers(sub: Any, common: argparse.ArgumentParser) -> Commands:
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
    return {
        "sign": _sign,
        "training-keys": _training_keys,
        "send": _send,
        "bounce": _bounce,
        "smtp-password": _smtp_password,
        "letter-copy": _letter_copy,
        "check-letter": _check_letter,
    }


def key_password(lang: str) -> str:
    """$AKIMAT_DESK_KEY_PASSWORD, else a prompt (never echoed)."""
    password = os.environ.get(KEY_PASSWORD_ENV)
    if password is not None:
        return password
    return ask_secret(message("sign.password_prompt", lang), lang)


def _sign(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.esign import import_signature, ncalayer_signer, sign_letter, signature_json
    from akimat_desk.services.filings import read_file
    from akimat_desk.signatures import message as verdict_message
    from akimat_desk.signatures.p12_signer import Pkcs12Signer

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
    print(
        message(
            "letter_signed.done",
            lang,
            number=signed.letter.outgoing_number,
            signer=sig.signer_name,
            serial=sig.certificate_serial,
            signed_at=when,
            verdict=verdict_message(sig.verdict, lang),
        )
    )
    return EXIT_OK


def _name_parts(name: str) -> tuple[str, str, str]:
    parts = name.replace(".", " ").split()
    if len(parts) < 2:
        raise InvalidInput("signatory_name_parts", field="name", value=name)
    return parts[0], parts[1], " ".join(parts[2:])


def _training_keys(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.signatures.training_pki import make_root, make_signatory, write_p12

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
    pair = make_signatory(
        root,
        surname=surname.upper(),
        given_name=given.upper(),
        patronymic=patronymic.upper(),
        iin=settings.signatory_iin,
        bin_=settings.bin,
        organization=organization,
    )
    (out / "training-root.cer").write_bytes(root.certificate.dump())
    key_path = out / "signatory.p12"
    key_path.write_bytes(write_p12(pair, password, (root.certificate,)))
    key_path.chmod(0o600)
    valid_to = pair.certificate.not_valid_after.date().isoformat()
    data = {
        "out": str(out),
        "root": str(out / "training-root.cer"),
        "key": str(key_path),
        "bin": settings.bin,
        "iin": settings.signatory_iin,
        "valid_to": valid_to,
    }
    if wants_json(args):
        print_json(data)
    else:
        print(message("training_keys.done", lang, **data))
    return EXIT_OK


SMTP_PASSWORD_ENV = "AKIMAT_DESK_SMTP_PASSWORD"


def smtp_password(host: str, user: str) -> str | None:
    """$AKIMAT_DESK_SMTP_PASSWORD, else the OS keyring; None when neither has it."""
    from akimat_desk.security.secrets import KeyringSecretStore, SecretStoreUnavailable, smtp_secret_name

    if os.environ.get(SMTP_PASSWORD_ENV) is not None:
        return os.environ[SMTP_PASSWORD_ENV]
    if not user:
        return None
    try:
        return KeyringSecretStore().get(smtp_secret_name(host, user))
    except SecretStoreUnavailable:
        return None


def _smtp_password(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.security.roles import Permission
    from akimat_desk.security.secrets import KeyringSecretStore, SecretStoreUnavailable, smtp_secret_name

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
    from akimat_desk.services.decisions.letter_mail import eds_package, send_letter_email

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
    data = {
        "status": attempt.status,
        "to": attempt.address,
        "message_id": attempt.message_id,
        "reason": attempt.reason,
        "attachments": list(attempt.attachments),
        "letter": number,
    }
    if wants_json(args):
        print_json(data)
    elif attempt.status == "sent":
        print(message("mail.sent", lang, number=number, to=attempt.address, message_id=attempt.message_id))
    else:
        print(message("mail.failed", lang, number=number, to=attempt.address, reason=attempt.reason), file=sys.stderr)
    return EXIT_OK if attempt.status == "sent" else EXIT_FAILURE


def _bounce(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.decisions.letter_bounces import record_bounce
    from akimat_desk.services.filings import read_file

    data = read_file(Path(args.file))
    with Register(args) as reg:
        result = record_bounce(reg.context, data, Path(args.file).name)
    a = result.attempt
    if wants_json(args):
        print_json(
            {
                "status": a.status,
                "already_recorded": result.already,
                "filing_id": result.filing_id,
                "letter": result.letter_number,
                "to": a.address,
                "message_id": a.message_id,
                "reason": a.reason,
            }
        )
    else:
        key = "bounce.already" if result.already else "bounce.recorded"
        print(message(key, lang, number=result.letter_number, to=a.address, reason=a.reason or "—"))
    return EXIT_OK


def letter_number(ctx: Any, reference: str, letter_id: int) -> str:
    from akimat_desk.services.decisions.outgoing import letters_of

    return next(x.outgoing_number for x in letters_of(ctx, reference) if x.id == letter_id)


def _letter_copy(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.esign import letter_copy

    with Register(args) as reg:
        pdf = letter_copy(reg.context, args.id, args.letter)
    Path(args.out).write_bytes(pdf)
    print(message("copy.written", lang, out=args.out))
    return EXIT_OK


def _check_letter(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.esign import check_letter
    from akimat_desk.services.filings import read_file

    data = read_file(Path(args.file))
    with Register(args) as reg:
        found = check_letter(reg.context, data)
    letter, sig = found.letter, found.signature
    if wants_json(args):
        print_json(
            {
                "outcome": str(found.outcome),
                "original": found.original,
                "letter": letter.outgoing_number if letter else None,
                "date": letter.outgoing_date.isoformat() if letter else None,
                "filing_id": letter.filing_id if letter else None,
                "qr": {
                    "number": found.facts.outgoing_number,
                    "date": found.facts.outgoing_date.isoformat(),
                    "sha256_prefix": found.facts.sha256_prefix,
                }
                if found.facts
                else None,
                "signed_by": sig.signer_name if sig else None,
            }
        )
    else:
        key = "check.issued_original" if found.original else f"check.{found.outcome}"
        number = letter.outgoing_number if letter else (found.facts.outgoing_number if found.facts else "—")
        day = letter.outgoing_date.strftime("%d.%m.%Y") if letter else "—"
        print(message(key, lang, number=number, date=day))
        if sig is not None and found.outcome == "issued":
            print(message("check.signed", lang, signer=sig.signer_name, serial=sig.certificate_serial))
    return EXIT_OK if found.outcome == "issued" else EXIT_FAILURE


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> Commands:
    """Every command of the decisions area: name -> handler."""
    commands: Commands = {}
    commands.update(_add_decisions_parsers(sub, common))
    commands.update(_add_esign_letters_parsers(sub, common))
    return commands
