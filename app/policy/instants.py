"""Instants in, instants out: aware pendulum DateTimes, never the computer's local zone."""

from __future__ import annotations

import datetime as dt

import pendulum
from pendulum import DateTime

from app.policy.errors import PolicyInputError


def zone(name: str, *, field: str = "shop_tz") -> pendulum.Timezone:
    """The IANA time zone ``name``; a typed error when it does not exist."""
    try:
        return pendulum.timezone(name)
    except (ValueError, TypeError) as exc:  # pendulum's InvalidTimezone is a ValueError
        raise PolicyInputError(field, f"unknown time zone '{name}'") from exc


def aware(value: object, *, field: str) -> DateTime:
    """``value`` as a pendulum DateTime; refuses naive values and non-datetimes."""
    if not isinstance(value, dt.datetime):
        raise PolicyInputError(field, f"expected a datetime, got {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise PolicyInputError(field, "naive datetime: give a time zone offset", reason="naive")
    if isinstance(value, DateTime):
        return value
    return pendulum.instance(value)


def parse_instant(text: str, *, default_tz: str, field: str) -> DateTime:
    """Parse ISO 8601 ``text``; a value without offset is read in ``default_tz`` (shop time)."""
    try:
        parsed = pendulum.parse(text, tz=zone(default_tz))
    except (ValueError, TypeError) as exc:  # pendulum's ParserError is a ValueError
        raise PolicyInputError(field, f"bad timestamp '{text}' (want ISO 8601)") from exc
    if not isinstance(parsed, DateTime):
        raise PolicyInputError(field, f"bad timestamp '{text}' (want a date and a time)")
    return parsed


def local(instant: DateTime, tz: str) -> DateTime:
    """``instant`` seen in the shop's time zone ``tz``."""
    return instant.in_timezone(zone(tz))


def midnight(day: dt.date, tz: str) -> DateTime:
    """00:00 of ``day`` in ``tz`` (the first instant of that day, even across DST)."""
    return pendulum.datetime(day.year, day.month, day.day, tz=zone(tz))
