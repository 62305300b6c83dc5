"""Product knowledge (商品知识库): a supervisor writes one entry per product (``sku`` empty)
or per SKU. Saving stores the pinyin initials with the entry, so the search dialog filters in
memory. Entries are keyed by (shop, product id, SKU): saving the same key again updates it,
so importing a corrected sheet twice changes nothing the second time."""

from __future__ import annotations

import uuid
from typing import Any

from pendulum import DateTime
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, NotFound, PermissionDenied
from app.models import ProductKnowledge, Shop, derived_id
from app.services.knowledge_text import FIELDS, faq_pairs, index_initials
from app.services.unit import Actor, Changes, audit, mutation

MAX_ID, MAX_TITLE, MAX_SECTION, MAX_WAREHOUSE = 64, 200, 4000, 60


def _may_edit(actor: Actor) -> None:
    if not actor.is_supervisor:
        raise PermissionDenied("only a supervisor edits the product knowledge")


def check_entry(values: dict[str, Any]) -> dict[str, str]:
    """The entry's fields cleaned, or InvalidInput naming the first thing wrong."""
    out = {k: str(values.get(k) or "").strip() for k in ("product_id", "sku", "title")}
    for name, limit in (("product_id", MAX_ID), ("sku", MAX_ID), ("title", MAX_TITLE)):
        if len(out[name]) > limit:
            raise InvalidInput(f"{name} is longer than {limit} characters", field=name)
    if not out["product_id"]:
        raise InvalidInput("the product id is empty", field="product_id")
    if not out["title"]:
        raise InvalidInput("the title is empty", field="title")
    for name in FIELDS:
        text = str(values.get(name) or "").strip()
        if len(text) > MAX_SECTION:
            raise InvalidInput(f"{name} is longer than {MAX_SECTION} characters", field=name)
        out[name] = text
    unanswered = [q for q, a in faq_pairs(out["faq"]) if not a]
    if unanswered:
        raise InvalidInput(
            f"the question “{unanswered[0]}” has no answer (write it as question｜answer)",
            field="faq",
        )
    if not any(out[f] for f in FIELDS):
        raise InvalidInput("the entry has nothing to say: fill in at least one section")
    out["warehouse"] = str(values.get("warehouse") or "").strip()
    if len(out["warehouse"]) > MAX_WAREHOUSE:
        raise InvalidInput(
            f"warehouse is longer than {MAX_WAREHOUSE} characters", field="warehouse"
        )
    return out


def entry_id(shop_id: uuid.UUID, product_id: str, sku: str) -> uuid.UUID:
    """The same key makes the same id on every workstation."""
    return derived_id(shop_id, "knowledge", product_id, sku)


def _upsert(s: Session, shop_id: uuid.UUID, clean: dict[str, str], at: DateTime) -> uuid.UUID:
    key = (clean["product_id"], clean["sku"])
    row = s.scalars(
        select(ProductKnowledge).where(
            ProductKnowledge.shop_id == shop_id,
            ProductKnowledge.product_id == key[0],
            ProductKnowledge.sku == key[1],
        )
    ).first()
    if row is None:
        row = ProductKnowledge(id=entry_id(shop_id, *key), shop_id=shop_id, created_at=at)
        row.version = 0
        s.add(row)
    for name, value in clean.items():
        setattr(row, name, value)
    row.initials = index_initials(clean["title"], clean)
    row.deleted_at, row.updated_at = None, at
    row.version += 1
    return row.id


def _shop(s: Session, shop_id: uuid.UUID) -> Shop:
    shop = s.get(Shop, shop_id)
    if shop is None:
        raise NotFound(f"no shop {shop_id}")
    return shop


@mutation("knowledge.save", stamps=("at",))
def save_entry(
    s: Session,
    actor: Actor,
    *,
    shop_id: uuid.UUID,
    values: dict[str, Any],
    at: DateTime,
    entry_id: uuid.UUID | None = None,
) -> Changes:
    """Create or update an entry. ``entry_id`` names the entry being edited (its product id
    and SKU may change, unless another entry has them already)."""
    _may_edit(actor)
    _shop(s, shop_id)
    clean = check_entry(values)
    if entry_id is not None:
        old = s.get(ProductKnowledge, entry_id)
        if old is None or old.deleted_at is not None:
            raise NotFound(f"no knowledge entry {entry_id}")
        if (old.product_id, old.sku) != (clean["product_id"], clean["sku"]):
            taken = s.scalars(
                select(ProductKnowledge.id).where(
                    ProductKnowledge.shop_id == shop_id,
                    ProductKnowledge.product_id == clean["product_id"],
                    ProductKnowledge.sku == clean["sku"],
                    ProductKnowledge.deleted_at.is_(None),
                )
            ).first()
            if taken is not None:
                raise InvalidInput("another entry has this product id and SKU", field="sku")
            old.product_id, old.sku = clean["product_id"], clean["sku"]
            s.flush()
    saved = _upsert(s, shop_id, clean, at)
    audit(s, actor, "knowledge.save", "product_knowledge", saved, at=at, title=clean["title"])
    return Changes(created=saved)


@mutation("knowledge.delete", stamps=("at",))
def delete_entry(s: Session, actor: Actor, *, entry_id: uuid.UUID, at: DateTime) -> Changes:
    _may_edit(actor)
    row = s.get(ProductKnowledge, entry_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(f"no knowledge entry {entry_id}")
    row.deleted_at, row.updated_at = at, at
    row.version += 1
    audit(s, actor, "knowledge.delete", "product_knowledge", entry_id, at=at, title=row.title)
    return Changes()


@mutation("knowledge.import", stamps=("at",))
def import_entries(
    s: Session,
    actor: Actor,
    *,
    shop_id: uuid.UUID,
    rows: list[dict[str, Any]],
    at: DateTime,
    source: str = "",
) -> Changes:
    """Save checked rows (from :mod:`app.services.knowledge_import`) in one transaction."""
    _may_edit(actor)
    _shop(s, shop_id)
    cleaned = [check_entry(row) for row in rows]
    for clean in cleaned:
        _upsert(s, shop_id, clean, at)
    audit(s, actor, "knowledge.import", "shop", shop_id, at=at, rows=len(cleaned), source=source)
    return Changes()
