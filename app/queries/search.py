"""Full-text search over messages, order numbers, nicknames and product titles."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session, sessionmaker

from app.db import fts
from app.queries.reading import reading

MAX_HITS = 500

# For each index: how a hit's rowid leads to tickets (newest evidence first).
_TICKETS_BY_INDEX = {
    "messages_fts": "SELECT m.ticket_id AS tid FROM messages m WHERE m.rowid IN ({rowids})",
    "orders_fts": "SELECT t.id AS tid FROM orders o JOIN tickets t ON t.order_id = o.id "
    "WHERE o.rowid IN ({rowids})",
    "customers_fts": "SELECT t.id AS tid FROM customers c JOIN tickets t ON t.customer_id = c.id "
    "WHERE c.rowid IN ({rowids})",
    "order_items_fts": "SELECT t.id AS tid FROM order_items i JOIN tickets t ON t.order_id = i.order_id "
    "WHERE i.rowid IN ({rowids})",
}


@dataclass(frozen=True)
class Hit:
    ticket_id: uuid.UUID
    source: str  # messages, orders, customers, order_items


def _rowids(conn: Connection, ix: fts.TextIndex, query: str, limit: int) -> list[int]:
    expr = fts.match_expression(conn, ix, query)
    if expr == "":
        return []
    if expr is not None:
        sql = f"SELECT rowid FROM {ix.name} WHERE {ix.name} MATCH :q ORDER BY rowid DESC LIMIT :n"
        return list(conn.execute(text(sql), {"q": expr, "n": limit}).scalars())
    likes = fts.like_pattern(query)
    where = " AND ".join(f"{ix.column} LIKE :p{i} ESCAPE '\\'" for i in range(len(likes)))
    sql = f"SELECT rowid FROM {ix.table} WHERE {where} ORDER BY rowid DESC LIMIT :n"
    params = {f"p{i}": p for i, p in enumerate(likes)} | {"n": limit}
    return list(conn.execute(text(sql), params).scalars())


def hits(db: Connection | Session, query: str, *, limit: int = MAX_HITS) -> list[Hit]:
    """Tickets where every term of ``query`` occurs in a message, the order number, the
    buyer's nickname or a product title (each term may match a different one)."""
    conn = db.connection() if isinstance(db, Session) else db
    terms = fts.terms(query)
    if not terms or conn.dialect.name != "sqlite":
        return []
    result: dict[uuid.UUID, Hit] | None = None
    for term in terms:
        found = _term_hits(conn, term, limit)
        result = found if result is None else {k: v for k, v in result.items() if k in found}
        if not result:
            return []
    return list(result.values())[:limit]


def _term_hits(conn: Connection, term: str, limit: int) -> dict[uuid.UUID, Hit]:
    found: dict[str, str] = {}  # ticket id as stored (hex) -> the table that matched first
    for ix in fts.INDEXES:
        rowids = _rowids(conn, ix, term, limit)
        if not rowids:
            continue
        sql = _TICKETS_BY_INDEX[ix.name].format(rowids=",".join(str(int(r)) for r in rowids))
        for (tid,) in conn.exec_driver_sql(sql).fetchall():
            found.setdefault(tid, ix.table)
    out: dict[uuid.UUID, Hit] = {}
    for tid, table in found.items():
        key = uuid.UUID(tid)
        out[key] = Hit(key, table)
    return out


def matching_ticket_ids(db: Connection | Session, query: str) -> list[uuid.UUID]:
    return [h.ticket_id for h in hits(db, query)]


def search(sessions: sessionmaker[Session], query: str, *, limit: int = MAX_HITS) -> list[Hit]:
    with reading(sessions) as conn:
        return hits(conn, query, limit=limit)
