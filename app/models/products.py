"""What agents know about the shop's products (one entry per product or per SKU), and where
the shop's returns go (one address per shop and warehouse)."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, IdMixin, SyncMixin


class ProductKnowledge(IdMixin, SyncMixin, Base):
    """A product's knowledge entry; ``sku`` empty for the whole product, else one SKU's own
    (a SKU entry adds to its product's). ``faq`` holds question/answer pairs, one per line
    as ``Q｜A``."""

    __tablename__ = "product_knowledge"
    __table_args__ = (
        UniqueConstraint("shop_id", "product_id", "sku"),
        Index("ix_product_knowledge_sku", "shop_id", "sku"),
    )

    shop_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("shops.id"))
    product_id: Mapped[str] = mapped_column(String(64))
    sku: Mapped[str] = mapped_column(String(64), default="")
    title: Mapped[str] = mapped_column(String(200))
    selling_points: Mapped[str] = mapped_column(Text, default="")
    size_chart: Mapped[str] = mapped_column(Text, default="")
    material_care: Mapped[str] = mapped_column(Text, default="")
    faq: Mapped[str] = mapped_column(Text, default="")
    pairs_with: Mapped[str] = mapped_column(Text, default="")
    brand_story: Mapped[str] = mapped_column(Text, default="")
    audience: Mapped[str] = mapped_column(Text, default="")
    warehouse: Mapped[str] = mapped_column(String(60), default="")  # where it ships from
    # Pinyin initials of the title and every section, made when the entry is saved, so the
    # search dialog filters by a plain in-memory match.
    initials: Mapped[str] = mapped_column(Text, default="")


class ReturnAddress(IdMixin, SyncMixin, Base):
    """Where returns go for one shop and warehouse; ``is_default`` for the shop's usual one."""

    __tablename__ = "return_addresses"
    __table_args__ = (UniqueConstraint("shop_id", "warehouse"),)

    shop_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("shops.id"))
    warehouse: Mapped[str] = mapped_column(String(60), default="")
    contact_name: Mapped[str] = mapped_column(String(60), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    province: Mapped[str] = mapped_column(String(40), default="")
    city: Mapped[str] = mapped_column(String(40), default="")
    district: Mapped[str] = mapped_column(String(40), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    is_default: Mapped[bool] = mapped_column(default=False)
