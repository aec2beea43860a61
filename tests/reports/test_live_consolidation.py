"""Item 6 of issue 20: offices' registers as databases on one PostgreSQL server, counted live by the region
through postgres_fdw over the counted columns only; the counts equal the offices' own packages."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import ProgrammingError

from akimat_desk.domain.errors import InvalidInput
from akimat_desk.services.reports.live_consolidation import parse_office
from tests.reports.conftest import YEAR, journal_csv, run


def _sql(url: str, script: str) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        for statement in script.split(";\n"):
            if statement.strip():
                conn.execute(text(statement))
    engine.dispose()


def test_the_live_view_counts_what_the_packages_count(
    capsys: pytest.CaptureFixture[str], postgres_server: str, tmp_path: Path
) -> None:
    base, port = postgres_server.rsplit("/", 1)[0], postgres_server.rsplit(":", 1)[1].split("/")[0]
    _sql(
        postgres_server,
        "DROP DATABASE IF EXISTS live_a WITH (FORCE);\nDROP DATABASE IF EXISTS live_b WITH (FORCE);\n"
        "DROP DATABASE IF EXISTS live_region WITH (FORCE);\nCREATE DATABASE live_a;\nCREATE DATABASE live_b;\n"
        "CREATE DATABASE live_region;\nDO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
        "'region_reader') THEN CREATE ROLE region_reader LOGIN; END IF; END $$;\n",
    )
    expected: Counter[tuple[str, str, str, str]] = Counter()
    offices = []
    for db, kato, forms in (("live_a", "351010000", {"picket": 5, "rally": 2}), ("live_b", "351610000", {"march": 3})):
        url = f"{base}/{db}"
        home = ("--db", url, "--home", str(tmp_path / db))
        assert run(capsys, *home, "settings", "set", f"kato={kato}", "name_kk=A", "name_ru=A")[0] == 0
        code, _, err = run(capsys, *home, "import", str(journal_csv(tmp_path / f"{db}.csv", forms)))
        assert code == 0, err
        code, grants, err = run(capsys, "consolidate", "live-sql", "--part", "office")
        assert code == 0, err
        _sql(url, grants)
        code, out, err = run(capsys, *home, "report-up", *YEAR, "--json")
        assert code == 0, err
        for row in json.loads(out)["rows"]:
            expected[(kato, row["month"], row["form"], row["outcome"])] += row["count"]
        offices.append(f"{kato}={db}@127.0.0.1:{port}")
    code, script, err = run(capsys, "consolidate", "live-sql", *[a for o in offices for a in ("--office", o)])
    assert code == 0, err
    _sql(f"{base}/live_region", script)
    engine = create_engine(f"{base}/live_region")
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT kato, month, form, outcome, sum(count) FROM live.counts GROUP BY kato, month, form, outcome")
        ).all()
    engine.dispose()
    assert Counter({(k, m, f, o): int(n) for k, m, f, o, n in rows}) == expected
    assert sum(expected.values()) == 10
    # the region's role cannot read a personal datum in an office's register
    reader = create_engine(base.replace("://postgres@", "://region_reader@") + "/live_a")
    with reader.connect() as conn, pytest.raises(ProgrammingError, match="permission denied"):
        conn.execute(text("SELECT organizer_name FROM filings"))
    reader.dispose()


@pytest.mark.parametrize("bad", ["351010000", "12=db", "351010000=db;drop", "351010000=db@host:x"])
def test_office_specs_are_checked(bad: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        parse_office(bad)
    assert refused.value.field == "--office"
