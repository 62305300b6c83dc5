"""Writing generated rows: Core ``insert()`` executemany in batches, inside the caller's
transaction.

Two ways to the same stored values:

- :class:`CoreWriter` (any database): each row becomes a dict of the ORM's own types (UUIDs,
  UTC pendulum DateTimes, StrEnum members) and goes through ``insert(Model.__table__)``, so
  SQLAlchemy's column types do the conversion.
- :class:`SqliteWriter` (SQLite): the same rows converted in Python to what those column
  types store on SQLite (32 hex digits, ``YYYY-MM-DD HH:MM:SS.ffffff`` in UTC, JSON text),
  executed with the same compiled ``insert()``. The ORM's per-value conversion costs about
  40 microseconds a row, which a million-ticket build cannot afford. A test checks that both
  writers store identical rows.

The full-text indexes are kept by ``AFTER INSERT`` triggers. Fired by one INSERT statement
per row, each trigger's statement savepoint makes FTS5 flush its pending index data, about
100 microseconds a row. So the SQLite writer stages the rows of indexed tables in a TEMP
table and moves them with one ``INSERT INTO ... SELECT`` per batch: the triggers still fire
for every row, but FTS5 flushes once per batch.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Any

from sqlalchemy import JSON, Connection, Table, Uuid, insert
from sqlalchemy.dialects import sqlite

from app.db import fts
from app.demo import rows
from app.demo.stamps import SECOND, as_uuid, to_datetime
from app.models import Base, UTCDateTime

BATCH = 5_000
STAGE_PREFIX = "demo_stage_"
INDEXED = frozenset(ix.table for ix in fts.INDEXES)


@dataclass(frozen=True)
class Layout:
    """A table with the generator's column order and how each column converts."""

    table: Table
    columns: tuple[str, ...]
    kinds: tuple[str, ...]  # uuid, time, json or plain


def _kind(table: Table, name: str) -> str:
    col_type = table.columns[name].type
    if isinstance(col_type, Uuid):
        return "uuid"
    if isinstance(col_type, UTCDateTime):
        return "time"
    if isinstance(col_type, JSON):
        return "json"
    return "plain"


def layout(name: str) -> Layout:
    table = Base.metadata.tables[name]
    columns = rows.LAYOUTS[name]
    have, want = set(columns), {c.name for c in table.columns}
    if have != want:
        raise RuntimeError(
            f"the demo layout of {name} is out of date: missing {sorted(want - have)}, "
            f"unknown {sorted(have - want)}"
        )
    return Layout(table, columns, tuple(_kind(table, c) for c in columns))


# ---- converting to what SQLite stores --------------------------------------------------

_DAY_MS = 86_400_000
_days: dict[int, str] = {}  # day number -> "YYYY-MM-DD "
_CLOCK = [f"{h:02d}:{m:02d}:{s:02d}." for h in range(24) for m in range(60) for s in range(60)]
_MILLIS = [f"{ms:03d}000" for ms in range(1000)]


def _day(day: int) -> str:
    text = _days[day] = datetime.fromtimestamp(day * 86_400, UTC).strftime("%Y-%m-%d ")
    return text


def sqlite_time(ms: int) -> str:
    """What UTCDateTime stores on SQLite for the instant ``ms``: naive UTC text with
    microseconds, as SQLAlchemy's SQLite DATETIME writes it."""
    day, rest = divmod(ms, _DAY_MS)
    second, milli = divmod(rest, SECOND)
    return (_days.get(day) or _day(day)) + _CLOCK[second] + _MILLIS[milli]


def sqlite_uuid(value: int) -> str:
    return f"{value:032x}"


def sqlite_json(value: Any) -> str:
    return json.dumps(value)


_SQLITE = {"uuid": "_u", "time": "_t", "json": "_j"}


@dataclass(frozen=True)
class SqliteInsert:
    """The compiled ``insert()`` of a table on SQLite and a converter whose tuples follow its
    parameter order."""

    sql: str
    convert: Callable[[Sequence[tuple]], list[tuple]]


