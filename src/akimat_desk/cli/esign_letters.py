"""The akimat's own EDS (issue 18): ``sign ID [--signer ncalayer|p12 --key FILE] [--import FILE]`` and
``training-keys --out DIR``.

``sign`` exits 0 when the letter's signature was verified and stored, 2 when nothing was stored (the
message says why: the signatory cancelled, NCALayer is not running, the key is not the akimat's...).
"""

from __future__ import annotations

import argparse
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from akimat_desk.cli.common import EXIT_OK, Register, ask_secret, print_json, wants_json
from akimat_desk.domain.errors import InvalidInput
from akimat_desk.services.esign.letter_signing import (
    import_signature,
    ncalayer_signer,
    sign_letter,
    signature_json,
)
from akimat_desk.services.filings.attachments import read_file
from akimat_desk.services.kernel.messages import message
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
    return {"sign": _sign, "training-keys": _training_keys}


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
                  serial=sig.certificate_serial, signed_at=when, verdict=sig.verdict))  # fmt: skip
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
