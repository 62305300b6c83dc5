"""The same work through raw sqlite3: statements captured from SQLAlchemy and replayed."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, event


@contextmanager
def captured(engine: Engine):
    """Record every (sql, params) the engine sends to the driver inside the block."""
    seen: list[tuple[str, object]] = []

    def record(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001, PLR0913
        if not statement.lstrip().upper().startswith(("BEGIN", "PRAGMA")):
            seen.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def connect(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    for pragma in (
        "journal_mode=WAL",
        "foreign_keys=ON",
        "synchronous=FULL",
        "busy_timeout=5000",
        "cache_size=-32000",
    ):
        con.execute(f"PRAGMA {pragma}")
    return con


def replay(con: sqlite3.Connection, statements: list[tuple[str, object]]) -> Callable[[int], None]:
    """A callable that runs the captured reads again and fetches every row."""

    def run(_i: int) -> None:
        for sql, params in statements:
            con.execute(sql, params).fetchall()

    return run


def add_note_raw(
    con: sqlite3.Connection, ticket_ids: list[str], agent_id: str
) -> Callable[[int], None]:
    """What adding a note writes, by hand: message, timeline, audit, ticket, clock, outbox."""

    def run(i: int) -> None:
        tid = ticket_ids[i % len(ticket_ids)]
        now = "2026-11-20 02:00:00.000000"
        con.execute("BEGIN")
        con.execute("SELECT id, role, active FROM agents WHERE id = ?", (agent_id,)).fetchone()
        con.execute("SELECT id, version, order_id FROM tickets WHERE id = ?", (tid,)).fetchone()
        con.execute(
            "INSERT INTO messages (id, ticket_id, kind, author_id, body, at, created_at, updated_at, version) "
            "VALUES (?, ?, 'note', ?, ?, ?, ?, ?, 1)",
            (uuid.uuid4().hex, tid, agent_id, "查一下批次，和仓库确认发货重量", now, now, now),
        )
        con.execute(
            "INSERT INTO ticket_events (id, ticket_id, at, actor_id, kind, data) VALUES (?, ?, ?, ?, 'note', '{}')",
            (uuid.uuid4().hex, tid, now, agent_id),
        )
        con.execute(
            "INSERT INTO audit_log (id, at, agent_id, action, entity, entity_id, ticket_id, details) "
            "VALUES (?, ?, ?, 'message.note', 'message', ?, ?, '{}')",
            (uuid.uuid4().hex, now, agent_id, uuid.uuid4().hex, tid),
        )
        con.execute(
            "UPDATE tickets SET version = version + 1, updated_at = ? WHERE id = ?", (now, tid)
        )
        con.execute("SELECT value FROM kefu_meta WHERE key = 'node_id'").fetchone()
        con.execute("SELECT value FROM kefu_meta WHERE key = 'hlc_last'").fetchone()
        con.execute(
            "UPDATE kefu_meta SET value = ? WHERE key = 'hlc_last'", (f"{i:013d}-0000-bench",)
        )
        con.execute(
            "INSERT INTO outbox (id, name, args, hlc, agent_id, created_at, state, error) "
            "VALUES (?, 'ticket.note/1', '{}', ?, ?, ?, 'pending', '')",
            (uuid.uuid4().hex, f"{i:013d}-0000-bench", agent_id, now),
        )
        con.execute("COMMIT")

    return run
