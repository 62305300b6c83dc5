"""Price and shipping changes (改价) on unpaid orders, as the platform's table allows
(``resources/policies/presale/``: Taobao the price and the shipping fee, Tmall only the
shipping fee, Douyin per its table), always with a reason.

A change is a :class:`PriceChange` record with before and after; the order's amounts follow
it only once it is applied. What the buyer is spared (the drop in what they pay, summed over
the orders changed together) must be within the agent's ``price_change_limit_fen``; beyond
it the change waits as ``pending`` until a supervisor approves or refuses it. Several unpaid
orders of one buyer can have their shipping adjusted together: one batch, one decision.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from pendulum import DateTime
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import Conflict, InvalidInput, KefuError, NotFound, PermissionDenied
from app.models import (
    Order,
    OrderStatus,
    PaymentMethod,
    PriceChange,
    Shop,
    Ticket,
    TicketStatus,
    derived_id,
)
from app.policy import allocate_discount
from app.policy.presale import load_presale, may_change
from app.services.shop_closing import refuse_if_closed
from app.services.tickets import set_status
from app.services.unit import Actor, Changes, acting_agent, audit, mutation, timeline

MAX_REASON = 500


class PriceChangeNotAllowed(KefuError):
    """The platform's table does not allow this change (or not in the order's state)."""

    code = "price_change_not_allowed"

    def __init__(self, message: str, *, text_zh: str) -> None:
        super().__init__(message, text_zh=text_zh)


@dataclass(frozen=True)
class Plan:
    """One order's change: the new amount payable for the goods, the new shipping fee."""

    order: Order
    goods_to_pay_fen: int
    shipping_fen: int

    @property
    def discount_fen(self) -> int:
        return self.order.goods_fen - self.goods_to_pay_fen

    @property
    def spared_fen(self) -> int:
        before = self.order.goods_fen - self.order.discount_fen + self.order.shipping_fen
        return max(0, before - (self.goods_to_pay_fen + self.shipping_fen))


def _fen(value: int | None, name: str) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise InvalidInput(f"{name} must be a whole number of fen, zero or more", field=name)
    return value


def _unpaid_order(s: Session, order_id: uuid.UUID) -> Order:
    order = s.get(Order, order_id)
    if order is None or order.deleted_at is not None:
        raise NotFound(f"no order {order_id}")
    if order.payment_method != PaymentMethod.ONLINE:
        raise InvalidInput(f"order {order.order_no} is cash on delivery", field="order_id")
    refuse_if_closed(s, order.shop_id, f"a price change on order {order.order_no}")
    return order


def _check_platform(s: Session, order: Order, part: str) -> None:
    shop = s.get(Shop, order.shop_id)
    allowed, text, text_zh = may_change(load_presale(shop.platform.value), part, order.status.value)
    if not allowed:
        raise PriceChangeNotAllowed(f"order {order.order_no}: {text}", text_zh=text_zh)


def _no_pending(s: Session, order: Order) -> None:
    waiting = s.scalar(
        select(PriceChange.id).where(
            PriceChange.order_id == order.id,
            PriceChange.status == "pending",
            PriceChange.deleted_at.is_(None),
        )
    )
    if waiting is not None:
        raise InvalidInput(
            f"order {order.order_no} has a change waiting for a supervisor", field="order_id"
        )


def _plan(s: Session, order: Order, goods_to_pay_fen: int | None, shipping_fen: int | None) -> Plan:
    if goods_to_pay_fen is not None and goods_to_pay_fen != order.goods_fen - order.discount_fen:
        _check_platform(s, order, "goods")
        if goods_to_pay_fen > order.goods_fen:
            raise InvalidInput(
                f"order {order.order_no}: the goods cannot cost more than their list price "
                f"({order.goods_fen} fen)",
                field="goods_to_pay_fen",
            )
    if shipping_fen is not None and shipping_fen != order.shipping_fen:
        _check_platform(s, order, "shipping")
    if order.status != OrderStatus.PLACED:
        raise InvalidInput(f"order {order.order_no} is not awaiting payment", field="order_id")
    _no_pending(s, order)
    goods = order.goods_fen - order.discount_fen if goods_to_pay_fen is None else goods_to_pay_fen
    ship = order.shipping_fen if shipping_fen is None else shipping_fen
    return Plan(order, goods, ship)


