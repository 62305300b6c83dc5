"""Shops and the agents who serve them."""

from __future__ import annotations

import uuid
from typing import Any

from pendulum import DateTime
from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, IdMixin, SyncMixin, str_enum
from app.models.enums import Platform, Role


class Shop(IdMixin, SyncMixin, Base):
    __tablename__ = "shops"

    name: Mapped[str] = mapped_column(String(100))
    platform: Mapped[Platform] = mapped_column(str_enum(Platform))
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Shanghai")
    closed_at: Mapped[DateTime | None] = mapped_column(default=None)
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Agent(IdMixin, SyncMixin, Base):
    __tablename__ = "agents"

    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[Role] = mapped_column(str_enum(Role))
    compensation_limit_fen: Mapped[int] = mapped_column(default=0)
    price_change_limit_fen: Mapped[int] = mapped_column(default=0)
    can_adjust_refund: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)
    home_shop_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("shops.id"), default=None)
