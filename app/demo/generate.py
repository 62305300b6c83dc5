"""Building the demo shop: :func:`build_demo`.

The rows are pre-existing platform data (orders, buyers, chats), so they are inserted
directly with Core ``insert()`` in batches of 5,000 rows, one transaction per five chunks of
1,000 tickets, and write no outbox mutations. Chunks are generated independently (see
:mod:`app.demo.context`); on SQLite a large build prepares the next chunks in a worker
process (:mod:`app.demo.worker`) while this one writes.
"""

from __future__ import annotations

import itertools
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from pendulum import DateTime
from sqlalchemy import Connection, func, select

from app import clock
from app.db.store import Store
from app.demo import bulk, chunk, decide, setup, shop_settings, staff, supervision, worker
from app.demo.context import CHUNK, Plan
from app.demo.rows import REMEDY_FIELDS
from app.demo.stamps import as_uuid, default_anchor, to_ms
from app.errors import InvalidInput, KefuError
from app.models import Shop

PARALLEL_FROM = 20_000  # tickets; below this the worker process costs more than it saves
CHUNKS_PER_COMMIT = 5
MAX_TICKETS = 9_000_000  # order and buyer numbers are unique up to here (context.SERIALS)
# For the build only, on its own connection: a bigger page cache (128 MiB); no foreign-key
# lookups (the generator makes every reference point at a row written before it; the tests
# run PRAGMA foreign_key_check on a built demo); no fsync (waiting for the disk took a third
# of a million-ticket build: an operating-system crash during the build can damage the new
# file, which then only needs building again; the demo never writes into a database that
# holds anything); fewer, larger checkpoints. The connection gets its old settings back and
# the WAL is checkpointed, with an fsync, at the end.
BULK_PRAGMAS = {
    "cache_size": -128 * 1024,
    "foreign_keys": 0,
    "synchronous": 0,  # OFF
    "wal_autocheckpoint": 10_000,
}

Progress = Callable[[int, int], None]


class DemoRefused(KefuError):
    """The database is not empty: the demo writes only into a fresh one."""

    code = "demo_not_empty"


@dataclass(frozen=True)
class DemoSummary:
    """What a build wrote: rows per table, and who the demo agents are."""

    counts: dict[str, int]  # table name -> rows written
    agents: dict[str, uuid.UUID]  # username -> id
    shops: dict[str, uuid.UUID]  # shop name -> id
    anchor: DateTime
    seed: int
    seconds: float

    @property
    def demo_agent_id(self) -> uuid.UUID:
        """The agent the workstation logs in as in demo mode."""
        return self.agents[staff.DEMO_USERNAME]

    @property
    def tickets(self) -> int:
        return self.counts.get("tickets", 0)

    @property
    def remedies(self) -> int:
        return sum(self.counts.get(name, 0) for name in REMEDY_FIELDS)


def build_demo(
    store: Store,
    *,
    tickets: int = 600,
    seed: int = 7,
    anchor: DateTime | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill an empty store with a deterministic demo: the same seed and anchor give the
    same rows, ids included. ``anchor`` is the "now" the data sits around (default: the
    clock's now, rounded down to the hour). ``progress(done, total)`` is called after each
    chunk of tickets. Raises :class:`DemoRefused` if the store already holds shops."""
    return build(store, tickets=tickets, seed=seed, anchor=anchor, progress=progress)


def build(
    store: Store,
    *,
    tickets: int,
    seed: int,
    anchor: DateTime | None,
    progress: Progress | None = None,
    fast: bool | None = None,
    parallel: bool | None = None,
) -> DemoSummary:
    """:func:`build_demo`, with the writer and the worker process choosable (for tests)."""
    if isinstance(tickets, bool) or not isinstance(tickets, int) or tickets < 1:
        raise InvalidInput(f"the demo needs at least one ticket, got {tickets!r}")
    if tickets > MAX_TICKETS:
        raise InvalidInput(f"the demo makes at most {MAX_TICKETS:,} tickets, not {tickets:,}")
    started = time.perf_counter()
    anchor = default_anchor(clock.now()) if anchor is None else anchor.in_timezone("UTC")
    plan, rows = setup.build(seed, tickets, to_ms(anchor), decide.span(tickets))
    sqlite = store.engine.dialect.name == "sqlite"
    fast = sqlite if fast is None else fast and sqlite
    parallel = tickets >= PARALLEL_FROM if parallel is None else parallel
    counts: Counter[str] = Counter({name: len(got) for name, got in rows.items()})
    with store.engine.connect() as conn:
        refuse_if_filled(conn)
        with _bulk_settings(conn, sqlite):
            writer = bulk.SqliteWriter(conn) if fast else bulk.CoreWriter(conn)
            with conn.begin():
                bulk.write_all(writer, rows)
            batches = enumerate(_batches(plan, fast and parallel))
            more = True
            while more:
                more = False
                with conn.begin():  # a few chunks a transaction: fewer page writes
                    for index, batch in itertools.islice(batches, CHUNKS_PER_COMMIT):
                        more = True
                        _write(writer, batch, converted=fast and parallel)
                        counts.update({name: len(got) for name, got in batch.items()})
                        if progress is not None:
                            progress(min(plan.tickets, (index + 1) * CHUNK), plan.tickets)
            with conn.begin():
                writer.close()
            with conn.begin():  # what the supervisor has done, from the tickets written
                counts.update(supervision.fill(conn, plan))
            with conn.begin():  # knowledge, return addresses, a closed shop with after-sales
                counts.update(shop_settings.fill(conn, plan))
    return DemoSummary(
        counts={name: counts[name] for name in sorted(counts) if counts[name]},
        agents={name: as_uuid(value) for name, value in plan.agents.items()},
        shops={s.name: as_uuid(plan.shops[s.key]) for s in chunk.SHOPS.values()},
        anchor=anchor,
        seed=seed,
        seconds=time.perf_counter() - started,
    )


def refuse_if_filled(conn: Connection) -> None:
    """Raise :class:`DemoRefused` if the database holds shops (ends the read transaction)."""
    with conn.begin():
        shops = conn.execute(select(func.count()).select_from(Shop)).scalar_one()
    if shops:
        raise DemoRefused(
            f"the database already holds {shops} shop(s); the demo only fills an empty database",
            shops=shops,
        )


def _write(writer: bulk.SqliteWriter | bulk.CoreWriter, batch: dict, *, converted: bool) -> None:
    if converted and isinstance(writer, bulk.SqliteWriter):
        bulk.write_converted_all(writer, batch)
    else:
        bulk.write_all(writer, batch)


def _batches(plan: Plan, parallel: bool) -> Iterator[dict[str, list[tuple]]]:
    if parallel:
        yield from worker.chunks(plan)
    else:
        for index in range(plan.chunks):
            yield chunk.generate(plan, index)


@contextmanager
def _bulk_settings(conn: Connection, sqlite: bool) -> Iterator[None]:
    """:data:`BULK_PRAGMAS` on this connection for the build, then the old values back."""
    if not sqlite:
        yield
        return
    raw = conn.connection.driver_connection  # outside any transaction: PRAGMAs take effect
    before = {name: raw.execute(f"PRAGMA {name}").fetchone()[0] for name in BULK_PRAGMAS}
    try:
        for name, value in BULK_PRAGMAS.items():
            raw.execute(f"PRAGMA {name}={value}")
        yield
    finally:
        if conn.in_transaction():
            conn.rollback()
        for name, value in before.items():
            raw.execute(f"PRAGMA {name}={int(value)}")
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