def apply(s: Session, row: PriceChange, order: Order, at: DateTime) -> None:
    """Make the order's amounts those of ``row`` (the item discounts re-allocated)."""
    order.discount_fen = row.discount_after_fen
    order.shipping_fen = row.shipping_after_fen
    amounts = [i.unit_price_fen * i.quantity for i in order.items]
    if amounts and sum(amounts) >= order.discount_fen:
        for item, part in zip(
            order.items, allocate_discount(order.discount_fen, amounts), strict=True
        ):
            if item.discount_fen != part:
                item.discount_fen, item.updated_at = part, at
                item.version += 1
    order.version += 1
    order.updated_at = at


def _record(
    s: Session,
    actor: Actor,
    plans: list[Plan],
    *,
    reason: str,
    batch_id: uuid.UUID,
    ticket_id: uuid.UUID | None,
    at: DateTime,
) -> Changes:
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput("say why the price changes", field="reason")
    if len(reason) > MAX_REASON:
        raise InvalidInput(f"the reason is longer than {MAX_REASON} characters", field="reason")
    ticket = s.get(Ticket, ticket_id) if ticket_id else None
    if ticket_id is not None and ticket is None:
        raise NotFound(f"no ticket {ticket_id}")
    spared = sum(p.spared_fen for p in plans)
    within = actor.is_supervisor or spared <= acting_agent(s, actor).price_change_limit_fen
    status = "applied" if within else "pending"
    for plan in plans:
        o = plan.order
        row = PriceChange(
            id=derived_id(batch_id, "price_change", o.id),
            batch_id=batch_id,
            shop_id=o.shop_id,
            order_id=o.id,
            customer_id=o.customer_id,
            ticket_id=ticket_id,
            status=status,
            goods_fen=o.goods_fen,
            discount_before_fen=o.discount_fen,
            discount_after_fen=plan.discount_fen,
            shipping_before_fen=o.shipping_fen,
            shipping_after_fen=plan.shipping_fen,
            reason=reason,
            requested_by=actor.agent_id,
            decided_by=actor.agent_id if within else None,
            decided_at=at if within else None,
            created_at=at,
            updated_at=at,
        )
        s.add(row)
        if within:
            apply(s, row, o, at)
        audit(
            s,
            actor,
            f"price_change.{status}",
            "price_change",
            row.id,
            ticket_id=ticket_id,
            order_id=o.id,
            at=at,
            batch=batch_id,
            before_fen=row.total_before_fen,
            after_fen=row.total_after_fen,
            reason=reason,
        )
    if ticket is not None:
        timeline(
            s, actor, ticket.id, "price_change", at=at, id=batch_id, status=status, spared=spared
        )
        if not within and ticket.active and ticket.status != TicketStatus.ESCALATED:
            set_status(s, actor, ticket, TicketStatus.ESCALATED, at, reason="awaiting_approval")
    return Changes(
        orders={p.order.id for p in plans},
        tickets={ticket.id} if ticket else set(),
        queue=True,
        created=batch_id,
    )


@mutation("order.change_price", creates=("batch_id",), stamps=("at",))
def change_price(
    s: Session,
    actor: Actor,
    *,
    order_id: uuid.UUID,
    reason: str,
    batch_id: uuid.UUID,
    at: DateTime,
    goods_to_pay_fen: int | None = None,
    shipping_fen: int | None = None,
    ticket_id: uuid.UUID | None = None,
) -> Changes:
    """Change what the buyer pays for the goods and/or the shipping fee of one unpaid order."""
    goods_to_pay_fen = _fen(goods_to_pay_fen, "goods_to_pay_fen")
    shipping_fen = _fen(shipping_fen, "shipping_fen")
    order = _unpaid_order(s, order_id)
    plan = _plan(s, order, goods_to_pay_fen, shipping_fen)
    if plan.discount_fen == order.discount_fen and plan.shipping_fen == order.shipping_fen:
        raise InvalidInput("nothing changes: the amounts are what they were", field="order_id")
    return _record(s, actor, [plan], reason=reason, batch_id=batch_id, ticket_id=ticket_id, at=at)


