"""The demo register's statistics have the shape of the seed report's Table 3: counts by territory and form,
mostly pickets (Almaty in the report: 446 pickets, 44 rallies, 2 marches, 1 demonstration in a year)."""

from __future__ import annotations

from collections import Counter
from datetime import date

from akimat_desk.services.filings.demo import create_demo_register
from akimat_desk.services.kernel.context import ServiceContext
from akimat_desk.services.reports.statistics import compute_statistics, export_table


def test_demo_statistics_by_district_and_form_look_like_table_3(ctx: ServiceContext) -> None:
    create_demo_register(ctx, 60)
    table = compute_statistics(ctx, date(2026, 1, 1), date(2026, 12, 31), ["district", "form"])
    assert table.total == 60 and sum(r["count"] for r in table.rows) == 60
    by_form: Counter[str] = Counter()
    for row in table.rows:
        by_form[row["form"]] += row["count"]
    assert by_form.most_common(1)[0][0] == "picket" and by_form["picket"] > table.total / 2
    districts = {r["district"] for r in table.rows if r["district"]}
    assert len(districts) >= 2  # derived from the place texts ("... ауданы") when no place is linked
    cross = export_table(table, "ru")
    assert cross.header[0] == "Район \\ Форма" and cross.header[1] == "пикетирование"
    assert cross.footer is not None and cross.footer[-1] == 60
