"""Reads for quality review: an agent's conversations in a period with their scores, the
reviews of an agent, and an agent's own reviews ("my reviews")."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from pendulum import DateTime
from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, aliased, sessionmaker

from app.kpis.period import Period
from app.models import (
    Agent,
    Customer,
    Order,
    QualityReview,
    Role,
    Ticket,
    TicketKind,
    TicketStatus,
)
from app.queries.reading import reading
from app.services.approvals import require_supervisor
from app.services.unit import Actor

_REVIEWER = aliased(Agent)


@dataclass(frozen=True)
class ConversationRow:
    ticket_id: uuid.UUID
    kind: TicketKind
    status: TicketStatus
    buyer: str
    order_no: str
    subject: str
    created_at: DateTime
    last_message_at: DateTime | None
    score: int | None  # this agent's review of it, if scored


@dataclass(frozen=True)
class ReviewInfo:
    id: uuid.UUID
    agent_id: uuid.UUID
    agent: str
    ticket_id: uuid.UUID
    kind: TicketKind
    buyer: str
    subject: str
    score: int
    scores: dict[str, Any]
    feedback: str
    reviewer: str
    reviewed_at: DateTime
    seen_at: DateTime | None


@dataclass(frozen=True)
class AgentOption:
    id: uuid.UUID
    name: str
    role: Role


def reviewable_agents(sessions: sessionmaker[Session], *, actor: Actor) -> list[AgentOption]:
    """The agents whose conversations can be reviewed (pre-sale and after-sale)."""
    require_supervisor(actor, "quality reviews")
    stmt = (
        select(Agent.id, Agent.display_name, Agent.role)
        .where(Agent.active.is_(True), Agent.role.in_((Role.PRESALE, Role.AFTERSALE)))
        .order_by(Agent.role, Agent.display_name)
    )
    with reading(sessions) as conn:
        return [AgentOption(*r) for r in conn.execute(stmt)]


def conversations(
    sessions: sessionmaker[Session],
    *,
    actor: Actor,
    agent_id: uuid.UUID,
    period: Period,
    limit: int = 300,
) -> list[ConversationRow]:
    """The tickets the agent held that opened in the period, the latest first."""
    require_supervisor(actor, "quality reviews")
    mine = and_(QualityReview.ticket_id == Ticket.id, QualityReview.agent_id == agent_id)
    stmt = (
        select(
            Ticket.id,
            Ticket.kind,
            Ticket.status,
            Customer.nickname,
            func.coalesce(Order.order_no, ""),
            Ticket.subject,
            Ticket.created_at,
            Ticket.last_message_at,
            QualityReview.score,
        )
        .join(Customer, Customer.id == Ticket.customer_id)
        .outerjoin(Order, Order.id == Ticket.order_id)
        .outerjoin(QualityReview, mine)
        .where(
            Ticket.assignee_id == agent_id,
            Ticket.created_at >= period.start,
            Ticket.created_at < period.end,
            Ticket.deleted_at.is_(None),
        )
        .order_by(Ticket.created_at.desc(), Ticket.id.desc())
        .limit(limit)
    )
    with reading(sessions) as conn:
        return [ConversationRow(*r) for r in conn.execute(stmt)]


def _reviews_stmt():  # noqa: ANN202
    return (
        select(
            QualityReview.id,
            QualityReview.agent_id,
            Agent.display_name,
            QualityReview.ticket_id,
            Ticket.kind,
            Customer.nickname,
            Ticket.subject,
            QualityReview.score,
            QualityReview.scores,
            QualityReview.feedback,
            _REVIEWER.display_name,
            QualityReview.reviewed_at,
            QualityReview.seen_at,
        )
        .join(Agent, Agent.id == QualityReview.agent_id)
        .join(_REVIEWER, _REVIEWER.id == QualityReview.reviewer_id)
        .join(Ticket, Ticket.id == QualityReview.ticket_id)
        .join(Customer, Customer.id == Ticket.customer_id)
        .where(QualityReview.deleted_at.is_(None))
        .order_by(QualityReview.reviewed_at.desc(), QualityReview.id.desc())
    )


def reviews_of(
    sessions: sessionmaker[Session],
    *,
    actor: Actor,
    agent_id: uuid.UUID,
    period: Period | None = None,
) -> list[ReviewInfo]:
    """A supervisor's view: the agent's reviews (made in the period), newest first."""
    require_supervisor(actor, "quality reviews")
    stmt = _reviews_stmt().where(QualityReview.agent_id == agent_id)
    if period is not None:
        stmt = stmt.where(
            QualityReview.reviewed_at >= period.start, QualityReview.reviewed_at < period.end
        )
    with reading(sessions) as conn:
        return [ReviewInfo(*r) for r in conn.execute(stmt)]


def my_reviews(
    sessions: sessionmaker[Session], *, actor: Actor, limit: int = 200
) -> list[ReviewInfo]:
    """The logged-in agent's own reviews, newest first (every role may read its own)."""
    stmt = _reviews_stmt().where(QualityReview.agent_id == actor.agent_id).limit(limit)
    with reading(sessions) as conn:
        return [ReviewInfo(*r) for r in conn.execute(stmt)]


def unseen_count(sessions: sessionmaker[Session], *, actor: Actor) -> int:
    """How many of the agent's reviews they have not opened yet."""
    stmt = select(func.count()).where(
        QualityReview.agent_id == actor.agent_id,
        QualityReview.seen_at.is_(None),
        QualityReview.deleted_at.is_(None),
    )
    with reading(sessions) as conn:
        return int(conn.execute(stmt).scalar_one())


@dataclass(frozen=True)
class Summary:
    reviews: int
    average: float | None  # of the totals
    by_item: dict[str, float]  # item id -> average mark


def summarize(rows: list[ReviewInfo]) -> Summary:
    """Averages over reviews (the total and each checklist item's mark)."""
    if not rows:
        return Summary(0, None, {})
    items: dict[str, list[int]] = {}
    for r in rows:
        for key, mark in r.scores.items():
            items.setdefault(key, []).append(int(mark))
    return Summary(
        len(rows),
        sum(r.score for r in rows) / len(rows),
        {k: sum(v) / len(v) for k, v in items.items()},
    )
