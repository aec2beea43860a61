"""E-signed filings (issue 7): ``verify``, ``trust import|list|test-roots``, ``crl import|list``, ``reverify``,
``signatures``; ``register FILE.json --signed FILE`` is handled by :func:`register_signed`.

``verify`` exits 0 when the signature is valid, 1 when it was checked and is not valid, 2 when the file cannot
be read (malformed or missing).
"""

from __future__ import annotations

import argparse
from datetime import datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from akimat_desk.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_FAILURE,
    EXIT_OK,
    Commands,
    Register,
    print_json,
    wants_json,
)
from akimat_desk.domain.errors import InvalidInput
from akimat_desk.services.kernel.messages import message

if TYPE_CHECKING:
    from akimat_desk.storage.esign.repositories import StoredCertificate, StoredCrl


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> Commands:
    p = sub.add_parser("verify", parents=[common], help="verify an e-signed file (CMS or signed XML) offline")
    p.add_argument("file")
    p.add_argument("--content", help="the signed document of a detached signature")
    p.add_argument("--at", help="YYYY-MM-DD (noon, office time) or an ISO date-time: check the certificates then")
    p.add_argument("--trust-test", action="store_true", help="let NCA RK TEST roots count for this run")
    p = sub.add_parser("trust", parents=[common], help="the register's trusted root and intermediate certificates")
    actions = p.add_subparsers(dest="trust_action", required=True)
    q = actions.add_parser("import", parents=[common], help="import a root or intermediate certificate")
    q.add_argument("file")
    q.add_argument("--expect-sha256", help="refuse the certificate unless its SHA-256 is this (the pin)")
    actions.add_parser("list", parents=[common], help="list the trusted certificates")
    q = actions.add_parser("test-roots", parents=[common], help="show, or switch on/off, trust in TEST roots")
    q.add_argument("state", nargs="?", choices=("on", "off"))
    p = sub.add_parser("crl", parents=[common], help="certificate revocation lists (CRL) used by verify")
    actions = p.add_subparsers(dest="crl_action", required=True)
    q = actions.add_parser("import", parents=[common], help="import a full or delta CRL")
    q.add_argument("file")
    actions.add_parser("list", parents=[common], help="list the imported CRLs")
    p = sub.add_parser("reverify", parents=[common], help="verify a filing's e-signature again (kept in history)")
    p.add_argument("id")
    p = sub.add_parser("signatures", parents=[common], help="every verdict on a filing's e-signature")
    p.add_argument("id")
    return {"verify": _verify, "trust": _trust, "crl": _crl, "reverify": _reverify, "signatures": _signatures}


def parse_at(value: str | None, tz: Any) -> datetime | None:
    """``--at``: a date (taken at noon office time) or an ISO date-time (naive = office time)."""
    if not value:
        return None
    try:
        if len(value.strip()) == 10:
            return datetime.combine(datetime.fromisoformat(value.strip()).date(), time(12), tz)
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise InvalidInput("date_invalid", field="--at", value=value) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=tz)


