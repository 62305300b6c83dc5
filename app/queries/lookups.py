"""Small lists for pickers and filters: agents, shops, tags."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.models import Agent, Platform, Role, Shop, Tag, TagKind


@dataclass(frozen=True)
class AgentInfo:
    id: uuid.UUID
    username: str
    display_name: str
    role: Role
    compensation_limit_fen: int
    can_adjust_refund: bool


@dataclass(frozen=True)
class ShopInfo:
    id: uuid.UUID
    name: str
    platform: Platform
    timezone: str
    closed: bool


@dataclass(frozen=True)
class TagInfo:
    id: uuid.UUID
    name: str
    kind: TagKind
    color: str


def agents(sessions: sessionmaker[Session], *, active_only: bool = True) -> list[AgentInfo]:
    with sessions() as s:
        stmt = select(Agent).order_by(Agent.role, Agent.display_name)
        if active_only:
            stmt = stmt.where(Agent.active.is_(True))
        return [
            AgentInfo(
                a.id,
                a.username,
                a.display_name,
                a.role,
                a.compensation_limit_fen,
                a.can_adjust_refund,
            )
            for a in s.scalars(stmt)
        ]


def shops(sessions: sessionmaker[Session]) -> list[ShopInfo]:
    with sessions() as s:
        return [
            ShopInfo(x.id, x.name, x.platform, x.timezone, x.closed_at is not None)
            for x in s.scalars(select(Shop).order_by(Shop.name))
        ]


def tags(sessions: sessionmaker[Session]) -> list[TagInfo]:
    with sessions() as s:
        stmt = select(Tag).where(Tag.deleted_at.is_(None)).order_by(Tag.kind, Tag.name)
        return [TagInfo(t.id, t.name, t.kind, t.color) for t in s.scalars(stmt)]
