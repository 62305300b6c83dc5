"""The order's own life as the shop acts on it: recording a shipment (carrier and tracking
number, so the buyer can be told) and the merchant cancelling an order the rules allow.

After-sales never touch the order's status; these two are not after-sales.
"""

from __future__ import annotations

import uuid

from pendulum import DateTime
from sqlalchemy.orm import Session

from app.errors import InvalidInput
from app.models import OrderStatus
from app.policy import can_merchant_cancel
from app.services import windows
from app.services.remedies import common
from app.services.unit import Actor, Changes, audit, mutation, timeline

_UNSHIPPED = (OrderStatus.AWAITING_CONFIRMATION, OrderStatus.STOCKING)


@mutation("order.shipment", stamps=("at",))
def record_shipment(
    s: Session,
    actor: Actor,
    *,
    ticket_id: uuid.UUID,
    carrier: str,
    tracking_no: str,
    at: DateTime,
) -> Changes:
    """The order left the warehouse with ``carrier`` and ``tracking_no``. An order the
    platform already shows as shipped keeps the platform's data."""
    ticket, order = common.ticket_with_order(s, ticket_id)
    carrier = common.text(carrier, "carrier", 40, required=True)
    tracking = common.tracking_no(tracking_no)
    paid_online = order.status == OrderStatus.PLACED and order.paid_at is not None
    if order.status in _UNSHIPPED or paid_online:
        order.status = OrderStatus.SHIPPED
        order.carrier, order.tracking_no, order.shipped_at = carrier, tracking, at
        order.version += 1
        order.updated_at = at
    elif order.status in (OrderStatus.CANCELLED, OrderStatus.CLOSED):
        raise InvalidInput(f"order {order.order_no} is {order.status.value}", field="ticket_id")
    timeline(
        s,
        actor,
        ticket_id,
        "order",
        at=at,
        event="shipped",
        order_id=order.id,
        carrier=carrier,
        tracking_no=tracking,
    )
    audit(
        s,
        actor,
        "order.shipment",
        "order",
        order.id,
        ticket_id=ticket_id,
        order_id=order.id,
        at=at,
        carrier=carrier,
        tracking_no=tracking,
    )
    common.settle(s, ticket, at)
    return Changes(tickets={ticket_id}, orders={order.id}, queue=True)


@mutation("order.cancel", stamps=("at",))
def cancel_order(
    s: Session, actor: Actor, *, ticket_id: uuid.UUID, reason: str, at: DateTime
) -> Changes:
    """Cancel the order where the rules let the merchant (COD before shipment, online before
    payment); otherwise :class:`NotEligible` with the engine's reasons."""
    ticket, order = common.ticket_with_order(s, ticket_id)
    reason = common.text(reason, "reason", 200, required=True)
    common.require(can_merchant_cancel(windows.facts_for(s, ticket)))
    before = order.status
    order.status = OrderStatus.CANCELLED
    order.version += 1
    order.updated_at = at
    timeline(
        s, actor, ticket_id, "order", at=at, event="cancelled", order_id=order.id, reason=reason
    )
    audit(
        s,
        actor,
        "order.cancel",
        "order",
        order.id,
        ticket_id=ticket_id,
        order_id=order.id,
        at=at,
        before=before,
        reason=reason,
    )
    common.settle(s, ticket, at)
    return Changes(tickets={ticket_id}, orders={order.id}, queue=True)
