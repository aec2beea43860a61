"""``akimat-desk audit verify [--full]``: every check of the tamper-evident record (the chains, the accounts
against the administration log, the anchors file, the replay of every filing against its rows) naming the first
entry or field that differs; exit 0 when all hold, 1 otherwise. ``audit seal`` prints the register seal and
appends it to the anchors file beside the register."""

from __future__ import annotations

import argparse
import time
from typing import Any

from akimat_desk.cli.common import EXIT_FAILURE, EXIT_OK, Register, print_json, wants_json
from akimat_desk.services.kernel.messages import message
from akimat_desk.services.office.audit import issue_seal, report_lines, verify_history


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> dict[str, Any]:
    p = sub.add_parser("audit", parents=[common], help="verify the tamper-evident record (audit verify | seal)")
    p.add_argument("action", choices=("verify", "seal"))
    p.add_argument("--full", action="store_true", help="the full replay (what 'verify' always runs) and its time")
    return {"audit": _audit}


def _audit(args: argparse.Namespace, lang: str) -> int:
    if args.action == "seal":
        return _seal(args, lang)
    with Register(args) as reg:
        started = time.perf_counter()
        report = verify_history(reg.context)
        seconds = time.perf_counter() - started
    if wants_json(args):
        print_json({
            "intact": report.intact, "seconds": round(seconds, 3),
            "chains": [{"chain": c.chain, "entries": c.entries, "intact": c.intact, "uncovered": c.uncovered,
                        "first_break": None if c.first_break is None else {
                            "kind": c.first_break.kind, "position": c.first_break.position,
                            "row_id": c.first_break.row_id, "label": c.first_break.label,
                            "field": c.first_break.field, "expected": c.first_break.expected,
                            "found": c.first_break.found}}
                       for c in report.chains],
        })  # fmt: skip
    else:
        for line in report_lines(report, lang):
            print(line)
        if args.full:
            print(message("audit.time", lang, seconds=f"{seconds:.2f}"))
    return EXIT_OK if report.intact else EXIT_FAILURE


def _seal(args: argparse.Namespace, lang: str) -> int:
    with Register(args) as reg:
        seal, path = issue_seal(reg.context, "seal")
    if wants_json(args):
        print_json({"seal": seal, "anchors_file": None if path is None else str(path)})
        return EXIT_OK
    print(message("audit.seal", lang, seal=seal))
    print(message("audit.seal_recorded", lang, path=str(path)) if path else message("audit.seal_not_recorded", lang))
    return EXIT_OK
