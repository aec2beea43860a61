"""Paper intake by OCR: ``read-scan FILE`` prints what was read (registers nothing); ``register --from-scan
FILE --confirm`` registers the filings of a scan when every required field was read well enough."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from akimat_desk.cli.common import EXIT_OK, Register, print_json, wants_json
from akimat_desk.domain.errors import InvalidInput
from akimat_desk.services.filings.scan_intake import (
    LOW_CONFIDENCE,
    ScanFiling,
    ScanReading,
    read_scan_for,
    register_from_scan,
)
from akimat_desk.services.kernel.messages import message

Command = Any


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> dict[str, Command]:
    p = sub.add_parser("read-scan", parents=[common],
                       help="read a scanned paper filing by OCR and print its fields with confidences")  # fmt: skip
    p.add_argument("file", help="PDF, PNG, JPEG or TIFF scan (several filings in one PDF are split)")
    return {"read-scan": _read_scan}


def reading_json(scan: ScanReading) -> dict[str, Any]:
    """The scan as ``read-scan --json`` prints it: per filing its pages, fields with confidences, and what is
    missing for scripted registration."""
    return {"file": scan.name, "sha256": scan.sha256, "pages": len(scan.pages),
            "filings": [_filing_json(f) for f in scan.filings]}  # fmt: skip


def _filing_json(filing: ScanFiling) -> dict[str, Any]:
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
            name = message(f"scan.field.{path_}", lang)
            print(f"  {name}: {_shown(field.value)}   [{message('scan.confidence', lang)} {field.conf:.0f}%]{mark}")
        for path_, raw in filing.reading.unread.items():
            print("  " + message("scan.unread", lang, field=message(f"scan.field.{path_}", lang), value=raw))
    return EXIT_OK


def _shown(value: Any) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    return str(value)


def register_scan(args: argparse.Namespace, lang: str) -> int:
    """``register --from-scan FILE --confirm``: refuses without --confirm, and unless every required field of
    every filing in the scan was read at the threshold or better."""
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
