"""Shop knowledge agents share: quick phrases and feedback for operations."""

from __future__ import annotations

import uuid

from pendulum import DateTime
from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, IdMixin, SyncMixin, str_enum
from app.models.enums import FeedbackKind


class QuickPhrase(IdMixin, SyncMixin, Base):
    """A quick phrase (快捷语): shop-wide when ``owner_id`` is empty, else personal."""

    __tablename__ = "quick_phrases"

    shop_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("shops.id"), default=None)
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agents.id"), default=None)
    group: Mapped[str] = mapped_column(String(40), default="")
    title: Mapped[str] = mapped_column(String(100))
    body: Mapped[str] = mapped_column(Text)
    # Pinyin initials of the title and the body ("发货" -> "fh"), made when the phrase is
    # saved, so the picker filters by a plain in-memory match.
    initials: Mapped[str] = mapped_column(Text, default="")
    use_count: Mapped[int] = mapped_column(default=0)
    last_used_at: Mapped[DateTime | None] = mapped_column(default=None)


class Feedback(IdMixin, SyncMixin, Base):
    """What a buyer said about a product or a campaign, passed on to operations."""

    __tablename__ = "feedback"

    shop_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("shops.id"))
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tickets.id"), default=None)
    kind: Mapped[FeedbackKind] = mapped_column(str_enum(FeedbackKind))
    product: Mapped[str] = mapped_column(String(200), default="")
    sku: Mapped[str] = mapped_column(String(64), default="")
    text: Mapped[str] = mapped_column(Text)
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agents.id"), default=None)
