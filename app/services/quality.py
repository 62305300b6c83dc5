"""Quality review (DOMAIN.md item 34): a supervisor scores one of an agent's conversations on
the shop's checklist and leaves feedback the agent reads in "my reviews"."""

from __future__ import annotations

import uuid

from pendulum import DateTime
from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, NotFound, PermissionDenied
from app.models import Agent, Message, QualityReview, Ticket, derived_id
from app.quality_checklist import checklist
from app.services.approvals import require_supervisor
from app.services.unit import Actor, Changes, audit, mutation

MAX_FEEDBACK = 4000


def quality_review_id(agent_id: uuid.UUID, ticket_id: uuid.UUID) -> uuid.UUID:
    """One review per agent and conversation: scoring again replaces it."""
    return derived_id(ticket_id, "quality_review", agent_id)


def _worked_on(s: Session, agent_id: uuid.UUID, ticket: Ticket) -> bool:
    wrote = exists().where(Message.ticket_id == ticket.id, Message.author_id == agent_id)
    return ticket.assignee_id == agent_id or bool(s.scalar(select(wrote)))


@mutation("quality.score", stamps=("at",))
def score_conversation(
    s: Session,
    actor: Actor,
    *,
    agent_id: uuid.UUID,
    ticket_id: uuid.UUID,
    scores: dict[str, int],
    at: DateTime,
    feedback: str = "",
) -> Changes:
    """Score the agent's conversation on the ticket, item by item, with feedback."""
    require_supervisor(actor, "quality reviews")
    agent = s.get(Agent, agent_id)
    if agent is None:
        raise NotFound(f"no agent {agent_id}", id=str(agent_id))
    ticket = s.get(Ticket, ticket_id)
    if ticket is None or ticket.deleted_at is not None:
        raise NotFound(f"no ticket {ticket_id}", id=str(ticket_id))
    if not _worked_on(s, agent_id, ticket):
        raise InvalidInput(
            f"{agent.display_name} neither holds nor wrote in this conversation", field="ticket_id"
        )
    feedback = (feedback or "").strip()
    if len(feedback) > MAX_FEEDBACK:
        raise InvalidInput(
            f"the feedback is longer than {MAX_FEEDBACK} characters", field="feedback"
        )
    sheet = checklist()
    marks = dict(scores or {})
    total = sheet.score(marks)
    rid = quality_review_id(agent_id, ticket_id)
    row = s.get(QualityReview, rid)
    if row is None:
        row = QualityReview(id=rid, agent_id=agent_id, ticket_id=ticket_id, created_at=at)
        s.add(row)
    else:
        row.version += 1
    row.reviewer_id, row.checklist_version = actor.agent_id, sheet.version
    row.scores, row.score, row.feedback = marks, total, feedback
    row.reviewed_at, row.updated_at, row.seen_at = at, at, None
    audit(
        s,
        actor,
        "quality.score",
        "quality_review",
        rid,
        ticket_id=ticket_id,
        order_id=ticket.order_id,
        at=at,
        agent_id=agent_id,
        score=total,
    )
    return Changes(created=rid)


@mutation("quality.seen", stamps=("at",))
def mark_review_seen(s: Session, actor: Actor, *, review_id: uuid.UUID, at: DateTime) -> Changes:
    """The reviewed agent has read the review (only they can say so)."""
    row = s.get(QualityReview, review_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(f"no quality review {review_id}", id=str(review_id))
    if row.agent_id != actor.agent_id:
        raise PermissionDenied("only the reviewed agent marks a review as read")
    if row.seen_at is None:
        row.seen_at, row.updated_at = at, at
        row.version += 1
    return Changes()
