"""Promises and deadlines kept or missed, per rule: shipping by the ship-by time, a reship
within its window, a follow-up by its time, a refund back before it counts as deliberate
delay, and the platform's own deadline on a case.

Each record started in the period is *kept* (done in time), *missed* (done late, or not done
and already late) or *open* (not done, still in time). The kept rate leaves the open out.

On SQLite the done records come from the rollups (``kpi_order_days``, ``kpi_sla_days``,
``kpi_refund_waits``) and only the records not done yet are read, through small partial
indexes, against the clock; elsewhere every record is read (``direct``).
"""

from __future__ import annotations

import datetime as dt

from pendulum import DateTime
from sqlalchemy import Connection, Select, and_, case, func, or_, select, text

from app import clock
from app.kpis.figure import Chart, Column, Figure, ratio
from app.kpis.period import Period
from app.kpis.sql import rolled_up, seconds_between
from app.models import (
    FollowUp,
    KpiOrderDay,
    KpiRefundWait,
    KpiSlaDay,
    Order,
    OrderStatus,
    Refund,
    Reship,
    Ticket,
)
from app.policy import load_table

RULES = ("ship_by", "reship_due", "follow_up", "refund_overdue", "platform_deadline")
DROPPED = (OrderStatus.CANCELLED, OrderStatus.CLOSED)  # never shipped, and never will be
REFUNDED = ("refunded", "finance_confirmed")
# Literal, so SQLite reads the partial indexes of migration 0005.
OPEN = {
    "ship_by": text("orders.shipped_at IS NULL AND orders.ship_by IS NOT NULL"),
    "reship_due": text("reships.shipped_at IS NULL"),
    "follow_up": text("follow_ups.done_at IS NULL"),
    "refund_overdue": text("refunds.refunded_at IS NULL AND refunds.status != 'refused'"),
    "platform_deadline": text(
        "tickets.platform_deadline IS NOT NULL AND tickets.resolved_at IS NULL"
    ),
}
INDEX = {
    "ship_by": (Order, "ix_orders_unshipped"),
    "reship_due": (Reship, "ix_reships_open"),
    "follow_up": (FollowUp, "ix_follow_ups_open"),
    "refund_overdue": (Refund, "ix_refunds_open"),
    "platform_deadline": (Ticket, "ix_tickets_deadline_open"),
}

Counts = tuple[int, int, int]  # records, kept, missed


def refund_days(on: dt.date) -> int:
    """The deliberate-delay threshold (days from the request), from the law's rule table."""
    rows = [r for r in load_table("law").versions("refund_overdue") if not r.when]
    in_force = [r for r in rows if r.effective_from <= on] or rows
    return max(in_force, key=lambda r: r.effective_from).duration


def _n(*values: object) -> list[int]:
    return [int(v or 0) for v in values]


def _sum(condition) -> object:  # noqa: ANN001
    return func.sum(case((condition, 1), else_=0))


# ---- every record read (other databases; the tests' reference) ---------------------------


def _direct(rule: str, period: Period, now: DateTime, days: int) -> Select:
    p = period
    if rule == "ship_by":
        o = Order
        dropped = and_(o.shipped_at.is_(None), o.status.in_(DROPPED))
        late = or_(
            o.shipped_at > o.ship_by, and_(o.shipped_at.is_(None), o.ship_by < now, ~dropped)
        )
        return select(
            func.count() - _sum(dropped), _sum(o.shipped_at <= o.ship_by), _sum(late)
        ).where(
            o.paid_at >= p.start, o.paid_at < p.end, o.ship_by.is_not(None), o.deleted_at.is_(None)
        )
    if rule == "reship_due":
        r = Reship
        late = or_(r.shipped_at > r.due_at, and_(r.shipped_at.is_(None), r.due_at < now))
        return select(func.count(), _sum(r.shipped_at <= r.due_at), _sum(late)).where(
            r.agreed_at >= p.start,
            r.agreed_at < p.end,
            r.due_at.is_not(None),
            r.deleted_at.is_(None),
        )
    if rule == "follow_up":
        f = FollowUp
        late = or_(f.done_at > f.due_at, and_(f.done_at.is_(None), f.due_at < now))
        return select(func.count(), _sum(f.done_at <= f.due_at), _sum(late)).where(
            f.created_at >= p.start, f.created_at < p.end, f.deleted_at.is_(None)
        )
    if rule == "refund_overdue":
        r = Refund
        took = seconds_between(r.created_at, r.refunded_at)
        done = and_(r.refunded_at.is_not(None), r.status.in_(REFUNDED))
        late = or_(
            and_(done, took > days * 86400),
            and_(r.refunded_at.is_(None), r.created_at < now.subtract(days=days)),
        )
        return select(func.count(), _sum(and_(done, took <= days * 86400)), _sum(late)).where(
            r.created_at >= p.start,
            r.created_at < p.end,
            r.status != "refused",
            r.deleted_at.is_(None),
        )
    t = Ticket
    late = or_(
        t.resolved_at > t.platform_deadline,
        and_(t.resolved_at.is_(None), t.active.is_(True), t.platform_deadline < now),
    )
    return select(func.count(), _sum(t.resolved_at <= t.platform_deadline), _sum(late)).where(
        t.platform_deadline >= p.start, t.platform_deadline < p.end, t.deleted_at.is_(None)
    )


