"""Live consolidation of a region whose offices keep their registers as databases on one PostgreSQL server
(issue 20, item 6): SQL that an administrator runs once, after which the region's database answers counts
across every office at any moment, without packages.

The project ships the view, not logical replication: publications with column lists (PostgreSQL 15) would
all publish ``public.filings`` into one subscriber table whose ids clash between offices, and a column list
cannot add the office's code. Instead:

- in each office's database (``office_grants_sql``) a login role of the region may read only the counted
  columns of ``filings`` (column privileges: no name, IIN, address, phone, purpose or place text);
- in the region's database (``region_view_sql``) ``postgres_fdw`` maps each office's ``filings`` with only
  those columns as ``live.filings_<KATO>``, and the view ``live.counts`` counts them by office, month of
  registration, form, kind and outcome (the outcome as ``services.reports.statistics`` decides it from the
  status and the decision; a proposal the organizer accepted after an approval is counted as the approval).

Refusal grounds, channel and specialized place are in the packages only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from akimat_desk.domain.errors import InvalidInput
from akimat_desk.services.reports.statistics import _DECIDED, _FINAL

COUNTED_COLUMNS = ("registered_on", "form", "kind", "status", "outcome")
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")
_HOST = re.compile(r"^[A-Za-z0-9.\-:]{1,253}$")


@dataclass(frozen=True, slots=True)
class LiveOffice:
    """An office's register database on the server, read by the region as ``user``."""

    kato: str
    dbname: str
    host: str = "localhost"
    port: int = 5432
    user: str = "region_reader"


def parse_office(text: str, default_user: str = "region_reader") -> LiveOffice:
    """``KATO=DBNAME[@HOST[:PORT]]`` -> a LiveOffice; refuses anything that is not a plain name."""
    kato, sep, rest = text.partition("=")
    dbname, _, where = rest.partition("@")
    host, _, port = where.partition(":")
    if not sep or not (kato.isdigit() and len(kato) == 9):
        raise InvalidInput("live_office_invalid", field="--office", value=text, rule="KATO=DBNAME[@HOST[:PORT]]")
    if not _IDENT.match(dbname) or (host and not _HOST.match(host)) or (port and not port.isdigit()):
        raise InvalidInput("live_office_invalid", field="--office", value=text, rule="KATO=DBNAME[@HOST[:PORT]]")
    if not _IDENT.match(default_user):
        raise InvalidInput("live_office_invalid", field="--reader", value=default_user, rule="a role name")
    return LiveOffice(kato, dbname, host or "localhost", int(port or 5432), default_user)


def office_grants_sql(reader: str) -> str:
    """Run in each office's database: the region's role reads the counted columns of ``filings`` only."""
    if not _IDENT.match(reader):
        raise InvalidInput("live_office_invalid", field="--reader", value=reader, rule="a role name")
    columns = ", ".join(COUNTED_COLUMNS)
    return f"REVOKE ALL ON filings FROM {reader};\nGRANT SELECT ({columns}) ON filings TO {reader};\n"


def outcome_case() -> str:
    """The SQL of the statistics' outcome (final status, else the decision, else pending)."""
    finals = ", ".join(f"'{s}'" for s in sorted(_FINAL))
    decided = " ".join(f"WHEN status = 'decided' AND outcome = '{k}' THEN '{v}'" for k, v in sorted(_DECIDED.items()))
    return (
        f"CASE WHEN status IN ({finals}) THEN status WHEN status = 'proposal_accepted' THEN 'proposal_accepted' "
        f"{decided} ELSE 'pending' END"
    )


def region_view_sql(offices: Sequence[LiveOffice]) -> str:
    """Run in the region's database: the foreign tables of every office and the view ``live.counts``."""
    if not offices:
        raise InvalidInput("live_office_invalid", field="--office", value="", rule="at least one office")
    lines = ["CREATE EXTENSION IF NOT EXISTS postgres_fdw;", "CREATE SCHEMA IF NOT EXISTS live;"]
    selects = []
    for o in offices:
        server = f"office_{o.kato}"
        lines += [
            f"DROP SERVER IF EXISTS {server} CASCADE;",
            f"CREATE SERVER {server} FOREIGN DATA WRAPPER postgres_fdw "
            f"OPTIONS (host '{o.host}', port '{o.port}', dbname '{o.dbname}');",
            f"CREATE USER MAPPING FOR CURRENT_USER SERVER {server} OPTIONS (user '{o.user}');",
            f"CREATE FOREIGN TABLE live.filings_{o.kato} (registered_on date, form text, kind text, status text, "
            f"outcome text) SERVER {server} OPTIONS (schema_name 'public', table_name 'filings');",
        ]
        selects.append(
            f"SELECT '{o.kato}'::text AS kato, to_char(registered_on, 'YYYY-MM') AS month, form, kind, "
            f"{outcome_case()} AS outcome FROM live.filings_{o.kato}"
        )
    union = "\n  UNION ALL ".join(selects)
    lines.append(
        "CREATE OR REPLACE VIEW live.counts AS SELECT kato, month, form, kind, outcome, count(*) AS count "
        f"FROM (\n  {union}\n) AS f GROUP BY kato, month, form, kind, outcome;"
    )
    return "\n".join(lines) + "\n"
