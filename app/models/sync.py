"""Tables of the team sync: accounts, devices, pushed results and the change log (server), and
the undo images of local writes not yet confirmed (client).

Every database has them all (one schema for both ends); each end fills its own.
"""

from __future__ import annotations

import uuid
from typing import Any

from pendulum import DateTime
from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app import clock
from app.models.base import Base


class Credential(Base):
    """An agent's password for the team server (argon2 hash)."""

    __tablename__ = "sync_credentials"

    agent_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agents.id"), primary_key=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    changed_at: Mapped[DateTime] = mapped_column(default=clock.now)


class Device(Base):
    """A workstation registered with the server: its client id is bound to one agent."""

    __tablename__ = "sync_devices"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)  # the client id
    agent_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agents.id"))
    name: Mapped[str] = mapped_column(String(100), default="")
    registered_at: Mapped[DateTime] = mapped_column(default=clock.now)
    last_seen_at: Mapped[DateTime | None] = mapped_column(default=None)
    # The last mutation id taken (applied or rejected); the next must be exactly one more.
    last_mutation_id: Mapped[int] = mapped_column(BigInteger, default=0)


class Token(Base):
    """A login: only the SHA-256 of the token is kept; it expires and can be revoked."""

    __tablename__ = "sync_tokens"
    __table_args__ = (Index("ix_sync_tokens_agent", "agent_id"),)

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    agent_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agents.id"))
    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sync_devices.id"))
    issued_at: Mapped[DateTime] = mapped_column(default=clock.now)
    expires_at: Mapped[DateTime]
    revoked_at: Mapped[DateTime | None] = mapped_column(default=None)


class PushResult(Base):
    """What became of one pushed mutation, kept so a repeated push gets the same answer."""

    __tablename__ = "sync_results"

    device_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    mutation_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    mutation: Mapped[uuid.UUID]  # the outbox entry's own id
    name: Mapped[str] = mapped_column(String(60))
    hlc: Mapped[str] = mapped_column(String(40))
    state: Mapped[str] = mapped_column(String(12))  # applied | rejected
    code: Mapped[str] = mapped_column(String(60), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    # applied: {stream: highest change seq it wrote}, and fields a later stamp kept
    marks: Mapped[dict[str, Any]] = mapped_column(default=dict)
    at: Mapped[DateTime] = mapped_column(default=clock.now)


class Stream(Base):
    """One change stream per shop (and one for the team's shared rows): its sequence counter.

    The counter row is updated inside the writing transaction, so it is locked until commit
    and sequence numbers of one stream commit in order.
    """

    __tablename__ = "sync_streams"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)  # a shop id, or TEAM_STREAM
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    # Changes at or below this were pruned: a client whose cursor is older must reset.
    pruned_seq: Mapped[int] = mapped_column(BigInteger, default=0)


class Change(Base):
    """One row as it became after an applied mutation (``row`` is empty for a tombstone)."""

    __tablename__ = "sync_changes"

    stream: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    table_name: Mapped[str] = mapped_column(String(60))
    pk: Mapped[dict[str, Any]]
    op: Mapped[str] = mapped_column(String(8))  # upsert | delete
    row: Mapped[dict[str, Any] | None] = mapped_column(default=None)
    device_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    mutation_id: Mapped[int | None] = mapped_column(BigInteger, default=None)


class FieldStamp(Base):
    """The stamp of the write that last set a plain field (last writer wins by stamp)."""

    __tablename__ = "sync_field_stamps"

    table_name: Mapped[str] = mapped_column(String(60), primary_key=True)
    row_key: Mapped[str] = mapped_column(String(200), primary_key=True)
    field: Mapped[str] = mapped_column(String(60), primary_key=True)
    hlc: Mapped[str] = mapped_column(String(40))


class UndoImage(Base):
    """Client side: a row as it was before a local mutation the server has not confirmed
    (``row`` empty: the mutation created it). Undone in reverse before pulled rows apply."""

    __tablename__ = "sync_undo"

    mutation: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    ord: Mapped[int] = mapped_column(Integer, primary_key=True)
    table_name: Mapped[str] = mapped_column(String(60))
    pk: Mapped[dict[str, Any]]
    row: Mapped[dict[str, Any] | None] = mapped_column(default=None)


SYNC_TABLES = frozenset(
    {
        "sync_credentials",
        "sync_devices",
        "sync_tokens",
        "sync_results",
        "sync_streams",
        "sync_changes",
        "sync_field_stamps",
        "sync_undo",
    }
)
