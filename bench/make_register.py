#!/usr/bin/env python3
"""A register that lived, for every benchmark: N filings built through the project's own services.

    .venv/bin/python bench/make_register.py N [--force]

What it holds (two years of dates, 2024-12-02 .. 2026-11-30, received on working days in office hours):

* every filing registered through the bulk path of the legacy journal import (``filing_values`` and
  ``refuse_future_receipt`` validate each one as at the front desk, ``commit_import`` numbers and stores them
  with their first history event and review deadline), one journal per day of receipt, with the day's evening
  as the registration time;
* one filing in five an e-filing (channel ``e_document``), one in four with defects (``sample_filing``);
* for the filings older than two weeks, through the ordinary use cases with the clock set to the working day
  after receipt: a decision for three in five (approve / inform, refusal with its ground, proposal), a
  numbered letter (rendered PDF, stored as an attachment) and its dispatch by hand for one decision in
  ``LETTER_EVERY``, a correction of the filing for one in twenty, a scanned attachment for one in ten, a
  withdrawal for one in twenty.

The result is cached in ``bench/.cache/register-<N>-<hash>.db``, keyed by N, the hash of this file and the
hash of every application module the build went through (listed in the ``.json`` beside it): a change of the
code that builds it builds it again. ``register_path(N)`` is what the benchmarks call, at ``sizes()``.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import time
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
SRC = REPO / "src" / "akimat_desk"
CACHE = BENCH / ".cache"
FIRST_DAY = date(2024, 12, 2)
LAST_DAY = date(2026, 11, 30)
TODAY = datetime(2026, 12, 1, 6, 0, tzinfo=UTC)  # the register's "now" once built
LETTER_EVERY = 4  # one decision in four gets its letter and dispatch (a letter is a rendered PDF, 10-20 ms)
SIZES = (1_000, 100_000)
NO_SIGNATURE = {
    "kk": "Хабарламаға ұйымдастырушы қол қоймаған",
    "ru": "Уведомление не подписано организатором",
    "en": "The notification is not signed by the organizer",
}
OTHER_TIME = {
    "kk": "Сол күні сағат 15:00-ден 17:00-ге дейін",
    "ru": "В тот же день с 15:00 до 17:00",
    "en": "The same day from 15:00 to 17:00",
}

LETTERHEAD = {
    "name_kk": "Алматы қаласы Медеу ауданының әкімдігі",
    "name_ru": "Акимат Медеуского района города Алматы",
    "name_en": "Akimat of Medeu district, Almaty",
    "address_kk": "Алматы қ., Достық даңғ., 85",
    "address_ru": "г. Алматы, пр. Достык, 85",
    "address_en": "85 Dostyk Ave, Almaty",
    "phone": "+7 727 123 45 67",
    "email": "medeu@almaty.gov.kz",
    "signatory_position_kk": "Әкімнің орынбасары",
    "signatory_position_ru": "Заместитель акима",
    "signatory_position_en": "Deputy Akim",
    "signatory_name": "А. Б. Сейітов",
    "executor_name": "Жанар Серікқызы Төлеубаева",
}


def _digest(files: list[str]) -> str:
    digest = hashlib.sha256()
    for name in files:
        digest.update(name.encode())
        digest.update((SRC / name).read_bytes() if (SRC / name).is_file() else b"(missing)")
    return digest.hexdigest()


def script_hash() -> str:
    """SHA-256 (12 hex digits) of this file: the first half of the cache key."""
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:12]


def loaded_sources() -> list[str]:
    """The application's modules loaded so far (after a build: the code it was built through)."""
    names = set()
    for module in list(sys.modules.values()):
        file = getattr(module, "__file__", None) or ""
        if file and Path(file).resolve().is_relative_to(SRC.resolve()):
            names.add(str(Path(file).resolve().relative_to(SRC.resolve())))
    return sorted(names)


def cached(n: int) -> Path | None:
    """The cached register of ``n`` filings if this file and every module it was built through are unchanged.

    With ``BENCH_REUSE_REGISTERS=1`` the newest register of ``n`` filings is used even when the code changed since
    it was built (a 100,000-filing build takes most of an hour on two cores): the application opens it as a clerk's
    register of an earlier release, migrating its schema; ``bench/run`` says so at the top of BENCHMARKS.md."""
    if os.environ.get("BENCH_REUSE_REGISTERS") == "1":
        built = sorted(CACHE.glob(f"register-{n}-*.db"), key=lambda p: p.stat().st_mtime)
        if built:
            return built[-1]
    path = CACHE / f"register-{n}-{script_hash()}.db"
    manifest = path.with_suffix(".json")
    if not (path.exists() and manifest.exists()):
        return None
    recorded = json.loads(manifest.read_text("utf-8"))
    return path if recorded.get("sources_sha256") == _digest(recorded.get("sources", [])) else None


