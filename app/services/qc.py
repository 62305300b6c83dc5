"""Asking the warehouse and purchasing for stricter quality control on a product (or a SKU)
whose refund rate stands out (DOMAIN.md item 36); the request keeps the figures behind it."""

from __future__ import annotations

import uuid

from pendulum import DateTime
from sqlalchemy.orm import Session

from app.errors import InvalidInput
from app.models import QcRequest
from app.services.approvals import require_supervisor
from app.services.dsr import parse_day
from app.services.unit import Actor, Changes, audit, mutation


@mutation("qc.request", creates=("id",), stamps=("at",))
def request_qc(
    s: Session,
    actor: Actor,
    *,
    product_id: str,
    period_start: str,
    period_end: str,
    units_sold: int,
    units_refunded: int,
    id: uuid.UUID,
    at: DateTime,
    sku: str = "",
    title: str = "",
    note: str = "",
    shop_id: uuid.UUID | None = None,
) -> Changes:
    require_supervisor(actor, "QC requests")
    product_id = (product_id or "").strip()
    if not product_id:
        raise InvalidInput("name the product to check", field="product_id")
    for name, value in (("units_sold", units_sold), ("units_refunded", units_refunded)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise InvalidInput(f"{name} must be a whole number, 0 or more", field=name)
    note = (note or "").strip()
    if len(note) > 2000:
        raise InvalidInput("the note is longer than 2000 characters", field="note")
    start, end = parse_day(period_start, "period_start"), parse_day(period_end, "period_end")
    s.add(
        QcRequest(
            id=id,
            shop_id=shop_id,
            product_id=product_id[:64],
            sku=(sku or "").strip()[:64],
            title=(title or "").strip()[:200],
            units_sold=units_sold,
            units_refunded=units_refunded,
            period_start=start,
            period_end=end,
            note=note,
            requested_by=actor.agent_id,
            requested_at=at,
            created_at=at,
            updated_at=at,
        )
    )
    audit(s, actor, "qc.request", "qc_request", id, at=at, product=product_id, sku=sku,
          sold=units_sold, refunded=units_refunded)  # fmt: skip
    return Changes(created=id)
