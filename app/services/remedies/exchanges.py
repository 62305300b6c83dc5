"""Exchanges (换货): agreed -> sent -> done. Eligibility from the rules engine: normal goods,
order awaiting receipt or trade success, parcel signed, no other after-sale on the item."""

from __future__ import annotations

import uuid

from pendulum import DateTime
from sqlalchemy.orm import Session

from app.models import Exchange, ItemAfterSale
from app.services.remedies import common
from app.services.unit import Actor, Changes, mutation

ENTITY = "exchange"


@mutation("exchange.agree", creates=("id",), stamps=("at",))
def agree_exchange(
    s: Session,
    actor: Actor,
    *,
    ticket_id: uuid.UUID,
    item_id: uuid.UUID,
    id: uuid.UUID,
    at: DateTime,
    new_sku: str = "",
    note: str = "",
) -> Changes:
    ticket, order = common.ticket_with_order(s, ticket_id)
    items = common.items_of(s, order, item_id)
    common.check_items(s, ticket, items, exchange=True)
    new_sku = common.text(new_sku, "new_sku", 64) or items[0].sku
    s.add(
        Exchange(
            id=id,
            **common.base_fields(ticket, actor, at),
            order_item_id=item_id,
            status="agreed",
            new_sku=new_sku,
            note=common.text(note, "note", 1000),
        )
    )
    common.set_items(s, actor, ticket, items, ItemAfterSale.IN_PROGRESS, at)
    common.noted(s, actor, ticket, ENTITY, id, "agreed", at, new_sku=new_sku)
    return Changes(tickets={ticket_id}, orders={order.id}, queue=True, created=id)


def _advance(
    s: Session, actor: Actor, exchange_id: uuid.UUID, target: str, at: DateTime, **data: object
) -> tuple[Exchange, Changes]:
    settled = ItemAfterSale.FINISHED if target == "done" else None
    return common.advance(s, actor, Exchange, ENTITY, exchange_id, target, at, settled, **data)


@mutation("exchange.send", stamps=("at",))
def send_exchange(
    s: Session,
    actor: Actor,
    *,
    exchange_id: uuid.UUID,
    carrier: str,
    tracking_no: str,
    at: DateTime,
) -> Changes:
    """The new item left the warehouse: it cannot be marked sent without a tracking number."""
    carrier = common.text(carrier, "carrier", 40, required=True)
    tracking = common.tracking_no(tracking_no)
    row, changes = _advance(s, actor, exchange_id, "sent", at, tracking_no=tracking)
    row.carrier, row.tracking_no, row.sent_at = carrier, tracking, at
    return changes


@mutation("exchange.done", stamps=("at",))
def complete_exchange(s: Session, actor: Actor, *, exchange_id: uuid.UUID, at: DateTime) -> Changes:
    return _advance(s, actor, exchange_id, "done", at)[1]
