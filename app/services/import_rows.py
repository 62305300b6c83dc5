"""Inserting many new rows inside a service's unit of work, fast, on SQLite and elsewhere.

An import creates rows by the hundred thousand, which the ORM's unit of work does at about a
millisecond an order here. This inserts plain dicts with Core ``insert()`` executemany instead:

- through a copy of the table whose time columns take naive UTC datetimes and whose enum
  columns take their values (the model's own types spend ~15 microseconds a time value);
- on SQLite, tables kept in a full-text index are staged in a TEMP table and moved with one
  ``INSERT INTO ... SELECT``: the index triggers still fire for every row, but FTS5 flushes
  its pending data once per batch instead of once per row (see app/db/fts.py);
- the rows made are announced to the sync tracker of the unit of work, as the ORM's flush
  would announce them (app/sync/capture.py), so the team server's change log and the
  workstation's undo images see them too.

The values must be complete and already valid: every column of the table, defaults included
(:func:`full_row`).
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from functools import cache
from typing import Any

from sqlalchemy import Column, DateTime, Enum, MetaData, String, Table, Uuid, insert
from sqlalchemy.orm import Session

from app.db import fts
from app.models import Base, UTCDateTime
from app.sync import capture

STAGE_PREFIX = "kefu_import_"
INDEXED = frozenset(ix.table for ix in fts.INDEXES)


def naive_utc(iso: str | None) -> datetime | None:
    """ISO 8601 text with an offset as the naive UTC datetime the store keeps."""
    if iso is None:
        return None
    if len(iso) == 25 and iso.endswith("+00:00") and iso[10] == "T":  # what the readers make
        return datetime(
            int(iso[:4]),
            int(iso[5:7]),
            int(iso[8:10]),
            int(iso[11:13]),
            int(iso[14:16]),
            int(iso[17:19]),
        )
    value = datetime.fromisoformat(iso)
    if value.tzinfo is None:
        raise ValueError(f"a time without an offset: {iso!r}")
    return value.astimezone(UTC).replace(tzinfo=None)


def _fast_type(column: Column) -> Any:
    if isinstance(column.type, UTCDateTime):
        return DateTime()
    if isinstance(column.type, Enum):
        return String(column.type.length or 24)
    return column.type


@cache
def _fast(name: str) -> Table:
    source = Base.metadata.tables[name]
    columns = [Column(c.name, _fast_type(c), primary_key=c.primary_key) for c in source.columns]
    return Table(name, MetaData(), *columns)


@cache
def _defaults(name: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for c in Base.metadata.tables[name].columns:
        arg = getattr(c.default, "arg", None)
        if c.default is not None and not callable(arg):
            out[c.name] = arg.value if hasattr(arg, "value") else arg
        elif c.nullable:
            out[c.name] = None
    return out


def full_row(name: str, values: dict[str, Any]) -> dict[str, Any]:
    """``values`` completed with the column defaults; refuses a row that leaves a required
    column without a value (a model that gained a column shows up here)."""
    row = {**_defaults(name), **values}
    if len(row) != len(_columns(name)):
        missing = [c for c in _columns(name) if c not in row]
        raise RuntimeError(f"no value for {name}.{', '.join(missing)}")
    return row


@cache
def _columns(name: str) -> tuple[str, ...]:
    return tuple(c.name for c in Base.metadata.tables[name].columns)


def insert_rows(s: Session, name: str, rows: list[dict[str, Any]]) -> None:
    """Insert new rows (missing columns take their defaults) in this unit of work."""
    if not rows:
        return
    conn = s.connection()
    if conn.dialect.name != "sqlite":
        conn.execute(insert(_fast(name)), [full_row(name, r) for r in rows])
    else:
        converted = [_sqlite_values(name, r) for r in rows]
        if name in INDEXED:
            stage = f"{STAGE_PREFIX}{name}"
            cols = ", ".join(f'"{c}"' for c in _columns(name))
            conn.exec_driver_sql(
                f"CREATE TEMP TABLE IF NOT EXISTS {stage} AS SELECT {cols} FROM main.{name} WHERE 0"
            )
            conn.exec_driver_sql(f"DELETE FROM temp.{stage}")
            conn.exec_driver_sql(_sqlite_insert(name, f"temp.{stage}"), converted)
            conn.exec_driver_sql(
                f"INSERT INTO main.{name} ({cols}) SELECT {cols} FROM temp.{stage}"
            )
            conn.exec_driver_sql(f"DELETE FROM temp.{stage}")
        else:
            conn.exec_driver_sql(_sqlite_insert(name, f"main.{name}"), converted)
    _announce(s, name, [r["id"] for r in rows])


@cache
def _sqlite_insert(name: str, target: str) -> str:
    cols = _columns(name)
    quoted = ", ".join(f'"{c}"' for c in cols)
    return f"INSERT INTO {target} ({quoted}) VALUES ({', '.join('?' for _ in cols)})"


def _hex(value: uuid.UUID | None) -> str | None:
    return None if value is None else value.hex


def _text_time(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat(" ", "microseconds")


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    return int(value) if isinstance(value, bool) else value


@cache
def _sqlite_converter(name: str) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
    """A function from a row dict to the tuple SQLAlchemy's SQLite types would store: UUIDs
    as 32 hex digits, times as naive UTC text with microseconds, booleans as 0/1, enums by
    value; missing columns take their defaults (built once per table, as one expression)."""
    table = Base.metadata.tables[name]
    defaults = _defaults(name)
    parts = []
    for column in table.columns:
        get = (
            f"r[{column.name!r}]"
            if column.name not in defaults
            else f"r.get({column.name!r}, D[{column.name!r}])"
        )
        if isinstance(column.type, Uuid):
            parts.append(f"_hex({get})")
        elif isinstance(column.type, UTCDateTime):
            parts.append(f"_text_time({get})")
        elif isinstance(column.type, Enum) or column.type.python_type is bool:
            parts.append(f"_plain({get})")
        else:
            parts.append(get)
    source = f"lambda r: ({', '.join(parts)},)"
    scope = {"_hex": _hex, "_text_time": _text_time, "_plain": _plain, "D": defaults}
    return eval(source, scope)  # built from the table's own column names above


def _sqlite_values(name: str, row: dict[str, Any]) -> tuple[Any, ...]:
    try:
        return _sqlite_converter(name)(row)
    except KeyError as exc:
        raise RuntimeError(f"no value for {name}.{exc.args[0]}") from exc


def _announce(s: Session, name: str, ids: list[uuid.UUID]) -> None:
    """Tell the unit's sync tracker (if any) about rows made without the ORM."""
    for row_id in ids:
        capture.announce_created(s, name, {"id": row_id})
