"""The workstation's copy of the team's data: applying pulled changes under its own unsent
work.

Each local write on a replica keeps undo images of the rows it touched (``sync_undo``) until
the server's version of its effects has arrived. Applying a page of pulled changes, in one
local transaction, is a rebase:

1. take back every local write still held (newest first), so the rows are as the server last
   said;
2. apply the page (upserts, tombstones as deletes);
3. do again, in order, the writes the server has not taken yet or whose effects have not come
   back yet (a rejected write is not done again: its effects vanish, its content stays in the
   sync-conflicts list);
4. advance the cursors.

A crash at any point leaves the transaction undone: the page comes again on the next pull.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.db.engine import WRITE_OPTION
from app.db.store import Store
from app.errors import KefuError
from app.models import Agent, MutationState, OutboxMutation, StoreFact, UndoImage
from app.services import unit
from app.sync import capture, rows
from app.sync.outbox import keep_undo

log = logging.getLogger(__name__)

# kefu_meta keys of a replica
SERVER, CLIENT, BASE, CURSORS, AGENT, LAST, READY, TOKEN = (
    "sync_server", "sync_client", "sync_base", "sync_cursors", "sync_agent", "sync_last",
    "sync_ready", "sync_token",
)  # fmt: skip


def facts(store: Store) -> dict[str, str]:
    with store.sessions() as s:
        return {f.key: f.value for f in s.scalars(select(StoreFact))}


def set_facts(s: Session, **values: str) -> None:
    for key, value in values.items():
        fact = s.get(StoreFact, key)
        if fact is None:
            s.add(StoreFact(key=key, value=value))
        else:
            fact.value = value


def mark_replica(store: Store) -> None:
    """From now on every local write on ``store`` keeps undo images (see module doc)."""
    store.sessions.kw.setdefault("info", {})[unit.REPLICA] = True


def client_id(store: Store) -> uuid.UUID:
    """This store's client id for the team server, made on first use. The outbox entries made
    before it (standalone work) are not sent: mutation ids count from here."""
    with store.sessions.begin() as s:
        fact = s.get(StoreFact, CLIENT)
        if fact is not None:
            return uuid.UUID(fact.value)
        new = uuid.uuid4()
        base = s.scalar(select(OutboxMutation.seq).order_by(OutboxMutation.seq.desc())) or 0
        set_facts(s, **{CLIENT: str(new), BASE: str(base)})
        return new


def cursors(store: Store) -> dict[str, int]:
    raw = facts(store).get(CURSORS)
    return json.loads(raw) if raw else {}


@contextmanager
def _writing(store: Store) -> Iterator[Session]:
    """One write transaction with foreign keys off: pulled rows arrive in stream order, not
    in the order their parents were made (the server checked them)."""
    with store.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            conn.execution_options(**{WRITE_OPTION: True})
            with Session(bind=conn, expire_on_commit=False) as s, s.begin():
                yield s
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


# -- applying rows -------------------------------------------------------------------------


def _upsert(s: Session, name: str, found: list[dict[str, Any]]) -> None:
    if not found:
        return
    t = rows.table(name)
    keys = rows.pk_columns(name)
    decoded = [rows.decode_row(name, r) for r in found]
    columns = [c for c in decoded[0] if c not in keys]
    stmt = sqlite_insert(t)
    if columns:
        stmt = stmt.on_conflict_do_update(
            index_elements=keys, set_={c: stmt.excluded[c] for c in columns}
        )
    else:
        stmt = stmt.on_conflict_do_nothing(index_elements=keys)
    # executemany needs every row to have the same columns
    by_shape: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in decoded:
        by_shape.setdefault(tuple(row), []).append(row)
    for shape_rows in by_shape.values():
        s.connection().execute(stmt, shape_rows)


def _delete(s: Session, name: str, pk: dict[str, Any]) -> None:
    s.connection().execute(delete(rows.table(name)).where(rows.pk_where(name, pk)))


def apply_rows(s: Session, changes: list[dict[str, Any]]) -> None:
    """Apply pulled changes: the last change of each row wins; known tables only."""
    last: dict[tuple[str, str], dict[str, Any]] = {}
    for ch in changes:
        if ch["table"] not in rows.replicated():
            continue  # a table this workstation does not have yet (a newer server)
        last[(ch["table"], rows.row_key(ch["pk"]))] = ch
    upserts: dict[str, list[dict[str, Any]]] = {}
    for (name, _), ch in last.items():
        if ch["op"] == "delete" or ch["row"] is None:
            _delete(s, name, ch["pk"])
        else:
            upserts.setdefault(name, []).append(ch["row"])
    for name in rows.replicated():  # parents first
        _upsert(s, name, upserts.get(name, []))


# -- rebase ---------------------------------------------------------------------------------


def _held(s: Session) -> list[OutboxMutation]:
    stmt = select(OutboxMutation).where(OutboxMutation.local.is_(True)).order_by(OutboxMutation.seq)
    return list(s.scalars(stmt))


def _undo(s: Session, held: list[OutboxMutation]) -> None:
    for entry in reversed(held):
        images = s.scalars(
            select(UndoImage).where(UndoImage.mutation == entry.id).order_by(UndoImage.ord.desc())
        ).all()
        for image in images:
            if image.table_name not in rows.replicated():
                continue
            if image.row is None:
                _delete(s, image.table_name, image.pk)
            else:
                _upsert(s, image.table_name, [image.row])
        s.execute(delete(UndoImage).where(UndoImage.mutation == entry.id))
        entry.local = False
    s.flush()
    s.expire_all()


def arrived(entry: OutboxMutation, at: dict[str, int]) -> bool:
    """Whether the server's version of an applied entry's effects is in the pulled data."""
    streams = (entry.marks or {}).get("streams", {})
    return all(at.get(stream, 0) >= seq for stream, seq in streams.items())


def _redo(s: Session, entry: OutboxMutation) -> None:
    service = unit.REGISTRY.get(entry.name)
    agent = s.get(Agent, entry.agent_id) if entry.agent_id else None
    if service is None or agent is None:
        entry.notice = "cannot be shown locally until the server has answered"
        return
    actor = unit.Actor(agent_id=agent.id, role=agent.role, name=agent.display_name)
    tracker = None
    try:
        with s.begin_nested():
            tracker = capture.track(s, before_images=True)
            try:
                unit.check_actor(s, actor)
                service.apply(s, actor, **service.prepare(entry.args))  # type: ignore[attr-defined]
                unit.run_deferred(s)
                s.flush()
            finally:
                capture.untrack(s)
                s.info.pop(unit._DEFERRED, None)
        keep_undo(s, entry, tracker)
    except (KefuError, DBAPIError, ValueError, TypeError) as exc:
        # It no longer fits what the server says; the server will decide when it gets it.
        log.info("local redo of %s failed: %s", entry.name, exc)
        entry.notice = f"no longer fits the team's data: {exc}"


def rebase(s: Session, changes: list[dict[str, Any]], at: dict[str, int]) -> None:
    """Steps 1-3 of the module doc inside the caller's transaction; ``at`` is the cursors
    after ``changes``."""
    held = _held(s)
    _undo(s, held)
    apply_rows(s, changes)
    for entry in held:
        if entry.state == MutationState.PENDING or (
            entry.state == MutationState.APPLIED and not arrived(entry, at)
        ):
            _redo(s, entry)


def apply_page(store: Store, changes: list[dict[str, Any]], after: dict[str, int]) -> None:
    """Rebase on one pulled page and move the cursors, all in one local transaction."""
    with _writing(store) as s:
        now = cursors_in(s)
        now.update({k: int(v) for k, v in after.items()})
        rebase(s, changes, now)
        set_facts(s, **{CURSORS: json.dumps(now, sort_keys=True)})


def cursors_in(s: Session) -> dict[str, int]:
    fact = s.get(StoreFact, CURSORS)
    return {k: int(v) for k, v in json.loads(fact.value).items()} if fact else {}


def apply_snapshot_rows(store: Store, name: str, found: list[dict[str, Any]]) -> None:
    with _writing(store) as s:
        _upsert(s, name, found)


def wipe(store: Store) -> None:
    """Empty every synced table (before downloading afresh); the outbox stays."""
    with _writing(store) as s:
        for name in reversed(list(rows.replicated())):
            s.execute(delete(rows.table(name)))
        s.execute(delete(UndoImage))
        for entry in _held(s):
            entry.local = False
        set_facts(s, **{CURSORS: "{}", READY: "0"})
