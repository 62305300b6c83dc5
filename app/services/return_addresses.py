"""Return addresses (退货地址): one per shop and warehouse, one of them the shop's default.

An address is complete with a contact name, a phone number and a full address (province,
city, district, street); an incomplete one is refused naming what is missing, so the return
script never sends a buyer to half an address. The return script's ``{return_address}`` is
the address of the warehouse the case's item ships from (its knowledge entry's warehouse),
else the shop's default one."""

from __future__ import annotations

import re
import uuid

from pendulum import DateTime
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, NotFound, PermissionDenied
from app.models import OrderItem, ProductKnowledge, ReturnAddress, Shop, derived_id
from app.services.unit import Actor, Changes, audit, mutation

PARTS = ("contact_name", "phone", "province", "city", "district", "street")
PART_NAMES = {
    "contact_name": ("contact name", "收件人"),
    "phone": ("phone", "电话"),
    "province": ("province", "省"),
    "city": ("city", "市"),
    "district": ("district", "区县"),
    "street": ("street address", "详细地址"),
}
LIMITS = {"contact_name": 60, "phone": 40, "province": 40, "city": 40, "district": 40}
PHONE = re.compile(r"^[0-9+\-() ]{7,20}$")


def missing_parts(values: dict[str, str]) -> list[str]:
    """The parts of a complete address that ``values`` lacks (in :data:`PARTS` order)."""
    missing = [p for p in PARTS if not str(values.get(p) or "").strip()]
    phone = str(values.get("phone") or "").strip()
    if phone and not PHONE.match(phone):
        missing.append("phone")
    return list(dict.fromkeys(missing))


def check_address(values: dict[str, str]) -> dict[str, str]:
    clean = {p: str(values.get(p) or "").strip() for p in PARTS}
    clean["warehouse"] = str(values.get("warehouse") or "").strip()[:60]
    missing = missing_parts(clean)
    if missing:
        en = ", ".join(PART_NAMES[m][0] for m in missing)
        zh = "、".join(PART_NAMES[m][1] for m in missing)
        raise InvalidInput(
            f"the return address is incomplete: {en} missing or invalid",
            field=missing[0],
            missing=missing,
            text_zh=f"退货地址不完整:缺少或无效的{zh}",
        )
    for part, limit in LIMITS.items():
        if len(clean[part]) > limit:
            raise InvalidInput(f"{part} is longer than {limit} characters", field=part)
    clean["street"] = clean["street"][:200]
    return clean


def one_line(a: ReturnAddress | dict[str, str]) -> str:
    """How the buyer reads it: 浙江省杭州市余杭区仓前街道 1号 退货组 王五 13800000000."""
    get = (lambda k: getattr(a, k)) if isinstance(a, ReturnAddress) else a.get
    place = "".join(get(p) for p in ("province", "city", "district", "street"))
    return f"{place} {get('contact_name')} {get('phone')}"


@mutation("return_address.save", stamps=("at",))
def save_return_address(
    s: Session,
    actor: Actor,
    *,
    shop_id: uuid.UUID,
    values: dict[str, str],
    at: DateTime,
    is_default: bool = False,
) -> Changes:
    """Save the address of ``values["warehouse"]`` (empty: the shop's own) for the shop. The
    first address of a shop becomes its default; ``is_default`` moves the default here."""
    if not actor.is_supervisor:
        raise PermissionDenied("only a supervisor sets the return addresses")
    if s.get(Shop, shop_id) is None:
        raise NotFound(f"no shop {shop_id}")
    clean = check_address(values)
    rows = s.scalars(
        select(ReturnAddress).where(
            ReturnAddress.shop_id == shop_id, ReturnAddress.deleted_at.is_(None)
        )
    ).all()
    row = next((r for r in rows if r.warehouse == clean["warehouse"]), None)
    if row is None:  # a new address, or a removed one of this warehouse saved again
        row = s.scalar(
            select(ReturnAddress).where(
                ReturnAddress.shop_id == shop_id, ReturnAddress.warehouse == clean["warehouse"]
            )
        )
        if row is not None:
            row.deleted_at, row.is_default = None, False
    if row is None:
        row = ReturnAddress(
            id=derived_id(shop_id, "return_address", clean["warehouse"]),
            shop_id=shop_id,
            created_at=at,
        )
        row.version = 0
        s.add(row)
    for key, value in clean.items():
        setattr(row, key, value)
    if is_default or not any(r.is_default for r in rows if r is not row):
        for other in rows:
            if other is not row and other.is_default:
                other.is_default, other.updated_at = False, at
                other.version += 1
        row.is_default = True
    row.updated_at = at
    row.version += 1
    audit(s, actor, "return_address.save", "return_address", row.id, at=at, **clean)
    return Changes(created=row.id)


@mutation("return_address.remove", stamps=("at",))
def remove_return_address(
    s: Session, actor: Actor, *, address_id: uuid.UUID, at: DateTime
) -> Changes:
    """Remove an address (a tombstone, so the removal syncs). When it was the shop's default,
    the oldest remaining address becomes the default."""
    if not actor.is_supervisor:
        raise PermissionDenied("only a supervisor sets the return addresses")
    row = s.get(ReturnAddress, address_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(f"no return address {address_id}")
    was_default = row.is_default
    row.deleted_at, row.updated_at, row.is_default = at, at, False
    row.version += 1
    if was_default:
        heir = s.scalars(
            select(ReturnAddress)
            .where(
                ReturnAddress.shop_id == row.shop_id,
                ReturnAddress.deleted_at.is_(None),
                ReturnAddress.id != row.id,
            )
            .order_by(ReturnAddress.created_at, ReturnAddress.id)
        ).first()
        if heir is not None:
            heir.is_default, heir.updated_at = True, at
            heir.version += 1
    audit(
        s, actor, "return_address.remove", "return_address", row.id, at=at,
        warehouse=row.warehouse, shop=row.shop_id,
    )  # fmt: skip
    return Changes()


def address_for(s: Session, shop_id: uuid.UUID, item: OrderItem | None) -> ReturnAddress | None:
    """The return address for ``item``: its warehouse's (from its knowledge entry, the SKU's
    before the product's), else the shop's default; None when the shop has none."""
    rows = s.scalars(
        select(ReturnAddress).where(
            ReturnAddress.shop_id == shop_id, ReturnAddress.deleted_at.is_(None)
        )
    ).all()
    if not rows:
        return None
    warehouse = _warehouse(s, shop_id, item) if item is not None else ""
    by_house = {r.warehouse: r for r in rows}
    if warehouse and warehouse in by_house:
        return by_house[warehouse]
    return next((r for r in rows if r.is_default), rows[0])


def _warehouse(s: Session, shop_id: uuid.UUID, item: OrderItem) -> str:
    found = s.execute(
        select(ProductKnowledge.sku, ProductKnowledge.warehouse).where(
            ProductKnowledge.shop_id == shop_id,
            ProductKnowledge.deleted_at.is_(None),
            ProductKnowledge.warehouse != "",
            (ProductKnowledge.sku == item.sku)
            | ((ProductKnowledge.product_id == item.product_id) & (ProductKnowledge.sku == "")),
        )
    ).all()
    found.sort(key=lambda r: r[0] == "")  # the SKU's own first
    return found[0][1] if found else ""
