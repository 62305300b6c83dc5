"""Refund figures: how fast refunds go back (request to refund), and the refund rate per
product and per SKU with the worst flagged for stricter QC (DOMAIN.md item 36)."""

from __future__ import annotations

from sqlalchemy import Connection, case, func, literal, select, union_all

from app.kpis.figure import Chart, Column, Figure, hours, ratio
from app.kpis.period import Period
from app.kpis.sql import bucket, bucket_unit, rolled_up, seconds_between
from app.models import KpiItemDay, KpiRefundDay, Order, OrderItem, QcRequest, Refund, Ticket
from app.supervision_settings import settings

DAY = 86400
REFUNDED = ("refunded", "finance_confirmed")


def _speed_rolled(period: Period, unit: str):  # noqa: ANN202
    k = KpiRefundDay
    when = bucket(k.day, unit)
    return (
        select(
            when,
            func.sum(k.refunds),
            func.sum(k.seconds),
            func.sum(k.within_24h),
            func.sum(k.within_48h),
        )
        .where(k.day >= period.first_day, k.day <= period.last_day)
        .group_by(when)
        .having(func.sum(k.refunds) > 0)
        .order_by(when)
    )


def _speed_joined(period: Period, unit: str):  # noqa: ANN202
    when = bucket(Refund.refunded_at, unit, period.offset_hours)
    took = func.round(seconds_between(Refund.created_at, Refund.refunded_at))
    return (
        select(
            when,
            func.count(),
            func.sum(took),
            func.sum(case((took <= DAY, 1), else_=0)),
            func.sum(case((took <= 2 * DAY, 1), else_=0)),
        )
        .where(
            Refund.refunded_at >= period.start,
            Refund.refunded_at < period.end,
            Refund.status.in_(REFUNDED),
            Refund.deleted_at.is_(None),
        )
        .group_by(when)
        .order_by(when)
    )


def refund_speed(conn: Connection, period: Period, *, direct: bool = False) -> Figure:
    """Refunds that went back in the period, by day, week or month: how many, the average
    hours from request to refund, and the share back within 24 and 48 hours."""
    unit = bucket_unit(period)
    stmt = _speed_rolled(period, unit) if rolled_up(conn, direct) else _speed_joined(period, unit)
    rows = [
        (r[0], int(r[1]), float(r[2] or 0), int(r[3] or 0), int(r[4] or 0))
        for r in conn.execute(stmt)
    ]
    total = sum(r[1] for r in rows)
    seconds = sum(r[2] for r in rows)
    return Figure(
        id="refund_speed",
        columns=(
            Column(unit, "date"),
            Column("refunds"),
            Column("average_hours", "hours"),
            Column("within_24h", "ratio"),
            Column("within_48h", "ratio"),
        ),
        rows=tuple(
            (r[0], r[1], hours(r[2] / r[1]), ratio(r[3], r[1]), ratio(r[4], r[1])) for r in rows
        ),
        chart=Chart("line", unit, ("average_hours",)),
        summary=(
            ("refunds", total),
            ("average_hours", hours(seconds / total) if total else None),
            ("within_24h", ratio(sum(r[3] for r in rows), total)),
            ("within_48h", ratio(sum(r[4] for r in rows), total)),
        ),
        period=(period.first_day, period.last_day),
    )


# ---- refund rate per product and SKU ---------------------------------------------------


def _rolled_up(period: Period, by_sku: bool):  # noqa: ANN202
    """Units sold and refunded from the rollup the database keeps (SQLite)."""
    k = KpiItemDay
    product = case((k.product_id == "", k.title), else_=k.product_id)  # no id: by its title
    keys = (product, k.sku) if by_sku else (product, literal(""))
    return (
        select(
            *keys,
            func.max(k.title),
            func.sum(k.units_sold),
            func.sum(k.units_refunded),
            func.sum(k.refunds),
        )
        .where(k.day >= period.first_day, k.day <= period.last_day)
        .group_by(*keys[: 2 if by_sku else 1])
    )


