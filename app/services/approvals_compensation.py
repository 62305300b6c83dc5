"""Approvals of the first kind: compensation registrations above the agent's limit."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session, sessionmaker

from app.queries.approvals import PendingApproval, pending_approvals
from app.services.approvals import ApprovalSource, Pending, register
from app.services.remedies.compensations import approve_compensation, refuse_compensation
from app.services.unit import Actor, Changes

KIND = "compensation"


def _row(p: PendingApproval) -> Pending:
    return Pending(
        kind=KIND,
        id=p.id,
        ticket_id=p.ticket_id,
        order_no=p.order_no,
        buyer=p.buyer,
        requested_by=p.registered_by,
        requested_by_id=p.registered_by_id,
        amount_fen=p.amount_fen,
        limit_fen=p.limit_fen,
        summary=p.reason,
        requested_at=p.registered_at,
        method=p.method,
    )


def _pending(sessions: sessionmaker[Session]) -> list[Pending]:
    """Registrations above the registering agent's limit (within it they are approved at
    once, under the agent's own authority, and never wait)."""
    return [_row(p) for p in pending_approvals(sessions, limit=1000) if p.amount_fen > p.limit_fen]


def _approve(
    sessions: sessionmaker[Session], actor: Actor, record_id: uuid.UUID, note: str
) -> Changes:
    return approve_compensation(sessions, actor=actor, compensation_id=record_id, note=note)


def _refuse(
    sessions: sessionmaker[Session], actor: Actor, record_id: uuid.UUID, reason: str
) -> Changes:
    return refuse_compensation(sessions, actor=actor, compensation_id=record_id, reason=reason)


register(ApprovalSource(KIND, _pending, _approve, _refuse))
