"""The report's tables from the consolidation register (issue 20), the way the NCPT's report on the law draws
them: the republic's total, the capital and the cities of republican significance apart from the other regions
(Table 3), each form by city, notifications against applications, outcomes, refusal grounds, months; and the
monthly counts shaped for the national open-data portal.

Offices that report: every ``district``, and a ``capital`` or ``city`` with no offices under it (else its
offices report for it). Every reporting office with a month of the period that no package counts is listed as
"no report received", on every table, so that a total is never silently short.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from akimat_desk.domain.assemblies import Form
from akimat_desk.domain.errors import InvalidInput
from akimat_desk.security.roles import Permission
from akimat_desk.services.kernel.messages import message
from akimat_desk.services.reports.statistics_package import OUTCOMES, check_whole_months, month_span

if TYPE_CHECKING:  # BY is read by the command line's parser: the register's storage is loaded on first use
    from akimat_desk.services.kernel.context import ServiceContext
    from akimat_desk.storage.reports.consolidation import Office

BY = ("region", "city", "office", "form", "kind", "outcome", "ground", "month")
FORMS = tuple(f.value for f in Form)
OTHER_REGIONS = "other_regions"
_SQL_KEY = {
    "region": None,
    "city": None,
    "office": None,
    "form": None,
    "kind": "kind",
    "outcome": "outcome",
    "ground": "ground",
    "month": "month",
}


@dataclass(frozen=True, slots=True)
class ReportRow:
    key: str
    counts: dict[str, int]  # by form ("count" alone on the table by form)
    total: int
    no_report: tuple[str, ...] = ()  # offices of this row that sent nothing for some month


@dataclass(frozen=True, slots=True)
class MissingReport:
    kato: str
    months: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ConsolidatedReport:
    first: date
    last: date
    by: str
    rows: tuple[ReportRow, ...]
    total: int
    missing: tuple[MissingReport, ...]
    offices: dict[str, Office] = field(default_factory=dict)
    reporting: int = 0
    months: int = 0  # how many months the period has

    def label(self, key: str, lang: str) -> str:
        """A row's key as a reader sees it in ``lang``."""
        if self.by in ("region", "city", "office"):
            if key == OTHER_REGIONS:
                return message("consolidation.other_regions", lang)
            return self.offices[key].name(lang) if key in self.offices else key
        if self.by == "form":
            return message(f"form.{key}", lang)
        if self.by == "kind":
            return message(f"kind.{key}", lang)
        if self.by == "outcome":
            return message(f"stats.outcome.{key}", lang)
        if self.by == "ground":
            return message("stats.ground", lang, code=key)
        return key

    def as_json(self, lang: str) -> dict[str, Any]:
        return {
            "from": self.first.isoformat(),
            "to": self.last.isoformat(),
            "by": self.by,
            "rows": [
                {
                    "key": r.key,
                    "label": self.label(r.key, lang),
                    "counts": dict(r.counts),
                    "total": r.total,
                    "no_report": list(r.no_report),
                }
                for r in self.rows
            ],
            "total": self.total,
            "reporting_offices": self.reporting,
            "complete": not self.missing,
            "no_report": [
                {"kato": m.kato, "name": self.offices[m.kato].name(lang), "months": list(m.months)}
                for m in self.missing
            ],
        }


def reporting_offices(offices: dict[str, Office]) -> list[Office]:
    parents = {o.parent for o in offices.values() if o.parent}
    return [
        o
        for o in offices.values()
        if o.status == "district" or (o.status in ("capital", "city") and o.kato not in parents)
    ]


def top_of(kato: str, offices: dict[str, Office]) -> Office:
    """The node at the top of ``kato``'s branch: the capital, a city of republican significance or a region."""
    node = offices[kato]
    while node.parent and node.parent in offices and node.status not in ("capital", "city"):
        node = offices[node.parent]
    return node


