"""Helpers of the rules-engine tests."""

from __future__ import annotations

import pendulum
from pendulum import DateTime

from app.policy import OrderFacts
from app.policy.vocab import EVENTS

SHOP_TZ = "Asia/Shanghai"


def cst(text: str) -> DateTime:
    """An instant written in shop time (CST, +08:00), e.g. ``cst("2026-03-01 15:20")``."""
    return pendulum.parse(text, tz=SHOP_TZ)  # type: ignore[return-value]


def facts(platform: str = "douyin", **kwargs: object) -> OrderFacts:
    """OrderFacts with events as CST strings: ``facts("douyin", signed_at="2026-03-01 15:20")``."""
    events = {k: cst(str(v)) for k, v in kwargs.items() if k in EVENTS}
    rest = {k: v for k, v in kwargs.items() if k not in EVENTS}
    return OrderFacts(platform=platform, events=events, **rest)  # type: ignore[arg-type]
