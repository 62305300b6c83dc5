"""The shop's suppliers (供应商) with their contacts, and the SKUs each supplies: an order
item whose SKU is listed here is a supplied item, and its after-sales pass to the supplier
(see :mod:`app.services.supplier_requests`). Only a supervisor keeps this directory."""

from __future__ import annotations

import re
import uuid

from pendulum import DateTime
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, NotFound, PermissionDenied
from app.models import (
    Shop,
    Supplier,
    SupplierRequest,
    SupplierRequestStatus,
    SupplierSku,
    derived_id,
)
from app.services.unit import Actor, Changes, audit, mutation

PHONE = re.compile(r"^[0-9+\-() ]{7,20}$")
LIMITS = {"name": 100, "contact_name": 60, "phone": 40, "im": 100, "note": 2000}
FIELD_ZH = {"name": "名称", "contact_name": "联系人", "phone": "电话", "im": "其他联系方式",
            "note": "备注"}  # fmt: skip
MIN_HOURS, MAX_HOURS = 1, 720
OPEN = (SupplierRequestStatus.SENT, SupplierRequestStatus.ACCEPTED)


def _supervisor(actor: Actor, what: str) -> None:
    if not actor.is_supervisor:
        raise PermissionDenied(f"only a supervisor {what}")


def check_supplier(values: dict[str, object]) -> dict[str, object]:
    """The supplier's fields cleaned, or :class:`InvalidInput` naming the first bad one."""
    clean: dict[str, object] = {k: str(values.get(k) or "").strip() for k in LIMITS}
    if not clean["name"]:
        raise InvalidInput("the supplier has no name", field="name", text_zh="供应商名称不能为空")
    for key, limit in LIMITS.items():
        if len(str(clean[key])) > limit:
            raise InvalidInput(
                f"{key} is longer than {limit} characters",
                field=key,
                text_zh=f"{FIELD_ZH[key]}不能超过 {limit} 个字",
            )
    if not clean["phone"] and not clean["im"]:
        raise InvalidInput(
            "the supplier needs a phone or another way to reach it (WeChat, QQ, e-mail)",
            field="phone",
            text_zh="供应商至少要有电话或其他联系方式(微信、QQ、邮箱)",
        )
    if clean["phone"] and not PHONE.match(str(clean["phone"])):
        raise InvalidInput(
            f"the phone number {clean['phone']} is not valid",
            field="phone",
            text_zh=f"电话号码 {clean['phone']} 无效",
        )
    hours = values.get("answer_hours", 48)
    if not isinstance(hours, int) or isinstance(hours, bool) or not MIN_HOURS <= hours <= MAX_HOURS:
        raise InvalidInput(
            f"the supplier's time to answer must be {MIN_HOURS} to {MAX_HOURS} hours",
            field="answer_hours",
            text_zh=f"供应商受理时限须为 {MIN_HOURS}–{MAX_HOURS} 小时",
        )
    clean["answer_hours"] = hours
    return clean


def live_supplier(s: Session, supplier_id: uuid.UUID) -> Supplier:
    supplier = s.get(Supplier, supplier_id)
    if supplier is None or supplier.deleted_at is not None:
        raise NotFound(f"no supplier {supplier_id}")
    return supplier


@mutation("supplier.save", creates=("id",), stamps=("at",))
def save_supplier(
    s: Session,
    actor: Actor,
    *,
    shop_id: uuid.UUID,
    values: dict[str, object],
    id: uuid.UUID,
    at: DateTime,
) -> Changes:
    """Add the supplier ``id`` to the shop, or change it if it exists."""
    _supervisor(actor, "keeps the suppliers")
    if s.get(Shop, shop_id) is None:
        raise NotFound(f"no shop {shop_id}")
    clean = check_supplier(values)
    twin = s.scalar(
        select(Supplier.id).where(
            Supplier.shop_id == shop_id,
            Supplier.name == clean["name"],
            Supplier.id != id,
            Supplier.deleted_at.is_(None),
        )
    )
    if twin is not None:
        raise InvalidInput(
            f"the shop already has a supplier named {clean['name']}",
            field="name",
            text_zh=f"本店已有名为 {clean['name']} 的供应商",
        )
    supplier = s.get(Supplier, id)
    if supplier is None:
        supplier = Supplier(id=id, shop_id=shop_id, created_at=at, version=0)
        s.add(supplier)
    elif supplier.deleted_at is not None or supplier.shop_id != shop_id:
        raise NotFound(f"no supplier {id} in this shop")
    for key, value in clean.items():
        setattr(supplier, key, value)
    supplier.updated_at = at
    supplier.version += 1
    audit(s, actor, "supplier.save", "supplier", id, at=at, **clean)
    return Changes(created=id)


