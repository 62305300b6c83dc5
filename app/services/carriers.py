"""The shop's carrier knowledge (物流知识): which carriers it ships with, how fast, how dear,
where they reach, and what the buyer adds to choose one. Supervisors keep the table; every
agent reads it when a buyer asks which carrier to use, and when flagging an order."""

from __future__ import annotations

import uuid

from pendulum import DateTime
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, NotFound, PermissionDenied
from app.models import Carrier, Shop
from app.services.unit import Actor, Changes, audit, mutation

LIMITS = {"name": 40, "speed": 100, "cost": 100, "coverage": 200, "note": 500}


def _supervisor(actor: Actor) -> None:
    if not actor.is_supervisor:
        raise PermissionDenied("only a supervisor edits the shop's carriers")


def _text(value: str, name: str, *, required: bool = False) -> str:
    text = (value or "").strip()
    if required and not text:
        raise InvalidInput(f"the carrier's {name} is empty", field=name)
    if len(text) > LIMITS[name]:
        raise InvalidInput(f"the carrier's {name} is longer than {LIMITS[name]}", field=name)
    return text


@mutation("carrier.save", creates=("id",), stamps=("at",))
def save_carrier(
    s: Session,
    actor: Actor,
    *,
    shop_id: uuid.UUID,
    name: str,
    id: uuid.UUID,
    at: DateTime,
    speed: str = "",
    cost: str = "",
    coverage: str = "",
    note: str = "",
    extra_fen: int = 0,
    position: int = 0,
) -> Changes:
    """Add a carrier to the shop's table, or update one (``id`` of an existing row)."""
    _supervisor(actor)
    if s.get(Shop, shop_id) is None:
        raise NotFound(f"no shop {shop_id}")
    name = _text(name, "name", required=True)
    if not isinstance(extra_fen, int) or isinstance(extra_fen, bool) or extra_fen < 0:
        raise InvalidInput("the extra charge must be a whole number of fen", field="extra_fen")
    clash = s.scalar(
        select(Carrier).where(Carrier.shop_id == shop_id, Carrier.name == name, Carrier.id != id)
    )
    if clash is not None and clash.deleted_at is None:
        raise InvalidInput(f"the shop has a carrier named {name} already", field="name")
    if clash is not None:  # a removed row of that name: its name is taken back
        clash.name = f"{name}#{clash.id.hex[:6]}"
    row = s.get(Carrier, id)
    if row is None:
        row = Carrier(id=id, shop_id=shop_id, created_at=at, version=0)
        s.add(row)
    elif row.shop_id != shop_id:
        raise InvalidInput("the carrier belongs to another shop", field="shop_id")
    row.name, row.extra_fen, row.position = name, extra_fen, position
    row.speed, row.cost = _text(speed, "speed"), _text(cost, "cost")
    row.coverage, row.note = _text(coverage, "coverage"), _text(note, "note")
    row.deleted_at, row.updated_at = None, at
    row.version += 1
    audit(s, actor, "carrier.save", "carrier", id, at=at, name=name, shop=shop_id)
    return Changes(created=id)


@mutation("carrier.delete", stamps=("at",))
def delete_carrier(s: Session, actor: Actor, *, carrier_id: uuid.UUID, at: DateTime) -> Changes:
    _supervisor(actor)
    row = s.get(Carrier, carrier_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(f"no carrier {carrier_id}")
    row.deleted_at, row.updated_at = at, at
    row.version += 1
    audit(s, actor, "carrier.delete", "carrier", carrier_id, at=at, name=row.name)
    return Changes()
