"""A small shop for the key figures, laid out by hand so every figure can be worked out on
paper: orders are platform data (inserted), everything after the sale goes through the
services, on a frozen clock (2026-03-01 15:20 CST)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field

import pytest
from pendulum import DateTime

from app import clock
from app.db.store import Store
from app.kpis.period import Period
from app.models import Order, OrderItem, OrderStatus, Role, TicketKind
from app.services import Actor, create_ticket
from app.services.remedies import approve_refund, mark_refunded, request_refund
from tests.app.builders import add_agent, add_customer, add_shop

# (sku, product id, title, quantity, unit price in fen)
Line = tuple[str, str, str, int, int]
TEE = ("TEE-W-L", "P-TEE", "纯棉T恤", 1, 5900)
TEE_M = ("TEE-W-M", "P-TEE", "纯棉T恤", 1, 5900)
SOCK = ("SOCK-3", "P-SOCK", "中筒袜三双装", 1, 1990)


@dataclass
class Shop:
    store: Store
    clock: clock.FrozenClock
    agent: Actor
    boss: Actor
    presale: Actor
    shop_id: uuid.UUID
    customer_id: uuid.UUID
    serial: list[int] = field(default_factory=lambda: [0])

    @property
    def sessions(self):  # noqa: ANN201
        return self.store.sessions

    def now(self) -> DateTime:
        return self.clock()

    def today(self) -> Period:
        day = self.now().in_timezone("Asia/Shanghai").date()
        return Period.days(day, day)

    def days(self, first: int, last: int = 0) -> Period:
        """From ``first`` days ago to ``last`` days ago (shop days)."""
        today = self.now().in_timezone("Asia/Shanghai").date()
        return Period.days(today.subtract(days=first), today.subtract(days=last))

    def order(
        self,
        lines: Sequence[Line] = (TEE,),
        *,
        paid: DateTime | None = None,
        placed: DateTime | None = None,
        status: OrderStatus = OrderStatus.SIGNED,
        ship_by: DateTime | None = None,
        shipped: DateTime | None = None,
        shop_id: uuid.UUID | None = None,
    ) -> tuple[str, uuid.UUID, list[uuid.UUID]]:
        """An order as the platform reports it; returns (order number, id, item ids)."""
        self.serial[0] += 1
        no = f"88{self.serial[0]:06d}"
        goods = sum(q * p for _s, _pid, _t, q, p in lines)
        placed = placed or (paid or self.now()).subtract(minutes=5)
        oid, ids = uuid.uuid4(), []
        with self.sessions.begin() as s:
            s.add(Order(id=oid, shop_id=shop_id or self.shop_id, customer_id=self.customer_id,
                        order_no=no, status=status, goods_fen=goods,
                        paid_fen=goods if paid else 0, placed_at=placed, paid_at=paid,
                        ship_by=ship_by, shipped_at=shipped))  # fmt: skip
            s.flush()
            for n, (sku, pid, title, qty, price) in enumerate(lines):
                item = OrderItem(order_id=oid, line_no=n + 1, sku=sku, product_id=pid,
                                 title=title, quantity=qty, unit_price_fen=price)  # fmt: skip
                s.add(item)
                s.flush()
                ids.append(item.id)
        return no, oid, ids

    def ticket(self, kind: TicketKind, order_no: str | None = None, *, items=(), assignee=None):  # noqa: ANN001, ANN201
        return create_ticket(
            self.sessions, actor=self.agent, kind=kind, order_no=order_no,
            customer_id=None if order_no else self.customer_id, shop_id=self.shop_id,
            item_ids=list(items), assignee_id=assignee,
        ).created  # fmt: skip

    def refund(self, order_no: str, item: uuid.UUID | None, amount: int, *, after_hours: float):
        """A refund requested now and paid back ``after_hours`` later (the clock moves)."""
        tid = self.ticket(TicketKind.REFUND_ONLY, order_no, items=[item] if item else [])
        rid = request_refund(self.sessions, actor=self.agent, ticket_id=tid, amount_fen=amount,
                             item_id=item).created  # fmt: skip
        approve_refund(self.sessions, actor=self.agent, refund_id=rid)
        self.clock.advance(hours=after_hours)
        mark_refunded(self.sessions, actor=self.agent, refund_id=rid)
        return tid, rid


@pytest.fixture
def shop(store, frozen_clock) -> Shop:
    agent = add_agent(store, name="售后小王")
    boss = add_agent(store, name="主管老李", role=Role.SUPERVISOR)
    presale = add_agent(store, name="售前小美", role=Role.PRESALE)
    sid = add_shop(store)
    cid = add_customer(store, sid)
    return Shop(store, frozen_clock, agent, boss, presale, sid, cid)


def both(shop: Shop, fn, *args, **kwargs):  # noqa: ANN001, ANN201
    """The figure from the rollups and from the joins: they must agree; the rollup's is
    returned."""
    with shop.store.engine.connect() as conn:
        rolled = fn(conn, *args, **kwargs)
        joined = fn(conn, *args, direct=True, **kwargs)
    assert rolled.rows == joined.rows and rolled.summary == joined.summary
    return rolled
