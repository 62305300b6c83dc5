"""The workstation benchmark: ``uv run python -m tests.perf [--tickets N] [--json FILE]``.

Builds (once) a demo database of N tickets with their orders, buyers and transcripts, then
measures the agent's everyday operations next to raw sqlite3 doing the same statements, and
prints a table. Targets: queue page and ticket open under 30 ms median, search under 100 ms,
adding a note under 20 ms, start-up under 2 s, memory under 400 MB, every query within 5x of
raw sqlite3.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sys
import tempfile
from pathlib import Path

from app import clock
from tests.perf import cases, dataset, raw
from tests.perf.timing import Result


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            cpu = next(
                (ln.split(":", 1)[1].strip() for ln in fh if ln.startswith("model name")), cpu
            )
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, Python {platform.python_version()}"


def row(r: Result) -> str:
    raw_ms = f"{r.raw_ms:8.2f}" if r.raw_ms is not None else "       -"
    ratio = f"{r.ratio:5.1f}x" if r.ratio is not None else "     -"
    target = f"< {r.target_ms:g}" if r.target_ms is not None else "-"
    return f"{r.name:38} {r.median_ms:9.2f} {r.p95_ms:9.2f} {raw_ms} {ratio}  {target:>8}  {'ok' if r.ok else 'MISSED'}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.perf", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--tickets", type=int, default=1_000_000)
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument(
        "--db", type=Path, help="where to keep the benchmark database (reused if it fits)"
    )
    args = parser.parse_args(argv)
    db = args.db or Path(tempfile.gettempdir()) / f"kefu-bench-{args.tickets}.db"
    print(f"database: {db} ({args.tickets:,} tickets)", file=sys.stderr)
    store = dataset.ensure(db, args.tickets)
    # The views are measured at the moment the data was placed around (due soon, overdue...).
    clock.set_source(clock.FrozenClock(dataset.ANCHOR))
    con = raw.connect(db)
    actor = cases.demo_actor(store)
    sample = cases.sample_tickets(store)
    results = cases.queue_pages(store, con, actor)
    results += cases.ticket_open(store, con, sample)
    results += cases.full_text(store, con)
    results.append(cases.add_note(store, con, actor, sample))
    results.append(cases.workflow_steps(store, actor))
    store.close()
    con.close()
    start, gui_mb = cases.startup(db)
    results.append(start)
    bench_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nKefu Desk benchmark, {args.tickets:,} tickets; {machine()}")
    print(
        f"{'operation':38} {'median ms':>9} {'p95 ms':>9} {'raw ms':>8} {'vs raw':>6}  {'target':>8}"
    )
    for r in results:
        print(row(r))
    mem_ok = gui_mb < 400
    print(
        f"{'peak memory, workstation process':38} {gui_mb:9.0f} MB{'':>21}< 400 MB  {'ok' if mem_ok else 'MISSED'}"
    )
    print(f"{'peak memory, benchmark process':38} {bench_mb:9.0f} MB")
    if args.json:
        payload = {
            "tickets": args.tickets,
            "machine": machine(),
            "results": [r.as_dict() for r in results],
            "peak_memory_mb": {"workstation": gui_mb, "benchmark": bench_mb},
        }
        args.json.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0 if all(r.ok for r in results) and mem_ok else 1


if __name__ == "__main__":
    sys.exit(main())
