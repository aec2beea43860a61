"""``akimat-desk audit verify``: recompute the history chains and name the first entry altered, deleted,
reordered or inserted outside the application. Exit 0 when every chain is intact, 1 otherwise."""

from __future__ import annotations

import argparse
from typing import Any

from akimat_desk.cli.common import EXIT_FAILURE, EXIT_OK, Register, print_json, wants_json
from akimat_desk.services.office.audit import report_lines, verify_history


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> dict[str, Any]:
    p = sub.add_parser("audit", parents=[common], help="verify the tamper-evident history (audit verify)")
    p.add_argument("action", choices=("verify",))
    return {"audit": _audit}


def _audit(args: argparse.Namespace, lang: str) -> int:
    with Register(args) as reg:
        report = verify_history(reg.context)
    if wants_json(args):
        print_json({
            "intact": report.intact,
            "chains": [{"chain": c.chain, "entries": c.entries, "intact": c.intact,
                        "first_break": None if c.first_break is None else {
                            "kind": c.first_break.kind, "position": c.first_break.position,
                            "row_id": c.first_break.row_id, "label": c.first_break.label}}
                       for c in report.chains],
        })  # fmt: skip
    else:
        for line in report_lines(report, lang):
            print(line)
    return EXIT_OK if report.intact else EXIT_FAILURE
