"""The conversation on a ticket: buyer messages, agent replies and internal notes."""

from __future__ import annotations

import uuid

from pendulum import DateTime
from sqlalchemy.orm import Session

from app.errors import InvalidInput
from app.models import Message, MessageKind, Ticket, TicketStatus
from app.services import due, windows
from app.services.tickets import get_ticket, set_status, touch
from app.services.unit import Actor, Changes, audit, mutation, timeline

MAX_BODY = 10_000


def _clean(body: str) -> str:
    text = (body or "").strip()
    if not text:
        raise InvalidInput("the message is empty", field="body")
    if len(text) > MAX_BODY:
        raise InvalidInput(
            f"the message is longer than {MAX_BODY} characters", field="body", limit=MAX_BODY
        )
    return text


def _add(
    s: Session,
    actor: Actor,
    ticket: Ticket,
    kind: MessageKind,
    body: str,
    id: uuid.UUID,
    at: DateTime,
) -> Message:
    msg = Message(
        id=id,
        ticket_id=ticket.id,
        kind=kind,
        author_id=actor.agent_id if kind != MessageKind.BUYER else None,
        body=_clean(body),
        at=at,
        created_at=at,
        updated_at=at,
    )
    s.add(msg)
    timeline(s, actor, ticket.id, kind.value, at=at, message_id=id, excerpt=msg.body[:80])
    audit(
        s,
        actor,
        f"message.{kind.value}",
        "message",
        id,
        ticket_id=ticket.id,
        order_id=ticket.order_id,
        at=at,
    )
    return msg


@mutation("ticket.reply", creates=("id",), stamps=("at",))
def add_reply(
    s: Session, actor: Actor, *, ticket_id: uuid.UUID, body: str, id: uuid.UUID, at: DateTime
) -> Changes:
    """Record what the agent answered (the UI also copies it for the platform's chat)."""
    ticket = get_ticket(s, ticket_id)
    _add(s, actor, ticket, MessageKind.REPLY, body, id, at)
    ticket.last_message_at = at
    if ticket.status == TicketStatus.NEW:
        set_status(s, actor, ticket, TicketStatus.OPEN, at, reason="first_reply")
    else:
        nxt = due.next_touch_due(ticket.status, at)
        if nxt is not None:
            windows.retarget(s, ticket, nxt, at)
        touch(ticket, at)
    return Changes(tickets={ticket_id}, conversation=True, queue=True, created=id)


@mutation("ticket.note", creates=("id",), stamps=("at",))
def add_note(
    s: Session, actor: Actor, *, ticket_id: uuid.UUID, body: str, id: uuid.UUID, at: DateTime
) -> Changes:
    """An internal note: never shown to the buyer."""
    ticket = get_ticket(s, ticket_id)
    _add(s, actor, ticket, MessageKind.NOTE, body, id, at)
    touch(ticket, at)
    return Changes(tickets={ticket_id}, conversation=True, created=id)


@mutation("ticket.buyer_message", creates=("id",), stamps=("at",))
def add_buyer_message(
    s: Session, actor: Actor, *, ticket_id: uuid.UUID, body: str, id: uuid.UUID, at: DateTime
) -> Changes:
    """Record what the buyer wrote (pasted from the platform's chat)."""
    ticket = get_ticket(s, ticket_id)
    _add(s, actor, ticket, MessageKind.BUYER, body, id, at)
    ticket.last_message_at = at
    if ticket.status in (TicketStatus.WAITING_CUSTOMER, TicketStatus.RESOLVED):
        set_status(s, actor, ticket, TicketStatus.OPEN, at, reason="buyer_wrote")
    else:
        touch(ticket, at)
    due_at, rule = due.first_response_due(ticket.kind, at)
    if ticket.active and due_at < ticket.due_at:
        windows.retarget(s, ticket, (due_at, rule), at)
    return Changes(tickets={ticket_id}, conversation=True, queue=True, created=id)
