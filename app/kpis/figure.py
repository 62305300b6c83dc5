"""What a key figure computes to: a table (columns and rows) and how to chart it.

Values in rows are plain: text, whole numbers, fen (integers), ratios (0.25 for 25 %, kept to
four places), hours (two places), dates. The UI formats them by the column's ``kind``; the
exports write them as they are.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["text", "int", "fen", "ratio", "hours", "date", "score"]
ChartKind = Literal["bar", "stacked", "line", "pie", "none"]
Value = str | int | float | dt.date | None


@dataclass(frozen=True)
class Column:
    key: str  # stable, also the header of the exports
    kind: Kind = "int"


@dataclass(frozen=True)
class Chart:
    kind: ChartKind
    category: str  # the column whose values name the bars, points or slices
    series: tuple[str, ...]  # the columns drawn


@dataclass(frozen=True)
class Figure:
    id: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Value, ...], ...]
    chart: Chart
    warn: tuple[bool, ...] = ()  # per row: worth a look (worst refund rate, DSR under 4.8)
    summary: tuple[tuple[str, Value], ...] = ()  # headline numbers, e.g. ("average_hours", 5.2)
    notes: tuple[str, ...] = ()  # codes of remarks the UI words, e.g. "from_presale_tickets"
    period: tuple[dt.date, dt.date] | None = None
    extra: dict[str, Value] = field(default_factory=dict)

    def column(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def values(self, key: str) -> list[Value]:
        index = self.column(key)
        return [row[index] for row in self.rows]

    def as_dicts(self) -> list[dict[str, Value]]:
        keys = [c.key for c in self.columns]
        return [dict(zip(keys, row, strict=True)) for row in self.rows]


def ratio(part: int, whole: int) -> float | None:
    """part / whole to four places, or None when there is nothing to divide by."""
    return round(part / whole, 4) if whole else None


def hours(seconds: float | None) -> float | None:
    return round(seconds / 3600, 2) if seconds is not None else None
