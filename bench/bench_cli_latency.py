"""Benchmark of the command line's latency (issue 17 item 3; not a test): a fresh ``akimat-desk`` process per run.

Each command runs, from ``subprocess.run`` to the process's exit, as the clerk's script would run it:

* ``akimat-desk --help`` (no register);
* ``show N``, ``list --search WORD --limit 50`` (one page), ``deadlines --form rally --registered DAY`` and
  ``checks N`` on an empty register (one filing registered into a new register) and on the registers of
  ``bench/make_register.py`` (1,000 and 100,000 filings by default, ``BENCH_SIZES``).

The baseline, in the same run, is ``python -c pass`` with the same interpreter and the same environment: both start
the interpreter, import ``site`` and exit normally (neither uses ``os._exit``). For each command the runs go round
robin over the baseline, the empty register and every size (the load of a shared machine drifts: every register
and the baseline see the same drift); each value is the median of ``RUNS`` rounds, after one untimed warm-up round
(it writes the bytecode caches and brings the register file into the OS cache, as on a clerk's computer in use).

Before timing, each register gets one full history verification (``akimat-desk audit verify``, what the window runs
daily and at start), which leaves the checkpoint the start-up check of every command verifies from (issue 16): a
register in use has one at most a day old. Its time is printed as a row of its own. The keyring is the null backend
(no keyring daemon on a benchmark machine), so the chains are unkeyed, as make_register built them.

Rows: each command's wall time against ``python -c pass`` with the absolute target (0.25 s for ``--help``, 0.4 s for
the others), and each command on a register of N filings against the same command on the empty register, target
1.3x, in wall time and in CPU time (user + system of the child, which the other processes on the machine stretch
less than the wall time).

    python bench/bench_cli_latency.py [--runs 9] [--register N=PATH ...]    (PATH: a register built earlier)
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import emit, register_label
from make_register import copy_of, sizes

RUNS = 9
WORD = "сәрсенбаев"  # an organizer's surname of the demo set: about one filing in nine (make_register)
PAGE = 50
DAY = "2026-11-20"
REPO = Path(__file__).resolve().parent.parent


def program() -> list[str]:
    """The ``akimat-desk`` console script of this interpreter's environment (else ``python -m akimat_desk``)."""
    script = Path(sys.executable).with_name("akimat-desk")
    return [str(script)] if script.exists() else [sys.executable, "-m", "akimat_desk"]


def environment() -> dict[str, str]:
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring", AKIMAT_DESK_LANG="en")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # bytecode caches, as an installed application runs
    env["PYTHONPATH"] = str(REPO / "src") + os.pathsep + env.get("PYTHONPATH", "")
    return env


def run_once(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall, CPU) time of one fresh process, start to exit; it must succeed. CPU is the child's user + system
    time: the other processes on the machine stretch the wall time far more than they stretch it."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False)
    took = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}): {done.stderr[-1500:]}")
    return took, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def round_robin(commands: dict[str, list[str]], env: dict[str, str], runs: int) -> dict[str, tuple[float, float]]:
    """Median (wall, CPU) of each command over ``runs`` rounds, one run of each per round, after a warm-up round."""
    for command in commands.values():
        run_once(command, env)
    times: dict[str, list[tuple[float, float]]] = {label: [] for label in commands}
    for _ in range(runs):
        for label, command in commands.items():
            times[label].append(run_once(command, env))
    return {
        label: (statistics.median(w for w, _ in t), statistics.median(c for _, c in t)) for label, t in times.items()
    }


def empty_register(home: Path, env: dict[str, str]) -> None:
    """A new register with one filing (demo filing 0, registered through the command line)."""
    sys.path.insert(0, str(REPO / "src"))
    from akimat_desk.services.filings.demo import sample_filing

    home.mkdir(parents=True, exist_ok=True)
    filing = home.parent / "one-filing.json"
    filing.write_text(json.dumps(sample_filing(0), ensure_ascii=False), "utf-8")
    subprocess.run([*program(), "register", str(filing), "--home", str(home)], env=env, check=True, capture_output=True)


