"""The consolidation register of a region's akimat or the ministry (issue 20): the list of offices, the
import of the offices' statistics packages, and which version counts.

A package is imported only when everything holds: its form (``statistics_package.read_package``), its office
in the list with a key, its signature with that key, its period inside the expected one (when given), not the
same file twice, and not older than a version already counted for one of its months. Then it is kept for ever
with its provenance and becomes the counted version of its office for each of its months; an older version it
overlaps stops counting for those months and the history says so. A refused package changes nothing.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from akimat_desk.domain.errors import InvalidInput
from akimat_desk.security.roles import Permission
from akimat_desk.services.kernel.context import ServiceContext
from akimat_desk.services.reports.statistics_package import (
    EDS_METHOD,
    Package,
    month_span,
    read_package,
    signature_matches,
)
from akimat_desk.storage.reports.consolidation import ConsolidationRepository, HistoryEntry, Office, StoredPackage

if TYPE_CHECKING:
    from akimat_desk.services.esign import LoadedTrust

OFFICE_COLUMNS = ("kato", "name_kk", "name_ru", "name_en", "parent", "status", "hmac_key", "bin")
_OPTIONAL = ("name_en", "hmac_key", "bin")
STATUSES = ("capital", "city", "region", "district")
_KATO = re.compile(r"^\d{9}$")
_KEY = re.compile(r"^[0-9a-fA-F]{32,128}$")


@dataclass(frozen=True, slots=True)
class OfficesImported:
    added: int
    updated: int


@dataclass(frozen=True, slots=True)
class PackageImported:
    package_id: int
    kato: str
    office: Office
    first: date
    last: date
    total: int
    replaced: tuple[tuple[int, tuple[str, ...]], ...]  # (older package id, the months it no longer counts)


# ---- offices ------------------------------------------------------------------------------------------------
def parse_offices(text: str) -> list[Office]:
    """The offices of a CSV with the header ``OFFICE_COLUMNS``. ``hmac_key`` (the office's package key) and
    ``bin`` (the akimat's BIN, which the certificate of an EDS-signed package must carry) may be empty or
    absent, ``name_en`` too (then the Russian name is used). Any bad line refuses the whole file, naming the
    line and the column."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = [c for c in OFFICE_COLUMNS if c not in (reader.fieldnames or []) and c not in _OPTIONAL]
    if missing:
        raise InvalidInput(
            "offices_columns", field="file", missing=", ".join(missing), expected=",".join(OFFICE_COLUMNS)
        )
    offices: list[Office] = []
    for line, raw in enumerate(reader, start=2):
        values = {k: (raw.get(k) or "").strip() for k in OFFICE_COLUMNS}
        offices.append(_office(values, line))
    if not offices:
        raise InvalidInput("offices_empty", field="file")
    return offices


def _office(v: dict[str, str], line: int) -> Office:
    def bad(column: str, rule: str) -> InvalidInput:
        return InvalidInput("offices_line_invalid", field=column, line=line, value=v.get(column, ""), rule=rule)

    if not _KATO.match(v["kato"]):
        raise bad("kato", "9 digits")
    if v["parent"] and not _KATO.match(v["parent"]):
        raise bad("parent", "9 digits or empty")
    if v["parent"] == v["kato"]:
        raise bad("parent", "not the office itself")
    if v["status"] not in STATUSES:
        raise bad("status", " | ".join(STATUSES))
    if not v["name_kk"] or not v["name_ru"]:
        raise bad("name_kk" if not v["name_kk"] else "name_ru", "not empty")
    if v["hmac_key"] and not _KEY.match(v["hmac_key"]):
        raise bad("hmac_key", "32 to 128 hexadecimal digits or empty")
    if v["bin"] and not (len(v["bin"]) == 12 and v["bin"].isdigit()):
        raise bad("bin", "12 digits or empty")
    return Office(
        v["kato"],
        v["name_kk"],
        v["name_ru"],
        v["name_en"] or v["name_ru"],
        v["parent"],
        v["status"],
        v["hmac_key"].lower(),
        v["bin"],
    )


def import_offices(ctx: ServiceContext, text: str) -> OfficesImported:
    """Add or update the offices of a CSV (see ``parse_offices``); every parent must be listed."""
    ctx.require(Permission.MANAGE_SETTINGS)
    offices = parse_offices(text)
    codes = [o.kato for o in offices]
    repeated = sorted({c for c in codes if codes.count(c) > 1})
    if repeated:
        raise InvalidInput("offices_repeated", field="kato", value=", ".join(repeated))
    now = ctx.clock()
    with ctx.uow(write=True) as uow:
        repo = uow.repo(ConsolidationRepository)
        known = {o.kato: o for o in repo.offices()} | {o.kato: o for o in offices}
        for o in offices:
            if o.parent and o.parent not in known:
                raise InvalidInput("offices_parent_unknown", field="parent", value=o.parent, office=o.kato)
        _refuse_cycles(known)
        added, updated = repo.put_offices(offices, now)
        repo.log(now, ctx.user.name, "offices", detail=f"{added} added, {updated} updated")
        uow.commit()
    return OfficesImported(added, updated)


def _refuse_cycles(known: dict[str, Office]) -> None:
    for start in known:
        seen, node = {start}, known[start].parent
        while node:
            if node in seen:
                raise InvalidInput("offices_cycle", field="parent", value=start)
            seen.add(node)
            node = known[node].parent if node in known else ""


def list_offices(ctx: ServiceContext) -> list[Office]:
    ctx.require(Permission.READ)
    with ctx.uow() as uow:
        return uow.repo(ConsolidationRepository).offices()


# ---- packages -----------------------------------------------------------------------------------------------
def read_package_file(path: Path) -> Package:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput("file_unreadable", field="package", path=str(path), detail=exc) from None
    return read_package(data, path.name)


def import_package(
    ctx: ServiceContext, package: Package, file_name: str, *, expected: tuple[date, date] | None = None
) -> PackageImported:
    """Check ``package`` against the register and count it (see the module's contract)."""
    ctx.require(Permission.REGISTER)
    months = month_span(package.first, package.last)
    if expected is not None and not (expected[0] <= package.first and package.last <= expected[1]):
        raise InvalidInput(
            "package_period_outside",
            field="package",
            file=file_name,
            first=package.first.isoformat(),
            last=package.last.isoformat(),
            expected_first=expected[0].isoformat(),
            expected_last=expected[1].isoformat(),
        )
    now = ctx.clock()
    with ctx.uow(write=True) as uow:
        repo = uow.repo(ConsolidationRepository)
        office = _check_office(repo.office(package.kato), package, file_name)
        if package.method == EDS_METHOD:
            from akimat_desk.services.esign import load_trust  # the trust store and the signatures package load
            # when a signed package is checked, not with every importer of this module (the window's start)

            _check_eds(package, office, file_name, load_trust(uow))
        if repo.has_file(package.sha256) is not None:
            raise InvalidInput("package_already_imported", field="package", file=file_name)
        covered = repo.coverage(package.kato, months)
        newer = sorted(m for m, (_, at) in covered.items() if at >= package.exported_at)
        if newer:
            raise InvalidInput("package_superseded", field="package", file=file_name, months=", ".join(newer))
        pid = repo.add_package(
            _stored_values(package, file_name, now, ctx.user.name), [r.as_dict() for r in package.rows]
        )
        repo.count_for(package.kato, months, pid)
        repo.log(now, ctx.user.name, "imported", pid, detail=file_name)
        replaced: dict[int, list[str]] = {}
        for month, (older, _) in sorted(covered.items()):
            replaced.setdefault(older, []).append(month)
        for older, older_months in replaced.items():
            repo.log(now, ctx.user.name, "replaced", pid, older, detail=", ".join(older_months))
        uow.commit()
    return PackageImported(
        pid,
        package.kato,
        office,
        package.first,
        package.last,
        sum(r.count for r in package.rows),
        tuple((k, tuple(v)) for k, v in replaced.items()),
    )


def _check_office(office: Office | None, package: Package, file_name: str) -> Office:
    if office is None:
        raise InvalidInput("package_office_unknown", field="package", file=file_name, kato=package.kato)
    if office.status == "region":
        raise InvalidInput("package_office_is_region", field="package", file=file_name, kato=package.kato)
    if package.method == EDS_METHOD:
        if not office.bin:
            raise InvalidInput("package_office_no_key", field="bin", file=file_name, kato=package.kato)
        return office
    if not office.hmac_key:
        raise InvalidInput("package_office_no_key", field="hmac_key", file=file_name, kato=package.kato)
    if not signature_matches(office.hmac_key, package.signed_bytes, package.signature):
        raise InvalidInput("package_signature_invalid", field="package", file=file_name)
    return office


def _check_eds(package: Package, office: Office, file_name: str, trust: LoadedTrust) -> None:
    """The CMS must verify as VALID against the register's trust store and carry the office's BIN."""
    from akimat_desk.signatures import Verdict, verify

    result = verify(
        package.signature, package.signed_bytes, trust=trust.store, crls=trust.crls, allow_test=trust.allow_test
    )
    if result.verdict is not Verdict.VALID:
        raise InvalidInput("package_eds_invalid", field="package", file=file_name, verdict=result.verdict.value)
    found = result.signer.bin if result.signer is not None else None
    if found != office.bin:
        raise InvalidInput(
            "package_eds_other_bin", field="package", file=file_name, found=found or "-", expected=office.bin
        )


def _stored_values(package: Package, file_name: str, now: object, by: str) -> dict[str, object]:
    return {
        "kato": package.kato,
        "period_from": package.first,
        "period_to": package.last,
        "exported_at": package.exported_at,
        "imported_at": now,
        "imported_by": by,
        "file_name": file_name[:512],
        "sha256": package.sha256,
        "cube_sha256": package.manifest["cube_sha256"],
        "signature_method": package.method,
        "rows": len(package.rows),
        "total": sum(r.count for r in package.rows),
        "manifest": dict(package.manifest),
    }


Imported = PackageImported | InvalidInput


def import_package_files(
    ctx: ServiceContext, paths: Sequence[Path], *, expected: tuple[date, date] | None = None
) -> list[Imported]:
    """Each file on its own: imported, or refused with the reason (a refusal changes nothing)."""
    results: list[Imported] = []
    for path in paths:
        try:
            results.append(import_package(ctx, read_package_file(path), path.name, expected=expected))
        except InvalidInput as refused:
            results.append(refused)
    return results


def list_packages(ctx: ServiceContext) -> list[StoredPackage]:
    ctx.require(Permission.READ)
    with ctx.uow() as uow:
        return uow.repo(ConsolidationRepository).packages()


def consolidation_history(ctx: ServiceContext) -> list[HistoryEntry]:
    ctx.require(Permission.READ)
    with ctx.uow() as uow:
        return uow.repo(ConsolidationRepository).history()
