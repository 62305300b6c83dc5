"""Which shop an import goes into: named by the user, or the one shop on the files' platform."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from app.errors import InvalidInput
from app.models import Platform, new_id
from app.queries import lookups

FAMILIES = {
    "douyin": ("douyin",),
    "taobao": ("taobao", "tmall"),
    "other": tuple(p.value for p in Platform),
}


@dataclass(frozen=True)
class ShopChoice:
    id: uuid.UUID
    name: str
    platform: Platform
    timezone: str
    exists: bool


def choose_shop(
    sessions: sessionmaker[Session], *, name: str | None, platform: str | None, family: str | None
) -> ShopChoice:
    """The shop to import into. ``platform`` is what the user said, ``family`` what the files
    are (douyin, taobao for Taobao and Tmall, other). A shop named but not stored yet is made
    by the first batch; it needs its platform."""
    shops = lookups.shops(sessions)
    allowed = FAMILIES.get(family or "other", FAMILIES["other"])
    if name:
        found = [s for s in shops if s.name == name.strip()]
        if found:
            shop = found[0]
            if platform and platform != "other" and shop.platform.value != platform:
                raise InvalidInput(
                    f"the shop {shop.name} is on {shop.platform.value}, not {platform}"
                )
            if shop.platform.value not in allowed:
                raise InvalidInput(
                    f"the files are a {family} export but the shop {shop.name} is on "
                    f"{shop.platform.value}"
                )
            return ShopChoice(shop.id, shop.name, shop.platform, shop.timezone, True)
        return ShopChoice(
            new_id(), name.strip(), _new_platform(platform, family), "Asia/Shanghai", False
        )
    candidates = [
        s
        for s in shops
        if s.platform.value in allowed
        and (not platform or s.platform.value == platform or platform == "other")
    ]
    if len(candidates) == 1:
        shop = candidates[0]
        return ShopChoice(shop.id, shop.name, shop.platform, shop.timezone, True)
    known = ", ".join(f"{s.name} ({s.platform.value})" for s in shops)
    if not shops:
        raise InvalidInput("there is no shop yet: name the shop to import into (--shop NAME)")
    raise InvalidInput(f"name the shop to import into (--shop NAME); shops: {known}")


def _new_platform(platform: str | None, family: str | None) -> Platform:
    if platform and platform != "other":
        return Platform(platform)
    if family == "douyin":
        return Platform.DOUYIN
    if family == "taobao":
        raise InvalidInput(
            "a new shop needs its platform: say --platform taobao or --platform tmall"
        )
    return Platform.OTHER
