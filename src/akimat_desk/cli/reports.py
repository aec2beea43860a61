"""``akimat-desk checks | stats | board | journal | import``: legal checks of a filing, statistics, the public
occupancy board, the registration journal and the import of a legacy journal."""

from __future__ import annotations

import argparse
from datetime import timedelta
from pathlib import Path
from typing import Any

from akimat_desk.cli.calendar import parse_day
from akimat_desk.cli.common import EXIT_BAD_INPUT, EXIT_OK, Register, print_json, wants_json
from akimat_desk.domain.errors import InvalidInput
from akimat_desk.services.kernel.messages import message
from akimat_desk.services.places import board_csv, board_html, build_board, check_json, check_message, run_checks
from akimat_desk.services.reports.journal import build_journal, write_journal
from akimat_desk.services.reports.legacy_import import commit_import, plan_json, prepare_import, read_journal
from akimat_desk.services.reports.statistics import compute_statistics, parse_keys, write_statistics


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> dict[str, Any]:
    p = sub.add_parser("checks", parents=[common], help="legal checks of a filing (suggestions with articles)")
    p.add_argument("id", help="filing id or incoming number")
    p = sub.add_parser("stats", parents=[common], help="statistics of filings registered in a period")
    _period(p, required=True)
    p.add_argument("--by", default="form", help="comma-separated: district, place, form, outcome, ground, month, kind")
    p.add_argument("--xlsx")
    p.add_argument("--pdf")
    p = sub.add_parser("board", parents=[common], help="the public occupancy board of specialized places")
    _period(p, required=False)
    p.add_argument("--html")
    p.add_argument("--csv")
    p = sub.add_parser("journal", parents=[common], help="the registration journal for a period")
    _period(p, required=True)
    p.add_argument("--pdf")
    p.add_argument("--xlsx")
    p.add_argument("--csv")
    p.add_argument("--unmask", action="store_true", help="print IIN/BIN, address, phone and e-mail in full")
    p = sub.add_parser("import", parents=[common], help="import a legacy journal (XLSX or CSV)")
    p.add_argument("file")
    p.add_argument("--map", help="COLUMN=FIELD,... (COLUMN: header, number or letter)")
    p.add_argument("--dry-run", action="store_true", help="show the report and preview, write nothing")
    p.add_argument("--only-valid", action="store_true", help="import the good rows even if some are refused")
    return {"checks": _checks, "stats": _stats, "board": _board, "journal": _journal, "import": _import}


def _period(p: argparse.ArgumentParser, required: bool) -> None:
    p.add_argument("--from", dest="first", required=required, help="YYYY-MM-DD")
    p.add_argument("--to", dest="last", required=required, help="YYYY-MM-DD")


def _out_path(value: str | None, name: str) -> Path | None:
    if not value:
        return None
    path = Path(value)
    if not path.parent.exists():
        raise InvalidInput("file_unreadable", field=name, path=value, detail="folder does not exist")
    return path


def _checks(args: argparse.Namespace, lang: str) -> int:
    with Register(args) as reg:
        found = run_checks(reg.context, args.id)
    if wants_json(args):
        print_json([check_json(r, lang) for r in found.results])
    else:
        for r in found.results:
            print(check_message(r, lang))
        if not found.results:
            print(message("checks.none", lang))
    return EXIT_OK


def _stats(args: argparse.Namespace, lang: str) -> int:
    first, last = parse_day(args.first, "--from"), parse_day(args.last, "--to")
    keys = parse_keys(args.by)
    xlsx, pdf = _out_path(args.xlsx, "--xlsx"), _out_path(args.pdf, "--pdf")
    with Register(args) as reg:
        table = compute_statistics(reg.context, first, last, keys)
    write_statistics(table, lang, xlsx=xlsx, pdf=pdf)
    if wants_json(args) or not (xlsx or pdf):
        print_json(table.as_json())
    return EXIT_OK


def _board(args: argparse.Namespace, lang: str) -> int:
    html, csv_path = _out_path(args.html, "--html"), _out_path(args.csv, "--csv")
    with Register(args) as reg:
        first = parse_day(args.first, "--from") if args.first else reg.context.clock().date()
        last = parse_day(args.last, "--to") if args.last else first + timedelta(days=13)
        board = build_board(reg.context, first, last)
    if html:
        html.write_text(board_html(board, lang), encoding="utf-8")
    if csv_path:
        csv_path.write_text(board_csv(board, lang), encoding="utf-8-sig")
    if not (html or csv_path):
        print(board_csv(board, lang), end="")
    return EXIT_OK


def _journal(args: argparse.Namespace, lang: str) -> int:
    first, last = parse_day(args.first, "--from"), parse_day(args.last, "--to")
    pdf, xlsx = _out_path(args.pdf, "--pdf"), _out_path(args.xlsx, "--xlsx")
    csv_path = _out_path(args.csv, "--csv")
    with Register(args) as reg:
        journal = build_journal(reg.context, first, last, lang, unmask=args.unmask)
    write_journal(journal, lang, pdf=pdf, xlsx=xlsx, csv_path=csv_path)
    if wants_json(args):
        print_json({"from": first.isoformat(), "to": last.isoformat(), "rows": len(journal.rows)})
    elif not (pdf or xlsx or csv_path):
        for row in journal.rows:
            print("\t".join(cell.replace("\n", " ") for cell in row))
    return EXIT_OK


def _import(args: argparse.Namespace, lang: str) -> int:
    raw = read_journal(Path(args.file))
    with Register(args) as reg:
        plan = prepare_import(reg.context, raw, args.map, lang)
        blocked = bool(plan.refused) and not args.only_valid
        result = None if args.dry_run or blocked else commit_import(reg.context, plan, only_valid=args.only_valid)
    if wants_json(args):
        data: dict[str, Any] = plan_json(plan)
        data["imported"] = 0 if result is None else result.imported
        data["numbers"] = [] if result is None else list(result.numbers)
        print_json(data)
    else:
        _print_plan(plan, lang)
    if args.dry_run:
        print(message("import.dry_run", lang)) if not wants_json(args) else None
        return EXIT_OK
    if blocked:
        raise InvalidInput("import_has_refused_rows", field="file", refused=len(plan.refused), total=plan.total)
    if result is not None and not wants_json(args):
        print(message("import.done", lang, count=result.imported, first=result.numbers[0], last=result.numbers[-1]))
    return EXIT_OK if result is not None else EXIT_BAD_INPUT


def _print_plan(plan: Any, lang: str) -> None:
    print(message("import.summary", lang, file=plan.name, rows=plan.total, accepted=len(plan.accepted),
                  refused=len(plan.refused)))  # fmt: skip
    mapping = ", ".join(f"{k} → {v}" for k, v in plan.mapping_by_header().items())
    print(message("import.mapping", lang, mapping=mapping))
    for r in plan.refused:
        print(message("import.refused_row", lang, row=r.row, message=r.message))
    for a in plan.accepted:
        if a.defects:
            print(message("import.defects_row", lang, row=a.row, defects=", ".join(a.defects)))
