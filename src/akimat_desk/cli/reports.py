"""Commands of the reports area: legal checks, statistics, the occupancy board, the journal, the legacy import;
statistics packages sent upward and their consolidation."""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from akimat_desk.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    Commands,
    Register,
    ask_secret,
    print_json,
    wants_json,
)
from akimat_desk.cli.deadlines import parse_day
from akimat_desk.domain.errors import InvalidInput
from akimat_desk.services.kernel.messages import error_message, message

if TYPE_CHECKING:
    from akimat_desk.signatures.p12_signer import Pkcs12Signer

# ---- reports


def _add_reports_parsers(sub: Any, common: argparse.ArgumentParser) -> Commands:
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
    from akimat_desk.services.places import check_json, check_message, run_checks

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
    from akimat_desk.services.reports.statistics import compute_statistics, parse_keys, write_statistics

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
    from akimat_desk.services.places import board_csv, board_html, build_board

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
    from akimat_desk.services.reports.journal import build_journal, write_journal

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
    from akimat_desk.services.reports.legacy_import import commit_import, plan_json, prepare_import, read_journal

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
    print(
        message(
            "import.summary",
            lang,
            file=plan.name,
            rows=plan.total,
            accepted=len(plan.accepted),
            refused=len(plan.refused),
        )
    )
    mapping = ", ".join(f"{k} → {v}" for k, v in plan.mapping_by_header().items())
    print(message("import.mapping", lang, mapping=mapping))
    for r in plan.refused:
        print(message("import.refused_row", lang, row=r.row, message=r.message))
    for a in plan.accepted:
        if a.defects:
            print(message("import.defects_row", lang, row=a.row, defects=", ".join(a.defects)))


# ---- consolidation

P12_PASSWORD_ENV = "AKIMAT_DESK_P12_PASSWORD"


def _add_consolidation_parsers(sub: Any, common: argparse.ArgumentParser) -> Commands:
    from akimat_desk.services.reports.consolidation_report import BY

    p = sub.add_parser("report-up", parents=[common], help="the office's statistics as a signed package upward")
    _consolidation_period(p, required=False)
    p.add_argument("--out", help="package file to write (without it: show what would be sent)")
    p.add_argument("--show-key", action="store_true", help="print the office's package key for the region's list")
    p.add_argument(
        "--eds-p12",
        metavar="KEY.p12",
        help=f"sign with the akimat's EDS from this key file (password: ${P12_PASSWORD_ENV} or a prompt)",
    )
    p = sub.add_parser("consolidate", parents=[common], help="the consolidation register of offices' packages")
    actions = p.add_subparsers(dest="action", required=True)
    a = actions.add_parser("offices", parents=[common], help="import the list of offices (CSV)")
    a.add_argument("file", help="CSV: kato,name_kk,name_ru,name_en,parent,status,hmac_key")
    a = actions.add_parser("import", parents=[common], help="check and count offices' packages")
    a.add_argument("packages", nargs="+", metavar="PACKAGE")
    _consolidation_period(a, required=False, helps="the reporting period the packages must lie in")
    a = actions.add_parser("report", parents=[common], help="the report's tables (PDF, XLSX, JSON)")
    _consolidation_period(a, required=True)
    a.add_argument("--by", default="region", choices=BY)
    a.add_argument("--pdf")
    a.add_argument("--xlsx")
    a = actions.add_parser("open-data", parents=[common], help="monthly counts for the open-data portal")
    _consolidation_period(a, required=True)
    a.add_argument("--csv", dest="csv_path")
    a.add_argument("--json-file")
    a = actions.add_parser(
        "live-sql", parents=[common], help="SQL of the live view across offices' databases on one PostgreSQL server"
    )
    a.add_argument("--office", action="append", default=[], metavar="KATO=DBNAME[@HOST[:PORT]]")
    a.add_argument("--reader", default="region_reader", help="the region's login role in the offices' databases")
    a.add_argument(
        "--part",
        choices=("office", "region"),
        default="region",
        help="office: the grants to run in each office's database; region: the view",
    )
    actions.add_parser("packages", parents=[common], help="every imported package version")
    actions.add_parser("history", parents=[common], help="imports and replacements")
    return {"report-up": _report_up, "consolidate": _consolidate}


def _consolidation_period(p: argparse.ArgumentParser, required: bool, helps: str = "") -> None:
    p.add_argument("--from", dest="first", required=required, help=f"YYYY-MM-DD (first day of a month) {helps}")
    p.add_argument("--to", dest="last", required=required, help="YYYY-MM-DD (last day of a month)")


def _out(value: str | None, name: str) -> Path | None:
    if not value:
        return None
    path = Path(value)
    if not path.parent.exists():
        raise InvalidInput("file_unreadable", field=name, path=value, detail="folder does not exist")
    return path


