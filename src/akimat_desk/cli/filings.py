"""Commands of the filings area: register, show, list, correct, withdraw, acknowledge, self-test; the files kept with
a filing (attach, attachments, attachment-save); paper scans read by OCR."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from akimat_desk.cli.common import (
    EXIT_FAILURE,
    EXIT_OK,
    Commands,
    Register,
    count_between,
    print_json,
    read_json_file,
    wants_json,
)
from akimat_desk.domain.assemblies import Form
from akimat_desk.domain.errors import InvalidInput
from akimat_desk.domain.filing import ATTACHMENT_KINDS, FilingRecord
from akimat_desk.domain.records import record_json
from akimat_desk.domain.statuses import Status
from akimat_desk.services.kernel.messages import message

if TYPE_CHECKING:
    from akimat_desk.services.filings.scan_intake import ScanFiling, ScanReading
    from akimat_desk.services.kernel.opening import OpenRegister
    from akimat_desk.storage.filings.attachments import AttachmentInfo

# ---- filings


def _add_filings_parsers(sub: Any, common: argparse.ArgumentParser) -> Commands:
    p = sub.add_parser("register", parents=[common], help="register a filing from a JSON file ('-' = stdin)")
    p.add_argument("file", nargs="?")
    p.add_argument("--from-scan", metavar="SCAN", help="register the filings read by OCR from a scan (issue 19)")
    p.add_argument("--confirm", action="store_true", help="with --from-scan: register without looking first")
    p.add_argument(
        "--threshold",
        type=float,
        default=80.0,
        help="with --from-scan: least confidence (%%) of every required field (default 80)",
    )
    p.add_argument("--signed", help="the organizer's e-signed file (CMS or signed XML): an e-filing (issue 7)")
    p.add_argument("--content", help="with --signed: the signed document of a detached signature")
    p = sub.add_parser("show", parents=[common], help="show a filing: defects, deadlines, countdown, history")
    p.add_argument("id", help="numeric id or incoming number")
    p = sub.add_parser("list", parents=[common], help="list the register")
    p.add_argument("--form", choices=[f.value for f in Form])
    p.add_argument("--status", choices=[s.value for s in Status])
    p.add_argument("--search")
    p.add_argument("--limit", type=count_between(1, 100_000), default=None, help="at most N filings (1-100000)")
    p = sub.add_parser("correct", parents=[common], help="correct fields of a filing (kept in its history)")
    p.add_argument("id")
    p.add_argument("--set", dest="sets", action="append", default=[], metavar="FIELD=VALUE", required=True)
    p.add_argument("--reason", required=True)
    p = sub.add_parser("withdraw", parents=[common], help="record that the organizer withdrew the filing")
    p.add_argument("id")
    p.add_argument("--reason", required=True)
    p = sub.add_parser("acknowledge", parents=[common], help="acknowledge deadlines moved by a calendar change")
    p.add_argument("id")
    sub.add_parser("self-test", parents=[common], help="check that a scratch register works end to end")
    return {
        "register": _register,
        "show": _show,
        "list": _list,
        "correct": _correct,
        "withdraw": _withdraw,
        "acknowledge": _acknowledge,
        "self-test": _self_test,
    }


def _emit(args: argparse.Namespace, filing: FilingRecord, reg: OpenRegister, lang: str) -> None:
    from akimat_desk.services.deadlines import clock_json, filing_clock
    from akimat_desk.services.decisions import answers_json
    from akimat_desk.services.filings.presenting import filing_json, filing_lines

    ctx = reg.context
    clock = filing_clock(ctx, filing)
    if wants_json(args):
        print_json(filing_json(filing, lang, ctx.settings.tz) | clock_json(clock) | answers_json(ctx, filing))
    else:
        print("\n".join(filing_lines(filing, lang, ctx.settings.tz, clock)))


def _parse_sets(items: Sequence[str]) -> dict[str, Any]:
    from akimat_desk.services.filings.presenting import parse_set_value

    sets: dict[str, Any] = {}
    for item in items:
        name, sep, raw = item.partition("=")
        if not sep or not name.strip():
            raise InvalidInput("set_syntax", field="--set", value=item)
        sets[name.strip()] = parse_set_value(name.strip(), raw)
    return sets


def _register(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.filings.registration import register_filing

    if args.from_scan:
        if args.file or args.signed:
            raise InvalidInput("scan_with_file", field="--from-scan")
        from akimat_desk.cli.filings import register_scan  # paper intake by OCR

        return register_scan(args, lang)
    if not args.file:
        raise InvalidInput("register_file_missing", field="file")
    data = read_json_file(args.file, lang)
    if not isinstance(data, dict):
        raise InvalidInput("not_an_object", field=None)
    if args.signed:
        from akimat_desk.cli.esign import register_signed  # e-filings: verified, original bytes kept

        return register_signed(args, data, lang)
    if args.content:
        raise InvalidInput("content_without_signed", field="--content")
    with Register(args) as reg:
        _emit(args, register_filing(reg.context, data).filing, reg, lang)
    return EXIT_OK


def _show(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.filings.registered import get_filing

    with Register(args) as reg:
        _emit(args, get_filing(reg.context, args.id), reg, lang)
    return EXIT_OK


def _list(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.filings.presenting import filing_json
    from akimat_desk.services.filings.registered import list_filings
    from akimat_desk.storage.filings.values import FilingQuery

    query = FilingQuery(
        form=Form(args.form) if args.form else None,
        status=Status(args.status) if args.status else None,
        search=args.search,
        limit=args.limit,
    )
    with Register(args) as reg:
        filings = list_filings(reg.context, query)
        if wants_json(args):
            tz = reg.context.settings.tz
            print_json([filing_json(f, lang, tz, history=False) for f in filings])
        else:
            for f in filings:
                print(f"{f.id}\t{f.incoming_number}\t{f.registered_on}\t{f.form}\t{f.status}\t{f.organizer_name}")
    return EXIT_OK


def _correct(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.filings.registered import correct_filing

    sets = _parse_sets(args.sets)
    with Register(args) as reg:
        _emit(args, correct_filing(reg.context, args.id, sets, args.reason).filing, reg, lang)
    return EXIT_OK


def _withdraw(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.filings.registered import withdraw_filing

    with Register(args) as reg:
        _emit(args, withdraw_filing(reg.context, args.id, args.reason).filing, reg, lang)
    return EXIT_OK


def _acknowledge(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.deadlines import acknowledge_deadline_changes

    with Register(args) as reg:
        _emit(args, acknowledge_deadline_changes(reg.context, args.id).filing, reg, lang)
    return EXIT_OK


def _self_test(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.office import run_self_test

    report = run_self_test(full=True)
    if wants_json(args):
        print_json(report.as_json())
    else:
        for step in report.steps:
            print(f"[{'ok' if step.ok else 'FAILED'}] {step.name}: {step.detail}")
    return EXIT_OK if report.ok else EXIT_FAILURE


# ---- attachments


def _add_attachments_parsers(sub: Any, common: argparse.ArgumentParser) -> Commands:
    p = sub.add_parser("attach", parents=[common], help="copy a file (scan, PDF, image) into a filing")
    p.add_argument("id")
    p.add_argument("file")
    p.add_argument("--kind", default="scan", choices=ATTACHMENT_KINDS)
    p.add_argument("--note")
    p = sub.add_parser("attachments", parents=[common], help="list the files kept with a filing")
    p.add_argument("id")
    p = sub.add_parser("attachment-save", parents=[common], help="save a stored file (checked by SHA-256)")
    p.add_argument("attachment_id", type=int)
    p.add_argument("--out", required=True)
    return {"attach": _attach, "attachments": _attachments_list, "attachment-save": _save}


def info_json(a: AttachmentInfo) -> dict[str, Any]:
    return record_json(a)


def _print(args: argparse.Namespace, items: list[AttachmentInfo]) -> None:
    if wants_json(args):
        print_json([info_json(a) for a in items])
    else:
        for a in items:
            print(f"{a.id}\t{a.kind}\t{a.size}\t{a.sha256}\t{a.name}")


def _attach(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.filings.attachments import attach_file

    with Register(args) as reg:
        attached = attach_file(reg.context, args.id, Path(args.file), args.kind, args.note).attachment
    _print(args, [attached])
    return EXIT_OK


def _attachments_list(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.filings.attachments import list_attachments

    with Register(args) as reg:
        _print(args, list_attachments(reg.context, args.id))
    return EXIT_OK


def _save(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.filings.attachments import read_attachment

    with Register(args) as reg:
        info, content = read_attachment(reg.context, args.attachment_id)
    out = Path(args.out)
    if out.exists():
        raise InvalidInput("output_exists", field="--out", path=str(out))
    out.write_bytes(content)
    _print(args, [info])
    return EXIT_OK


# ---- scan


def _add_scan_parsers(sub: Any, common: argparse.ArgumentParser) -> Commands:
    p = sub.add_parser(
        "read-scan", parents=[common], help="read a scanned paper filing by OCR and print its fields with confidences"
    )
    p.add_argument("file", help="PDF, PNG, JPEG or TIFF scan (several filings in one PDF are split)")
    return {"read-scan": _read_scan}


def reading_json(scan: ScanReading) -> dict[str, Any]:
    """The scan as ``read-scan --json`` prints it: per filing its pages, fields with confidences, and what is
    missing for scripted registration."""
    return {
        "file": scan.name,
        "sha256": scan.sha256,
        "pages": len(scan.pages),
        "filings": [_filing_json(f) for f in scan.filings],
    }


def _filing_json(filing: ScanFiling) -> dict[str, Any]:
    from akimat_desk.services.filings.scan_intake import LOW_CONFIDENCE

    reading = filing.reading
    return {
        "pages": list(filing.page_numbers),
        "handwritten": filing.handwritten,
        "language": reading.language,
        "place_id": reading.place_id,
        "fields": {
            p: {"value": f.value, "confidence": f.conf, "low": f.conf < LOW_CONFIDENCE}
            for p, f in reading.fields.items()
        },
        "unread": dict(reading.unread),
        "missing_required": filing.missing_required(),
        "document": filing.document(),
    }


def _read_scan(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.filings.scan_intake import LOW_CONFIDENCE, read_scan_for

    path = Path(args.file)
    with Register(args) as reg:
        scan = read_scan_for(reg.context, path)
    if wants_json(args):
        print_json(reading_json(scan))
        return EXIT_OK
    print(f"{scan.name}  SHA-256 {scan.sha256}")
    for number, filing in enumerate(scan.filings, 1):
        print("\n" + message("scan.filing", lang, number=number, pages=", ".join(map(str, filing.page_numbers))))
        if filing.handwritten:
            print("  " + message("scan.handwritten", lang))
            continue
        for path_, field in filing.reading.fields.items():
            mark = f"  ← {message('scan.low', lang)}" if field.conf < LOW_CONFIDENCE else ""
            name = message(f"field.{path_}", lang)
            print(f"  {name}: {_shown(field.value)}   [{message('scan.confidence', lang)} {field.conf:.0f}%]{mark}")
        for path_, raw in filing.reading.unread.items():
            print("  " + message("scan.unread", lang, field=message(f"field.{path_}", lang), value=raw))
    return EXIT_OK


def _shown(value: Any) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    return str(value)


def register_scan(args: argparse.Namespace, lang: str) -> int:
    """``register --from-scan FILE --confirm``: refuses without --confirm, and unless every required field of
    every filing in the scan was read at the threshold or better."""
    from akimat_desk.services.filings.presenting import filing_json
    from akimat_desk.services.filings.scan_intake import register_from_scan

    if not args.confirm:
        raise InvalidInput("scan_confirm_missing", field="--confirm")
    with Register(args) as reg:
        done = register_from_scan(reg.context, Path(args.from_scan), args.threshold)
        tz = reg.context.settings.tz
    if wants_json(args):
        from akimat_desk.services.filings.presenting import filing_json

        print_json([filing_json(f, lang, tz, history=False) for f in done.filings])
        return EXIT_OK
    for record in done.filings:
        print(message("scan.registered", lang, number=record.incoming_number, sha256=done.sha256))
    return EXIT_OK


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> Commands:
    """Every command of the filings area: name -> handler."""
    commands: Commands = {}
    commands.update(_add_filings_parsers(sub, common))
    commands.update(_add_attachments_parsers(sub, common))
    commands.update(_add_scan_parsers(sub, common))
    return commands
