"""What waits for a supervisor: compensation registrations above the agent's limit.

For the supervisor console: each row carries the ticket, the order, the buyer, the agent who
registered it, the amount and method, and how long it has waited. Read by the
``(status, created_at)`` index, oldest first.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from pendulum import DateTime
from sqlalchemy import select
from sqlalchemy.orm import Session, aliased, sessionmaker

from app.models import Agent, Compensation, Customer, Order, Ticket
from app.queries.reading import reading

_BY = aliased(Agent)


@dataclass(frozen=True)
class PendingApproval:
    entity: str  # "compensation" (the one kind of approval so far)
    id: uuid.UUID
    ticket_id: uuid.UUID
    order_no: str
    buyer: str
    amount_fen: int
    method: str
    reason: str
    registered_by: str
    registered_by_id: uuid.UUID | None
    limit_fen: int  # the registering agent's limit, for comparison
    registered_at: DateTime


_PENDING = (
    select(
        Compensation.id,
        Compensation.ticket_id,
        Order.order_no,
        Customer.nickname,
        Compensation.amount_fen,
        Compensation.method,
        Compensation.reason,
        _BY.display_name,
        Compensation.created_by,
        _BY.compensation_limit_fen,
        Compensation.created_at,
    )
    .join(Ticket, Ticket.id == Compensation.ticket_id)
    .join(Customer, Customer.id == Ticket.customer_id)
    .outerjoin(Order, Order.id == Ticket.order_id)
    .outerjoin(_BY, _BY.id == Compensation.created_by)
    .where(Compensation.status == "registered", Compensation.deleted_at.is_(None))
    .order_by(Compensation.created_at, Compensation.id)
)


def pending_approvals(
    sessions: sessionmaker[Session], *, limit: int = 200
) -> list[PendingApproval]:
    """Registrations waiting for a supervisor's decision, the longest-waiting first."""
    with reading(sessions) as conn:
        rows = conn.execute(_PENDING.limit(limit)).all()
    return [
        PendingApproval(
            "compensation",
            r[0],
            r[1],
            r[2] or "",
            r[3],
            r[4],
            r[5],
            r[6],
            r[7] or "",
            r[8],
            r[9] or 0,
            r[10],
        )
        for r in rows
    ]
