"""Reading the change log after a client's cursors, and the snapshot a new client starts from."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import delete, select, tuple_, update
from sqlalchemy.orm import Session, sessionmaker

from app.models import Change, Stream
from app.sync import rows

MAX_PAGE = 5000


class ResetRequired(Exception):
    """The client's cursor is older than what the server still keeps."""


def heads(sessions: sessionmaker[Session]) -> dict[str, int]:
    with sessions() as s:
        return {str(i): int(seq) for i, seq in s.execute(select(Stream.id, Stream.last_seq))}


def pull(
    sessions: sessionmaker[Session], cursors: dict[str, int], limit: int
) -> tuple[list[dict[str, Any]], dict[str, int], bool]:
    """Changes after ``cursors`` (a missing stream starts at 0), up to ``limit`` in all,
    stream by stream; returns them, the cursors after them, and whether more are waiting."""
    out: list[dict[str, Any]] = []
    after = dict(cursors)
    more = False
    with sessions() as s:
        streams = list(s.execute(select(Stream.id, Stream.last_seq, Stream.pruned_seq)))
        for stream, last, pruned in sorted(streams):
            key = str(stream)
            cursor = int(cursors.get(key, 0))
            if cursor < pruned:
                raise ResetRequired(key)
            if cursor >= last:
                after[key] = max(cursor, after.get(key, 0))
                continue
            room = limit - len(out)
            if room <= 0:
                more = True
                break
            found = s.scalars(
                select(Change)
                .where(Change.stream == stream, Change.seq > cursor)
                .order_by(Change.seq)
                .limit(room)
            ).all()
            for c in found:
                out.append(
                    {
                        "stream": key,
                        "seq": c.seq,
                        "table": c.table_name,
                        "pk": c.pk,
                        "op": c.op,
                        "row": c.row,
                        "device_id": str(c.device_id) if c.device_id else None,
                        "mutation_id": c.mutation_id,
                    }  # fmt: skip
                )
            if found:
                after[key] = found[-1].seq
            if len(found) == room and found[-1].seq < last:
                more = True
                break
    return out, after, more


def snapshot(
    sessions: sessionmaker[Session], name: str, after: dict[str, Any] | None, limit: int
) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
    """A page of table ``name`` in primary-key order after ``after``; returns the rows and
    the key to continue from (None at the end)."""
    t = rows.table(name)
    cols = [t.c[c] for c in rows.pk_columns(name)]
    stmt = select(t).order_by(*cols).limit(limit)
    if after:
        values = rows.decode_row(name, after)
        keys = [values[c.name] for c in cols]
        stmt = stmt.where(tuple_(*cols) > tuple_(*keys) if len(cols) > 1 else cols[0] > keys[0])
    with sessions() as s:
        found = [rows.encode_row(dict(r)) for r in s.execute(stmt).mappings()]
    nxt = rows.pk_of(name, found[-1]) if len(found) == limit else None
    return found, nxt


def prune(sessions: sessionmaker[Session], stream: uuid.UUID, keep: int) -> int:
    """Forget all but the newest ``keep`` changes of a stream; clients behind must reset."""
    with sessions.begin() as s:
        last = s.scalar(select(Stream.last_seq).where(Stream.id == stream).with_for_update())
        if last is None:
            return 0
        upto = max(0, int(last) - keep)
        gone = s.execute(delete(Change).where(Change.stream == stream, Change.seq <= upto))
        s.execute(update(Stream).where(Stream.id == stream).values(pruned_seq=upto))
        return gone.rowcount or 0
