"""Declarative base and the column types every model shares.

- Primary keys are time-ordered UUIDs (version 7) made on the client, so records created
  offline on two desktops never collide and sort by creation time.
- Timestamps are stored in UTC. :class:`UTCDateTime` refuses naive values on the way in and
  hands back pendulum DateTimes in UTC on the way out.
- Money is integer fen (分), never floats.
"""

from __future__ import annotations

import enum
import hashlib
import os
import threading
import time
import uuid
from datetime import datetime
from typing import Any

import pendulum
from pendulum import UTC, DateTime
from sqlalchemy import JSON, Enum, Integer, MetaData, Uuid
from sqlalchemy import DateTime as SADateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from app import clock

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

_uuid_lock = threading.Lock()
_last_ms = 0
_seq = 0


def new_id() -> uuid.UUID:
    """A UUID version 7: 48-bit Unix milliseconds, then a 12-bit counter and random bits.

    The counter keeps ids made in the same millisecond by this process in order.
    """
    global _last_ms, _seq
    with _uuid_lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _last_ms:
            ms = _last_ms
            _seq += 1
            if _seq > 0xFFF:
                ms += 1
                _seq = 0
        else:
            _seq = int.from_bytes(os.urandom(2), "big") & 0x3FF
        _last_ms = ms
        seq = _seq
    rand = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms << 80) | (0x7 << 76) | (seq << 64) | (0b10 << 62) | rand
    return uuid.UUID(int=value)


def derived_id(parent: uuid.UUID, *parts: object) -> uuid.UUID:
    """A UUID version 7 fixed by ``parent`` and ``parts``, in ``parent``'s millisecond.

    For rows a service makes alongside the one whose id it was given (the items a ticket
    covers, a tag on a buyer): replaying the call on another store makes the same ids, and
    two devices that make the same link offline make the same row.
    """
    key = parent.bytes + "\x1f".join(str(p) for p in parts).encode()
    bits = int.from_bytes(hashlib.sha256(key).digest()[:10], "big")  # 80 bits
    seq, rand = bits >> 68, bits & ((1 << 62) - 1)
    value = ((parent.int >> 80) << 80) | (0x7 << 76) | (seq << 64) | (0b10 << 62) | rand
    return uuid.UUID(int=value)


class UTCDateTime(TypeDecorator[DateTime]):
    """An aware timestamp stored as naive UTC; read back as a pendulum DateTime in UTC."""

    impl = SADateTime
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"expected a datetime, got {type(value).__name__}")
        offset = value.utcoffset() if value.tzinfo is not None else None
        if offset is None:
            raise ValueError("naive datetime refused: timestamps must carry a time zone")
        if not offset:  # already UTC: no conversion needed
            return datetime(
                value.year, value.month, value.day, value.hour, value.minute, value.second,
                value.microsecond,
            )  # fmt: skip
        utc = pendulum.instance(value).in_timezone("UTC")
        return datetime(
            utc.year, utc.month, utc.day, utc.hour, utc.minute, utc.second, utc.microsecond
        )

    def process_result_value(self, value: Any, dialect: Dialect) -> DateTime | None:
        if value is None:
            return None
        if isinstance(value, str):
            value = datetime.fromisoformat(value)
        # Built directly: ten times faster than pendulum.instance, and queues read thousands.
        return DateTime(
            value.year,
            value.month,
            value.day,
            value.hour,
            value.minute,
            value.second,
            value.microsecond,
            tzinfo=UTC,
        )


def str_enum(enum_cls: type[enum.Enum]) -> Enum:
    """Store a StrEnum by its value as a short string (no native enum, no CHECK)."""
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=24,
        validate_strings=True,
        values_callable=lambda members: [m.value for m in members],
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {
        uuid.UUID: Uuid(),
        DateTime: UTCDateTime(),
        dict[str, Any]: JSON(),
        list[Any]: JSON(),
    }


class IdMixin:
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)


class SyncMixin:
    """Columns every synced row carries: when it last changed, its version, its tombstone."""

    created_at: Mapped[DateTime] = mapped_column(default=clock.now)
    updated_at: Mapped[DateTime] = mapped_column(default=clock.now, onupdate=clock.now)
    version: Mapped[int] = mapped_column(Integer, default=1)
    deleted_at: Mapped[DateTime | None] = mapped_column(default=None)
