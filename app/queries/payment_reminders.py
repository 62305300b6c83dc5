"""The payment-reminder view: placed-but-unpaid orders, the time left before the platform
closes them (``unpaid_auto_close`` in the rule tables), and whether the buyer may be
reminded now (not within the configured interval of the last reminder)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from pendulum import DateTime
from sqlalchemy import Connection, Uuid, bindparam, func, select
from sqlalchemy.orm import Session, sessionmaker

from app import clock
from app.models import (
    Customer,
    Order,
    OrderItem,
    OrderStatus,
    PaymentMethod,
    PaymentReminder,
    Shop,
    Ticket,
)
from app.platform_env import policy_overrides_path
from app.policy import OrderFacts, load_table, window_for
from app.queries.reading import reading
from app.services.presale_config import config

RULE = "unpaid_auto_close"


@dataclass(frozen=True)
class UnpaidOrder:
    order_id: uuid.UUID
    order_no: str
    shop_id: uuid.UUID
    shop_name: str
    platform: str
    shop_tz: str
    customer_id: uuid.UUID
    buyer: str
    title: str  # the first item's title
    total_fen: int  # what the buyer is asked to pay
    placed_at: DateTime
    closes_at: DateTime | None  # None: the platform's table has no auto-close figure
    last_reminded_at: DateTime | None  # the buyer's last reminder, any order
    reminders: int  # reminders about this order
    next_reminder_at: DateTime | None  # None: may be reminded now
    ticket_id: uuid.UUID | None  # an open ticket about the order

    def may_remind(self, now: DateTime) -> bool:
        return self.next_reminder_at is None or self.next_reminder_at <= now


_ORDERS = (
    select(
        Order.id,
        Order.order_no,
        Shop.id,
        Shop.name,
        Shop.platform,
        Shop.timezone,
        Customer.id,
        Customer.nickname,
        Order.goods_fen - Order.discount_fen + Order.shipping_fen,
        Order.placed_at,
    )
    .join(Shop, Shop.id == Order.shop_id)
    .join(Customer, Customer.id == Order.customer_id)
    .where(
        Order.shop_id.in_(bindparam("shops", expanding=True, type_=Uuid())),
        Order.status == OrderStatus.PLACED,
        Order.payment_method == PaymentMethod.ONLINE,
        Order.deleted_at.is_(None),
    )
    .order_by(Order.placed_at, Order.id)
    .limit(bindparam("limit"))
)
_LAST = (
    select(PaymentReminder.customer_id, func.max(PaymentReminder.reminded_at))
    .where(
        PaymentReminder.customer_id.in_(bindparam("cids", expanding=True, type_=Uuid())),
        PaymentReminder.deleted_at.is_(None),
    )
    .group_by(PaymentReminder.customer_id)
)
_COUNT = (
    select(PaymentReminder.order_id, func.count())
    .where(
        PaymentReminder.order_id.in_(bindparam("oids", expanding=True, type_=Uuid())),
        PaymentReminder.deleted_at.is_(None),
    )
    .group_by(PaymentReminder.order_id)
)
_TICKETS = select(Ticket.order_id, Ticket.id).where(
    Ticket.order_id.in_(bindparam("oids", expanding=True, type_=Uuid())),
    Ticket.active.is_(True),
    Ticket.deleted_at.is_(None),
)
_TITLES = (
    select(OrderItem.order_id, OrderItem.title)
    .where(OrderItem.order_id.in_(bindparam("oids", expanding=True, type_=Uuid())))
    .order_by(OrderItem.order_id, OrderItem.line_no.desc())
)


def closes_at(platform: str, shop_tz: str, placed_at: DateTime) -> DateTime | None:
    """When the platform closes an order placed at ``placed_at`` if it stays unpaid."""
    table = load_table(platform, overrides=policy_overrides_path())
    facts = OrderFacts(platform=platform, events={"placed_at": placed_at}, shop_tz=shop_tz)
    window = window_for(table, RULE, facts)
    return window.ends_at.in_timezone("UTC") if window else None


def _by_key(conn: Connection, stmt, **params) -> dict:  # noqa: ANN001, ANN003
    return dict(conn.execute(stmt, params).all())


def unpaid_orders(
    sessions: sessionmaker[Session],
    *,
    now: DateTime | None = None,
    shop_id: uuid.UUID | None = None,
    include_closed: bool = False,
    limit: int = 500,
) -> list[UnpaidOrder]:
    """Unpaid orders, the soonest to close first (orders the table sets no close time for
    last, oldest first). Orders past their close time are left out unless
    ``include_closed``: the platform has closed them."""
    now = now or clock.now()
    interval = config().reminder_interval_hours
    with reading(sessions) as conn:
        shops = [shop_id] if shop_id else list(conn.execute(select(Shop.id)).scalars())
        rows = conn.execute(_ORDERS, {"shops": shops, "limit": limit}).all()
        oids, cids = [r[0] for r in rows], list({r[6] for r in rows})
        last = _by_key(conn, _LAST, cids=cids) if cids else {}
        counts = _by_key(conn, _COUNT, oids=oids) if oids else {}
        tickets = _by_key(conn, _TICKETS, oids=oids) if oids else {}
        titles = _by_key(conn, _TITLES, oids=oids) if oids else {}
    out = []
    for r in rows:
        closing = closes_at(r[4].value, r[5], r[9])
        if closing is not None and closing <= now and not include_closed:
            continue
        reminded = last.get(r[6])
        nxt = reminded.add(hours=interval) if reminded else None
        out.append(
            UnpaidOrder(
                order_id=r[0],
                order_no=r[1],
                shop_id=r[2],
                shop_name=r[3],
                platform=r[4].value,
                shop_tz=r[5],
                customer_id=r[6],
                buyer=r[7],
                title=titles.get(r[0], ""),
                total_fen=r[8],
                placed_at=r[9],
                closes_at=closing,
                last_reminded_at=reminded,
                reminders=counts.get(r[0], 0),
                next_reminder_at=nxt if nxt and nxt > now else None,
                ticket_id=tickets.get(r[0]),
            )
        )
    far = now.add(years=100)
    out.sort(key=lambda o: (o.closes_at or far, o.placed_at, o.order_id))
    return out


def suggested_phrases(
    sessions: sessionmaker[Session], agent_id: uuid.UUID, shop_id: uuid.UUID
) -> list:
    """The reminder phrases (the configured group), the most used first."""
    from app.queries.phrases import library

    group = config().reminder_phrase_group
    return [p for p in library(sessions, agent_id, shop_id) if p.group == group]
