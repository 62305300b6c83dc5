"""The conversation on a ticket (buyer messages, replies, internal notes) and evidence files."""

from __future__ import annotations

import uuid

from pendulum import DateTime
from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app import clock
from app.models.base import Base, IdMixin, SyncMixin, str_enum
from app.models.enums import MessageKind


class Message(IdMixin, SyncMixin, Base):
    __tablename__ = "messages"
    __table_args__ = (Index("ix_messages_ticket", "ticket_id", "at"),)

    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tickets.id"))
    kind: Mapped[MessageKind] = mapped_column(str_enum(MessageKind))
    author_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agents.id"), default=None)
    body: Mapped[str] = mapped_column(Text)
    at: Mapped[DateTime] = mapped_column(default=clock.now)


class Attachment(IdMixin, SyncMixin, Base):
    """An evidence file: the bytes live once in the data folder under their SHA-256."""

    __tablename__ = "attachments"
    __table_args__ = (
        Index("ix_attachments_ticket", "ticket_id"),
        Index("ix_attachments_sha256", "sha256"),
    )

    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tickets.id"))
    message_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("messages.id"), default=None)
    filename: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int]
    mime: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    purpose: Mapped[str] = mapped_column(String(40), default="evidence")
    added_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agents.id"), default=None)
    added_at: Mapped[DateTime] = mapped_column(default=clock.now)
