"""Refunds: requested -> approved -> refunded -> finance_confirmed (or refused).

The amount may not exceed what is refundable (rules engine, integer fen). Re-allocating the
order's discount over the items (优惠重新分配) needs the adjust-refund permission. The refund
moves the items' after-sale state (requested, in progress, finished or refused), never the
order's own status.
"""

from __future__ import annotations

import uuid

from pendulum import DateTime
from sqlalchemy import Uuid, bindparam, func, or_, select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, PermissionDenied
from app.models import ItemAfterSale, Order, OrderItem, Refund, Ticket
from app.policy import allocate_discount, refundable_fen
from app.services.remedies import common
from app.services.unit import Actor, Changes, mutation

ENTITY = "refund"


_REFUNDED = (
    select(func.coalesce(func.sum(Refund.amount_fen), 0))
    .join(Ticket, Ticket.id == Refund.ticket_id)
    .where(
        Ticket.order_id == bindparam("oid", type_=Uuid()),
        Refund.status != "refused",
        Refund.deleted_at.is_(None),
        or_(bindparam("whole"), Refund.order_item_id == bindparam("iid", type_=Uuid())),
    )
)


def refunded_so_far(s: Session, order: Order, item_id: uuid.UUID | None) -> int:
    """Fen already refunded or on the way for the item (or the order), refusals aside."""
    params = {"oid": order.id, "iid": item_id, "whole": item_id is None}
    return int(s.scalar(_REFUNDED, params) or 0)


def refundable(
    s: Session, order: Order, item: OrderItem | None, *, reallocate: bool = False
) -> int:
    """What may still be refunded on ``item``, or on the whole order (shipping included).

    With ``reallocate`` the order's discount is allocated afresh over the items by the rules
    engine's remainder rule; else the item keeps the share stored on it.
    """
    done = refunded_so_far(s, order, item.id if item else None)
    if item is None:
        return max(0, order.paid_fen - done)
    gross = item.unit_price_fen * item.quantity
    share = item.discount_fen
    if reallocate:
        amounts = [i.unit_price_fen * i.quantity for i in order.items]
        shares = allocate_discount(min(order.discount_fen, sum(amounts)), amounts)
        share = shares[[i.id for i in order.items].index(item.id)]
    left = refundable_fen(amount_fen=gross, discount_fen=min(share, gross))
    return max(0, left - done)


@mutation("refund.request", creates=("id",), stamps=("at",))
def request_refund(
    s: Session,
    actor: Actor,
    *,
    ticket_id: uuid.UUID,
    amount_fen: int,
    id: uuid.UUID,
    at: DateTime,
    item_id: uuid.UUID | None = None,
    reason: str = "",
    reallocate: bool = False,
    note: str = "",
) -> Changes:
    """Record a refund request on an item (or the whole order when no item is named)."""
    ticket, order = common.ticket_with_order(s, ticket_id)
    common.positive_fen(amount_fen, "amount_fen")
    if order.paid_at is None:
        raise InvalidInput("the order is not paid: there is nothing to refund", field="ticket_id")
    if reallocate and not common.agent(s, actor).can_adjust_refund:
        raise PermissionDenied("re-allocating the order discount needs the adjust-refund right")
    items = common.items_of(s, order, item_id)
    common.check_items(s, ticket, items)
    cap = refundable(s, order, items[0] if item_id else None, reallocate=reallocate)
    if amount_fen > cap:
        raise InvalidInput(
            f"at most {cap} fen can be refunded here, not {amount_fen}",
            field="amount_fen",
            limit=cap,
        )
    s.add(
        Refund(
            id=id,
            **common.base_fields(ticket, actor, at),
            order_item_id=item_id,
            status="requested",
            amount_fen=amount_fen,
            reason=common.text(reason, "reason", 200),
            reallocated=reallocate,
            note=common.text(note, "note", 1000),
        )
    )
    common.set_items(s, actor, ticket, items, ItemAfterSale.REQUESTED, at)
    common.noted(s, actor, ticket, ENTITY, id, "requested", at, amount_fen=amount_fen)
    return Changes(tickets={ticket_id}, orders={order.id}, queue=True, created=id)


def _advance(
    s: Session,
    actor: Actor,
    refund_id: uuid.UUID,
    target: str,
    at: DateTime,
    item_state: ItemAfterSale | None,
    **data: object,
) -> tuple[Refund, Changes]:
    row = common.record(s, Refund, refund_id, ENTITY)
    ticket, order = common.ticket_with_order(s, row.ticket_id)
    common.move(ENTITY, row, target, at)
    if item_state is not None:
        common.set_items(
            s, actor, ticket, common.items_of(s, order, row.order_item_id), item_state, at
        )
    common.noted(s, actor, ticket, ENTITY, row.id, target, at, amount_fen=row.amount_fen, **data)
    return row, Changes(tickets={ticket.id}, orders={order.id}, queue=True)


@mutation("refund.approve", stamps=("at",))
def approve_refund(s: Session, actor: Actor, *, refund_id: uuid.UUID, at: DateTime) -> Changes:
    return _advance(s, actor, refund_id, "approved", at, ItemAfterSale.IN_PROGRESS)[1]


@mutation("refund.refuse", stamps=("at",))
def refuse_refund(
    s: Session, actor: Actor, *, refund_id: uuid.UUID, reason: str, at: DateTime
) -> Changes:
    reason = common.text(reason, "reason", 200, required=True)
    row, changes = _advance(
        s, actor, refund_id, "refused", at, ItemAfterSale.REFUSED, reason=reason
    )
    row.note = (row.note + "\n" if row.note else "") + reason
    return changes


@mutation("refund.refunded", stamps=("at",))
def mark_refunded(s: Session, actor: Actor, *, refund_id: uuid.UUID, at: DateTime) -> Changes:
    """The money went back to the buyer: from escrow before settlement, else the payout."""
    row, changes = _advance(s, actor, refund_id, "refunded", at, ItemAfterSale.FINISHED)
    row.refunded_at = at
    row.source = "payout" if s.get(Order, s.get(Ticket, row.ticket_id).order_id).settled else ""
    return changes


@mutation("refund.confirm", stamps=("at",))
def confirm_refund(
    s: Session, actor: Actor, *, refund_id: uuid.UUID, at: DateTime, reference: str = ""
) -> Changes:
    """Finance confirmed the refund in the books (their voucher number in ``reference``)."""
    reference = common.text(reference, "reference", 200)
    row, changes = _advance(s, actor, refund_id, "finance_confirmed", at, None, reference=reference)
    if reference:
        row.note = (row.note + "\n" if row.note else "") + reference
    return changes