def _report_up(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.reports.report_upward import office_key, prepare_report, record_sent
    from akimat_desk.services.reports.statistics_package import key_id

    out = _out(args.out, "--out")
    with Register(args) as reg:
        if args.show_key:
            key = office_key(reg.context)
            print_json({"kato": reg.context.settings.kato, "key_id": key_id(key), "hmac_key": key})
            return EXIT_OK
        first, last = parse_day(args.first, "--from"), parse_day(args.last, "--to")
        report = prepare_report(reg.context, first, last, _p12_signer(args.eds_p12, lang), lang)
        if out is not None:
            out.write_bytes(report.data)
            record_sent(reg.context, report, "saved")
    if wants_json(args) or out is None:
        print_json({"manifest": report.manifest, "rows": [r.as_dict() for r in report.rows]})
    if out is not None and not wants_json(args):
        print(
            message(
                "consolidation.package_written",
                lang,
                path=str(out),
                rows=len(report.rows),
                total=report.manifest["total"],
            )
        )
    return EXIT_OK


def _p12_signer(path: str | None, lang: str) -> Pkcs12Signer | None:
    """The PKCS#12 signer of ``--eds-p12``; the password is asked for when signing, not before."""
    from akimat_desk.signatures.p12_signer import Pkcs12Signer

    if not path:
        return None
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InvalidInput("file_unreadable", field="--eds-p12", path=path, detail=exc) from None
    prompt = message("consolidation.p12_password", lang, file=Path(path).name)
    return Pkcs12Signer(data, lambda: os.environ.get(P12_PASSWORD_ENV) or ask_secret(prompt, lang))


def _consolidate(args: argparse.Namespace, lang: str) -> int:
    handler = {
        "offices": _offices,
        "import": _consolidation_import,
        "report": _report,
        "open-data": _open_data,
        "packages": _packages,
        "history": _history,
        "live-sql": _live_sql,
    }[args.action]
    return handler(args, lang)


def _offices(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.reports.consolidation import import_offices

    try:
        text = Path(args.file).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput("file_unreadable", field="file", path=args.file, detail=str(exc)) from None
    with Register(args) as reg:
        done = import_offices(reg.context, text)
    if wants_json(args):
        print_json({"added": done.added, "updated": done.updated})
    else:
        print(message("consolidation.offices_imported", lang, added=done.added, updated=done.updated))
    return EXIT_OK


def _consolidation_import(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.reports.consolidation import PackageImported, import_package_files

    expected = None
    if args.first or args.last:
        expected = (parse_day(args.first, "--from"), parse_day(args.last, "--to"))
    paths = [Path(p) for p in args.packages]
    with Register(args) as reg:
        results = import_package_files(reg.context, paths, expected=expected)
    report = []
    for path, result in zip(paths, results, strict=True):
        if isinstance(result, PackageImported):
            first, last, office = result.first.isoformat(), result.last.isoformat(), result.office.name(lang)
            text = message(
                "consolidation.imported",
                lang,
                file=path.name,
                office=office,
                kato=result.kato,
                first=first,
                last=last,
                total=result.total,
            )
            for older, months in result.replaced:
                text += "\n  " + message("consolidation.replaced", lang, package=older, months=", ".join(months))
            report.append(
                {
                    "file": str(path),
                    "imported": result.package_id,
                    "kato": result.kato,
                    "total": result.total,
                    "replaced": [{"package": o, "months": list(m)} for o, m in result.replaced],
                }
            )
            print(text) if not wants_json(args) else None
        else:
            text = message(
                "consolidation.refused", lang, file=path.name, reason=error_message(result, lang, as_typed=True)
            )
            report.append(
                {"file": str(path), "refused": result.code, "message": error_message(result, lang, as_typed=True)}
            )
            print(text, file=sys.stderr)
    if wants_json(args):
        print_json(report)
    return EXIT_BAD_INPUT if any("refused" in r for r in report) else EXIT_OK


def _report(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.reports.consolidation_export import write_report
    from akimat_desk.services.reports.consolidation_report import build_report

    first, last = parse_day(args.first, "--from"), parse_day(args.last, "--to")
    pdf, xlsx = _out(args.pdf, "--pdf"), _out(args.xlsx, "--xlsx")
    with Register(args) as reg:
        report = build_report(reg.context, first, last, args.by)
    write_report(report, lang, pdf=pdf, xlsx=xlsx)
    if wants_json(args) or not (pdf or xlsx):
        print_json(report.as_json(lang))
    return EXIT_OK


def _open_data(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.reports.consolidation_report import open_data_csv, open_data_rows

    first, last = parse_day(args.first, "--from"), parse_day(args.last, "--to")
    csv_path, json_path = _out(args.csv_path, "--csv"), _out(args.json_file, "--json-file")
    with Register(args) as reg:
        rows = open_data_rows(reg.context, first, last)
    if csv_path:
        csv_path.write_text(open_data_csv(rows), encoding="utf-8")
    if json_path:
        json_path.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    if not (csv_path or json_path):
        print(open_data_csv(rows), end="")
    return EXIT_OK


def _live_sql(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.reports.live_consolidation import office_grants_sql, parse_office, region_view_sql

    if args.part == "office":
        print(office_grants_sql(args.reader), end="")
    else:
        print(region_view_sql([parse_office(o, args.reader) for o in args.office]), end="")
    return EXIT_OK


def _packages(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.reports.consolidation import list_packages

    with Register(args) as reg:
        found = list_packages(reg.context)
    print_json(
        [
            {
                "id": p.id,
                "kato": p.kato,
                "from": p.period_from.isoformat(),
                "to": p.period_to.isoformat(),
                "exported_at": p.exported_at.isoformat(),
                "imported_at": p.imported_at.isoformat(),
                "imported_by": p.imported_by,
                "file": p.file_name,
                "sha256": p.sha256,
                "signature": p.signature_method,
                "rows": p.rows,
                "total": p.total,
                "counted_months": list(p.counted_months),
            }
            for p in found
        ]
    )
    return EXIT_OK


def _history(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.reports.consolidation import consolidation_history

    with Register(args) as reg:
        found = consolidation_history(reg.context)
    print_json(
        [
            {
                "at": h.at.isoformat(),
                "by": h.by,
                "action": h.action,
                "package": h.package_id,
                "replaced_package": h.replaced_package_id,
                "detail": h.detail,
            }
            for h in found
        ]
    )
    return EXIT_OK


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> Commands:
    """Every command of the reports area: name -> handler."""
    commands: Commands = {}
    commands.update(_add_reports_parsers(sub, common))
    commands.update(_add_consolidation_parsers(sub, common))
    return commands
