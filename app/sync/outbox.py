"""The outbox: every local write, recorded in the same transaction as its effect."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import MutationState, OutboxMutation, UndoImage, new_id
from app.sync.capture import Tracker
from app.sync.hlc import next_stamp


def append(
    session: Session, *, name: str, args: dict[str, Any], agent_id: uuid.UUID | None
) -> OutboxMutation:
    mutation = OutboxMutation(
        id=new_id(), name=name, args=args, hlc=str(next_stamp(session)), agent_id=agent_id
    )
    session.add(mutation)
    return mutation


def keep_undo(session: Session, entry: OutboxMutation, tracker: Tracker) -> None:
    """Keep the rows ``entry`` touched as they were before it, so a sync can take it back."""
    for ord_, (name, pk, before) in enumerate(tracker.touched.values()):
        session.add(UndoImage(mutation=entry.id, ord=ord_, table_name=name, pk=pk, row=before))
    entry.local = True


def pending(session: Session, *, limit: int = 500) -> list[OutboxMutation]:
    stmt = (
        select(OutboxMutation)
        .where(OutboxMutation.state == MutationState.PENDING)
        .order_by(OutboxMutation.seq)
        .limit(limit)
    )
    return list(session.scalars(stmt))


def pending_count(session: Session) -> int:
    stmt = select(func.count()).where(OutboxMutation.state == MutationState.PENDING)
    return session.scalar(stmt) or 0
