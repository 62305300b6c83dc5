"""Compensation paid in the period, per reason (the reason the agent registered)."""

from __future__ import annotations

from sqlalchemy import Connection, func, select

from app.kpis.figure import Chart, Column, Figure
from app.kpis.period import Period
from app.kpis.sql import rolled_up
from app.models import Compensation, KpiCompensationDay


def _joined(period: Period):  # noqa: ANN202
    c = Compensation
    return (
        select(c.reason, func.count(), func.sum(c.amount_fen))
        .where(
            c.paid_at >= period.start,
            c.paid_at < period.end,
            c.status == "paid",
            c.deleted_at.is_(None),
        )
        .group_by(c.reason)
    )


def _rolled(period: Period):  # noqa: ANN202
    k = KpiCompensationDay
    return (
        select(k.reason, func.sum(k.paid), func.sum(k.amount_fen))
        .where(k.day >= period.first_day, k.day <= period.last_day)
        .group_by(k.reason)
    )


def compensation_by_reason(conn: Connection, period: Period, *, direct: bool = False) -> Figure:
    """Paid compensation per reason (blank reasons together as "-"), the most money first."""
    totals: dict[str, list[int]] = {}
    for reason, paid, fen in conn.execute(
        _rolled(period) if rolled_up(conn, direct) else _joined(period)
    ):
        key = (reason or "").strip() or "-"
        slot = totals.setdefault(key, [0, 0])
        slot[0] += int(paid or 0)
        slot[1] += int(fen or 0)
    rows = sorted(((r, n, fen) for r, (n, fen) in totals.items() if n), key=lambda r: (-r[2], r[0]))
    return Figure(
        id="compensation_by_reason",
        columns=(Column("reason", "text"), Column("paid"), Column("amount_fen", "fen")),
        rows=tuple(rows),
        chart=Chart("bar", "reason", ("amount_fen",)),
        summary=(("paid", sum(r[1] for r in rows)), ("amount_fen", sum(r[2] for r in rows))),
        period=(period.first_day, period.last_day),
    )
