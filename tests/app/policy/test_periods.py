"""The four clock kinds, including RULES.md's two worked examples."""

from __future__ import annotations

import datetime as dt

import pytest

from app.policy import Rule, bounds

from .support import SHOP_TZ, cst


def rule(clock: str, duration: int, unit: str) -> Rule:
    return Rule(
        id="probe",
        duration=duration,
        unit=unit,
        start_event="signed_at",
        clock=clock,
        effective_from=dt.date(2000, 1, 1),
        source="测试",
    )


@pytest.mark.parametrize(
    ("clock", "duration", "unit", "event", "start", "end"),
    [
        # RULES.md: signed 2025-03-01 15:20 CST, 7 days.
        ("next_midnight", 7, "days", "2025-03-01 15:20", "2025-03-02 00:00", "2025-03-09 00:00"),
        ("exact", 7, "days", "2025-03-01 15:20", "2025-03-01 15:20", "2025-03-08 15:20"),
        ("exact", 168, "hours", "2025-03-01 15:20", "2025-03-01 15:20", "2025-03-08 15:20"),
        ("calendar_days", 7, "days", "2025-03-01 15:20", "2025-03-01 15:20", "2025-03-09 00:00"),
        (
            "calendar_months",
            1,
            "months",
            "2026-01-31 15:20",
            "2026-01-31 15:20",
            "2026-03-01 00:00",
        ),
        (
            "calendar_months",
            1,
            "months",
            "2028-01-31 15:20",
            "2028-01-31 15:20",
            "2028-03-01 00:00",
        ),
        (
            "calendar_months",
            1,
            "months",
            "2028-01-30 15:20",
            "2028-01-30 15:20",
            "2028-03-01 00:00",
        ),
        (
            "calendar_months",
            12,
            "months",
            "2028-02-29 08:00",
            "2028-02-29 08:00",
            "2029-03-01 00:00",
        ),
        ("next_midnight", 1, "days", "2026-12-31 23:59", "2027-01-01 00:00", "2027-01-02 00:00"),
        ("exact", 48, "hours", "2026-12-31 12:00", "2026-12-31 12:00", "2027-01-02 12:00"),
        ("exact", 24, "hours", "2028-02-28 12:00", "2028-02-28 12:00", "2028-02-29 12:00"),
        ("calendar_days", 1, "days", "2028-02-28 00:00", "2028-02-28 00:00", "2028-03-01 00:00"),
    ],
)
def test_clock_kinds(clock, duration, unit, event, start, end, process_tz):
    got = bounds(rule(clock, duration, unit), cst(event), SHOP_TZ)
    assert got == (cst(start), cst(end))


def test_shop_zone_with_daylight_saving_separates_midnight_from_calendar_days():
    # In New York 2026-03-08 has 23 hours: 7 x 24 h from midnight lands at 01:00.
    event = cst("2026-03-05 03:00").in_timezone("America/New_York")  # 03-04 14:00 local
    nm = bounds(rule("next_midnight", 7, "days"), event, "America/New_York")[1]
    cd = bounds(rule("calendar_days", 7, "days"), event, "America/New_York")[1]
    assert nm.isoformat() == "2026-03-12T01:00:00-04:00"
    assert cd.isoformat() == "2026-03-12T00:00:00-04:00"


def test_bounds_are_in_shop_zone_whatever_the_input_offset():
    start, end = bounds(
        rule("exact", 2, "hours"), cst("2026-03-01 23:30").in_timezone("UTC"), SHOP_TZ
    )
    assert start.isoformat() == "2026-03-01T23:30:00+08:00"
    assert end.isoformat() == "2026-03-02T01:30:00+08:00"
