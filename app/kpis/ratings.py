"""What buyers think: the DSR figures entered per period (a warning under 4.8, DOMAIN.md
item 35), and defect feedback per product (feedback of kind "defect" and quality claims)."""

from __future__ import annotations

from sqlalchemy import Connection, func, select

from app.kpis.figure import Chart, Column, Figure
from app.kpis.period import Period
from app.kpis.sql import rolled_up
from app.models import (
    DsrEntry,
    Feedback,
    FeedbackKind,
    KpiItemDay,
    OrderItem,
    Shop,
    Ticket,
    TicketItem,
    TicketKind,
)
from app.supervision_settings import settings


def score(milli: int) -> float:
    return round(milli / 1000, 3)


def dsr(conn: Connection, period: Period) -> Figure:
    """DSR entries whose period ends in the period, oldest first; warned when any of the
    three scores is under the threshold."""
    d = DsrEntry
    stmt = (
        select(
            Shop.name,
            d.product_title,
            d.period_start,
            d.period_end,
            d.describe_milli,
            d.service_milli,
            d.logistics_milli,
        )
        .join(Shop, Shop.id == d.shop_id)
        .where(
            d.period_end >= period.first_day,
            d.period_end <= period.last_day,
            d.deleted_at.is_(None),
        )
        .order_by(d.period_end, Shop.name, d.product_title)
    )
    floor = settings().dsr_warn_below_milli
    rows, warn = [], []
    for shop, product, start, end, describe, service, logistics in conn.execute(stmt):
        low = min(describe, service, logistics)
        label = f"{shop} {product}".strip() + f" {end.isoformat()}"
        rows.append(
            (
                label,
                shop,
                product,
                start,
                end,
                score(describe),
                score(service),
                score(logistics),
                score(low),
            )  # fmt: skip
        )
        warn.append(low < floor)
    return Figure(
        id="dsr",
        columns=(
            Column("entry", "text"),
            Column("shop", "text"),
            Column("product", "text"),
            Column("period_start", "date"),
            Column("period_end", "date"),
            Column("describe", "score"),
            Column("service", "score"),
            Column("logistics", "score"),
            Column("lowest", "score"),
        ),
        rows=tuple(rows),
        chart=Chart("line", "entry", ("describe", "service", "logistics")),
        warn=tuple(warn),
        summary=(("below_threshold", sum(warn)),),
        extra={"warn_below": floor / 1000},
        period=(period.first_day, period.last_day),
    )


def _claims_joined(period: Period):  # noqa: ANN202
    return (
        select(OrderItem.title, func.count())
        .select_from(Ticket)
        .join(TicketItem, TicketItem.ticket_id == Ticket.id)
        .join(OrderItem, OrderItem.id == TicketItem.order_item_id)
        .where(
            Ticket.kind == TicketKind.QUALITY_CLAIM,
            Ticket.created_at >= period.start,
            Ticket.created_at < period.end,
            Ticket.deleted_at.is_(None),
            TicketItem.deleted_at.is_(None),
        )
        .group_by(OrderItem.title)
    )


def _claims_rolled(period: Period):  # noqa: ANN202
    k = KpiItemDay
    return (
        select(k.title, func.sum(k.claims))
        .where(k.day >= period.first_day, k.day <= period.last_day, k.claims != 0)
        .group_by(k.title)
    )


def defects(conn: Connection, period: Period, *, direct: bool = False) -> Figure:
    """Per product: defect feedback passed to operations, and the items quality claims
    opened in the period covered."""
    in_period = (
        Feedback.kind == FeedbackKind.DEFECT,
        Feedback.created_at >= period.start,
        Feedback.created_at < period.end,
        Feedback.deleted_at.is_(None),
    )
    counted = conn.execute(
        select(Feedback.product, func.count(), func.max(Feedback.created_at))
        .where(*in_period)
        .group_by(Feedback.product)
    ).all()
    feedback: dict[str, int] = {}
    latest: dict[str, str] = {}
    for product, n, last in counted:
        key = product or "-"
        feedback[key] = feedback.get(key, 0) + int(n)
        text = conn.execute(
            select(Feedback.text)
            .where(
                Feedback.kind == FeedbackKind.DEFECT,
                Feedback.created_at == last,
                Feedback.product == product,
                Feedback.deleted_at.is_(None),
            )
            .order_by(Feedback.id.desc())
            .limit(1)
        ).scalar()
        latest[key] = text or ""
    claims = _claims_rolled(period) if rolled_up(conn, direct) else _claims_joined(period)
    claimed = {title or "-": int(n) for title, n in conn.execute(claims) if n}
    products = set(feedback) | set(claimed)
    rows = sorted(
        (
            (
                p,
                feedback.get(p, 0),
                claimed.get(p, 0),
                feedback.get(p, 0) + claimed.get(p, 0),
                latest.get(p, ""),
            )  # fmt: skip
            for p in products
        ),
        key=lambda r: (-r[3], r[0]),
    )
    return Figure(
        id="defects",
        columns=(
            Column("product", "text"),
            Column("defect_feedback"),
            Column("quality_claims"),
            Column("total"),
            Column("latest_feedback", "text"),
        ),
        rows=tuple(rows),
        chart=Chart("stacked", "product", ("defect_feedback", "quality_claims")),
        summary=(
            ("defect_feedback", sum(r[1] for r in rows)),
            ("quality_claims", sum(r[2] for r in rows)),
        ),
        period=(period.first_day, period.last_day),
    )
