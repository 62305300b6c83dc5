"""The shops and their return addresses (退货地址), for the supervisor's dialog: every live
address of each shop, the default first, with the parts it lacks (an address stored before
addresses were checked, or synced in from elsewhere, may be incomplete; it is shown, marked)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.models import Platform, ReturnAddress, Shop
from app.queries.reading import reading
from app.services.return_addresses import PARTS, missing_parts, one_line


@dataclass(frozen=True)
class AddressRow:
    id: uuid.UUID
    shop_id: uuid.UUID
    warehouse: str  # empty: the shop's own address
    contact_name: str
    phone: str
    province: str
    city: str
    district: str
    street: str
    is_default: bool
    missing: tuple[str, ...]  # parts of PARTS it lacks (or a phone that is not one)

    @property
    def one_line(self) -> str:
        return one_line(self.values()).strip()

    def values(self) -> dict[str, str]:
        """The address as the save service takes it."""
        return {"warehouse": self.warehouse, **{p: getattr(self, p) for p in PARTS}}


@dataclass(frozen=True)
class ShopAddresses:
    id: uuid.UUID
    name: str
    platform: Platform
    closed: bool
    addresses: tuple[AddressRow, ...]


def return_addresses(sessions: sessionmaker[Session]) -> list[ShopAddresses]:
    """Every shop (by name) with its live return addresses: the default first, then the
    shop's own address (no warehouse), then by warehouse."""
    shops_stmt = (
        select(Shop.id, Shop.name, Shop.platform, Shop.closed_at.is_not(None))
        .where(Shop.deleted_at.is_(None))
        .order_by(Shop.name, Shop.id)
    )
    cols = [getattr(ReturnAddress, p) for p in PARTS]
    stmt = (
        select(ReturnAddress.id, ReturnAddress.shop_id, ReturnAddress.warehouse, *cols)
        .add_columns(ReturnAddress.is_default)
        .where(ReturnAddress.deleted_at.is_(None))
        .order_by(ReturnAddress.is_default.desc(), ReturnAddress.warehouse, ReturnAddress.id)
    )
    with reading(sessions) as conn:
        shops = conn.execute(shops_stmt).all()
        rows = conn.execute(stmt).all()
    by_shop: dict[uuid.UUID, list[AddressRow]] = {r[0]: [] for r in shops}
    for r in rows:
        if r.shop_id not in by_shop:
            continue
        parts = {p: getattr(r, p) or "" for p in PARTS}
        missing = tuple(missing_parts(parts))
        by_shop[r.shop_id].append(
            AddressRow(
                r.id,
                r.shop_id,
                r.warehouse or "",
                **parts,
                is_default=bool(r.is_default),
                missing=missing,
            )
        )
    return [ShopAddresses(r[0], r[1], r[2], bool(r[3]), tuple(by_shop[r[0]])) for r in shops]
