"""The district side of issue 20: the office's statistics for whole months as a signed package for the
region's akimat and the ministry, what it will send, and when the monthly report is due.

The cube counts each filing registered in the period once, by month of registration, form, kind, channel,
outcome (as ``services.statistics`` decides it), the grounds of its latest refusal (joined by "+") and whether
it is at a specialized place. Nothing else leaves the register: no name, IIN, address, phone, purpose or
place text. The package is signed with the office's HMAC key (kept in the register, made on first use); the
manifest says so plainly. The electronic digital signature path waits for the signer interface (issue 18).
"""

from __future__ import annotations

import hashlib
import secrets
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, timedelta
from typing import TYPE_CHECKING, Any

from akimat_desk import __version__
from akimat_desk.domain.errors import InvalidInput
from akimat_desk.domain.statuses import Status
from akimat_desk.security.roles import Permission
from akimat_desk.services.kernel.context import ServiceContext
from akimat_desk.services.reports.statistics import outcome_of
from akimat_desk.services.reports.statistics_package import (
    EDS_METHOD,
    EDS_NOTE,
    HMAC_METHOD,
    HMAC_NOTE,
    SCHEMA,
    SCHEMA_VERSION,
    CubeRow,
    build_package,
    check_whole_months,
    cube_csv,
    eds_signing,
    hmac_signing,
    key_id,
)
from akimat_desk.storage.office import CHAINS, AuditRepository
from akimat_desk.storage.places import PlaceRepository
from akimat_desk.storage.reports.statistics import StatisticsRepository

if TYPE_CHECKING:  # the signatures package (its crypto libraries) loads when a report is signed
    from akimat_desk.signatures.signing import Signer

KEY_SETTING = "report_upward_key"
SENT_SETTING = "report_upward_sent"


@dataclass(frozen=True, slots=True)
class UpwardReport:
    """A package ready to save or send: its bytes, its manifest and the rows a clerk can look at first."""

    data: bytes
    manifest: dict[str, Any]
    rows: tuple[CubeRow, ...]

    @property
    def file_name(self) -> str:
        period = self.manifest["period"]
        return f"stats-{self.manifest['office']['kato']}-{period['from'][:7]}-{period['to'][:7]}.akstat"


@dataclass(frozen=True, slots=True)
class ReportDue:
    """The monthly report for ``month`` (its first day) is due on ``due``; ``overdue`` once that day passed."""

    month: date
    due: date
    overdue: bool


def office_key(ctx: ServiceContext) -> str:
    """The office's HMAC key for packages (64 hex digits), made and stored on first use. The region's list
    of offices needs it to check this office's packages (``akimat-desk report-up --show-key``)."""
    ctx.require(Permission.EXPORT)
    with ctx.uow() as uow:
        stored = uow.settings.get(KEY_SETTING)
    if isinstance(stored, str) and stored:
        return stored
    with ctx.uow(write=True) as uow:
        stored = uow.settings.get(KEY_SETTING)
        if not (isinstance(stored, str) and stored):
            stored = secrets.token_hex(32)
            uow.settings.set(KEY_SETTING, stored)
            uow.commit()
    return str(stored)


def build_cube(ctx: ServiceContext, first: date, last: date) -> tuple[CubeRow, ...]:
    """The counts of the filings registered from ``first`` to ``last``, one row per distinct combination."""
    ctx.require(Permission.READ)
    with ctx.uow() as uow:
        repo = uow.repo(PlaceRepository)
        slots = repo.slots_registered(first, last)
        places = {p.id for p in repo.places()}
        ids = [s.id for s in slots]
        stats = uow.repo(StatisticsRepository)
        grounds, accepted = stats.refusal_grounds(ids), stats.accepted_proposals(ids)
    counter: Counter[tuple[str, str, str, str, str, str, int]] = Counter()
    for s in slots:
        outcome = outcome_of(s, s.id in accepted)
        refused = s.status == Status.DECIDED and s.outcome == "refused"
        ground = "+".join(sorted(set(grounds.get(s.id) or []))) if refused else ""
        channel = str(s.document.get("channel") or "paper")
        specialized = int(s.place_id is not None and s.place_id in places)
        counter[(s.registered_on.strftime("%Y-%m"), s.form, s.kind, channel, outcome, ground, specialized)] += 1
    return tuple(CubeRow(*key, count=n) for key, n in sorted(counter.items()))


