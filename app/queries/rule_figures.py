"""The rule figures in force, per table, as the supervisor's settings page lists them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.platform_env import policy_overrides_path
from app.policy import load_table


@dataclass(frozen=True)
class FigureRow:
    platform: str
    rule_id: str
    when: tuple[str, ...]
    title: str
    title_zh: str
    duration: int
    unit: str
    clock: str
    start_event: str
    party: str
    effective_from: dt.date
    source: str
    overridden: bool
    table: str  # the table the row comes from: law, douyin, taobao, tmall, override


def figures(platform: str, day: dt.date) -> list[FigureRow]:
    """One row per rule variant: the version in force on ``day``."""
    table = load_table(platform, overrides=policy_overrides_path())
    latest: dict[tuple[str, tuple[str, ...]], object] = {}
    for rule in table.rules:
        if not rule.in_force_on(day):
            continue
        key = rule.variant
        if key not in latest or rule.effective_from >= latest[key].effective_from:
            latest[key] = rule
    return [
        FigureRow(
            platform=platform,
            rule_id=r.id,
            when=tuple(r.when),
            title=r.title or r.id,
            title_zh=r.title_zh or r.id,
            duration=r.duration,
            unit=r.unit,
            clock=r.clock,
            start_event=r.start_event,
            party=r.party,
            effective_from=r.effective_from,
            source=r.source,
            overridden=r.origin == "override",
            table=r.origin,
        )
        for r in sorted(latest.values(), key=lambda r: (r.id, r.when))
    ]
