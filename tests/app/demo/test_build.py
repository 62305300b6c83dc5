"""Building: deterministic rows, the same through every writer, refusal of a filled store."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pendulum
import pytest

from app.db.store import open_store
from app.demo import DemoRefused, build_demo, bulk, chunk, decide, rows, setup, worker
from app.demo.generate import build
from app.demo.shop_settings import CLOSED_CASES
from app.demo.stamps import to_ms
from app.errors import InvalidInput
from tests.app.demo.conftest import ANCHOR


def dump(path: Path) -> dict[str, list[tuple]]:
    """Every demo table's stored rows, exactly as SQLite holds them, in insertion order."""
    con = sqlite3.connect(path)
    try:
        return {
            name: con.execute(f'SELECT * FROM "{name}" ORDER BY rowid').fetchall()
            for name in rows.ORDER
        }
    finally:
        con.close()


def make(tmp_path: Path, name: str, **kwargs) -> Path:  # noqa: ANN003
    path = tmp_path / f"{name}.db"
    store = open_store(str(path))
    try:
        build(store, anchor=kwargs.pop("anchor", ANCHOR), **kwargs)
    finally:
        store.close()
    return path


def test_same_seed_and_anchor_give_the_same_rows_ids_included(tmp_path):
    first = dump(make(tmp_path, "a", tickets=250, seed=11))
    second = dump(make(tmp_path, "b", tickets=250, seed=11))
    assert first == second
    # the tickets asked for, and the closed shop's open after-sales
    assert len(first["tickets"]) == 250 + len(CLOSED_CASES) and len(first["messages"]) >= 500


def test_another_seed_or_anchor_gives_other_rows(tmp_path):
    base = dump(make(tmp_path, "a", tickets=120, seed=11))
    seeded = dump(make(tmp_path, "b", tickets=120, seed=12))
    later = dump(make(tmp_path, "c", tickets=120, seed=11, anchor=ANCHOR.add(days=1)))
    ids = {row[0] for row in base["tickets"]}
    assert ids.isdisjoint(row[0] for row in seeded["tickets"])
    assert ids.isdisjoint(row[0] for row in later["tickets"])


def test_the_core_writer_stores_what_the_fast_writer_stores(tmp_path):
    """The SQLite fast path converts values itself; the ORM's column types must agree."""
    fast = dump(make(tmp_path, "fast", tickets=150, seed=3, fast=True))
    core = dump(make(tmp_path, "core", tickets=150, seed=3, fast=False))
    for name in rows.ORDER:
        assert fast[name] == core[name], name


def test_a_worker_process_prepares_the_same_chunks():
    plan, _ = setup.build(5, 300, to_ms(ANCHOR), decide.span(300))
    assert list(worker.chunks(plan)) == [bulk.convert_all(chunk.generate(plan, 0))]


def test_progress_is_reported_per_chunk(store):
    seen: list[tuple[int, int]] = []
    build_demo(store, tickets=1_200, anchor=ANCHOR, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(1_000, 1_200), (1_200, 1_200)]


def test_a_store_with_shops_is_refused(store):
    build_demo(store, tickets=30, anchor=ANCHOR)
    with pytest.raises(DemoRefused) as caught:
        build_demo(store, tickets=30, anchor=ANCHOR)
    assert caught.value.code == "demo_not_empty"


def test_at_least_one_ticket(store):
    with pytest.raises(InvalidInput):
        build_demo(store, tickets=0)


def test_the_default_anchor_is_now_rounded_down_to_the_hour(store, frozen_clock):
    summary = build_demo(store, tickets=40)
    assert summary.anchor == pendulum.datetime(2026, 3, 1, 7, tz="UTC")  # 15:20 CST -> 15:00
    assert summary.counts["tickets"] == 40
    assert set(summary.agents) >= {"demo", "chenjie"}


def test_tiny_demos_work(store):
    summary = build_demo(store, tickets=1, anchor=ANCHOR)
    assert summary.tickets == 1 and summary.counts["messages"] >= 2