def prepare_report(
    ctx: ServiceContext, first: date, last: date, signer: Signer | None = None, lang: str = "kk"
) -> UpwardReport:
    """The package of the office's statistics for the whole months ``first`` .. ``last``; writes nothing.

    With ``signer`` the package carries the akimat's EDS (a detached CMS, checked with the verifier before it
    is used: ``package_eds_failed`` names the signer's error code); without, the office's HMAC key signs it."""
    ctx.require(Permission.EXPORT)
    check_whole_months(first, last)
    kato = ctx.settings.kato
    if not kato:
        raise InvalidInput("kato_missing", field="kato")
    today = ctx.clock().astimezone(ctx.settings.tz).date()
    if last > today:
        raise InvalidInput("period_in_future", field="--to", value=last.isoformat(), today=today.isoformat())
    rows = build_cube(ctx, first, last)
    cube = cube_csv(kato, rows)
    key = office_key(ctx) if signer is None else ""
    manifest = {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "office": {
            "kato": kato,
            "name_kk": ctx.settings.name_kk,
            "name_ru": ctx.settings.name_ru,
            "name_en": ctx.settings.name_en,
        },
        "period": {"from": first.isoformat(), "to": last.isoformat()},
        "rows": len(rows),
        "total": sum(r.count for r in rows),
        "cube_sha256": hashlib.sha256(cube).hexdigest(),
        "register_seal": register_seal(ctx),
        "software": f"akimat-desk {__version__}",
        "exported_at": ctx.clock().astimezone(UTC).isoformat(),
        "exported_by": ctx.user.name,
        "signature": _signature_note(key, signer),
    }
    sign = hmac_signing(key) if signer is None else eds_signing(lambda body: _eds(signer, body, lang, ctx.settings.bin))
    return UpwardReport(build_package(manifest, cube, sign), manifest, rows)


def _signature_note(key: str, signer: Signer | None) -> dict[str, str]:
    where = "the ZIP comment, over every byte before it"
    if signer is not None:
        return {"method": EDS_METHOD, "signer": signer.name, "in": where, "note": EDS_NOTE}
    return {"method": HMAC_METHOD, "key_id": key_id(key), "in": where, "note": HMAC_NOTE}


def _eds(signer: Signer, body: bytes, lang: str, bin_: str) -> bytes:
    """The CMS over ``body`` by a key of the akimat's BIN (when the office setting ``bin`` is set)."""
    from akimat_desk.signatures import Verdict, verify
    from akimat_desk.signatures.signing import SigningError, SigningRequest

    try:
        cms = signer.sign(SigningRequest(data=body, bin=bin_, locale=lang))
    except SigningError as exc:
        raise InvalidInput("package_eds_failed", field="--eds-p12", reason=exc.code) from None
    check = verify(cms, body, allow_test=True)  # the signer's output is never trusted unchecked
    if check.verdict in (Verdict.MALFORMED, Verdict.SIGNATURE_INVALID, Verdict.CONTENT_MISMATCH):
        raise InvalidInput("package_eds_failed", field="--eds-p12", reason=check.verdict.value)
    return cms


def register_seal(ctx: ServiceContext) -> dict[str, dict[str, Any]]:
    """The head of every tamper-evident history chain at export: position and hash of its last entry."""
    with ctx.uow() as uow:
        audit = uow.repo(AuditRepository)
        heads = {chain: audit.head(chain) for chain in CHAINS}
    return {c: {"seq": h.last_seq if h else 0, "hash": h.last_hash if h else ""} for c, h in heads.items()}


def record_sent(ctx: ServiceContext, report: UpwardReport, how: str) -> None:
    """Remember that the package for its months was saved or sent (the Today reminder stops for them)."""
    ctx.require(Permission.EXPORT)
    entry = {
        "from": report.manifest["period"]["from"],
        "to": report.manifest["period"]["to"],
        "how": how,
        "at": report.manifest["exported_at"],
        "sha256": hashlib.sha256(report.data).hexdigest(),
    }
    with ctx.uow(write=True) as uow:
        sent = list(uow.settings.get(SENT_SETTING) or [])
        uow.settings.set(SENT_SETTING, [*sent, entry][-240:])
        uow.commit()


def report_due(ctx: ServiceContext, today: date) -> ReportDue | None:
    """The previous month's report when it has not been saved or sent yet, else None (for the Today list)."""
    ctx.require(Permission.READ)
    month = (today.replace(day=1) - timedelta(days=1)).replace(day=1)
    with ctx.uow() as uow:
        sent = uow.settings.get(SENT_SETTING) or []
    for entry in sent:
        if isinstance(entry, dict) and entry.get("from", "") <= month.isoformat() <= entry.get("to", ""):
            return None
    due = today.replace(day=min(ctx.settings.report_day, 28))
    return ReportDue(month, due, today > due)


def previous_month(today: date) -> tuple[date, date]:
    """The first and last day of the month before ``today`` (the default period of the report)."""
    last = today.replace(day=1) - timedelta(days=1)
    return last.replace(day=1), last
