"""Full-text search indexes: SQLite FTS5 with the trigram tokenizer.

Four indexes, each over one text column of a table: message bodies, order numbers, buyer
nicknames and product titles. Each is an external-content FTS5 table over a view that pads
the text with spaces on both sides, kept current by triggers.

The trigram tokenizer finds any substring of three or more characters. Chinese words are
often two characters (掉色, 发货), which trigram MATCH cannot find; because every text is
padded, every two-character substring is the start of some indexed trigram, so a short term
is answered by looking its trigrams up in the index's vocabulary (``<index>_vocab``) and
matching any of them.

The indexes follow table rowids. ``VACUUM`` and batch migrations that copy a table may
renumber rowids, so both must be followed by :func:`rebuild_statements`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

MAX_EXPANSION = 400  # a two-character term expanding to more trigrams falls back to LIKE


@dataclass(frozen=True)
class TextIndex:
    name: str  # the FTS5 table
    table: str  # the indexed table
    column: str


INDEXES = (
    TextIndex("messages_fts", "messages", "body"),
    TextIndex("orders_fts", "orders", "order_no"),
    TextIndex("customers_fts", "customers", "nickname"),
    TextIndex("order_items_fts", "order_items", "title"),
)


def _padded(alias: str, column: str) -> str:
    # One space before, two after: every one- or two-character substring starts a trigram.
    return f"' ' || {alias}.{column} || '  '"


def create_statements(ix: TextIndex) -> list[str]:
    n, t, c = ix.name, ix.table, ix.column
    return [
        f"CREATE VIEW {n}_src AS SELECT rowid AS src_rowid, {_padded(t, c)} AS {c} FROM {t}",
        f"CREATE VIRTUAL TABLE {n} USING fts5({c}, content='{n}_src', "
        f"content_rowid='src_rowid', tokenize='trigram')",
        f"CREATE VIRTUAL TABLE {n}_vocab USING fts5vocab({n}, 'row')",
        f"CREATE TRIGGER {n}_ai AFTER INSERT ON {t} BEGIN "
        f"INSERT INTO {n}(rowid, {c}) VALUES (new.rowid, {_padded('new', c)}); END",
        f"CREATE TRIGGER {n}_ad AFTER DELETE ON {t} BEGIN "
        f"INSERT INTO {n}({n}, rowid, {c}) VALUES ('delete', old.rowid, {_padded('old', c)}); END",
        f"CREATE TRIGGER {n}_au AFTER UPDATE OF {c} ON {t} BEGIN "
        f"INSERT INTO {n}({n}, rowid, {c}) VALUES ('delete', old.rowid, {_padded('old', c)}); "
        f"INSERT INTO {n}(rowid, {c}) VALUES (new.rowid, {_padded('new', c)}); END",
    ]


def drop_statements(ix: TextIndex) -> list[str]:
    n = ix.name
    return [
        f"DROP TRIGGER IF EXISTS {n}_ai",
        f"DROP TRIGGER IF EXISTS {n}_ad",
        f"DROP TRIGGER IF EXISTS {n}_au",
        f"DROP TABLE IF EXISTS {n}_vocab",
        f"DROP TABLE IF EXISTS {n}",
        f"DROP VIEW IF EXISTS {n}_src",
    ]


def rebuild_statements() -> list[str]:
    return [f"INSERT INTO {ix.name}({ix.name}) VALUES ('rebuild')" for ix in INDEXES]


def terms(query: str) -> list[str]:
    """The search terms of a query: whitespace-separated, case-folded, empty ones dropped."""
    return [t.casefold() for t in query.split() if t.strip()]


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def match_expression(conn: Connection, ix: TextIndex, query: str) -> str | None:
    """An FTS5 MATCH expression for ``query`` on ``ix``; None if it cannot match or needs LIKE.

    Every term must occur (AND). Terms of three or more characters are phrases; shorter ones
    expand to the trigrams in the index that start with them.
    """
    parts: list[str] = []
    for term in terms(query):
        if len(term) >= 3:
            parts.append(_quote(term))
            continue
        expanded = _expand(conn, ix, term)
        if expanded is None:
            return None
        if not expanded:
            return ""
        parts.append("(" + " OR ".join(_quote(t) for t in expanded) + ")")
    return " AND ".join(parts) if parts else ""


def _expand(conn: Connection, ix: TextIndex, term: str) -> list[str] | None:
    rows = (
        conn.execute(
            text(f"SELECT term FROM {ix.name}_vocab WHERE term >= :lo AND term < :hi LIMIT :cap"),
            {"lo": term, "hi": term + "\U0010ffff", "cap": MAX_EXPANSION + 1},
        )
        .scalars()
        .all()
    )
    matches = [r for r in rows if len(r) == 3 and r.startswith(term)]
    return None if len(rows) > MAX_EXPANSION else matches


def like_pattern(query: str) -> list[str]:
    """LIKE patterns for each term, used when a short term is too common to expand."""
    esc = [t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") for t in terms(query)]
    return [f"%{t}%" for t in esc]
