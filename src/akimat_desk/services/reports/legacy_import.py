"""Import of a legacy registration journal (XLSX or CSV, the way offices keep them today).

1. ``read_journal`` reads the header row and the data rows; ``auto_mapping`` maps columns to filing fields by
   their header words (kk / ru / en), and ``--map col=field`` overrides (col: header text, letter or number).
2. ``prepare_import`` turns every row into a filing mapping and validates it with the registration rules
   (``projection.filing_values`` -> ``domain.document.parse_document`` + ``content.find_defects``): a row that
   cannot be a filing is refused with the reason; a row with defects is accepted and its defects listed, as
   at the front desk (register first, judge later). Nothing is written.
3. ``commit_import`` registers the accepted rows in ONE transaction, in order of receipt, each with a new
   incoming number and a history event naming the file, the row and the legacy number. If any row was refused
   nothing is written unless the clerk chose ``only_valid``. The same file (SHA-256) is never imported twice.
"""

from __future__ import annotations

import csv
import gc
import hashlib
import io
import logging
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from akimat_desk.domain.deadlines import DeadlineKind, review_deadline
from akimat_desk.domain.errors import DomainError, InvalidInput
from akimat_desk.domain.filing import EventAction, StoredDeadline
from akimat_desk.domain.statuses import Status
from akimat_desk.security.roles import Permission
from akimat_desk.services.filings import filing_values, refuse_future_receipt
from akimat_desk.services.kernel.bounded_files import read_regular_file
from akimat_desk.services.kernel.context import Changes, ServiceContext
from akimat_desk.services.kernel.messages import error_message
from akimat_desk.services.office import format_number, registration_snapshot
from akimat_desk.services.reports.legacy_rows import FIELDS, auto_mapping, parse_overrides, row_to_filing
from akimat_desk.storage.filings import FilingValues, NewEvent, NewFiling
from akimat_desk.storage.places import ImportRepository

_log = logging.getLogger(__name__)

__all__ = ["FIELDS", "ImportPlan", "commit_import", "prepare_import", "read_journal"]

MAX_JOURNAL_BYTES = 50 * 2**20  # the journal file as stored on disk
MAX_XLSX_UNPACKED = 200 * 2**20  # all parts of an XLSX once unpacked (a 394 KB file once unpacked to 400 MB)
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
OLE_HEADER = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a password-protected XLSX (or an old .xls) is an OLE file


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a whole journal is read, checked or written.

    Those steps build hundreds of thousands of long-lived objects (cells, filings, defects, rows to insert) and
    no reference cycles; with the collector on, its full passes over them took a third of the import's time.
    Reference counting still frees everything; the collector runs again (if it was on) when the step ends."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@dataclass(frozen=True, slots=True)
class RawJournal:
    name: str
    sha256: str
    header: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    first_row: int  # spreadsheet row number of rows[0]


@dataclass(frozen=True, slots=True)
class AcceptedRow:
    row: int
    legacy_number: str
    values: FilingValues
    defects: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RefusedRow:
    row: int
    field: str | None
    code: str
    message: str


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """What an import would do; ``preview`` holds the first mapped rows as filing JSON."""

    name: str
    sha256: str
    header: tuple[str, ...]
    mapping: dict[int, str]
    accepted: tuple[AcceptedRow, ...]
    refused: tuple[RefusedRow, ...]
    preview: tuple[dict[str, Any], ...] = field(default=())

    @property
    def total(self) -> int:
        return len(self.accepted) + len(self.refused)

    def mapping_by_header(self) -> dict[str, str]:
        return {self.header[i] or f"#{i + 1}": f for i, f in sorted(self.mapping.items())}


@dataclass(frozen=True, slots=True)
class ImportResult:
    plan: ImportPlan
    imported: int
    numbers: tuple[str, ...]
    changes: Changes


def read_journal(path: Path) -> RawJournal:
    """The header (of the first 20 rows, the one naming most known columns) and the data rows of the first
    sheet of an XLSX, or of a CSV (``;`` or ``,``,
    UTF-8 or Windows-1251)."""
    content = read_regular_file(path, MAX_JOURNAL_BYTES)
    if content[:8] == OLE_HEADER:
        raise InvalidInput("import_protected", field="file", path=str(path))
    digest = hashlib.sha256(content).hexdigest()
    with _collector_paused():
        rows = _xlsx_rows(content, path) if content[:2] == b"PK" else _csv_rows(content, path)
    _check_cells(rows, path)
    candidates = [i for i, r in enumerate(rows[:20]) if any(_filled(c) for c in r)]
    if not candidates:
        raise InvalidInput("import_empty", field="file", path=str(path))
    start = max(candidates, key=lambda i: (len(auto_mapping(_header(rows[i]))), -i))  # a title above it is skipped
    header = _header(rows[start])
    data = tuple(rows[start + 1 :])
    return RawJournal(path.name, digest, header, data, start + 2)


