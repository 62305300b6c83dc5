"""Closed shops (已关店): a shop marked closed takes no new pre-sale work (inquiries, payment
reminders) but keeps its open tickets and after-sale duties in the queue until each is
finished. Only a supervisor closes or reopens a shop."""

from __future__ import annotations

import uuid

from pendulum import DateTime
from sqlalchemy.orm import Session

from app.errors import InvalidInput, KefuError, NotFound, PermissionDenied
from app.models import Shop
from app.services.unit import Actor, Changes, audit, mutation


class ShopClosed(KefuError):
    """New pre-sale work for a shop that is closed."""

    code = "shop_closed"


def _shop(s: Session, shop_id: uuid.UUID) -> Shop:
    shop = s.get(Shop, shop_id)
    if shop is None or shop.deleted_at is not None:
        raise NotFound(f"no shop {shop_id}", shop_id=str(shop_id))
    return shop


def refuse_if_closed(s: Session, shop_id: uuid.UUID, work: str) -> None:
    """Raise :class:`ShopClosed` naming the shop when it is closed (``work`` says what was
    asked for: "an inquiry ticket", "a payment reminder")."""
    shop = s.get(Shop, shop_id)
    if shop is not None and shop.closed_at is not None:
        raise ShopClosed(
            f"shop {shop.name} is closed since {shop.closed_at.to_date_string()}: "
            f"it takes no new pre-sale work ({work})",
            shop=shop.name,
            shop_id=str(shop.id),
            work=work,
        )


@mutation("shop.close", stamps=("at",))
def close_shop(
    s: Session, actor: Actor, *, shop_id: uuid.UUID, at: DateTime, reason: str = ""
) -> Changes:
    """Mark the shop closed from ``at``: no new pre-sale work; its open tickets stay."""
    if not actor.is_supervisor:
        raise PermissionDenied("only a supervisor closes a shop")
    shop = _shop(s, shop_id)
    if shop.closed_at is not None:
        raise InvalidInput(f"shop {shop.name} is already closed", field="shop_id")
    shop.closed_at = at
    shop.updated_at = at
    shop.version += 1
    audit(s, actor, "shop.close", "shop", shop.id, at=at, shop=shop.name, reason=reason.strip())
    return Changes(queue=True)


@mutation("shop.reopen", stamps=("at",))
def reopen_shop(s: Session, actor: Actor, *, shop_id: uuid.UUID, at: DateTime) -> Changes:
    """The shop takes pre-sale work again."""
    if not actor.is_supervisor:
        raise PermissionDenied("only a supervisor reopens a shop")
    shop = _shop(s, shop_id)
    if shop.closed_at is None:
        raise InvalidInput(f"shop {shop.name} is not closed", field="shop_id")
    closed = shop.closed_at
    shop.closed_at = None
    shop.updated_at = at
    shop.version += 1
    audit(s, actor, "shop.reopen", "shop", shop.id, at=at, shop=shop.name, closed_at=closed)
    return Changes(queue=True)
