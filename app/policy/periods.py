"""The four clock kinds: where a window starts and ends, in the shop's time zone.

- ``next_midnight``: starts 00:00 of the day after the event; lasts N x 24 h (elapsed time).
  Signed 2025-03-01 15:20 CST, 7 days -> ends 2025-03-09 00:00 CST.
- ``exact``: starts at the event; ends N hours (or N x 24 h) later. Same example -> 2025-03-08
  15:20 CST.
- ``calendar_days``: counted by calendar day as the Civil Code counts periods (arts. 201, 203:
  the day of the event is not counted, the last day ends at 24:00). Starts at the event; ends
  00:00 of the day after the Nth day, i.e. of event date + N + 1 days.
- ``calendar_months``: Civil Code art. 202: the last day is the day in the expiry month that
  corresponds to the event's date, or that month's last day when it has none (2027-08-31 + 6
  months -> 2028-02-29). Starts at the event; ends 24:00 of that last day.

In Asia/Shanghai (no daylight saving) ``next_midnight`` and ``calendar_days`` end at the same
instant; they differ where a day is not 24 h long.
"""

from __future__ import annotations

import datetime as dt

import pendulum
from pendulum import DateTime

from app.policy.instants import local, midnight
from app.policy.rules import Rule

_HOURS_PER_DAY = 24  # unit conversion, not a rule figure


def _hours(rule: Rule) -> int:
    return rule.duration * _HOURS_PER_DAY if rule.unit == "days" else rule.duration


def _next_midnight(rule: Rule, event: DateTime, tz: str) -> tuple[DateTime, DateTime]:
    start = midnight(event.date() + dt.timedelta(days=1), tz)
    return start, start.add(hours=_hours(rule))


def _exact(rule: Rule, event: DateTime, tz: str) -> tuple[DateTime, DateTime]:
    return event, event.add(hours=_hours(rule))


def _calendar_days(rule: Rule, event: DateTime, tz: str) -> tuple[DateTime, DateTime]:
    last_day = event.date() + dt.timedelta(days=rule.duration)
    return event, midnight(last_day + dt.timedelta(days=1), tz)


def _calendar_months(rule: Rule, event: DateTime, tz: str) -> tuple[DateTime, DateTime]:
    day = event.date()
    last_day = pendulum.date(day.year, day.month, day.day).add(months=rule.duration)
    return event, midnight(last_day + dt.timedelta(days=1), tz)


_KINDS = {
    "next_midnight": _next_midnight,
    "exact": _exact,
    "calendar_days": _calendar_days,
    "calendar_months": _calendar_months,
}


def bounds(rule: Rule, event_at: DateTime, tz: str) -> tuple[DateTime, DateTime]:
    """(start, end) of ``rule``'s window opened by an event at ``event_at``, both in ``tz``."""
    event = local(event_at, tz)
    return _KINDS[rule.clock](rule, event, tz)
