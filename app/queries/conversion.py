"""Inquiry conversion (询单转化率) of a pre-sale agent.

- An *inquiry* is a ticket of kind ``inquiry`` opened in the period.
- The agent *handled* it when the first reply on it is theirs.
- Buyers are counted once: ``inquiries`` is the number of distinct buyers with an inquiry the
  agent handled in the period; ``converted`` those of them who placed an order in the same
  shop at or after one of those inquiries and within the attribution window after it
  (``[conversion] attribution_hours`` in ``resources/presale.toml``).
- ``rate`` = converted / inquiries; no inquiries, no rate.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import pendulum
from pendulum import DateTime
from sqlalchemy import Uuid, bindparam, select
from sqlalchemy.orm import Session, sessionmaker

from app import clock
from app.models import Message, MessageKind, Order, Ticket, TicketKind
from app.queries.reading import reading
from app.services.presale_config import config


@dataclass(frozen=True)
class Conversion:
    inquiries: int
    converted: int
    orders: tuple[uuid.UUID, ...] = ()  # the orders the conversions rest on

    @property
    def rate(self) -> float | None:
        return self.converted / self.inquiries if self.inquiries else None


_INQUIRIES = select(Ticket.id, Ticket.customer_id, Ticket.shop_id, Ticket.created_at).where(
    Ticket.kind == TicketKind.INQUIRY,
    Ticket.created_at >= bindparam("start"),
    Ticket.created_at < bindparam("end"),
    Ticket.deleted_at.is_(None),
)
_REPLIES = (
    select(Message.ticket_id, Message.author_id)
    .where(
        Message.ticket_id.in_(bindparam("tids", expanding=True, type_=Uuid())),
        Message.kind == MessageKind.REPLY,
        Message.deleted_at.is_(None),
    )
    .order_by(Message.ticket_id, Message.at.desc(), Message.id.desc())
)
_ORDERS = select(Order.id, Order.customer_id, Order.shop_id, Order.placed_at).where(
    Order.customer_id.in_(bindparam("cids", expanding=True, type_=Uuid())),
    Order.placed_at >= bindparam("start"),
    Order.deleted_at.is_(None),
)


def conversion(
    sessions: sessionmaker[Session],
    agent_id: uuid.UUID,
    start: DateTime,
    end: DateTime,
    *,
    attribution_hours: int | None = None,
) -> Conversion:
    """The agent's conversion over inquiries opened in ``[start, end)``."""
    hours = attribution_hours or config().attribution_hours
    with reading(sessions) as conn:
        inquiries = conn.execute(_INQUIRIES, {"start": start, "end": end}).all()
        tids = [r[0] for r in inquiries]
        first: dict[uuid.UUID, uuid.UUID | None] = {}
        if tids:
            for tid, author in conn.execute(_REPLIES, {"tids": tids}):
                first[tid] = author  # rows come newest first: the last one kept is the first
        mine = [r for r in inquiries if first.get(r[0]) == agent_id]
        cids = list({r[1] for r in mine})
        orders = conn.execute(_ORDERS, {"cids": cids, "start": start}).all() if cids else []
    converted: set[uuid.UUID] = set()
    used: list[uuid.UUID] = []
    for _tid, customer, shop, opened in mine:
        until = opened.add(hours=hours)
        for oid, buyer, order_shop, placed in orders:
            if buyer == customer and order_shop == shop and opened <= placed <= until:
                converted.add(customer)
                if oid not in used:
                    used.append(oid)
    return Conversion(len(cids), len(converted), tuple(used))


@dataclass(frozen=True)
class MyRates:
    today: Conversion
    week: Conversion


def my_rates(
    sessions: sessionmaker[Session],
    agent_id: uuid.UUID,
    *,
    now: DateTime | None = None,
    tz: str = "Asia/Shanghai",
) -> MyRates:
    """The agent's conversion today and this week (from Monday), in the shop's time zone."""
    local = (now or clock.now()).in_timezone(tz)
    day = pendulum.datetime(local.year, local.month, local.day, tz=tz)
    monday = day.subtract(days=local.day_of_week)  # pendulum: Monday is 0
    end = local.add(seconds=1)
    return MyRates(
        today=conversion(sessions, agent_id, day.in_timezone("UTC"), end),
        week=conversion(sessions, agent_id, monday.in_timezone("UTC"), end),
    )
