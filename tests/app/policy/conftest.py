"""Fixtures of the rules-engine tests: a frozen clock, a foreign process time zone."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest

from app import clock
from app.policy import clear_cache

from .support import SHOP_TZ, cst


@pytest.fixture(autouse=True)
def _fresh_tables() -> Iterator[None]:
    clear_cache()
    yield
    clear_cache()


@pytest.fixture
def frozen() -> Iterator[clock.FrozenClock]:
    """The app clock frozen at 2026-03-05 12:00 CST."""
    source = clock.FrozenClock(cst("2026-03-05 12:00"))
    with clock.use(source):
        yield source


def _set_tz(value: str | None) -> None:
    if value is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = value
    time.tzset()


@pytest.fixture(params=["America/Los_Angeles", "UTC", "Pacific/Kiritimati", SHOP_TZ])
def process_tz(request: pytest.FixtureRequest) -> Iterator[str]:
    """The process's local time zone set to (mostly) something other than the shop's."""
    previous = os.environ.get("TZ")
    _set_tz(request.param)
    try:
        yield request.param
    finally:
        _set_tz(previous)
