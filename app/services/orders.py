"""Order flags and remarks for the warehouse (插旗备注)."""

from __future__ import annotations

import uuid

from pendulum import DateTime
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, NotFound
from app.models import FlagColor, Order
from app.services.unit import Actor, Changes, audit, mutation

MAX_REMARK = 500


@mutation("order.flag", stamps=("at",))
def flag_orders(
    s: Session,
    actor: Actor,
    *,
    order_ids: list[uuid.UUID],
    flag: FlagColor,
    at: DateTime,
    remark: str | None = None,
) -> Changes:
    """Set the flag (and, if given, the remark) on one or many orders."""
    if not order_ids:
        raise InvalidInput("no order chosen", field="order_ids")
    if remark is not None and len(remark) > MAX_REMARK:
        raise InvalidInput(f"the remark is longer than {MAX_REMARK} characters", field="remark")
    orders = list(s.scalars(select(Order).where(Order.id.in_(order_ids))))
    missing = set(order_ids) - {o.id for o in orders}
    if missing:
        raise NotFound(f"no order {', '.join(str(m) for m in sorted(missing))}")
    for order in orders:
        before = (order.flag, order.flag_remark)
        order.flag = flag
        if remark is not None:
            order.flag_remark = remark.strip()
        order.version += 1
        order.updated_at = at
        audit(
            s,
            actor,
            "order.flag",
            "order",
            order.id,
            order_id=order.id,
            at=at,
            before_flag=before[0],
            before_remark=before[1],
            flag=flag,
            remark=order.flag_remark,
        )
    return Changes(orders=set(order_ids), queue=True)
