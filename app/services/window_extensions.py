"""Return-window extensions (延长退货期): a buyer asks for more time on one item of the
ticket's order, with what they showed as evidence; an agent or a supervisor grants it (with
the new deadline) or refuses it (with a reason). A granted extension moves that window's end
for the rules engine (see :mod:`app.services.extension_rows`)."""

from __future__ import annotations

import uuid

from pendulum import DateTime
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, NotFound
from app.models import ExtensionStatus, OrderItem, WindowExtension
from app.services import windows
from app.services.tickets import get_ticket, touch
from app.services.unit import Actor, Changes, audit, mutation, timeline

MAX_TEXT = 2000


def _text(value: str, name: str, what: str) -> str:
    clean = (value or "").strip()
    if not clean:
        raise InvalidInput(f"the request has no {what}", field=name)
    if len(clean) > MAX_TEXT:
        raise InvalidInput(f"the {what} is longer than {MAX_TEXT} characters", field=name)
    return clean


@mutation("window_extension.request", creates=("id",), stamps=("at",))
def request_extension(
    s: Session,
    actor: Actor,
    *,
    ticket_id: uuid.UUID,
    order_item_id: uuid.UUID,
    requested_until: DateTime,
    evidence: str,
    id: uuid.UUID,
    at: DateTime,
    reason: str = "",
    rule_id: str = "no_reason_return",
) -> Changes:
    """Record the buyer's request for more time on ``rule_id``'s window (until
    ``requested_until``) for one item, with its evidence."""
    ticket = get_ticket(s, ticket_id)
    item = s.get(OrderItem, order_item_id)
    if ticket.order_id is None or item is None or item.order_id != ticket.order_id:
        raise InvalidInput("the item is not in the ticket's order", field="order_item_id")
    words = _text(evidence, "evidence", "evidence")
    window = next((w for w in windows.windows_for(s, ticket) if w.rule_id == rule_id), None)
    if window is None:
        raise InvalidInput(f"the ticket has no {rule_id} window to extend", field="rule_id")
    if requested_until <= window.ends_at:
        raise InvalidInput(
            f"the requested deadline {requested_until.isoformat()} is not after the window's "
            f"end {window.ends_at.isoformat()}",
            field="requested_until",
        )
    pending = s.scalar(
        select(WindowExtension.id).where(
            WindowExtension.ticket_id == ticket_id,
            WindowExtension.order_item_id == order_item_id,
            WindowExtension.rule_id == rule_id,
            WindowExtension.status == ExtensionStatus.REQUESTED,
            WindowExtension.deleted_at.is_(None),
        )
    )
    if pending is not None:
        raise InvalidInput("this item already has a request waiting for a decision")
    s.add(
        WindowExtension(
            id=id,
            ticket_id=ticket_id,
            order_item_id=order_item_id,
            rule_id=rule_id,
            status=ExtensionStatus.REQUESTED,
            reason=(reason or "").strip()[:MAX_TEXT],
            evidence=words,
            requested_until=requested_until,
            requested_at=at,
            created_at=at,
            updated_at=at,
        )
    )
    touch(ticket, at)
    details = {"rule_id": rule_id, "until": requested_until.isoformat(), "sku": item.sku}
    timeline(s, actor, ticket_id, "extension_requested", at=at, **details)
    audit(s, actor, "window_extension.request", "window_extension", id, ticket_id=ticket_id,
          order_id=ticket.order_id, at=at, evidence=words, **details)  # fmt: skip
    return Changes(tickets={ticket_id}, created=id)


@mutation("window_extension.decide", stamps=("at",))
def decide_extension(
    s: Session,
    actor: Actor,
    *,
    extension_id: uuid.UUID,
    grant: bool,
    at: DateTime,
    new_deadline: DateTime | None = None,
    note: str = "",
) -> Changes:
    """Grant (until ``new_deadline``, by default the date asked for) or refuse (``note`` says
    why) a waiting request. A grant moves the window's end for the rules engine."""
    ext = s.get(WindowExtension, extension_id)
    if ext is None or ext.deleted_at is not None:
        raise NotFound(f"no extension request {extension_id}")
    if ext.status != ExtensionStatus.REQUESTED:
        raise InvalidInput(f"the request was already decided ({ext.status.value})")
    ticket = get_ticket(s, ext.ticket_id)
    note = (note or "").strip()[:MAX_TEXT]
    if grant:
        deadline = new_deadline or ext.requested_until
        if deadline <= at:
            raise InvalidInput(
                f"the new deadline {deadline.isoformat()} has already passed",
                field="new_deadline",
            )
        ext.status, ext.new_deadline = ExtensionStatus.GRANTED, deadline
    else:
        if not note:
            raise InvalidInput("a refusal needs a reason for the buyer", field="note")
        ext.status = ExtensionStatus.REFUSED
    ext.decided_at, ext.decided_by, ext.decision_note = at, actor.agent_id, note
    ext.updated_at = at
    ext.version += 1
    touch(ticket, at)
    windows.retarget_later(s, ticket, at)
    until = ext.new_deadline.isoformat() if ext.new_deadline else None
    details = {"rule_id": ext.rule_id, "status": ext.status.value, "until": until}
    timeline(s, actor, ticket.id, "extension_decided", at=at, **details)
    audit(s, actor, "window_extension.decide", "window_extension", ext.id, ticket_id=ticket.id,
          order_id=ticket.order_id, at=at, note=note, **details)  # fmt: skip
    return Changes(tickets={ticket.id}, queue=True)
