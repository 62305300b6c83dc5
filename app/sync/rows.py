"""Rows as JSON: which tables travel between the team server and the workstations, and how a
row is written down and read back (ids and times as text, enums by value)."""

from __future__ import annotations

import enum
import functools
import json
import uuid
from datetime import date, datetime
from typing import Any

import pendulum
from sqlalchemy import Date, Enum, Table, Uuid, and_
from sqlalchemy.sql.elements import ColumnElement

from app.models import SYNC_TABLES, Base
from app.models.base import UTCDateTime

# Tables that stay where they are: the outbox and store facts are the device's own; the sync
# tables are bookkeeping of each end; the server's file bytes (blobs) travel one file at a
# time through /v1/blobs, never as rows.
LOCAL_TABLES = frozenset({"outbox", "kefu_meta", "blobs"}) | SYNC_TABLES

TEAM_STREAM = uuid.UUID(int=0)  # rows that belong to no shop (agents, shared tags, ...)


# Rollups each store derives for itself (kept by triggers from the rows that do travel).
DERIVED_PREFIXES = ("kpi_",)


def travels(t: Table) -> bool:
    return (
        t.name not in LOCAL_TABLES
        and not t.name.startswith(DERIVED_PREFIXES)
        and t.info.get("sync", True)
    )


@functools.cache
def replicated() -> dict[str, Table]:
    """The tables every workstation mirrors, parents before children."""
    return {t.name: t for t in Base.metadata.sorted_tables if travels(t)}


def table(name: str) -> Table:
    found = replicated().get(name)
    if found is None:
        raise KeyError(f"not a synced table: {name!r}")
    return found


def _encode(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        return pendulum.instance(value).in_timezone("UTC").isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _decoder(column) -> Any:  # noqa: ANN001
    kind = column.type
    if isinstance(kind, Uuid):
        return lambda v: v if isinstance(v, uuid.UUID) else uuid.UUID(v)
    if isinstance(kind, UTCDateTime):
        return lambda v: datetime.fromisoformat(v) if isinstance(v, str) else v
    if isinstance(kind, Date):
        return lambda v: date.fromisoformat(v) if isinstance(v, str) else v
    if isinstance(kind, Enum) and kind.enum_class is not None:
        cls = kind.enum_class
        return lambda v: cls(v)
    return None


@functools.cache
def _decoders(name: str) -> dict[str, Any]:
    return {c.name: _decoder(c) for c in table(name).columns}


def encode_row(row: dict[str, Any]) -> dict[str, Any]:
    return {k: _encode(v) for k, v in row.items()}


def decode_row(name: str, data: dict[str, Any]) -> dict[str, Any]:
    """Column values from their JSON form; unknown columns are dropped (a newer server)."""
    decoders = _decoders(name)
    out = {}
    for key, value in data.items():
        if key not in decoders:
            continue
        fn = decoders[key]
        out[key] = fn(value) if fn is not None and value is not None else value
    return out


def pk_columns(name: str) -> list[str]:
    return [c.name for c in table(name).primary_key.columns]


def pk_of(name: str, row: dict[str, Any]) -> dict[str, Any]:
    return {c: _encode(row[c]) for c in pk_columns(name)}


def pk_where(name: str, pk: dict[str, Any]) -> ColumnElement[bool]:
    t = table(name)
    values = decode_row(name, pk)
    return and_(*(t.c[c] == values[c] for c in pk_columns(name)))


def row_key(pk: dict[str, Any]) -> str:
    return json.dumps(pk, sort_keys=True, separators=(",", ":"))
