"""The benchmark database: a demo shop of N tickets, built once and reused."""

from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path

import pendulum

from app.db.store import Store, open_store
from app.demo import build_demo

ANCHOR = pendulum.datetime(2026, 11, 20, 10, 0, tz="Asia/Shanghai")


def ticket_count(path: Path) -> int:
    if not path.exists():
        return -1
    try:
        con = sqlite3.connect(path)
        try:
            # the tickets asked for: the demo's closed shop brings a few of its own
            sql = (
                "SELECT count(*) FROM tickets JOIN shops ON shops.id = tickets.shop_id"
                " WHERE shops.closed_at IS NULL"
            )
            return con.execute(sql).fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return -1


def ensure(path: Path, tickets: int) -> Store:
    """Open ``path``, building the demo of ``tickets`` tickets there first if it is not it."""
    if ticket_count(path) != tickets:
        for stale in path.parent.glob(path.name + "*"):
            stale.unlink()
        store = open_store(str(path))
        started = time.perf_counter()

        def progress(done: int, total: int) -> None:
            print(f"\r  building: {done:,}/{total:,} tickets", end="", file=sys.stderr, flush=True)

        build_demo(store, tickets=tickets, seed=7, anchor=ANCHOR, progress=progress)
        print(
            f"\n  built {tickets:,} tickets in {time.perf_counter() - started:.0f} s",
            file=sys.stderr,
        )
        store.close()
    return open_store(str(path))
