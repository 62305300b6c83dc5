"""The supervisor's benchmark: ``uv run python -m tests.perf.dashboard [--tickets N] [--db F]``.

Every dashboard figure over the year before the anchor of the benchmark shop (a demo of N
tickets, a million by default, spread over a year), computed the way the dashboard does it
(``app.kpis.registry.compute``: its own connection, the supervisor's check). Target: each
under 1 s (median of the runs). Also timed, without a target: the review-queue counts, the
first audit-log page, the approvals inbox and a month's accounting journal.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
from pathlib import Path

from sqlalchemy import select

from app import clock
from app.db.store import Store
from app.kpis.accounting import journal
from app.kpis.period import Period
from app.kpis.registry import FIGURES, compute
from app.models import Agent, Base
from app.models.supervision import KPI_INDEXES
from app.queries import review_queues
from app.queries.audit_search import AuditFilter, search
from app.services import Actor
from app.services.approvals import inbox
from tests.perf import dataset
from tests.perf.__main__ import machine
from tests.perf.timing import Result, summarize, times_ms

RUNS = 7
TARGET_MS = 1000.0


def supervisor(store: Store) -> Actor:
    with store.sessions() as s:
        agent = s.scalar(select(Agent).where(Agent.username == "chenjie"))
        return Actor(agent.id, agent.role, agent.display_name)


def check_schema(path: Path) -> list[str]:
    """The rollups and indexes the figures read (a database built before them misses them)."""
    con = sqlite3.connect(path)
    try:
        have = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
    finally:
        con.close()
    want = {t for t in Base.metadata.tables if t.startswith("kpi_")}
    want |= {ix.name for ix in KPI_INDEXES}
    return sorted(want - have)


def year(anchor) -> Period:  # noqa: ANN001
    last = anchor.in_timezone("Asia/Shanghai").date()
    return Period.days(last.subtract(days=364), last)


def figures(store: Store, actor: Actor, period: Period) -> list[Result]:
    out = []
    for figure in FIGURES:
        ms = times_ms(
            lambda _i, f=figure: compute(store.sessions, actor=actor, figure=f, period=period),
            RUNS,
            warmup=1,
        )
        out.append(summarize(f"figure: {figure}", ms, None, TARGET_MS))
    return out


def others(store: Store, actor: Actor, period: Period) -> list[Result]:
    month = Period.days(period.last_day.subtract(days=29), period.last_day)
    cases = {
        "review queues: counts": lambda _i: review_queues.counts(store.sessions, actor=actor),
        "audit log: first page": lambda _i: search(store.sessions, actor=actor, flt=AuditFilter()),
        "approvals inbox": lambda _i: inbox(store.sessions, actor=actor),
        "accounting journal: a month": lambda _i: journal(
            store.sessions, actor=actor, period=month
        ),
    }
    return [summarize(name, times_ms(fn, 3, warmup=1), None, None) for name, fn in cases.items()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.perf.dashboard", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--tickets", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, help="the benchmark database (reused if it fits)")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    db = args.db or Path(tempfile.gettempdir()) / f"kefu-bench-{args.tickets}.db"
    print(f"database: {db} ({args.tickets:,} tickets)", file=sys.stderr)
    store = dataset.ensure(db, args.tickets)
    missing = check_schema(db)
    if missing:
        print(f"the database lacks {', '.join(missing)}: build it again", file=sys.stderr)
        return 2
    clock.set_source(clock.FrozenClock(dataset.ANCHOR))
    actor, period = supervisor(store), year(dataset.ANCHOR)
    results = figures(store, actor, period) + others(store, actor, period)
    store.close()
    print(f"\nKefu Desk dashboard, {args.tickets:,} tickets, {period.label()}; {machine()}")
    print(f"{'figure':40} {'median ms':>9} {'p95 ms':>9}  {'target':>8}")
    for r in results:
        target = f"< {r.target_ms:g}" if r.target_ms else "-"
        print(
            f"{r.name:40} {r.median_ms:9.1f} {r.p95_ms:9.1f}  {target:>8}  {'ok' if r.ok else 'MISSED'}"
        )
    if args.json:
        payload = {"tickets": args.tickets, "machine": machine(), "period": period.label(),
                   "results": [r.as_dict() for r in results]}  # fmt: skip
        args.json.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
