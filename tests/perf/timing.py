"""Timing helpers and the result rows."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass


@dataclass
class Result:
    name: str
    median_ms: float
    p95_ms: float
    raw_ms: float | None  # the same work through raw sqlite3
    target_ms: float | None
    runs: int

    @property
    def ratio(self) -> float | None:
        return self.median_ms / self.raw_ms if self.raw_ms else None

    @property
    def ok(self) -> bool:
        fast = self.target_ms is None or self.median_ms < self.target_ms
        near_raw = self.ratio is None or self.ratio <= 5.0
        return fast and near_raw

    def as_dict(self) -> dict:
        return asdict(self) | {"ratio": self.ratio, "ok": self.ok}


def times_ms(fn: Callable[[int], object], runs: int, warmup: int = 2) -> list[float]:
    for i in range(warmup):
        fn(i)
    out = []
    for i in range(runs):
        start = time.perf_counter()
        fn(warmup + i)
        out.append((time.perf_counter() - start) * 1000)
    return out


def summarize(name: str, ms: list[float], raw: list[float] | None, target: float | None) -> Result:
    p95 = sorted(ms)[max(0, int(len(ms) * 0.95) - 1)]
    raw_median = statistics.median(raw) if raw else None
    return Result(name, statistics.median(ms), p95, raw_median, target, len(ms))