def verify_once(home: Path, env: dict[str, str]) -> float:
    """The full history verification (it leaves the checkpoint); its wall time."""
    started = time.perf_counter()
    subprocess.run([*program(), "audit", "verify", "--home", str(home)], env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def middle_filing(home: Path) -> str:
    """The incoming number of the filing in the middle of the register (it lived: decisions, letters ...)."""
    with sqlite3.connect(home / "register.db") as conn:
        count = conn.execute("SELECT count(*) FROM filings").fetchone()[0]
        row = conn.execute("SELECT incoming_number FROM filings ORDER BY id LIMIT 1 OFFSET ?", (count // 2,)).fetchone()
    return str(row[0])


def commands(home: Path) -> dict[str, list[str]]:
    number, at = middle_filing(home), ["--home", str(home)]
    return {
        "show": ["show", number, *at],
        f"list --search (one page of {PAGE})": ["list", "--search", WORD, "--limit", str(PAGE), *at],
        "deadlines": ["deadlines", "--form", "rally", "--registered", DAY, *at],
        "checks": ["checks", number, *at],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--register", action="append", default=[], metavar="N=PATH", help="use this register of N")
    parser.add_argument("--home", default=str(Path(tempfile.gettempdir()) / "akimat_bench_cli"))
    args = parser.parse_args()
    given = {int(k.replace(",", "").replace("_", "")): Path(v) for k, v in (r.split("=", 1) for r in args.register)}
    root, env, runs = Path(args.home), environment(), args.runs
    shutil.rmtree(root, ignore_errors=True)
    how = f"median of {runs} rounds (baseline and every register in turn), after a warm-up round"

    baseline = [sys.executable, "-c", "pass"]
    helped = round_robin({"help": [*program(), "--help"], "bare": baseline}, env, runs)
    (wall, cpu), (bare_wall, bare_cpu) = helped["help"], helped["bare"]
    print(f"--help: {wall * 1000:.0f} ms (CPU {cpu * 1000:.0f} ms), python -c pass {bare_wall * 1000:.0f} ms")
    emit(
        "akimat-desk --help",
        wall,
        bare_wall,
        "python -c pass",
        "0.25 s",
        timed="fresh process, start to exit",
        runs=how,
        register="none",
    )
    emit(
        "akimat-desk --help, CPU",
        cpu,
        bare_cpu,
        "python -c pass, CPU",
        "0.25 s",
        timed="user + system time of the fresh process",
        runs=how,
        register="none",
        clock="CPU",
    )

    homes = {"empty": root / "empty" / "home"}
    empty_register(homes["empty"], env)
    verify_once(homes["empty"], env)
    for n in sorted(given) if given else sizes():
        home = homes[str(n)] = root / str(n) / "home"
        home.mkdir(parents=True)
        if n in given:
            shutil.copyfile(given[n], home / "register.db")
        else:
            copy_of(n, home).rename(home / "register.db")
        took = verify_once(home, env)
        print(f"audit verify (full) of {n:,} filings: {took:.1f} s")
        emit(
            f"full history verification (audit verify), {n:,} filings",
            took,
            0,
            "-",
            timed="one process, start to exit: every chain and the replay of every filing",
            runs="1",
            register=register_label(n),
        )
    per_home = {label: commands(home) for label, home in homes.items()}
    for name in per_home["empty"]:
        timed = round_robin({"bare": baseline} | {h: [*program(), *per_home[h][name]] for h in homes}, env, runs)
        (bare_wall, _), (empty_wall, empty_cpu) = timed["bare"], timed["empty"]
        print(f"{name}, empty register: {empty_wall * 1000:.0f} ms (CPU {empty_cpu * 1000:.0f} ms)")
        emit(
            f"akimat-desk {name}, empty register",
            empty_wall,
            bare_wall,
            "python -c pass",
            "0.4 s",
            timed="fresh process, start to exit",
            runs=how,
            register="one filing (a new register)",
        )
        for label in homes:
            if label == "empty":
                continue
            (wall, cpu), n, reg = timed[label], int(label), register_label(int(label))
            print(
                f"{name}, {n:,} filings: {wall * 1000:.0f} ms ({wall / empty_wall:.2f}x the empty register), "
                f"CPU {cpu * 1000:.0f} ms ({cpu / empty_cpu:.2f}x)"
            )
            emit(
                f"akimat-desk {name}, {n:,} filings",
                wall,
                bare_wall,
                "python -c pass",
                "0.4 s",
                timed="fresh process, start to exit",
                runs=how,
                register=reg,
            )
            emit(
                f"akimat-desk {name}, {n:,} filings against the empty register",
                wall,
                empty_wall,
                f"{name}, empty register",
                1.3,
                timed="fresh process, start to exit (both)",
                runs=how,
                register=reg,
            )
            emit(
                f"akimat-desk {name}, {n:,} filings against the empty register, CPU",
                cpu,
                empty_cpu,
                f"{name}, empty register, CPU",
                1.3,
                timed="user + system time of the fresh process (both)",
                runs=how,
                register=reg,
                clock="CPU",
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
