"""What each flag colour means in a shop (red = ship with SF, ...), kept in the shop's
settings (``flag_meanings``) and shown wherever a flag is."""

from __future__ import annotations

import uuid

from pendulum import DateTime
from sqlalchemy.orm import Session

from app.errors import InvalidInput, NotFound, PermissionDenied
from app.models import FlagColor, Shop
from app.services.unit import Actor, Changes, audit, mutation

MAX_MEANING = 40
SETTING = "flag_meanings"


@mutation("shop.flag_meanings", stamps=("at",))
def set_flag_meanings(
    s: Session, actor: Actor, *, shop_id: uuid.UUID, meanings: dict[str, str], at: DateTime
) -> Changes:
    """Set the meanings of the six flag colours (an empty text clears one)."""
    if not actor.is_supervisor:
        raise PermissionDenied("only a supervisor sets what the flags mean")
    shop = s.get(Shop, shop_id)
    if shop is None:
        raise NotFound(f"no shop {shop_id}")
    colours = {f.value for f in FlagColor if f != FlagColor.NONE}
    clean: dict[str, str] = {}
    for colour, meaning in meanings.items():
        if colour not in colours:
            raise InvalidInput(
                f"unknown flag colour {colour!r}: one of {', '.join(sorted(colours))}",
                field="meanings",
            )
        text = (meaning or "").strip()
        if len(text) > MAX_MEANING:
            raise InvalidInput(
                f"the meaning of {colour} is longer than {MAX_MEANING}", field="meanings"
            )
        if text:
            clean[colour] = text
    before = dict((shop.settings or {}).get(SETTING, {}))
    shop.settings = {**(shop.settings or {}), SETTING: clean}  # a new dict: JSON change seen
    shop.version += 1
    shop.updated_at = at
    audit(s, actor, "shop.flag_meanings", "shop", shop_id, at=at, before=before, after=clean)
    return Changes(queue=True)
