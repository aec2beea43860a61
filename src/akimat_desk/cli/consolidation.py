"""``akimat-desk report-up`` (a district's statistics package) and ``akimat-desk consolidate offices | import |
report | open-data | packages | history`` (the region's or the ministry's consolidation register)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from akimat_desk.cli.calendar import parse_day
from akimat_desk.cli.common import EXIT_BAD_INPUT, EXIT_OK, Register, ask_secret, print_json, wants_json
from akimat_desk.domain.errors import InvalidInput
from akimat_desk.services.kernel.messages import error_message, message
from akimat_desk.services.reports.consolidation import (
    PackageImported,
    consolidation_history,
    import_offices,
    import_package_files,
    list_packages,
)
from akimat_desk.services.reports.consolidation_export import write_report
from akimat_desk.services.reports.consolidation_report import BY, build_report, open_data_csv, open_data_rows
from akimat_desk.services.reports.live_consolidation import office_grants_sql, parse_office, region_view_sql
from akimat_desk.services.reports.report_upward import office_key, prepare_report, record_sent
from akimat_desk.services.reports.statistics_package import key_id
from akimat_desk.signatures.p12_signer import Pkcs12Signer

P12_PASSWORD_ENV = "AKIMAT_DESK_P12_PASSWORD"


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> dict[str, Any]:
    p = sub.add_parser("report-up", parents=[common], help="the office's statistics as a signed package upward")
    _period(p, required=False)
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
    _period(a, required=False, helps="the reporting period the packages must lie in")
    a = actions.add_parser("report", parents=[common], help="the report's tables (PDF, XLSX, JSON)")
    _period(a, required=True)
    a.add_argument("--by", default="region", choices=BY)
    a.add_argument("--pdf")
    a.add_argument("--xlsx")
    a = actions.add_parser("open-data", parents=[common], help="monthly counts for the open-data portal")
    _period(a, required=True)
    a.add_argument("--csv", dest="csv_path")
    a.add_argument("--json-file")
    a = actions.add_parser("live-sql", parents=[common],
                           help="SQL of the live view across offices' databases on one PostgreSQL server")  # fmt: skip
    a.add_argument("--office", action="append", default=[], metavar="KATO=DBNAME[@HOST[:PORT]]")
    a.add_argument("--reader", default="region_reader", help="the region's login role in the offices' databases")
    a.add_argument("--part", choices=("office", "region"), default="region",
                   help="office: the grants to run in each office's database; region: the view")  # fmt: skip
    actions.add_parser("packages", parents=[common], help="every imported package version")
    actions.add_parser("history", parents=[common], help="imports and replacements")
    return {"report-up": _report_up, "consolidate": _consolidate}


def _period(p: argparse.ArgumentParser, required: bool, helps: str = "") -> None:
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
        print(message("consolidation.package_written", lang, path=str(out), rows=len(report.rows),
                      total=report.manifest["total"]))  # fmt: skip
    return EXIT_OK


def _p12_signer(path: str | None, lang: str) -> Pkcs12Signer | None:
    """The PKCS#12 signer of ``--eds-p12``; the password is asked for when signing, not before."""
    if not path:
        return None
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InvalidInput("file_unreadable", field="--eds-p12", path=path, detail=exc.strerror or "") from None
    prompt = message("consolidation.p12_password", lang, file=Path(path).name)
    return Pkcs12Signer(data, lambda: os.environ.get(P12_PASSWORD_ENV) or ask_secret(prompt, lang))


def _consolidate(args: argparse.Namespace, lang: str) -> int:
    handler = {"offices": _offices, "import": _import, "report": _report, "open-data": _open_data,
               "packages": _packages, "history": _history, "live-sql": _live_sql}[args.action]  # fmt: skip
    return handler(args, lang)


def _offices(args: argparse.Namespace, lang: str) -> int:
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


def _import(args: argparse.Namespace, lang: str) -> int:
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
            text = message("consolidation.imported", lang, file=path.name, office=office, kato=result.kato,
                           first=first, last=last, total=result.total)  # fmt: skip
            for older, months in result.replaced:
                text += "\n  " + message("consolidation.replaced", lang, package=older, months=", ".join(months))
            report.append({"file": str(path), "imported": result.package_id, "kato": result.kato,
                           "total": result.total, "replaced": [{"package": o, "months": list(m)}
                                                                for o, m in result.replaced]})  # fmt: skip
            print(text) if not wants_json(args) else None
        else:
            text = message("consolidation.refused", lang, file=path.name, reason=error_message(result, lang))
            report.append({"file": str(path), "refused": result.code, "message": error_message(result, lang)})
            print(text, file=sys.stderr)
    if wants_json(args):
        print_json(report)
    return EXIT_BAD_INPUT if any("refused" in r for r in report) else EXIT_OK


def _report(args: argparse.Namespace, lang: str) -> int:
    first, last = parse_day(args.first, "--from"), parse_day(args.last, "--to")
    pdf, xlsx = _out(args.pdf, "--pdf"), _out(args.xlsx, "--xlsx")
    with Register(args) as reg:
        report = build_report(reg.context, first, last, args.by)
    write_report(report, lang, pdf=pdf, xlsx=xlsx)
    if wants_json(args) or not (pdf or xlsx):
        print_json(report.as_json(lang))
    return EXIT_OK


def _open_data(args: argparse.Namespace, lang: str) -> int:
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
    if args.part == "office":
        print(office_grants_sql(args.reader), end="")
    else:
        print(region_view_sql([parse_office(o, args.reader) for o in args.office]), end="")
    return EXIT_OK


def _packages(args: argparse.Namespace, lang: str) -> int:
    with Register(args) as reg:
        found = list_packages(reg.context)
    print_json([{"id": p.id, "kato": p.kato, "from": p.period_from.isoformat(), "to": p.period_to.isoformat(),
                 "exported_at": p.exported_at.isoformat(), "imported_at": p.imported_at.isoformat(),
                 "imported_by": p.imported_by, "file": p.file_name, "sha256": p.sha256,
                 "signature": p.signature_method, "rows": p.rows, "total": p.total,
                 "counted_months": list(p.counted_months)} for p in found])  # fmt: skip
    return EXIT_OK


def _history(args: argparse.Namespace, lang: str) -> int:
    with Register(args) as reg:
        found = consolidation_history(reg.context)
    print_json([{"at": h.at.isoformat(), "by": h.by, "action": h.action, "package": h.package_id,
                 "replaced_package": h.replaced_package_id, "detail": h.detail} for h in found])  # fmt: skip
    return EXIT_OK