def sqlite_insert(lay: Layout) -> SqliteInsert:
    compiled = insert(lay.table).compile(dialect=sqlite.dialect())
    order = list(compiled.positiontup or ())
    if sorted(order) != sorted(lay.columns):
        raise RuntimeError(f"unexpected parameters for {lay.table.name}: {order}")
    index = {c: i for i, c in enumerate(lay.columns)}
    parts = []
    for column in order:
        i, kind = index[column], lay.kinds[index[column]]
        nullable = lay.table.columns[column].nullable
        if kind == "plain":
            parts.append(f"r[{i}]")
        elif kind == "uuid" and not nullable:
            parts.append(f"f'{{r[{i}]:032x}}'")  # inline: the commonest conversion
        elif nullable:
            parts.append(f"(None if r[{i}] is None else {_SQLITE[kind]}(r[{i}]))")
        else:
            parts.append(f"{_SQLITE[kind]}(r[{i}])")
    source = f"lambda rows: [({', '.join(parts)},) for r in rows]"
    scope = {"_u": sqlite_uuid, "_t": sqlite_time, "_j": sqlite_json}
    return SqliteInsert(str(compiled), eval(source, scope))  # built from the fixed parts above


def core_row(lay: Layout, row: tuple) -> dict[str, Any]:
    """One generated row as a dict of the ORM's types."""
    out: dict[str, Any] = {}
    for name, kind, value in zip(lay.columns, lay.kinds, row, strict=True):
        if value is not None and kind == "uuid":
            value = as_uuid(value)
        elif value is not None and kind == "time":
            value = to_datetime(value)
        out[name] = value
    return out


# ---- writers -------------------------------------------------------------------------


class CoreWriter:
    """Rows through ``insert(Model.__table__)`` with the ORM's column types."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.layouts = {name: layout(name) for name in rows.ORDER}

    def write(self, name: str, generated: Sequence[tuple]) -> None:
        lay = self.layouts[name]
        for start in range(0, len(generated), BATCH):
            part = [core_row(lay, r) for r in generated[start : start + BATCH]]
            self.conn.execute(insert(lay.table), part)

    def close(self) -> None:
        pass


class SqliteWriter:
    """Rows converted in Python, executed with the compiled ``insert()`` of each table."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.inserts = sqlite_inserts()
        self._staged: dict[str, str] = {}

    def write(self, name: str, generated: Sequence[tuple]) -> None:
        self.write_converted(name, self.inserts[name].convert(generated))

    def write_converted(self, name: str, converted: Sequence[tuple]) -> None:
        sql = self._staged.get(name) or self.inserts[name].sql
        if name in INDEXED and name not in self._staged:
            sql = self._stage(name)
        for start in range(0, len(converted), BATCH):
            self.conn.exec_driver_sql(sql, list(converted[start : start + BATCH]))
            if name in INDEXED:
                self._move(name)

    def _columns(self, name: str) -> str:
        return ", ".join(f'"{c.name}"' for c in Base.metadata.tables[name].columns)

    def _stage(self, name: str) -> str:
        stage = STAGE_PREFIX + name
        self.conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{stage}")
        self.conn.exec_driver_sql(
            f"CREATE TEMP TABLE {stage} AS SELECT {self._columns(name)} FROM main.{name} WHERE 0"
        )
        sql = self.inserts[name].sql
        head = f"INSERT INTO {name} "
        if not sql.startswith(head):
            raise RuntimeError(f"unexpected insert statement for {name}: {sql[:60]}")
        self._staged[name] = f"INSERT INTO temp.{stage} " + sql[len(head) :]
        return self._staged[name]

    def _move(self, name: str) -> None:
        cols, stage = self._columns(name), STAGE_PREFIX + name
        self.conn.exec_driver_sql(
            f"INSERT INTO main.{name} ({cols}) SELECT {cols} FROM temp.{stage}"
        )
        self.conn.exec_driver_sql(f"DELETE FROM temp.{stage}")

    def close(self) -> None:
        for name in sorted(self._staged):
            self.conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{STAGE_PREFIX}{name}")
        self._staged.clear()


def write_all(writer: CoreWriter | SqliteWriter, batch: dict[str, list[tuple]]) -> None:
    for name in rows.ORDER:
        generated = batch.get(name)
        if generated:
            writer.write(name, generated)


def convert_all(batch: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
    """A batch in SQLite-ready form (a worker process prepares it ahead of the writer)."""
    inserts = sqlite_inserts()
    return {name: inserts[name].convert(got) for name, got in batch.items() if got}


def write_converted_all(writer: SqliteWriter, batch: dict[str, list[tuple]]) -> None:
    for name in rows.ORDER:
        converted = batch.get(name)
        if converted:
            writer.write_converted(name, converted)


@cache
def sqlite_inserts() -> dict[str, SqliteInsert]:
    return {name: sqlite_insert(layout(name)) for name in rows.ORDER}
