"""Time and identity for generated rows: integer milliseconds and UUID version 7 ids.

The generator does its arithmetic on integers (Unix milliseconds, UTC), which is many times
faster than pendulum arithmetic at a million tickets; :mod:`app.demo.bulk` turns them into
the ORM's types on the way to the database. Ids are 128-bit integers in UUID version 7 layout:
the record's creation time in the top 48 bits, then random bits from the seeded generator,
so the same seed gives the same ids and ids sort by creation time.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime

import pendulum
from pendulum import DateTime

SECOND = 1_000
MINUTE = 60 * SECOND
HOUR = 60 * MINUTE
DAY = 24 * HOUR

SHOP_TZ = "Asia/Shanghai"
_CST_OFFSET = 8 * HOUR  # China keeps no daylight saving time
_LOW62 = (1 << 62) - 1


def uuid7(rng: random.Random, ms: int) -> int:
    """A UUID version 7 as an int: ``ms`` in the time field, the rest from ``rng``."""
    bits = rng.getrandbits(74)
    return (ms << 80) | (0x7 << 76) | ((bits >> 62) << 64) | (0b10 << 62) | (bits & _LOW62)


def as_uuid(value: int | None) -> uuid.UUID | None:
    return None if value is None else uuid.UUID(int=value)


def to_ms(at: DateTime) -> int:
    return at.int_timestamp * SECOND + at.microsecond // 1000


def to_datetime(ms: int) -> DateTime:
    """The UTC pendulum DateTime of ``ms`` (exact to the millisecond)."""
    seconds, rest = divmod(ms, SECOND)
    plain = datetime.fromtimestamp(seconds, UTC).replace(microsecond=rest * 1000)
    return pendulum.instance(plain, tz="UTC")


def default_anchor(now: DateTime) -> DateTime:
    """``now`` rounded down to the hour, in UTC."""
    return now.in_timezone("UTC").replace(minute=0, second=0, microsecond=0)


def parse_anchor(text: str) -> DateTime:
    """An ISO 8601 instant; one without an offset is read in the shops' zone (Asia/Shanghai)."""
    parsed = pendulum.parse(text, tz=SHOP_TZ)
    if not isinstance(parsed, DateTime):
        raise ValueError(f"not a date and time: {text!r}")
    return parsed.in_timezone("UTC")


def cn_date(ms: int) -> str:
    """A short date as buyers write it: 3月2日 (shop time)."""
    local = datetime.fromtimestamp((ms + _CST_OFFSET) // SECOND, UTC)
    return f"{local.month}月{local.day}日"