def register_path(n: int, *, force: bool = False) -> Path:
    """The cached register of ``n`` filings, built first if it is missing, stale (or ``force``).

    The cache key is N, the hash of this file and the hash of the application modules the build loaded
    (recorded in ``register-N-<hash>.json`` beside it): a change of the code that builds it builds it again."""
    found = None if force else cached(n)
    if found is not None:
        return found
    path = CACHE / f"register-{n}-{script_hash()}.db"
    CACHE.mkdir(parents=True, exist_ok=True)
    for stale in CACHE.glob(f"register-{n}-*"):
        if stale.is_dir():
            shutil.rmtree(stale)
        else:
            stale.unlink()
    building = CACHE / f"register-{n}-building"
    building.mkdir()
    started = time.perf_counter()
    counts = build(building / "register.db", n)
    took = time.perf_counter() - started
    sources = loaded_sources()
    (building / "register.db").rename(path)
    shutil.rmtree(building, ignore_errors=True)
    record = {
        "filings": n,
        "built_in_seconds": round(took, 1),
        "counts": counts,
        "sources": sources,
        "sources_sha256": _digest(sources),
    }
    path.with_suffix(".json").write_text(json.dumps(record, indent=1), "utf-8")
    print(f"built register of {n:,} filings in {took:.0f} s: {counts}", file=sys.stderr, flush=True)
    return path


def sizes() -> list[int]:
    """The register sizes every benchmark runs at: ``BENCH_SIZES`` (e.g. ``1000,20000``), else 1,000 and 100,000."""
    given = os.environ.get("BENCH_SIZES", "")
    return [int(x) for x in given.replace("_", "").split(",") if x.strip()] or list(SIZES)


def copy_of(n: int, folder: Path) -> Path:
    """A private copy of the cached register of ``n`` filings in ``folder`` (a benchmark that writes)."""
    target = folder / f"register-{n}.db"
    shutil.copyfile(register_path(n), target)
    return target


def working_days() -> list[date]:
    from akimat_desk.workdays import KazakhCalendar

    cal = KazakhCalendar()
    days, day = [], FIRST_DAY
    while day <= LAST_DAY:
        if cal.is_working_day(day):
            days.append(day)
        day += timedelta(days=1)
    return days


