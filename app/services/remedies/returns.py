"""Returns (退货): approved -> shipped_back -> received -> inspected, or refused with a reason
(at once, e.g. tags removed or washed, or on inspection). The refund that follows is a
:mod:`refunds` record; an exchange's new item is an :mod:`exchanges` record."""

from __future__ import annotations

import uuid

from pendulum import DateTime
from sqlalchemy.orm import Session

from app.errors import InvalidInput
from app.models import ItemAfterSale, ReturnShipment
from app.services.remedies import common
from app.services.unit import Actor, Changes, mutation

ENTITY = "return_shipment"
# Why a return may be refused (seed 000: resale impaired; DOMAIN.md item 25).
REFUSALS = (
    "tags_removed",  # 吊牌已剪
    "washed",  # 已洗涤
    "used",  # 有使用痕迹,影响二次销售
    "damaged",  # 人为损坏
    "incomplete",  # 配件、赠品或包装不全
    "past_window",  # 超出无理由退货期限
    "not_eligible",  # 不支持七天无理由的商品
    "other",
)


def _create(
    s: Session,
    actor: Actor,
    ticket_id: uuid.UUID,
    item_id: uuid.UUID,
    status: str,
    id: uuid.UUID,
    at: DateTime,
    *,
    inspection: str = "",
    note: str = "",
) -> Changes:
    ticket, order = common.ticket_with_order(s, ticket_id)
    items = common.items_of(s, order, item_id)
    common.check_items(s, ticket, items)
    s.add(
        ReturnShipment(
            id=id,
            **common.base_fields(ticket, actor, at),
            order_item_id=item_id,
            status=status,
            inspection=inspection,
            note=common.text(note, "note", 1000),
        )
    )
    state = ItemAfterSale.IN_PROGRESS if status == "approved" else ItemAfterSale.REFUSED
    common.set_items(s, actor, ticket, items, state, at)
    common.noted(s, actor, ticket, ENTITY, id, status, at, reason=inspection or None)
    return Changes(tickets={ticket_id}, orders={order.id}, queue=True, created=id)


@mutation("return.approve", creates=("id",), stamps=("at",))
def approve_return(
    s: Session,
    actor: Actor,
    *,
    ticket_id: uuid.UUID,
    item_id: uuid.UUID,
    id: uuid.UUID,
    at: DateTime,
    note: str = "",
) -> Changes:
    """Agree to take the item back (the buyer then ships it with a tracking number)."""
    return _create(s, actor, ticket_id, item_id, "approved", id, at, note=note)


@mutation("return.refuse", creates=("id",), stamps=("at",))
def refuse_return(
    s: Session,
    actor: Actor,
    *,
    ticket_id: uuid.UUID,
    item_id: uuid.UUID,
    reason: str,
    id: uuid.UUID,
    at: DateTime,
    note: str = "",
) -> Changes:
    """Refuse the return with a reason from :data:`REFUSALS` (the buyer may escalate)."""
    if reason not in REFUSALS:
        raise InvalidInput(
            f"unknown reason {reason!r}: one of {', '.join(REFUSALS)}", field="reason"
        )
    return _create(s, actor, ticket_id, item_id, "refused", id, at, inspection=reason, note=note)


def _advance(
    s: Session, actor: Actor, return_id: uuid.UUID, target: str, at: DateTime, **data: object
) -> tuple[ReturnShipment, Changes]:
    settled = ItemAfterSale.REFUSED if target == "refused" else None
    return common.advance(s, actor, ReturnShipment, ENTITY, return_id, target, at, settled, **data)


@mutation("return.shipped", stamps=("at",))
def record_return_shipped(
    s: Session,
    actor: Actor,
    *,
    return_id: uuid.UUID,
    carrier: str,
    tracking_no: str,
    at: DateTime,
) -> Changes:
    """The buyer shipped the return: carrier and tracking number, to follow the parcel."""
    carrier = common.text(carrier, "carrier", 40, required=True)
    tracking = common.tracking_no(tracking_no)
    row, changes = _advance(s, actor, return_id, "shipped_back", at, tracking_no=tracking)
    row.carrier, row.tracking_no, row.shipped_at = carrier, tracking, at
    return changes


@mutation("return.received", stamps=("at",))
def record_return_received(
    s: Session, actor: Actor, *, return_id: uuid.UUID, at: DateTime
) -> Changes:
    """The return arrived: the refund window after receipt starts now."""
    row, changes = _advance(s, actor, return_id, "received", at)
    row.received_at = at
    return changes


@mutation("return.inspect", stamps=("at",))
def inspect_return(
    s: Session,
    actor: Actor,
    *,
    return_id: uuid.UUID,
    passed: bool,
    at: DateTime,
    finding: str = "",
) -> Changes:
    """Inspected on arrival: passed (refund or exchange follows) or refused with the finding."""
    finding = common.text(finding, "finding", 200, required=not passed)
    row, changes = _advance(s, actor, return_id, "inspected" if passed else "refused", at)
    row.inspection = finding or "ok"
    return changes
