"""Compensation (补偿) and the rebate registration (登记返款): registered -> approved -> paid.

Within the agent's compensation limit the registration is approved at once under the agent's
own authority; above it the registration waits for a supervisor (``registered``), the ticket
is escalated, and only a supervisor approves or refuses it. A workflow run paused on the
registration continues when the supervisor decides.
"""

from __future__ import annotations

import uuid

from pendulum import DateTime
from sqlalchemy.orm import Session

from app.errors import InvalidInput, PermissionDenied
from app.models import Compensation, Ticket, TicketStatus
from app.services import runs
from app.services.remedies import common
from app.services.tickets import get_ticket, set_status
from app.services.unit import Actor, Changes, mutation

METHODS = ("platform", "alipay", "wechat", "bank", "coupon")
ENTITY = "compensation"


def within_authority(s: Session, actor: Actor, amount_fen: int) -> bool:
    """A supervisor's authority has no limit here; an agent's is ``compensation_limit_fen``."""
    return actor.is_supervisor or amount_fen <= common.agent(s, actor).compensation_limit_fen


@mutation("compensation.register", creates=("id",), stamps=("at",))
def register_compensation(
    s: Session,
    actor: Actor,
    *,
    ticket_id: uuid.UUID,
    amount_fen: int,
    method: str,
    id: uuid.UUID,
    at: DateTime,
    reason: str = "",
    item_id: uuid.UUID | None = None,
    note: str = "",
) -> Changes:
    """Register a rebate; approved at once within the agent's limit, else waiting."""
    ticket = get_ticket(s, ticket_id)
    common.positive_fen(amount_fen, "amount_fen")
    if method not in METHODS:
        raise InvalidInput(
            f"unknown method {method!r}: one of {', '.join(METHODS)}", field="method"
        )
    if item_id is not None:
        common.items_of(s, common.ticket_with_order(s, ticket_id)[1], item_id)
    row = Compensation(
        id=id,
        **common.base_fields(ticket, actor, at),
        order_item_id=item_id,
        status="registered",
        amount_fen=amount_fen,
        method=method,
        reason=common.text(reason, "reason", 200),
        note=common.text(note, "note", 1000),
    )
    s.add(row)
    common.noted(
        s, actor, ticket, ENTITY, id, "registered", at, amount_fen=amount_fen, method=method
    )
    if within_authority(s, actor, amount_fen):
        _decide(s, actor, ticket, row, "approved", at, within_authority=True)
    elif ticket.active and ticket.status != TicketStatus.ESCALATED:
        set_status(s, actor, ticket, TicketStatus.ESCALATED, at, reason="awaiting_approval")
    return Changes(tickets={ticket_id}, queue=True, created=id)


def _decide(
    s: Session,
    actor: Actor,
    ticket: Ticket,
    row: Compensation,
    decision: str,
    at: DateTime,
    **data: object,
) -> None:
    common.move(ENTITY, row, decision, at)
    if decision == "approved":
        row.approved_by = actor.agent_id
    common.noted(s, actor, ticket, ENTITY, row.id, decision, at, amount_fen=row.amount_fen, **data)


def _supervisor_decision(
    s: Session, actor: Actor, compensation_id: uuid.UUID, decision: str, at: DateTime, **data: str
) -> Changes:
    if not actor.is_supervisor:
        raise PermissionDenied("only a supervisor can decide on a compensation above the limit")
    row = common.record(s, Compensation, compensation_id, ENTITY)
    ticket = get_ticket(s, row.ticket_id)
    _decide(s, actor, ticket, row, decision, at, **data)
    if ticket.status == TicketStatus.ESCALATED:
        set_status(s, actor, ticket, TicketStatus.OPEN, at, reason=f"compensation_{decision}")
    runs.continue_after_decision(s, actor, row.id, decision, at)
    return Changes(tickets={ticket.id}, queue=True)


@mutation("compensation.approve", stamps=("at",))
def approve_compensation(
    s: Session, actor: Actor, *, compensation_id: uuid.UUID, at: DateTime, note: str = ""
) -> Changes:
    """A supervisor approves a registration waiting above the agent's limit."""
    return _supervisor_decision(
        s, actor, compensation_id, "approved", at, note=common.text(note, "note", 1000)
    )


@mutation("compensation.refuse", stamps=("at",))
def refuse_compensation(
    s: Session, actor: Actor, *, compensation_id: uuid.UUID, reason: str, at: DateTime
) -> Changes:
    """A supervisor refuses a registration, saying why (the agent tells the buyer)."""
    reason = common.text(reason, "reason", 1000, required=True)
    changes = _supervisor_decision(s, actor, compensation_id, "refused", at, reason=reason)
    row = s.get(Compensation, compensation_id)
    row.note = (row.note + "\n" if row.note else "") + reason
    return changes


@mutation("compensation.pay", stamps=("at",))
def pay_compensation(
    s: Session, actor: Actor, *, compensation_id: uuid.UUID, at: DateTime, reference: str = ""
) -> Changes:
    """The approved rebate was paid (the transfer's reference goes in the note)."""
    row = common.record(s, Compensation, compensation_id, ENTITY)
    ticket = get_ticket(s, row.ticket_id)
    common.move(ENTITY, row, "paid", at)
    row.paid_at = at
    reference = common.text(reference, "reference", 200)
    if reference:
        row.note = (row.note + "\n" if row.note else "") + reference
    common.noted(s, actor, ticket, ENTITY, row.id, "paid", at, amount_fen=row.amount_fen)
    return Changes(tickets={ticket.id}, queue=True)
