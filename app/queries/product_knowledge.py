"""Product knowledge for the search dialog and the editor, and the open ticket's products."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.errors import NotFound
from app.models import OrderItem, ProductKnowledge, Shop, Ticket
from app.queries.reading import reading
from app.services.knowledge_text import FIELDS


@dataclass(frozen=True)
class KnowledgeRow:
    id: uuid.UUID
    shop_id: uuid.UUID
    product_id: str
    sku: str
    title: str
    selling_points: str
    size_chart: str
    material_care: str
    faq: str
    pairs_with: str
    brand_story: str
    audience: str
    warehouse: str
    initials: str

    def section(self, name: str) -> str:
        return getattr(self, name) if name in FIELDS else ""

    def sections(self) -> dict[str, str]:
        return {f: getattr(self, f) for f in FIELDS}


_COLUMNS = (
    ProductKnowledge.id,
    ProductKnowledge.shop_id,
    ProductKnowledge.product_id,
    ProductKnowledge.sku,
    ProductKnowledge.title,
    *(getattr(ProductKnowledge, f) for f in FIELDS),
    ProductKnowledge.warehouse,
    ProductKnowledge.initials,
)


def entries(
    sessions: sessionmaker[Session], shop_id: uuid.UUID | None = None
) -> list[KnowledgeRow]:
    """Every live entry (of one shop when ``shop_id`` is given), by title."""
    stmt = select(*_COLUMNS).where(ProductKnowledge.deleted_at.is_(None))
    if shop_id is not None:
        stmt = stmt.where(ProductKnowledge.shop_id == shop_id)
    stmt = stmt.order_by(ProductKnowledge.title, ProductKnowledge.sku)
    with reading(sessions) as conn:
        return [KnowledgeRow(*r) for r in conn.execute(stmt).all()]


def entry(sessions: sessionmaker[Session], entry_id: uuid.UUID) -> KnowledgeRow:
    stmt = select(*_COLUMNS).where(ProductKnowledge.id == entry_id)
    with reading(sessions) as conn:
        row = conn.execute(stmt).first()
    if row is None:
        raise NotFound(f"no knowledge entry {entry_id}")
    return KnowledgeRow(*row)


@dataclass(frozen=True)
class TicketProducts:
    shop_id: uuid.UUID
    skus: frozenset[str]
    product_ids: frozenset[str]


def ticket_products(sessions: sessionmaker[Session], ticket_id: uuid.UUID) -> TicketProducts:
    """The shop of the ticket and the SKUs and product ids of its order's items."""
    with reading(sessions) as conn:
        head = conn.execute(
            select(Ticket.shop_id, Ticket.order_id).where(Ticket.id == ticket_id)
        ).first()
        if head is None:
            raise NotFound(f"no ticket {ticket_id}")
        items = []
        if head[1] is not None:
            items = conn.execute(
                select(OrderItem.sku, OrderItem.product_id).where(OrderItem.order_id == head[1])
            ).all()
    return TicketProducts(
        head[0], frozenset(i[0] for i in items if i[0]), frozenset(i[1] for i in items if i[1])
    )


def shops(sessions: sessionmaker[Session]) -> list[tuple[uuid.UUID, str, bool]]:
    """(id, name, closed) of every shop, by name."""
    stmt = select(Shop.id, Shop.name, Shop.closed_at.is_not(None)).order_by(Shop.name)
    with reading(sessions) as conn:
        return [(r[0], r[1], bool(r[2])) for r in conn.execute(stmt).all()]
