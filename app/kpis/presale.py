"""Inquiry conversion per agent (询单转化率).

The pre-sale desk's own conversion records are not in this database yet, so the figure is
worked out from the tickets: a pre-sale ticket (an inquiry or a payment reminder) opened in
the period converts when its order was paid after it opened and within the attribution window
(resources/supervision.toml [conversion]: 1, 3 or 7 days, the windows the database's rollup
keeps). Tickets without an order do not convert. A window is measured in days of 24 hours.
"""

from __future__ import annotations

import uuid

from sqlalchemy import Connection, and_, case, func, select

from app.kpis.figure import Chart, Column, Figure, ratio
from app.kpis.period import Period
from app.kpis.sql import rolled_up, seconds_between
from app.models import Agent, KpiPresaleDay, Order, Ticket
from app.models.enums import PRESALE_KINDS
from app.supervision_settings import settings

NOTE = "from_presale_tickets"


def _joined(period: Period, days: int):  # noqa: ANN202
    after = seconds_between(Ticket.created_at, Order.paid_at)
    converted = case((and_(after >= 0, after <= days * 86400), 1), else_=0)
    return (
        select(
            Ticket.assignee_id,
            func.count(),
            func.count(Ticket.order_id),
            func.sum(converted),
        )
        .outerjoin(Order, and_(Order.id == Ticket.order_id, Order.deleted_at.is_(None)))
        .where(
            Ticket.kind.in_(sorted(PRESALE_KINDS)),
            Ticket.created_at >= period.start,
            Ticket.created_at < period.end,
            Ticket.deleted_at.is_(None),
        )
        .group_by(Ticket.assignee_id)
    )


def _rolled(period: Period, days: int):  # noqa: ANN202
    k = KpiPresaleDay
    paid = {1: k.paid_1d, 3: k.paid_3d, 7: k.paid_7d}[days]
    return (
        select(k.agent_key, func.sum(k.inquiries), func.sum(k.with_order), func.sum(paid))
        .where(k.day >= period.first_day, k.day <= period.last_day)
        .group_by(k.agent_key)
        .having(func.sum(k.inquiries) > 0)
    )


def _agent(key: object) -> uuid.UUID | None:
    if key in (None, ""):
        return None
    return key if isinstance(key, uuid.UUID) else uuid.UUID(str(key))


def conversion(conn: Connection, period: Period, *, direct: bool = False) -> Figure:
    days = settings().attribution_days
    rolled = rolled_up(conn, direct)
    counts = conn.execute(_rolled(period, days) if rolled else _joined(period, days)).all()
    names = dict(conn.execute(select(Agent.id, Agent.display_name)).all())
    rows = sorted(
        ((names.get(_agent(r[0]), "-"), int(r[1]), int(r[2] or 0), int(r[3] or 0)) for r in counts),
        key=lambda r: (-r[1], r[0]),
    )
    table = tuple((a, n, linked, conv, ratio(conv, n)) for a, n, linked, conv in rows)
    inquiries = sum(r[1] for r in rows)
    converted_all = sum(r[3] for r in rows)
    return Figure(
        id="conversion",
        columns=(
            Column("agent", "text"),
            Column("inquiries"),
            Column("with_order"),
            Column("converted"),
            Column("conversion_rate", "ratio"),
        ),
        rows=table,
        chart=Chart("bar", "agent", ("conversion_rate",)),
        summary=(
            ("inquiries", inquiries),
            ("converted", converted_all),
            ("conversion_rate", ratio(converted_all, inquiries)),
        ),
        notes=(NOTE,),
        extra={"attribution_days": days},
        period=(period.first_day, period.last_day),
    )
