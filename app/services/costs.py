"""The unit cost of a SKU, which the accounting export reverses when goods come back."""

from __future__ import annotations

import uuid

from pendulum import DateTime
from sqlalchemy.orm import Session

from app.errors import InvalidInput, NotFound
from app.models import Shop, SkuCost, derived_id
from app.services.approvals import require_supervisor
from app.services.unit import Actor, Changes, audit, mutation


@mutation("sku_cost.set", stamps=("at",))
def set_sku_cost(
    s: Session, actor: Actor, *, shop_id: uuid.UUID, sku: str, unit_cost_fen: int, at: DateTime
) -> Changes:
    require_supervisor(actor, "unit costs")
    if s.get(Shop, shop_id) is None:
        raise NotFound(f"no shop {shop_id}", id=str(shop_id))
    sku = (sku or "").strip()
    if not sku or len(sku) > 64:
        raise InvalidInput("a SKU needs 1 to 64 characters", field="sku")
    if not isinstance(unit_cost_fen, int) or isinstance(unit_cost_fen, bool) or unit_cost_fen < 0:
        raise InvalidInput(
            "the unit cost is a whole number of fen, 0 or more", field="unit_cost_fen"
        )
    rid = derived_id(shop_id, "sku_cost", sku)
    row = s.get(SkuCost, rid)
    before = row.unit_cost_fen if row else None
    if row is None:
        row = SkuCost(id=rid, shop_id=shop_id, sku=sku, created_at=at)
        s.add(row)
    else:
        row.version += 1
    row.unit_cost_fen, row.set_by, row.updated_at = unit_cost_fen, actor.agent_id, at
    audit(s, actor, "sku_cost.set", "sku_cost", rid, at=at, sku=sku, before=before,
          unit_cost_fen=unit_cost_fen)  # fmt: skip
    return Changes(created=rid)