# ---- the rollups plus the records not done yet (SQLite) ----------------------------------


def _done(conn: Connection, rule: str, period: Period, days: int) -> Counts:
    """(done, kept, late) of the records done, from the rollups."""
    first, last = period.first_day, period.last_day
    if rule == "ship_by":
        k = KpiOrderDay
        return tuple(_n(*conn.execute(
            select(func.sum(k.shipped_on_time + k.shipped_late), func.sum(k.shipped_on_time),
                   func.sum(k.shipped_late)).where(k.day >= first, k.day <= last)
        ).one()))  # fmt: skip
    if rule == "refund_overdue":
        w = KpiRefundWait
        done, kept = _n(*conn.execute(
            select(func.sum(w.refunds), _sum_refunds(w.days <= days))
            .where(w.day >= first, w.day <= last)
        ).one())  # fmt: skip
        return done, kept, done - kept
    s = KpiSlaDay
    return tuple(_n(*conn.execute(
        select(func.sum(s.done), func.sum(s.kept), func.sum(s.late))
        .where(s.rule == rule, s.day >= first, s.day <= last)
    ).one()))  # fmt: skip


def _sum_refunds(condition) -> object:  # noqa: ANN001
    return func.sum(case((condition, KpiRefundWait.refunds), else_=0))


def _open(rule: str, period: Period, now: DateTime, days: int) -> Select:
    """(records not done, of them late by now) through the rule's partial index."""
    p = period
    model, index = INDEX[rule]
    if rule == "ship_by":
        o = Order
        live = o.status.not_in(DROPPED)
        stmt = select(_sum(live), _sum(and_(live, o.ship_by < now))).where(
            o.paid_at >= p.start, o.paid_at < p.end, o.deleted_at.is_(None)
        )
    elif rule == "reship_due":
        r = Reship
        stmt = select(func.count(), _sum(r.due_at < now)).where(
            r.agreed_at >= p.start,
            r.agreed_at < p.end,
            r.due_at.is_not(None),
            r.deleted_at.is_(None),
        )
    elif rule == "follow_up":
        f = FollowUp
        stmt = select(func.count(), _sum(f.due_at < now)).where(
            f.created_at >= p.start, f.created_at < p.end, f.deleted_at.is_(None)
        )
    elif rule == "refund_overdue":
        r = Refund
        stmt = select(func.count(), _sum(r.created_at < now.subtract(days=days))).where(
            r.created_at >= p.start, r.created_at < p.end, r.deleted_at.is_(None)
        )
    else:
        t = Ticket
        stmt = select(
            func.count(), _sum(and_(t.active.is_(True), t.platform_deadline < now))
        ).where(t.platform_deadline >= p.start, t.platform_deadline < p.end, t.deleted_at.is_(None))
    return stmt.where(OPEN[rule]).with_hint(model, f"INDEXED BY {index}", "sqlite")


def _rolled(conn: Connection, rule: str, period: Period, now: DateTime, days: int) -> Counts:
    done, kept, late = _done(conn, rule, period, days)
    waiting, overdue = _n(*conn.execute(_open(rule, period, now, days)).one())
    return done + waiting, kept, late + overdue


def sla(
    conn: Connection, period: Period, now: DateTime | None = None, *, direct: bool = False
) -> Figure:
    now = now or clock.now()
    days = refund_days(period.last_day)
    rows = []
    for rule in RULES:
        if rolled_up(conn, direct):
            total, kept, missed = _rolled(conn, rule, period, now, days)
        else:
            total, kept, missed = _n(*conn.execute(_direct(rule, period, now, days)).one())
        rows.append((rule, total, kept, missed, total - kept - missed, ratio(kept, kept + missed)))
    return Figure(
        id="sla",
        columns=(
            Column("rule", "text"),
            Column("records"),
            Column("kept"),
            Column("missed"),
            Column("open"),
            Column("kept_rate", "ratio"),
        ),
        rows=tuple(rows),
        chart=Chart("stacked", "rule", ("kept", "missed", "open")),
        warn=tuple(r[5] is not None and r[5] < 0.95 for r in rows),
        summary=(
            ("kept", sum(r[2] for r in rows)),
            ("missed", sum(r[3] for r in rows)),
            ("kept_rate", ratio(sum(r[2] for r in rows), sum(r[2] + r[3] for r in rows))),
        ),
        extra={"refund_days": days},
        period=(period.first_day, period.last_day),
    )
