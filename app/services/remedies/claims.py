"""The carrier's side: weight checks (expected, warehouse, carrier) and claims against the
carrier for a lost or damaged parcel (filed -> paid | rejected)."""

from __future__ import annotations

import uuid

from pendulum import DateTime
from sqlalchemy.orm import Session

from app.errors import InvalidInput
from app.models import CarrierClaim, WeightCheck
from app.services.remedies import common
from app.services.unit import Actor, Changes, mutation

OUTCOMES = ("paid", "rejected")


def _grams(value: int | None, name: str, *, required: bool = False) -> int | None:
    if value is None and not required:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise InvalidInput(f"{name} must be a whole number of grams above zero", field=name)
    return value


def finding(expected_g: int, warehouse_g: int | None, carrier_g: int | None, tol: int) -> str:
    """short_shipped: the warehouse weighed less than expected; lost_in_transit: the carrier
    weighed less than the warehouse sent; ok: everything within ``tol`` grams."""
    if warehouse_g is not None and warehouse_g < expected_g - tol:
        return "short_shipped"
    if carrier_g is not None and carrier_g < (warehouse_g or expected_g) - tol:
        return "lost_in_transit"
    return "ok"


@mutation("weight_check.record", creates=("id",), stamps=("at",))
def record_weight_check(
    s: Session,
    actor: Actor,
    *,
    ticket_id: uuid.UUID,
    expected_g: int,
    tolerance_g: int,
    id: uuid.UUID,
    at: DateTime,
    warehouse_g: int | None = None,
    carrier_g: int | None = None,
    item_id: uuid.UUID | None = None,
    note: str = "",
) -> Changes:
    """Record the three weights; the finding follows from them (``tolerance_g`` is the
    scales' allowance, given by the script or the agent)."""
    ticket, order = common.ticket_with_order(s, ticket_id)
    if item_id is not None:
        common.items_of(s, order, item_id)
    if not isinstance(tolerance_g, int) or isinstance(tolerance_g, bool) or tolerance_g < 0:
        raise InvalidInput("the tolerance is a whole number of grams", field="tolerance_g")
    expected = _grams(expected_g, "expected_g", required=True)
    found = finding(
        expected, _grams(warehouse_g, "warehouse_g"), _grams(carrier_g, "carrier_g"), tolerance_g
    )
    s.add(
        WeightCheck(
            id=id,
            **common.base_fields(ticket, actor, at),
            order_item_id=item_id,
            status="recorded",
            expected_g=expected,
            warehouse_g=warehouse_g,
            carrier_g=carrier_g,
            finding=found,
            note=common.text(note, "note", 1000),
        )
    )
    common.noted(s, actor, ticket, "weight_check", id, "recorded", at, finding=found)
    return Changes(tickets={ticket_id}, queue=True, created=id)


@mutation("carrier_claim.file", creates=("id",), stamps=("at",))
def file_carrier_claim(
    s: Session,
    actor: Actor,
    *,
    ticket_id: uuid.UUID,
    amount_fen: int,
    id: uuid.UUID,
    at: DateTime,
    carrier: str | None = None,
    tracking_no: str | None = None,
    note: str = "",
) -> Changes:
    """Claim ``amount_fen`` from the carrier (the order's carrier and tracking by default)."""
    ticket, order = common.ticket_with_order(s, ticket_id)
    common.positive_fen(amount_fen, "amount_fen")
    carrier = common.text(carrier or order.carrier, "carrier", 40, required=True)
    tracking = common.tracking_no(tracking_no or order.tracking_no)
    s.add(
        CarrierClaim(
            id=id,
            **common.base_fields(ticket, actor, at),
            status="filed",
            carrier=carrier,
            tracking_no=tracking,
            amount_fen=amount_fen,
            note=common.text(note, "note", 1000),
        )
    )
    common.noted(s, actor, ticket, "carrier_claim", id, "filed", at, amount_fen=amount_fen)
    return Changes(tickets={ticket_id}, queue=True, created=id)


@mutation("carrier_claim.settle", stamps=("at",))
def settle_carrier_claim(
    s: Session,
    actor: Actor,
    *,
    claim_id: uuid.UUID,
    outcome: str,
    at: DateTime,
    note: str = "",
) -> Changes:
    """The carrier paid the claim or rejected it."""
    if outcome not in OUTCOMES:
        raise InvalidInput(f"outcome is one of {', '.join(OUTCOMES)}", field="outcome")
    row = common.record(s, CarrierClaim, claim_id, "carrier_claim")
    ticket = common.ticket_with_order(s, row.ticket_id)[0]
    common.move("carrier_claim", row, outcome, at)
    note = common.text(note, "note", 1000)
    if note:
        row.note = (row.note + "\n" if row.note else "") + note
    common.noted(s, actor, ticket, "carrier_claim", row.id, outcome, at, amount_fen=row.amount_fen)
    return Changes(tickets={ticket.id}, queue=True)
