"""The order-import benchmark: ``uv run python -m tests.perf.imports [--rows N] [--json FILE]``.

Writes a Douyin order report (CSV, UTF-8 with a BOM, one row per sub-order, ``="..."``
guards on the order numbers, every order with its own times) of N rows, imports it into a
fresh database, imports it again (nothing changed), and imports a file a tenth the size into
another fresh database. Each import runs in its own process, so its peak memory is its own.
Targets: first import and re-import of 100,000 rows under 20 s each; peak memory of the big
import within 1.5x of the small one (flat with file size: the rows are streamed).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_S = 20.0
FLAT_RATIO = 1.5


def write_report(path: Path, rows: int, seed: int = 7) -> int:
    """A sub-order report of ``rows`` rows; returns the number of orders."""
    from tests.app.connectors.exports import DOUYIN_HEADER, douyin_row, write_csv

    rnd = random.Random(seed)
    out, orders = [], 0
    while len(out) < rows:
        orders += 1
        no = f"69{orders:017d}"
        day, minute = 1 + orders % 27, orders % 1440
        placed = f"2026-02-{day:02d} {minute // 60:02d}:{minute % 60:02d}:{orders % 60:02d}"
        for k in range(min(rnd.choice((1, 1, 1, 2, 3)), rows - len(out))):
            out.append(
                douyin_row(
                    no,
                    f"{no}{k}",
                    title=f"商品{rnd.randint(1, 800)}",
                    sku=f"SKU-{rnd.randint(1, 800)}",
                    price=f"{rnd.randint(500, 30000) / 100:.2f}",
                    placed=placed,
                    paid=placed,
                    receiver=f"买家{rnd.randint(1, rows // 3 + 1)}",
                    phone=f"1{rnd.randint(30, 89)}****{rnd.randint(0, 9999):04d}",
                )
            )
    write_csv(path, DOUYIN_HEADER, out, guard=(0,))
    return orders


def child(db: Path, report: Path) -> dict:
    """One import in this process: its time, counts and peak memory."""
    from app.connectors.runner import import_files
    from app.db.store import open_store
    from app.models import Agent, Role
    from app.services import Actor

    store = open_store(str(db))
    with store.sessions.begin() as s:
        agent = s.query(Agent).filter_by(username="bench").one_or_none()
        if agent is None:
            agent = Agent(username="bench", display_name="bench", role=Role.SUPERVISOR)
            s.add(agent)
            s.flush()
        actor = Actor(agent.id, agent.role, agent.display_name)
    cpu = _cpu()
    started = time.perf_counter()
    summary = import_files(store, actor, [report], shop="抖音旗舰店")
    seconds = time.perf_counter() - started
    used = [after - before for before, after in zip(cpu, _cpu(), strict=True)]
    store.close()
    return {
        "seconds": seconds,
        "cpu_importer": used[0],
        "cpu_reader": used[1],
        "created": summary.created,
        "unchanged": summary.unchanged,
        "rejected": summary.rejected,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def _cpu() -> tuple[float, float]:
    """CPU seconds of this process and of its finished children (the reader process)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime


def _run_child(db: Path, report: Path) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "tests.perf.imports", "--child", str(db), str(report)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def calibrate() -> float:
    """Seconds for ten million additions in Python: how loaded the machine was."""
    started, x = time.perf_counter(), 0
    for i in range(10_000_000):
        x += i
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.perf.imports")
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(*args.child)))
        return 0
    work = Path(tempfile.mkdtemp(prefix="kefu-import-bench-"))
    big, small = work / "big.csv", work / "small.csv"
    orders = write_report(big, args.rows)
    write_report(small, args.rows // 10)
    mb = big.stat().st_size / 1e6
    print(f"{args.rows:,} rows, {orders:,} orders, {mb:.1f} MB; calibration {calibrate():.2f} s")
    first = _run_child(work / "a.db", big)
    again = _run_child(work / "a.db", big)
    tenth = _run_child(work / "b.db", small)
    results = {
        "rows": args.rows,
        "orders": orders,
        "file_mb": mb,
        "first": first,
        "again": again,
        "tenth": tenth,
    }
    ok = (
        first["seconds"] < TARGET_S
        and again["seconds"] < TARGET_S
        and first["created"] == orders
        and again["unchanged"] == orders
        and first["peak_mb"] < FLAT_RATIO * tenth["peak_mb"]
    )
    for name, r in (("first import", first), ("re-import", again), ("tenth the rows", tenth)):
        print(
            f"{name:15} {r['seconds']:6.1f} s wall, CPU {r['cpu_importer']:5.1f} s importer "
            f"+ {r['cpu_reader']:5.1f} s reader; {r['created']:,} created, "
            f"{r['unchanged']:,} unchanged; peak {r['peak_mb']:.0f} MB"
        )
    print("ok" if ok else "MISSED")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
