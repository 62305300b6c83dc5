"""The sync-conflicts list: what the team server refused, or where a later write kept its
value, with the content kept so the agent can redo it or let it go."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from pendulum import DateTime
from sqlalchemy import or_, select
from sqlalchemy.orm import Session, sessionmaker

from app import clock
from app.errors import InvalidInput, NotFound
from app.models import MutationState, OutboxMutation
from app.services.unit import REGISTRY, Actor, Changes


@dataclass(frozen=True)
class Conflict:
    id: uuid.UUID
    name: str  # the versioned mutation name, e.g. "ticket.status/1"
    args: dict[str, Any]
    made_at: DateTime
    state: MutationState  # rejected, or applied with a notice
    code: str
    reason: str

    @property
    def ticket_id(self) -> uuid.UUID | None:
        raw = self.args.get("ticket_id")
        return uuid.UUID(raw) if raw else None

    @property
    def redoable(self) -> bool:
        return self.state == MutationState.REJECTED


def _open(stmt):  # noqa: ANN001, ANN202
    return stmt.where(
        OutboxMutation.settled_at.is_(None),
        or_(
            OutboxMutation.state == MutationState.REJECTED,
            (OutboxMutation.state == MutationState.APPLIED) & (OutboxMutation.notice != ""),
        ),
    )


def open_conflicts(sessions: sessionmaker[Session]) -> list[Conflict]:
    with sessions() as s:
        found = s.scalars(_open(select(OutboxMutation)).order_by(OutboxMutation.seq)).all()
        return [
            Conflict(
                e.id,
                e.name,
                dict(e.args),
                e.created_at,
                e.state,
                e.code or "superseded",
                e.error or e.notice,
            )  # fmt: skip
            for e in found
        ]


def _entry(s: Session, conflict_id: uuid.UUID) -> OutboxMutation:
    entry = s.scalar(_open(select(OutboxMutation)).where(OutboxMutation.id == conflict_id))
    if entry is None:
        raise NotFound("this conflict was already dealt with")
    return entry


def dismiss(sessions: sessionmaker[Session], conflict_id: uuid.UUID) -> None:
    """Let it go: a rejected write is discarded, a notice is marked read."""
    with sessions.begin() as s:
        entry = _entry(s, conflict_id)
        if entry.state == MutationState.REJECTED:
            entry.state = MutationState.DISCARDED
        entry.settled_at = clock.now()


def redo(sessions: sessionmaker[Session], conflict_id: uuid.UUID, actor: Actor) -> Changes:
    """Do a rejected write again, now, as a new write (it may be refused again, locally)."""
    with sessions() as s:
        entry = _entry(s, conflict_id)
        if entry.state != MutationState.REJECTED:
            raise InvalidInput("only a refused change can be done again")
        name, args = entry.name, dict(entry.args)
    service = REGISTRY.get(name)
    if service is None:
        raise InvalidInput(f"this workstation cannot do {name!r} any more")
    args.pop("at", None)  # now, not then
    changes = service(sessions, actor=actor, **args)
    with sessions.begin() as s:
        entry = _entry(s, conflict_id)
        entry.state = MutationState.REDONE
        entry.settled_at = clock.now()
    return changes
