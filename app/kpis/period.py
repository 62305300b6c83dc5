"""A reporting period: whole days in the shop's time zone, as UTC instants [start, end)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pendulum
from pendulum import DateTime

from app.errors import InvalidInput

SHOP_TZ = "Asia/Shanghai"
MAX_DAYS = 3 * 366


@dataclass(frozen=True)
class Period:
    start: DateTime  # UTC, inclusive
    end: DateTime  # UTC, exclusive
    tz: str = SHOP_TZ

    @classmethod
    def days(cls, first: dt.date, last: dt.date, tz: str = SHOP_TZ) -> Period:
        """The days ``first`` to ``last`` (both included) in ``tz``."""
        if last < first:
            raise InvalidInput(
                f"the period ends ({last}) before it starts ({first})", field="period"
            )
        if (last - first).days >= MAX_DAYS:
            raise InvalidInput(f"a period is at most {MAX_DAYS} days long", field="period")
        start = pendulum.datetime(first.year, first.month, first.day, tz=tz)
        end = pendulum.datetime(last.year, last.month, last.day, tz=tz).add(days=1)
        return cls(start.in_timezone("UTC"), end.in_timezone("UTC"), tz)

    @property
    def first_day(self) -> dt.date:
        return self.start.in_timezone(self.tz).date()

    @property
    def last_day(self) -> dt.date:
        return self.end.in_timezone(self.tz).subtract(days=1).date()

    @property
    def offset_hours(self) -> float:
        """The zone's offset from UTC at the start (Asia/Shanghai: 8, no daylight saving)."""
        return self.start.in_timezone(self.tz).offset / 3600

    def label(self) -> str:
        return f"{self.first_day.isoformat()} – {self.last_day.isoformat()}"