def _header(row: tuple[Any, ...]) -> tuple[str, ...]:
    return tuple(str(c).strip() if _filled(c) else "" for c in row)


def _filled(cell: Any) -> bool:
    return cell is not None and str(cell).strip() != ""


def _xlsx_rows(content: bytes, path: Path) -> list[tuple[Any, ...]]:
    """The first worksheet's values: python-calamine (legacy_xlsx), or openpyxl's own read-only reader when
    calamine refuses the workbook (openpyxl reads some odd shapes, and names what is wrong with a damaged file)."""
    from akimat_desk.services.reports.legacy_xlsx import Unsupported, first_sheet_rows

    _check_archive(content, path)
    try:
        return first_sheet_rows(content)
    except Unsupported as exc:  # a workbook calamine does not read
        _log.info("%s: read with openpyxl (%s)", path.name, exc)
    except Exception:  # a bug of the reader: openpyxl decides, the log keeps the trace
        _log.warning("%s: the XLSX reader failed, reading with openpyxl", path.name, exc_info=True)
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a damaged file
        raise InvalidInput("file_unreadable", field="file", path=str(path), detail=str(exc)) from None
    try:
        return [tuple(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    except (ValueError, KeyError, IndexError) as exc:  # a cell reference or value openpyxl cannot read either
        raise InvalidInput("file_unreadable", field="file", path=str(path), detail=str(exc)) from None
    finally:
        book.close()


def _check_archive(content: bytes, path: Path) -> None:
    """Refuse a damaged ZIP or one that unpacks to more than MAX_XLSX_UNPACKED bytes (a "zip bomb"), before
    openpyxl reads anything: the sizes come from the ZIP directory, and no member is decompressed here."""
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise InvalidInput("file_unreadable", field="file", path=str(path), detail=f"damaged XLSX: {exc}") from None
    if unpacked > MAX_XLSX_UNPACKED:
        raise InvalidInput(
            "import_unpacked_too_large",
            field="file",
            path=str(path),
            size_mb=unpacked // 2**20,
            limit_mb=MAX_XLSX_UNPACKED // 2**20,
        )


def _check_cells(rows: list[tuple[Any, ...]], path: Path) -> None:
    for number, row in enumerate(rows, start=1):
        for column, cell in enumerate(row, start=1):
            if isinstance(cell, str) and len(cell) > MAX_CELL_CHARS:
                raise InvalidInput(
                    "import_cell_too_long",
                    field="file",
                    path=str(path),
                    row=number,
                    column=column,
                    limit=MAX_CELL_CHARS,
                )


def _csv_rows(content: bytes, path: Path) -> list[tuple[Any, ...]]:
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = content.decode("cp1251")
        except UnicodeDecodeError as exc:
            detail = f"byte 0x{content[exc.start]:02x} at {exc.start} is neither UTF-8 nor Windows-1251"
            raise InvalidInput("file_unreadable", field="file", path=str(path), detail=detail) from None
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    try:
        return [tuple(r) for r in csv.reader(io.StringIO(text), delimiter=delimiter)]
    except csv.Error as exc:  # e.g. a field over the csv module's 131,072-character limit, or a NUL byte
        raise InvalidInput("file_unreadable", field="file", path=str(path), detail=f"CSV: {exc}") from None


def prepare_import(ctx: ServiceContext, raw: RawJournal, overrides: str | None, lang: str) -> ImportPlan:
    """Map and validate every row; nothing is written."""
    ctx.require(Permission.REGISTER)
    mapping = {**auto_mapping(raw.header), **parse_overrides(overrides, raw.header)}
    mapping = {i: f for i, f in mapping.items() if f != "ignore"}
    if "form" not in mapping.values():
        raise InvalidInput("import_field_unmapped", field="--map", target="form")
    if not {"received_at", "received_date"} & set(mapping.values()):
        raise InvalidInput("import_field_unmapped", field="--map", target="received_at")
    with ctx.uow() as uow:
        cal = ctx.calendar.get(uow)
    tz, registration_day = ctx.settings.tz, cal.next_working_day_on_or_after
    now = ctx.clock()
    accepted: list[AcceptedRow] = []
    refused: list[RefusedRow] = []
    preview: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    labels: dict[tuple[int, str], str] = {}  # "item:code" of a defect, made once per kind of defect
    with _collector_paused():
        for offset, cells in enumerate(raw.rows):
            row_no = raw.first_row + offset
            if not any(_filled(c) for c in cells):
                continue
            try:
                data, legacy = row_to_filing(cells, mapping, tz)
                if legacy and legacy in seen:
                    raise InvalidInput(
                        "import_duplicate_number", field="legacy_number", number=legacy, row=seen[legacy]
                    )
                values, _doc = filing_values(data, tz, registration_day, Status.REGISTERED, None)
                refuse_future_receipt(values.received_at, now, tz)
            except DomainError as exc:
                refused.append(RefusedRow(row_no, exc.field, exc.code, error_message(exc, lang)))
                continue
            if legacy:
                seen[legacy] = row_no
            if len(preview) < 5:
                preview.append(data)
            defects = tuple(
                labels.get((d.item, d.code)) or labels.setdefault((d.item, d.code), f"{d.item}:{d.code}")
                for d in values.defects
            )
            accepted.append(AcceptedRow(row_no, legacy, values, defects))
    return ImportPlan(raw.name, raw.sha256, raw.header, mapping, tuple(accepted), tuple(refused), tuple(preview))


COMMIT_BATCH = 1000
"""Rows numbered, snapshotted and inserted at a time: the transaction stays one, but only one batch of rows to
insert (their history snapshots, events and bound parameters) is in memory at once, not the whole journal's."""


def _reserve(uow: Any, ctx: ServiceContext, rows: list[AcceptedRow]) -> dict[int, int]:
    """The first incoming sequence number of each year of registration, reserved for all rows in one step."""
    per_year: dict[int, int] = {}
    for row in rows:
        per_year[row.values.registered_on.year] = per_year.get(row.values.registered_on.year, 0) + 1
    return {year: uow.counters.reserve(ctx.settings.akimat_code, year, count) for year, count in per_year.items()}


def _numbered(
    ctx: ServiceContext, plan: ImportPlan, rows: list[AcceptedRow], next_seq: dict[int, int], cal: Any, now: datetime
) -> list[tuple[NewFiling, date]]:
    """The next incoming numbers (``next_seq`` advances) for ``rows`` in order, each with its review deadline."""
    settings = ctx.settings
    items = []
    for row in rows:
        year = row.values.registered_on.year
        seq = next_seq[year]
        next_seq[year] += 1
        number = format_number(settings.number_format, settings.akimat_code, year, seq)
        due = review_deadline(row.values.kind, row.values.registered_on, cal)
        snapshot = registration_snapshot(row.values, ctx.actor, {DeadlineKind.REVIEW.value: due})
        change = {
            "incoming_number": number,
            "imported_from": plan.name,
            "row": row.row,
            "legacy_number": row.legacy_number,
            "filing": snapshot,
        }
        event = NewEvent(now, ctx.actor, EventAction.REGISTERED, change, "legacy journal import")
        items.append((NewFiling(settings.akimat_code, year, seq, number, row.values, event), due))
    return items


def commit_import(ctx: ServiceContext, plan: ImportPlan, *, only_valid: bool = False) -> ImportResult:
    """Register the accepted rows in one transaction; refuse if rows were refused and ``only_valid`` is False.

    The rows go in by ``COMMIT_BATCH`` in order of receipt (numbers, history events chained in that order,
    review deadlines); a failure anywhere rolls the whole import back."""
    ctx.require(Permission.REGISTER)
    if plan.refused and not only_valid:
        raise InvalidInput("import_has_refused_rows", field="file", refused=len(plan.refused), total=plan.total)
    if not plan.accepted:
        raise InvalidInput("import_nothing_to_import", field="file")
    now = ctx.clock()
    numbers: list[str] = []
    review = DeadlineKind.REVIEW.value
    with _collector_paused(), ctx.uow(write=True) as uow:
        imports = uow.repo(ImportRepository)
        if imports.already_imported(plan.sha256):
            raise InvalidInput("import_already_done", field="file", name=plan.name)
        cal = ctx.calendar.get(uow)
        rows = sorted(plan.accepted, key=lambda r: (r.values.received_at, r.row))
        next_seq = _reserve(uow, ctx, rows)
        with uow.bulk_write():
            for start in range(0, len(rows), COMMIT_BATCH):
                items = _numbered(ctx, plan, rows[start : start + COMMIT_BATCH], next_seq, cal, now)
                ids = uow.filings.add_many([item for item, _due in items], ctx.actor)
                uow.deadlines.add_many(
                    [
                        (fid, StoredDeadline(review, due, cal.version, now))
                        for fid, (_item, due) in zip(ids, items, strict=True)
                    ]
                )
                numbers += [item.number for item, _due in items]
                del items, ids
        imports.record(
            plan.name, plan.sha256, len(plan.accepted), len(plan.refused), plan.mapping_by_header(), now, ctx.actor
        )
        uow.commit()
    return ImportResult(plan, len(numbers), tuple(numbers), Changes.FILING | Changes.REGISTER)


def plan_json(plan: ImportPlan) -> dict[str, Any]:
    return {
        "file": plan.name,
        "sha256": plan.sha256,
        "rows": plan.total,
        "accepted": len(plan.accepted),
        "refused": [{"row": r.row, "field": r.field, "code": r.code, "message": r.message} for r in plan.refused],
        "with_defects": [{"row": a.row, "defects": list(a.defects)} for a in plan.accepted if a.defects],
        "mapping": plan.mapping_by_header(),
        "preview": list(plan.preview),
    }