@mutation("order.change_shipping_together", creates=("batch_id",), stamps=("at",))
def change_shipping_together(
    s: Session,
    actor: Actor,
    *,
    order_ids: list[uuid.UUID],
    shipping_fen: list[int],
    reason: str,
    batch_id: uuid.UUID,
    at: DateTime,
    ticket_id: uuid.UUID | None = None,
) -> Changes:
    """Set the shipping fee of several unpaid orders of one buyer together (the buyer split
    one purchase into several orders: charge the shipping once)."""
    if len(order_ids) < 1 or len(order_ids) != len(shipping_fen):
        raise InvalidInput("name each order with its new shipping fee", field="order_ids")
    if len(set(order_ids)) != len(order_ids):
        raise InvalidInput("an order is named twice", field="order_ids")
    orders = [_unpaid_order(s, oid) for oid in order_ids]
    if len({o.customer_id for o in orders}) > 1:
        raise InvalidInput("the orders belong to different buyers", field="order_ids")
    fees = [_fen(f, "shipping_fen") for f in shipping_fen]
    plans = [_plan(s, o, None, fee) for o, fee in zip(orders, fees, strict=True)]
    return _record(s, actor, plans, reason=reason, batch_id=batch_id, ticket_id=ticket_id, at=at)


def _pending_batch(s: Session, batch_id: uuid.UUID) -> list[PriceChange]:
    rows = list(
        s.scalars(
            select(PriceChange).where(
                PriceChange.batch_id == batch_id, PriceChange.deleted_at.is_(None)
            )
        )
    )
    if not rows:
        raise NotFound(f"no price change {batch_id}")
    if any(r.status != "pending" for r in rows):
        raise InvalidInput("this price change is not waiting for a decision", field="batch_id")
    return rows


def _decide(
    s: Session, actor: Actor, batch_id: uuid.UUID, decision: str, note: str, at: DateTime
) -> Changes:
    if not actor.is_supervisor:
        raise PermissionDenied("only a supervisor decides on a price change above the limit")
    rows = _pending_batch(s, batch_id)
    ticket_id = rows[0].ticket_id
    for row in rows:
        order = s.get(Order, row.order_id)
        if decision == "applied":
            if order.status != OrderStatus.PLACED:
                raise Conflict(f"order {order.order_no} is no longer awaiting payment")
            refuse_if_closed(s, order.shop_id, f"a price change on order {order.order_no}")
            if (order.discount_fen, order.shipping_fen) != (
                row.discount_before_fen,
                row.shipping_before_fen,
            ):
                raise Conflict(f"order {order.order_no} changed since the request")
            apply(s, row, order, at)
        row.status, row.decided_by, row.decided_at = decision, actor.agent_id, at
        row.decision_note, row.updated_at = note, at
        row.version += 1
        audit(
            s,
            actor,
            f"price_change.{decision}",
            "price_change",
            row.id,
            ticket_id=ticket_id,
            order_id=row.order_id,
            at=at,
            batch=batch_id,
            note=note,
        )
    ticket = s.get(Ticket, ticket_id) if ticket_id else None
    if ticket is not None:
        timeline(s, actor, ticket.id, "price_change", at=at, id=batch_id, status=decision)
        if ticket.status == TicketStatus.ESCALATED:
            set_status(s, actor, ticket, TicketStatus.OPEN, at, reason=f"price_change_{decision}")
    return Changes(
        orders={r.order_id for r in rows},
        tickets={ticket_id} if ticket_id else set(),
        queue=True,
    )


@mutation("price_change.approve", stamps=("at",))
def approve_price_change(
    s: Session, actor: Actor, *, batch_id: uuid.UUID, at: DateTime, note: str = ""
) -> Changes:
    """A supervisor approves a change waiting above the agent's limit: it is applied."""
    return _decide(s, actor, batch_id, "applied", (note or "").strip()[:1000], at)


@mutation("price_change.refuse", stamps=("at",))
def refuse_price_change(
    s: Session, actor: Actor, *, batch_id: uuid.UUID, reason: str, at: DateTime
) -> Changes:
    """A supervisor refuses a waiting change, saying why; the order keeps its amounts."""
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput("say why the change is refused", field="reason")
    return _decide(s, actor, batch_id, "refused", reason[:1000], at)