def _joined(period: Period, by_sku: bool):  # noqa: ANN202
    """The same figures by joining orders, items and refunds (other databases)."""
    i = OrderItem
    sold = (
        select(
            i.product_id.label("p"),
            i.sku.label("s"),
            i.title.label("t"),
            i.quantity.label("sold"),
            literal(0).label("back"),
            literal(0).label("n"),
        )
        .join(Order, Order.id == i.order_id)
        .where(
            Order.paid_at >= period.start,
            Order.paid_at < period.end,
            Order.deleted_at.is_(None),
            i.deleted_at.is_(None),
        )
    )
    counted = (
        Refund.refunded_at >= period.start,
        Refund.refunded_at < period.end,
        Refund.status.in_(REFUNDED),
        Refund.deleted_at.is_(None),
    )
    one = (
        select(i.product_id, i.sku, i.title, literal(0), i.quantity, literal(1))
        .join(Refund, Refund.order_item_id == i.id)
        .where(*counted)
    )
    whole = (
        select(i.product_id, i.sku, i.title, literal(0), i.quantity, literal(1))
        .join(Ticket, Ticket.order_id == i.order_id)
        .join(Refund, Refund.ticket_id == Ticket.id)
        .where(Refund.order_item_id.is_(None), i.deleted_at.is_(None), *counted)
    )
    u = union_all(sold, one, whole).subquery()
    product = case((u.c.p == "", u.c.t), else_=u.c.p)
    keys = (product, u.c.s) if by_sku else (product, literal(""))
    return select(
        *keys, func.max(u.c.t), func.sum(u.c.sold), func.sum(u.c.back), func.sum(u.c.n)
    ).group_by(*keys[: 2 if by_sku else 1])


def _qc_asked(conn: Connection, by_sku: bool) -> set[tuple[str, str]]:
    """Products (or SKUs) the warehouse and purchasing were already asked to check."""
    if by_sku:
        stmt = select(QcRequest.product_id, QcRequest.sku).where(QcRequest.sku != "")
    else:
        stmt = select(QcRequest.product_id, literal(""))
    return {(r[0], r[1]) for r in conn.execute(stmt.distinct())}


def refund_rate(
    conn: Connection, period: Period, *, by_sku: bool = False, direct: bool = False
) -> Figure:
    """Units refunded over units sold in the period, per product (or SKU), worst first; the
    worst are flagged for QC (resources/supervision.toml [refund_rate])."""
    stmt = _rolled_up(period, by_sku) if rolled_up(conn, direct) else _joined(period, by_sku)
    raw = [r for r in conn.execute(stmt).all() if (r[3] or 0) or (r[4] or 0)]
    sold_all = sum(r[3] or 0 for r in raw)
    back_all = sum(r[4] or 0 for r in raw)
    shop_rate = back_all / sold_all if sold_all else 0.0
    asked = _qc_asked(conn, by_sku)
    rows = sorted(
        ((r[0], r[1], r[2] or "", int(r[3] or 0), int(r[4] or 0), int(r[5] or 0)) for r in raw),
        key=lambda r: (-(r[4] / r[3] if r[3] else 0), -r[4], r[0], r[1]),
    )
    worst = _worst(rows, shop_rate)
    table = tuple(
        (p, s, title, sold, back, n, ratio(back, sold), (p, s) in worst, (p, s) in asked)
        for p, s, title, sold, back, n in rows
    )
    columns = [
        Column("product_id", "text"),
        Column("sku", "text"),  # empty in the per-product figure
        Column("title", "text"),
        Column("units_sold"),
        Column("units_refunded"),
        Column("refunds"),
        Column("refund_rate", "ratio"),
        Column("flag_qc", "int"),
        Column("qc_asked", "int"),
    ]
    return Figure(
        id="refund_rate_sku" if by_sku else "refund_rate_product",
        columns=tuple(columns),
        rows=table,
        chart=Chart("bar", "sku" if by_sku else "title", ("refund_rate",)),
        warn=tuple(row[7] for row in table),
        summary=(
            ("units_sold", sold_all),
            ("units_refunded", back_all),
            ("refund_rate", ratio(back_all, sold_all)),
        ),
        period=(period.first_day, period.last_day),
    )


def _worst(rows: list[tuple], shop_rate: float) -> set[tuple[str, str]]:
    cfg = settings()
    picked = [
        (p, s)
        for p, s, _t, sold, back, _n in rows
        if sold >= cfg.qc_min_units and shop_rate and back / sold >= cfg.qc_factor * shop_rate
    ]
    return set(picked[: cfg.qc_top])