def _verify(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.esign.presenting import result_json, result_lines
    from akimat_desk.services.esign.verification import check_signed_file
    from akimat_desk.services.filings import read_file
    from akimat_desk.signatures import Verdict

    signed = read_file(Path(args.file))
    content = read_file(Path(args.content)) if args.content else None
    with Register(args) as reg:
        ctx = reg.context
        at = parse_at(args.at, ctx.settings.tz)
        result = check_signed_file(ctx, signed, content, at=at, trust_test=args.trust_test)
    if wants_json(args):
        print_json(result_json(result, lang))
    else:
        print("\n".join(result_lines(result.to_dict(), lang, ctx.settings.tz)))
    if result.verdict is Verdict.MALFORMED:
        return EXIT_BAD_INPUT
    return EXIT_OK if result.is_valid else EXIT_FAILURE


def _certificate_lines(items: list[StoredCertificate], lang: str) -> list[str]:
    lines = []
    for c in items:
        role = message(f"esign.trust.{c.role}", lang) + (f", {message('esign.trust.test', lang)}" if c.is_test else "")
        lines += [
            f"{c.id}\t{c.subject} [{role}]",
            f"\tissuer: {c.issuer}",
            f"\tvalid: {c.valid_from:%Y-%m-%d} - {c.valid_to:%Y-%m-%d}",
            f"\tsha256: {c.sha256}",
        ]
    return lines


def _crl_lines(items: list[StoredCrl]) -> list[str]:
    lines = []
    for c in items:
        kind = "delta" if c.is_delta else "full"
        when = f"{c.this_update:%Y-%m-%d %H:%M}" if c.this_update else "-"
        until = f"{c.next_update:%Y-%m-%d %H:%M}" if c.next_update else "-"
        lines += [
            f"{c.id}\t{c.issuer} [{kind}, No {c.number or '-'}, {c.entries} entries]",
            f"\tissued: {when}; next update: {until}",
            f"\tsha256: {c.sha256}",
        ]
    return lines


def _trust(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.esign.presenting import certificate_json
    from akimat_desk.services.esign.trust_store import import_certificate, list_certificates
    from akimat_desk.services.filings import read_file

    with Register(args) as reg:
        ctx = reg.context
        if args.trust_action == "import":
            imported = import_certificate(ctx, read_file(Path(args.file)), Path(args.file).name, args.expect_sha256)
            items, present = [imported.certificate], imported.already_present
        elif args.trust_action == "list":
            items, present = list_certificates(ctx), False
        else:
            return _test_roots(args, lang, ctx)
    if wants_json(args):
        data: Any = [certificate_json(c) for c in items]
        print_json(data[0] | {"already_present": present} if args.trust_action == "import" else data)
    else:
        print("\n".join(_certificate_lines(items, lang)))
        if present:
            print(message("esign.trust.already_present", lang))
    return EXIT_OK


def _test_roots(args: argparse.Namespace, lang: str, ctx: Any) -> int:
    from akimat_desk.services.esign.trust_store import esign_settings, set_trust_test_roots

    state = set_trust_test_roots(ctx, args.state == "on") if args.state else esign_settings(ctx)
    if wants_json(args):
        print_json({"trust_test_roots": state.trust_test_roots})
    else:
        print(message("esign.trust.test_roots_on" if state.trust_test_roots else "esign.trust.test_roots_off", lang))
    return EXIT_OK


def _crl(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.esign.presenting import crl_json
    from akimat_desk.services.esign.trust_store import import_crl, list_crls
    from akimat_desk.services.filings import read_file

    with Register(args) as reg:
        if args.crl_action == "import":
            imported = import_crl(reg.context, read_file(Path(args.file)), Path(args.file).name)
            items, present = [imported.crl], imported.already_present
        else:
            items, present = list_crls(reg.context), False
    if wants_json(args):
        data: Any = [crl_json(c) for c in items]
        print_json(data[0] | {"already_present": present} if args.crl_action == "import" else data)
    else:
        print("\n".join(_crl_lines(items)))
        if present:
            print(message("esign.trust.already_present", lang))
    return EXIT_OK


def _reverify(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.esign.presenting import result_lines, verification_json
    from akimat_desk.services.esign.verification import reverify_filing

    with Register(args) as reg:
        done = reverify_filing(reg.context, args.id)
        tz = reg.context.settings.tz
    if wants_json(args):
        print_json(verification_json(done.verification, lang) | {"previous_verdict": done.previous_verdict})
    else:
        print("\n".join(result_lines(done.verification.result, lang, tz)))
        print(f"previous_verdict: {done.previous_verdict}")
    return EXIT_OK


def _signatures(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.esign.presenting import result_lines, verification_json
    from akimat_desk.services.esign.verification import verification_history

    with Register(args) as reg:
        items = verification_history(reg.context, args.id)
        tz = reg.context.settings.tz
    if wants_json(args):
        print_json([verification_json(v, lang) for v in items])
    else:
        for v in items:
            print(
                f"#{v.id} {v.checked_at.astimezone(tz):%Y-%m-%d %H:%M} {v.checked_by}: "
                f"{message(f'esign.trigger.{v.trigger}', lang)}"
            )
            print("\n".join(f"  {line}" for line in result_lines(v.result, lang, tz)))
    return EXIT_OK


def register_signed(args: argparse.Namespace, data: dict[str, Any], lang: str) -> int:
    """``register FILE.json --signed FILE [--content FILE]``: an e-filing with its signature checked."""
    from akimat_desk.services.deadlines import clock_json, filing_clock
    from akimat_desk.services.esign.presenting import filled_json, result_lines, verification_json
    from akimat_desk.services.esign.verification import register_e_filing
    from akimat_desk.services.filings import filing_json, filing_lines, read_file

    signed_path = Path(args.signed)
    signed = read_file(signed_path)
    content_path = Path(args.content) if args.content else None
    content = read_file(content_path) if content_path else None
    with Register(args) as reg:
        ctx = reg.context
        done = register_e_filing(
            ctx, data, signed, signed_path.name, content, content_path.name if content_path else None
        )
        clock = filing_clock(ctx, done.filing)
    tz = ctx.settings.tz
    if wants_json(args):
        signature = verification_json(done.verification, lang) | filled_json(done.filled, done.notices, lang)
        print_json(filing_json(done.filing, lang, tz) | clock_json(clock) | {"signature": signature})
    else:
        print("\n".join(filing_lines(done.filing, lang, tz, clock)))
        print("\n".join(result_lines(done.verification.result, lang, tz)))
        for line in filled_json(done.filled, done.notices, lang).values():
            print("\n".join(f"! {item['message']}" for item in line))
    return EXIT_OK
