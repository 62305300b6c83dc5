"""Buyers, the tags agents put on them, and who put them there."""

from __future__ import annotations

import uuid

from pendulum import DateTime
from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app import clock
from app.models.base import Base, IdMixin, SyncMixin, str_enum
from app.models.enums import TagKind


class Customer(IdMixin, SyncMixin, Base):
    __tablename__ = "customers"
    __table_args__ = (UniqueConstraint("shop_id", "platform_buyer_id"),)

    shop_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("shops.id"))
    platform_buyer_id: Mapped[str] = mapped_column(String(64))
    nickname: Mapped[str] = mapped_column(String(100))
    phone_masked: Mapped[str | None] = mapped_column(String(20), default=None)
    note: Mapped[str] = mapped_column(String(500), default="")


class Tag(IdMixin, SyncMixin, Base):
    __tablename__ = "tags"

    name: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[TagKind] = mapped_column(str_enum(TagKind), default=TagKind.OTHER)
    color: Mapped[str] = mapped_column(String(9), default="#888888")


class CustomerTag(IdMixin, SyncMixin, Base):
    """A tag on a buyer, with who put it there and when; untagging leaves a tombstone."""

    __tablename__ = "customer_tags"
    __table_args__ = (
        UniqueConstraint("customer_id", "tag_id"),
        Index("ix_customer_tags_tag", "tag_id", "customer_id"),
    )

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"))
    tag_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tags.id"))
    tagged_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agents.id"), default=None)
    tagged_at: Mapped[DateTime] = mapped_column(default=clock.now)
