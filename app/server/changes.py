"""The server's change log: every row an applied mutation touched, as it became, numbered in
its shop's stream inside the same transaction.

Sequence numbers come from the stream's counter row, updated in the writing transaction: the
row stays locked until commit, so numbers of one stream commit in order and a client reading
"after seq N" never skips a change that commits later with a smaller number. Streams are
locked in id order, so two transactions never wait on each other in a circle.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from app.models import Change, Stream
from app.sync import rows
from app.sync.capture import Tracker, current_rows

# How a row finds its shop when it has no shop_id of its own: through one of these parents.
PARENTS = (("ticket_id", "tickets"), ("order_id", "orders"), ("customer_id", "customers"),
           ("message_id", "messages"))  # fmt: skip


_PARENT_STREAMS: dict[tuple[str, str], uuid.UUID] = {}  # a ticket's shop never changes
_CACHE_LIMIT = 200_000


class StreamFinder:
    """The stream (shop) of each row; parents are looked up once per process."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.cache = _PARENT_STREAMS

    def of(self, name: str, row: dict[str, Any]) -> uuid.UUID:
        if name == "shops":
            return uuid.UUID(str(row["id"]))
        if row.get("shop_id"):
            return uuid.UUID(str(row["shop_id"]))
        for column, parent in PARENTS:
            if row.get(column):
                return self._parent(parent, str(row[column]))
        return rows.TEAM_STREAM

    def _parent(self, name: str, key: str) -> uuid.UUID:
        found = self.cache.get((name, key))
        if found is None:
            t = rows.table(name)
            parent = (
                self.session.connection()
                .execute(select(t).where(t.c.id == uuid.UUID(key)))
                .mappings()
                .first()
            )
            if parent is None:
                return rows.TEAM_STREAM  # not cached: it may be written later
            found = self.of(name, rows.encode_row(dict(parent)))
            if len(self.cache) > _CACHE_LIMIT:
                self.cache.clear()
            self.cache[(name, key)] = found
        return found


def next_seqs(session: Session, wanted: dict[uuid.UUID, int]) -> dict[uuid.UUID, int]:
    """Reserve ``n`` numbers in each stream; returns the first of each. Locks the streams."""
    conn = session.connection()
    first: dict[uuid.UUID, int] = {}
    for stream in sorted(wanted):
        n = wanted[stream]
        stmt = (
            update(Stream)
            .where(Stream.id == stream)
            .values(last_seq=Stream.last_seq + n)
            .returning(Stream.last_seq)
        )
        last = conn.execute(stmt).scalar()
        if last is None:
            _create_stream(session, stream)
            last = conn.execute(stmt).scalar()
        first[stream] = int(last) - n + 1
    return first


def _create_stream(session: Session, stream: uuid.UUID) -> None:
    """Make a stream's counter row; two transactions racing to make it end with one."""
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        conn.execute(
            pg_insert(Stream).values(id=stream, last_seq=0, pruned_seq=0).on_conflict_do_nothing()
        )
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        conn.execute(
            sqlite_insert(Stream)
            .values(id=stream, last_seq=0, pruned_seq=0)
            .on_conflict_do_nothing()
        )


class NewStreams(Exception):  # noqa: N818 - a signal to the pusher, not an error
    """The mutation writes to streams the transaction has not locked yet (see :func:`record`)."""


def record(
    session: Session,
    tracker: Tracker,
    *,
    device_id: uuid.UUID | None,
    mutation_id: int | None,
    held: set[uuid.UUID] | None = None,
) -> dict[str, int]:
    """Write the change log entries of the rows ``tracker`` saw; returns, per stream, the
    highest seq written (where the mutation's effects arrive for a client pulling).

    ``held``: the streams this transaction locked for earlier mutations. When it is not empty
    and this mutation needs another stream, :class:`NewStreams` is raised before any lock is
    taken: a transaction takes all its stream locks at once, in id order, so two of them never
    wait on each other. The set grows by the streams locked here."""
    session.flush()
    finder = StreamFinder(session)
    entries = []
    for (name, pk, after), (_, _, before) in zip(
        current_rows(session, tracker), tracker.touched.values(), strict=True
    ):
        source = after if after is not None else (before if isinstance(before, dict) else {})
        entries.append((finder.of(name, source), name, pk, after))
    if not entries:
        return {}
    wanted: dict[uuid.UUID, int] = {}
    for stream, *_ in entries:
        wanted[stream] = wanted.get(stream, 0) + 1
    if held is not None:
        if held and not wanted.keys() <= held:
            raise NewStreams(sorted(wanted.keys() - held))
        held.update(wanted)
    seqs = next_seqs(session, wanted)
    marks: dict[str, int] = {}
    values = []
    for stream, name, pk, after in entries:
        seq = seqs[stream]
        seqs[stream] = seq + 1
        marks[str(stream)] = seq
        values.append(
            {
                "stream": stream,
                "seq": seq,
                "table_name": name,
                "pk": pk,
                "op": "upsert" if after is not None else "delete",
                "row": after,
                "device_id": device_id,
                "mutation_id": mutation_id,
            }
        )
    session.connection().execute(insert(Change), values)
    return marks
