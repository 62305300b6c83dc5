"""Reships (补寄): agreed -> shipped. Ship within the platform's window after agreeing
(``reship_due``, Douyin 48 h) with a real tracking number; where the platform's table has no
such rule the shop's own promise (``[remedies] reship_promise`` in sla.toml) applies. The due
time is stored on the record and drives the ticket's due time until the reship ships."""

from __future__ import annotations

import dataclasses
import uuid

from pendulum import DateTime
from sqlalchemy.orm import Session

from app.models import ItemAfterSale, Reship
from app.platform_env import policy_overrides_path
from app.policy import OrderFacts, load_table, window_for
from app.services.due import sla
from app.services.remedies import common
from app.services.unit import Actor, Changes, mutation

ENTITY = "reship"


def reship_due(facts: OrderFacts, agreed_at: DateTime) -> tuple[DateTime | None, str]:
    """When a reship agreed at ``agreed_at`` must ship, and which rule says so."""
    facts = dataclasses.replace(facts, events={**facts.events, "reship_agreed_at": agreed_at})
    table = load_table(facts.platform, overrides=policy_overrides_path())
    window = window_for(table, "reship_due", facts)
    if window is not None:
        return window.ends_at.in_timezone("UTC"), "reship_due"
    minutes = sla().reship_promise
    return (agreed_at.add(minutes=minutes), "reship_promise") if minutes else (None, "")


@mutation("reship.agree", creates=("id",), stamps=("at",))
def agree_reship(
    s: Session,
    actor: Actor,
    *,
    ticket_id: uuid.UUID,
    id: uuid.UUID,
    at: DateTime,
    item_id: uuid.UUID | None = None,
    note: str = "",
) -> Changes:
    """Agree to send the item (or, without an item, the whole parcel) again."""
    ticket, order = common.ticket_with_order(s, ticket_id)
    items = common.items_of(s, order, item_id)
    due_at, rule = reship_due(common.check_items(s, ticket, items), at)
    s.add(
        Reship(
            id=id,
            **common.base_fields(ticket, actor, at),
            order_item_id=item_id,
            status="agreed",
            agreed_at=at,
            due_at=due_at,
            note=common.text(note, "note", 1000),
        )
    )
    common.set_items(s, actor, ticket, items, ItemAfterSale.IN_PROGRESS, at)
    common.noted(s, actor, ticket, ENTITY, id, "agreed", at, due_at=due_at, rule=rule)
    return Changes(tickets={ticket_id}, orders={order.id}, queue=True, created=id)


@mutation("reship.ship", stamps=("at",))
def ship_reship(
    s: Session,
    actor: Actor,
    *,
    reship_id: uuid.UUID,
    carrier: str,
    tracking_no: str,
    at: DateTime,
) -> Changes:
    """The reship left with ``carrier``: never without a real tracking number."""
    carrier = common.text(carrier, "carrier", 40, required=True)
    tracking = common.tracking_no(tracking_no)
    row = common.record(s, Reship, reship_id, ENTITY)
    ticket, order = common.ticket_with_order(s, row.ticket_id)
    common.move(ENTITY, row, "shipped", at)
    row.carrier, row.tracking_no, row.shipped_at = carrier, tracking, at
    items = common.items_of(s, order, row.order_item_id)
    common.set_items(s, actor, ticket, items, ItemAfterSale.FINISHED, at)
    late = row.due_at is not None and at > row.due_at
    common.noted(
        s,
        actor,
        ticket,
        ENTITY,
        row.id,
        "shipped",
        at,
        carrier=carrier,
        tracking_no=tracking,
        late=late,
    )
    return Changes(tickets={ticket.id}, orders={order.id}, queue=True)