@mutation("supplier.set_skus", stamps=("at",))
def set_supplied_skus(
    s: Session, actor: Actor, *, supplier_id: uuid.UUID, skus: list[str], at: DateTime
) -> Changes:
    """Make ``skus`` the SKUs this supplier supplies: new ones are marked supplied (a SKU
    another supplier had moves here), ones left out are no longer supplied by it."""
    _supervisor(actor, "marks items as supplied")
    supplier = live_supplier(s, supplier_id)
    wanted = list(dict.fromkeys(k.strip() for k in skus if k and k.strip()))
    long = [k for k in wanted if len(k) > 64]
    if long:
        raise InvalidInput(
            f"SKU {long[0][:20]}… is longer than 64 characters",
            field="skus",
            text_zh=f"SKU {long[0][:20]}… 超过 64 个字符",
        )
    rows = {
        r.sku: r
        for r in s.scalars(select(SupplierSku).where(SupplierSku.shop_id == supplier.shop_id))
    }
    moved: dict[str, str] = {}
    for sku in wanted:
        row = rows.get(sku)
        if row is None:
            row = SupplierSku(
                id=derived_id(supplier.shop_id, "supplier_sku", sku),
                shop_id=supplier.shop_id,
                sku=sku,
                supplier_id=supplier_id,
                created_at=at,
                updated_at=at,
            )
            s.add(row)
            continue
        if row.supplier_id == supplier_id and row.deleted_at is None:
            continue
        if row.deleted_at is None:
            moved[sku] = str(row.supplier_id)
        row.supplier_id, row.deleted_at, row.updated_at = supplier_id, None, at
        row.version += 1
    dropped = []
    for sku, row in rows.items():
        if row.supplier_id == supplier_id and row.deleted_at is None and sku not in wanted:
            row.deleted_at, row.updated_at = at, at
            row.version += 1
            dropped.append(sku)
    audit(s, actor, "supplier.set_skus", "supplier", supplier_id, at=at, skus=wanted,
          moved_from=moved, dropped=dropped)  # fmt: skip
    return Changes()


@mutation("supplier.remove", stamps=("at",))
def remove_supplier(s: Session, actor: Actor, *, supplier_id: uuid.UUID, at: DateTime) -> Changes:
    """Take the supplier off the directory, with its SKUs; refused while a request to it is
    still open (sent or accepted)."""
    _supervisor(actor, "keeps the suppliers")
    supplier = live_supplier(s, supplier_id)
    open_count = len(
        s.scalars(
            select(SupplierRequest.id).where(
                SupplierRequest.supplier_id == supplier_id,
                SupplierRequest.status.in_(OPEN),
                SupplierRequest.deleted_at.is_(None),
            )
        ).all()
    )
    if open_count:
        raise InvalidInput(
            f"supplier {supplier.name} still has {open_count} open after-sale request(s)",
            field="supplier_id",
            text_zh=f"供应商 {supplier.name} 还有 {open_count} 个未结的供应链售后单",
        )
    supplier.deleted_at, supplier.updated_at = at, at
    supplier.version += 1
    for row in s.scalars(
        select(SupplierSku).where(
            SupplierSku.supplier_id == supplier_id, SupplierSku.deleted_at.is_(None)
        )
    ):
        row.deleted_at, row.updated_at = at, at
        row.version += 1
    audit(s, actor, "supplier.remove", "supplier", supplier_id, at=at, name=supplier.name)
    return Changes()


def supplier_of(s: Session, shop_id: uuid.UUID, sku: str) -> Supplier | None:
    """The live supplier of ``sku`` in the shop, or None when the shop stocks it itself."""
    return s.scalar(
        select(Supplier)
        .join(SupplierSku, SupplierSku.supplier_id == Supplier.id)
        .where(
            SupplierSku.shop_id == shop_id,
            SupplierSku.sku == sku,
            SupplierSku.deleted_at.is_(None),
            Supplier.deleted_at.is_(None),
        )
    )
