"""Ticket figures: tickets opened in the period by kind and by state, and the dispute rate
per shop.

On SQLite the counts come from the rollups ``kpi_ticket_days``, ``kpi_order_days`` and
``kpi_appeal_days`` (kept by triggers); elsewhere from the tickets themselves (``direct``).
"""

from __future__ import annotations

from sqlalchemy import Connection, func, select

from app.kpis.figure import Chart, Column, Figure, ratio
from app.kpis.period import Period
from app.kpis.sql import rolled_up
from app.models import (
    Appeal,
    KpiAppealDay,
    KpiOrderDay,
    KpiTicketDay,
    Order,
    Shop,
    Ticket,
    TicketKind,
    TicketStatus,
)

WAITING = (
    TicketStatus.WAITING_CUSTOMER,
    TicketStatus.WAITING_WAREHOUSE,
    TicketStatus.WAITING_PLATFORM,
)
DONE = (TicketStatus.RESOLVED, TicketStatus.CLOSED)


def _in(period: Period):  # noqa: ANN202
    return (
        Ticket.created_at >= period.start,
        Ticket.created_at < period.end,
        Ticket.deleted_at.is_(None),
    )


def matrix(conn: Connection, period: Period, *, direct: bool = False) -> dict[tuple[str, str], int]:
    """Tickets opened in the period, per (kind, status)."""
    if rolled_up(conn, direct):
        k = KpiTicketDay
        stmt = (
            select(k.kind, k.status, func.sum(k.tickets))
            .where(k.day >= period.first_day, k.day <= period.last_day)
            .group_by(k.kind, k.status)
        )
    else:
        stmt = (
            select(Ticket.kind, Ticket.status, func.count())
            .where(*_in(period))
            .group_by(Ticket.kind, Ticket.status)
        )
    return {(str(r[0]), str(r[1])): int(r[2]) for r in conn.execute(stmt) if r[2]}


def tickets_by_kind(conn: Connection, period: Period, *, direct: bool = False) -> Figure:
    """Per kind: opened in the period, and where those stand now."""
    m = matrix(conn, period, direct=direct)

    def n(kind: TicketKind, *states: TicketStatus) -> int:
        return sum(m.get((kind.value, s.value), 0) for s in states)

    rows = []
    for kind in TicketKind:
        total = n(kind, *TicketStatus)
        if not total:
            continue
        rows.append(
            (
                kind.value,
                total,
                n(kind, TicketStatus.NEW, TicketStatus.OPEN),
                n(kind, *WAITING),
                n(kind, TicketStatus.ESCALATED),
                n(kind, *DONE),
            )
        )
    rows.sort(key=lambda r: (-r[1], r[0]))
    return Figure(
        id="tickets_by_kind",
        columns=(
            Column("kind", "text"),
            Column("tickets"),
            Column("open"),
            Column("waiting"),
            Column("escalated"),
            Column("done"),
        ),
        rows=tuple(rows),
        chart=Chart("stacked", "kind", ("open", "waiting", "escalated", "done")),
        summary=(("tickets", sum(r[1] for r in rows)),),
        period=(period.first_day, period.last_day),
    )


def tickets_by_state(conn: Connection, period: Period, *, direct: bool = False) -> Figure:
    """Per status: how many of the tickets opened in the period stand there now."""
    m = matrix(conn, period, direct=direct)
    rows = tuple(
        (s.value, total)
        for s in TicketStatus
        if (total := sum(m.get((k.value, s.value), 0) for k in TicketKind))
    )
    total = sum(r[1] for r in rows)
    return Figure(
        id="tickets_by_state",
        columns=(Column("status", "text"), Column("tickets"), Column("share", "ratio")),
        rows=tuple((s, n, ratio(n, total)) for s, n in rows),
        chart=Chart("pie", "status", ("tickets",)),
        summary=(("tickets", total),),
        period=(period.first_day, period.last_day),
    )


def _paid_orders(conn: Connection, period: Period, direct: bool) -> dict[object, int]:
    if rolled_up(conn, direct):
        stmt = (
            select(KpiOrderDay.shop_id, func.sum(KpiOrderDay.orders))
            .where(KpiOrderDay.day >= period.first_day, KpiOrderDay.day <= period.last_day)
            .group_by(KpiOrderDay.shop_id)
        )
    else:
        stmt = (
            select(Order.shop_id, func.count())
            .where(
                Order.paid_at >= period.start,
                Order.paid_at < period.end,
                Order.deleted_at.is_(None),
            )
            .group_by(Order.shop_id)
        )
    return {r[0]: int(r[1] or 0) for r in conn.execute(stmt)}


def _per_shop(conn: Connection, period: Period, direct: bool) -> tuple[dict, dict]:
    """(disputes, appeals) opened in the period, per shop."""
    if rolled_up(conn, direct):
        t, a = KpiTicketDay, KpiAppealDay
        disputes = select(t.shop_id, func.sum(t.tickets)).where(
            t.kind == TicketKind.DISPUTE.value, t.day >= period.first_day, t.day <= period.last_day
        )
        appeals = select(a.shop_id, func.sum(a.appeals)).where(
            a.day >= period.first_day, a.day <= period.last_day
        )
        return (
            dict(conn.execute(disputes.group_by(t.shop_id)).all()),
            dict(conn.execute(appeals.group_by(a.shop_id)).all()),
        )
    disputes = select(Ticket.shop_id, func.count()).where(
        Ticket.kind == TicketKind.DISPUTE, *_in(period)
    )
    appeals = (
        select(Ticket.shop_id, func.count())
        .select_from(Appeal)
        .join(Ticket, Ticket.id == Appeal.ticket_id)
        .where(
            Appeal.created_at >= period.start,
            Appeal.created_at < period.end,
            Appeal.deleted_at.is_(None),
        )
    )
    return (
        dict(conn.execute(disputes.group_by(Ticket.shop_id)).all()),
        dict(conn.execute(appeals.group_by(Ticket.shop_id)).all()),
    )


def dispute_rate(conn: Connection, period: Period, *, direct: bool = False) -> Figure:
    """Per shop: dispute tickets opened in the period over the orders paid in it, and the
    platform interventions (appeals) opened."""
    paid = _paid_orders(conn, period, direct)
    disputes, appeals = _per_shop(conn, period, direct)
    shops = conn.execute(select(Shop.id, Shop.name).order_by(Shop.name)).all()
    rows = tuple(
        (
            name,
            paid.get(sid, 0),
            disputes.get(sid, 0),
            appeals.get(sid, 0),
            ratio(disputes.get(sid, 0), paid.get(sid, 0)),
        )  # fmt: skip
        for sid, name in shops
        if paid.get(sid) or disputes.get(sid) or appeals.get(sid)
    )
    all_paid, all_disputes = sum(r[1] for r in rows), sum(r[2] for r in rows)
    return Figure(
        id="dispute_rate",
        columns=(
            Column("shop", "text"),
            Column("paid_orders"),
            Column("disputes"),
            Column("appeals"),
            Column("dispute_rate", "ratio"),
        ),
        rows=rows,
        chart=Chart("bar", "shop", ("dispute_rate",)),
        summary=(
            ("paid_orders", all_paid),
            ("disputes", all_disputes),
            ("dispute_rate", ratio(all_disputes, all_paid)),
        ),
        period=(period.first_day, period.last_day),
    )