def build_report(ctx: ServiceContext, first: date, last: date, by: str) -> ConsolidatedReport:
    """The table ``by`` for the whole months ``first`` .. ``last`` from the counted packages."""
    from akimat_desk.storage.reports.consolidation import ConsolidationRepository

    ctx.require(Permission.READ)
    if by not in BY:
        raise InvalidInput("consolidation_by_unknown", field="--by", value=by, known=", ".join(BY))
    check_whole_months(first, last)
    months = month_span(first, last)
    sql_key = _SQL_KEY[by]
    with ctx.uow() as uow:
        repo = uow.repo(ConsolidationRepository)
        offices = {o.kato: o for o in repo.offices()}
        covered = repo.counted_months(months[0], months[-1])
        counts = repo.counts(months[0], months[-1], [k for k in (sql_key, "form") if k])
    reporters = reporting_offices(offices)
    missing = tuple(
        MissingReport(o.kato, tuple(m for m in months if m not in covered.get(o.kato, set())))
        for o in sorted(reporters, key=lambda o: o.kato)
        if covered.get(o.kato, set()) != set(months)
    )
    rows = _rows(by, counts, offices, reporters, {m.kato for m in missing})
    total = sum(c[-1] for c in counts)
    return ConsolidatedReport(first, last, by, rows, total, missing, offices, len(reporters), len(months))


def _rows(
    by: str, counts: Sequence[tuple[Any, ...]], offices: dict[str, Office], reporters: list[Office], missing: set[str]
) -> tuple[ReportRow, ...]:
    cells: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    groups: dict[str, list[str]] = defaultdict(list)  # row key -> the reporting offices under it
    for office in reporters if by in ("region", "city", "office") else ():
        groups[_group_key(by, office, offices)].append(office.kato)
    for values in counts:
        kato, *keys, n = values
        if by in ("region", "city", "office"):
            row_keys = [_group_key(by, offices[kato], offices) if kato in offices else kato]
        elif by == "form":
            row_keys = [keys[0]]
        elif by == "ground":
            row_keys = [g for g in str(keys[0]).split("+") if g]
        else:
            row_keys = [str(keys[0])]
        column = "count" if by == "form" else keys[-1]
        for key in row_keys:
            cells[key][column] += n
    order = _order(by, set(cells) | set(groups), offices)
    return tuple(
        ReportRow(
            k, dict(cells.get(k, {})), sum(cells.get(k, {}).values()), tuple(sorted(set(groups.get(k, [])) & missing))
        )
        for k in order
    )


def _group_key(by: str, office: Office, offices: dict[str, Office]) -> str:
    if by == "office":
        return office.kato
    top = top_of(office.kato, offices)
    if by == "city" and top.status == "region":
        return OTHER_REGIONS
    return top.kato


def _order(by: str, keys: set[str], offices: dict[str, Office]) -> list[str]:
    if by == "form":
        return [f for f in FORMS if f in keys]
    if by == "outcome":
        return [o for o in OUTCOMES if o in keys]
    if by in ("region", "city", "office"):
        rank = {"capital": 0, "city": 1, "region": 2, "district": 3}

        def place(k: str) -> tuple[int, str]:
            if k == OTHER_REGIONS:
                return (9, "")
            top = top_of(k, offices) if k in offices else None
            return (rank.get(top.status, 8) if top else 8, k)

        return sorted(keys, key=place)
    return sorted(keys)


# ---- open data ----------------------------------------------------------------------------------------------
OPEN_DATA_COLUMNS = ("kato", "office_kk", "office_ru", "month", "form", "outcome", "count")


def open_data_rows(ctx: ServiceContext, first: date, last: date) -> list[dict[str, Any]]:
    """One row per office, month, form and outcome of the counted packages (no personal data anywhere)."""
    from akimat_desk.storage.reports.consolidation import ConsolidationRepository

    ctx.require(Permission.READ)
    check_whole_months(first, last)
    months = month_span(first, last)
    with ctx.uow() as uow:
        repo = uow.repo(ConsolidationRepository)
        offices = {o.kato: o for o in repo.offices()}
        counts = repo.counts(months[0], months[-1], ["month", "form", "outcome"])
    rows = []
    for kato, month, form, outcome, n in counts:
        office = offices.get(kato)
        rows.append(
            {
                "kato": kato,
                "office_kk": office.name_kk if office else "",
                "office_ru": office.name_ru if office else "",
                "month": month,
                "form": form,
                "outcome": outcome,
                "count": n,
            }
        )
    return rows


def open_data_csv(rows: Sequence[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=OPEN_DATA_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()