def receipts(n: int) -> dict[date, list[datetime]]:
    """``n`` instants of receipt spread evenly over the working days of the two years, 09:00-17:00 Almaty."""
    days = working_days()
    by_day: dict[date, list[datetime]] = {}
    for i in range(n):
        day = days[i * len(days) // n]
        slot = (i * 37) % (8 * 60)  # minutes after 09:00 local (04:00 UTC)
        at = datetime(day.year, day.month, day.day, 4, 0, tzinfo=UTC) + timedelta(minutes=slot, seconds=i % 60)
        by_day.setdefault(day, []).append(at)
    return by_day


def build(db: Path, n: int) -> dict[str, int]:
    from akimat_desk.services.kernel.opening import open_register
    from akimat_desk.services.office.settings import update_settings

    reg = open_register(db, None, actor="bench")
    _without_fsync(reg.engine)
    try:
        ctx = reg.context
        ctx = replace(ctx, settings=update_settings(ctx.uow, **LETTERHEAD))
        counts = {
            "filings": 0,
            "decisions": 0,
            "letters": 0,
            "dispatches": 0,
            "corrections": 0,
            "attachments": 0,
            "withdrawn": 0,
            "e_filings": 0,
        }
        i, started, step = 0, time.perf_counter(), max(n // 10, 1)
        for day, instants in sorted(receipts(n).items()):
            ids = register_day(ctx, day, instants, i)
            for offset, filing_id in enumerate(ids):
                live(ctx, filing_id, i + offset, counts)
            counts["e_filings"] += sum(1 for k in range(i, i + len(ids)) if k % 5 == 0)
            if (i + len(ids)) // step > i // step:
                took = time.perf_counter() - started
                print(f"  {i + len(ids):,} of {n:,} filings, {took:.0f} s", file=sys.stderr, flush=True)
            i += len(ids)
        counts["filings"] = i
    finally:
        reg.close()
    return counts


def _without_fsync(engine: Any) -> None:
    """The build's own connections do not wait for the disk at every commit (``PRAGMA synchronous = OFF``):
    the register is a cache file built in one go, and a build cut off midway is thrown away, never used. The
    application's connections keep ``synchronous = FULL``; what is written, and through which use cases, is
    unchanged."""
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _no_fsync(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA synchronous = OFF")
        cursor.close()

    engine.dispose()  # the pooled connections were made before: new ones get the setting


def register_day(ctx: Any, day: date, instants: list[datetime], first: int) -> list[str]:
    """One day's filings through the legacy import's bulk path (one journal, one transaction): their numbers."""
    from akimat_desk.domain.statuses import Status
    from akimat_desk.services.filings import filing_values, refuse_future_receipt
    from akimat_desk.services.filings.demo import sample_filing
    from akimat_desk.services.kernel.context import ServiceContext
    from akimat_desk.services.reports.legacy_import import AcceptedRow, ImportPlan, commit_import

    evening = datetime(day.year, day.month, day.day, 13, 0, tzinfo=UTC)  # 18:00 Almaty
    clerk: ServiceContext = replace(ctx, clock=lambda: evening)
    with clerk.uow() as uow:
        cal = clerk.calendar.get(uow)
    accepted = []
    for offset, received in enumerate(instants):
        data = sample_filing(first + offset, received)
        values, _doc = filing_values(data, clerk.settings.tz, cal.next_working_day_on_or_after, Status.REGISTERED, None)
        refuse_future_receipt(values.received_at, evening, clerk.settings.tz)  # as prepare_import: none is ahead
        defects = tuple(f"{d.item}:{d.code}" for d in values.defects)
        accepted.append(AcceptedRow(offset + 2, f"J-{first + offset}", values, defects))
    label = f"journal-{day.isoformat()}.xlsx"
    plan = ImportPlan(
        label, hashlib.sha256(label.encode()).hexdigest(), ("form", "received_at"), {0: "form"}, tuple(accepted), ()
    )
    return list(commit_import(clerk, plan).numbers)


def live(ctx: Any, filing_id: str, i: int, counts: dict[str, int]) -> None:
    """The procedure after registration, through the use cases, on the working day after receipt."""
    from akimat_desk.domain.decisions import DecisionKind, DecisionRequest, DispatchChannel, Ground, GroundReason
    from akimat_desk.services.decisions import decide, dispatch_letter, issue_letter
    from akimat_desk.services.filings.attachments import attach_bytes
    from akimat_desk.services.filings.registered import correct_filing, get_filing, withdraw_filing

    record = get_filing(ctx, filing_id)
    if record.registered_on > TODAY.date() - timedelta(days=14):
        return
    when = datetime.combine(record.registered_on + timedelta(days=1), datetime.min.time(), tzinfo=UTC)
    clerk = replace(ctx, clock=lambda: when + timedelta(hours=5, minutes=30))
    if i % 10 == 3:
        attach_bytes(clerk, filing_id, f"scan-{i}.pdf", b"%PDF-1.4 scan of the paper filing " + str(i).encode())
        counts["attachments"] += 1
    if i % 20 == 7:
        correct_filing(clerk, filing_id, {"participants": 25}, "уточнено организатором / уточнено организатором")
        counts["corrections"] += 1
    if i % 20 == 11:
        withdraw_filing(clerk, filing_id, "Ұйымдастырушы бас тартты / организатор отказался")
        counts["withdrawn"] += 1
        return
    step = i % 5
    if step >= 3:
        return
    if step == 0:
        kind = DecisionKind.INFORM if str(record.kind) == "notification" else DecisionKind.APPROVE
        request = DecisionRequest(kind)
    elif step == 1:
        reason = {lang: {"reason:A14-5": text} for lang, text in NO_SIGNATURE.items()}
        request = DecisionRequest(DecisionKind.REFUSE, (GroundReason(Ground.A14_5, NO_SIGNATURE["kk"]),), texts=reason)
    else:
        texts = {lang: {"proposal": text} for lang, text in OTHER_TIME.items()}
        request = DecisionRequest(DecisionKind.PROPOSE, proposal=OTHER_TIME["kk"], texts=texts)
    decide(clerk, filing_id, request)
    counts["decisions"] += 1
    if (i // 5) % LETTER_EVERY == 0:
        issue_letter(clerk, filing_id)
        dispatch_letter(clerk, filing_id, [DispatchChannel.BY_HAND])
        counts["letters"] += 1
        counts["dispatches"] += 1


def main(argv: list[str]) -> int:
    wanted = [int(a.replace("_", "").replace(",", "")) for a in argv if not a.startswith("--")] or sizes()
    for n in wanted:
        started = time.perf_counter()
        path = register_path(n, force="--force" in argv)
        print(f"{path} ({n:,} filings, {time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO / "src"))
    raise SystemExit(main(sys.argv[1:]))
