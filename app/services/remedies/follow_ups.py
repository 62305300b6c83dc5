"""Follow-ups: open -> done. A promise to come back to the buyer by a time (a late parcel, a
question for the warehouse). While one is open the ticket stays in the queue, due no later
than the follow-up, and cannot be resolved."""

from __future__ import annotations

import uuid

from pendulum import DateTime
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidInput
from app.models import FollowUp
from app.services.remedies import common
from app.services.tickets import get_ticket
from app.services.unit import Actor, Changes, mutation

ENTITY = "follow_up"


def open_follow_ups(s: Session, ticket_id: uuid.UUID) -> list[FollowUp]:
    stmt = select(FollowUp).where(
        FollowUp.ticket_id == ticket_id, FollowUp.status == "open", FollowUp.deleted_at.is_(None)
    )
    return list(s.scalars(stmt.order_by(FollowUp.due_at)))


def _future(due_at: DateTime, at: DateTime) -> DateTime:
    if due_at <= at:
        raise InvalidInput("a follow-up is due in the future", field="due_at")
    return due_at


@mutation("follow_up.open", creates=("id",), stamps=("at",))
def open_follow_up(
    s: Session,
    actor: Actor,
    *,
    ticket_id: uuid.UUID,
    due_at: DateTime,
    id: uuid.UUID,
    at: DateTime,
    cause: str = "",
    gift: str = "",
    note: str = "",
    item_id: uuid.UUID | None = None,
) -> Changes:
    """Promise to come back by ``due_at``; ``cause`` is why (e.g. why it has not shipped),
    ``gift`` what was given to appease the buyer."""
    ticket = get_ticket(s, ticket_id)
    s.add(
        FollowUp(
            id=id,
            **common.base_fields(ticket, actor, at),
            order_item_id=item_id,
            status="open",
            due_at=_future(due_at, at),
            cause=common.text(cause, "cause", 200),
            gift=common.text(gift, "gift", 100),
            note=common.text(note, "note", 1000),
        )
    )
    common.noted(s, actor, ticket, ENTITY, id, "opened", at, due_at=due_at, gift=gift or None)
    return Changes(tickets={ticket_id}, queue=True, created=id)


@mutation("follow_up.close", stamps=("at",))
def close_follow_up(
    s: Session, actor: Actor, *, follow_up_id: uuid.UUID, at: DateTime, note: str = ""
) -> Changes:
    """The promise was kept (the parcel shipped, the buyer was told)."""
    row = common.record(s, FollowUp, follow_up_id, ENTITY)
    ticket = get_ticket(s, row.ticket_id)
    common.move(ENTITY, row, "done", at)
    row.done_at = at
    note = common.text(note, "note", 1000)
    if note:
        row.note = (row.note + "\n" if row.note else "") + note
    common.noted(s, actor, ticket, ENTITY, row.id, "done", at, late=at > row.due_at)
    return Changes(tickets={ticket.id}, queue=True)


@mutation("follow_up.reschedule", stamps=("at",))
def reschedule_follow_up(
    s: Session,
    actor: Actor,
    *,
    follow_up_id: uuid.UUID,
    due_at: DateTime,
    at: DateTime,
    reason: str = "",
) -> Changes:
    row = common.record(s, FollowUp, follow_up_id, ENTITY)
    if row.status != "open":
        raise InvalidInput("only an open follow-up can be rescheduled", field="follow_up_id")
    ticket = get_ticket(s, row.ticket_id)
    before, row.due_at = row.due_at, _future(due_at, at)
    row.version += 1
    row.updated_at = at
    reason = common.text(reason, "reason", 200)
    common.noted(
        s,
        actor,
        ticket,
        ENTITY,
        row.id,
        "rescheduled",
        at,
        before=before,
        due_at=due_at,
        reason=reason,
    )
    return Changes(tickets={ticket.id}, queue=True)
