"""Payment reminders (催付): one action records that a buyer was reminded to pay a placed
but unpaid order, with the words used. The same buyer is never reminded twice within the
configured interval (``resources/presale.toml``), whichever order or agent."""

from __future__ import annotations

import uuid

from pendulum import DateTime
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, NotFound
from app.models import (
    Order,
    OrderStatus,
    PaymentMethod,
    PaymentReminder,
    QuickPhrase,
    Ticket,
)
from app.services.presale_config import config
from app.services.shop_closing import refuse_if_closed
from app.services.unit import Actor, Changes, audit, mutation, timeline

MAX_TEXT = 2000


class TooSoon(InvalidInput):
    """The buyer was reminded less than the configured interval ago."""

    code = "reminder_too_soon"


def last_reminder(s: Session, customer_id: uuid.UUID) -> DateTime | None:
    return s.scalar(
        select(func.max(PaymentReminder.reminded_at)).where(
            PaymentReminder.customer_id == customer_id, PaymentReminder.deleted_at.is_(None)
        )
    )


def _unpaid(s: Session, order_id: uuid.UUID) -> Order:
    order = s.get(Order, order_id)
    if order is None or order.deleted_at is not None:
        raise NotFound(f"no order {order_id}")
    if order.status != OrderStatus.PLACED or order.payment_method != PaymentMethod.ONLINE:
        raise InvalidInput(
            f"order {order.order_no} is not awaiting payment ({order.status.value})",
            field="order_id",
        )
    return order


@mutation("order.remind_payment", creates=("id",), stamps=("at",))
def remind_payment(
    s: Session,
    actor: Actor,
    *,
    order_id: uuid.UUID,
    text: str,
    id: uuid.UUID,
    at: DateTime,
    phrase_id: uuid.UUID | None = None,
    ticket_id: uuid.UUID | None = None,
) -> Changes:
    """Record a reminder to pay ``order_id`` with the words sent (``text``)."""
    order = _unpaid(s, order_id)
    refuse_if_closed(s, order.shop_id, "a payment reminder")
    words = (text or "").strip()
    if not words:
        raise InvalidInput("the reminder has no words", field="text")
    if len(words) > MAX_TEXT:
        raise InvalidInput(f"the reminder is longer than {MAX_TEXT} characters", field="text")
    last = last_reminder(s, order.customer_id)
    hours = config().reminder_interval_hours
    if last is not None and at < last.add(hours=hours):
        raise TooSoon(
            f"this buyer was reminded at {last.isoformat()}; "
            f"not again within {hours} hours (from {last.add(hours=hours).isoformat()})",
            last=last.isoformat(),
            next=last.add(hours=hours).isoformat(),
        )
    if phrase_id is not None and s.get(QuickPhrase, phrase_id) is None:
        raise NotFound(f"no quick phrase {phrase_id}")
    if ticket_id is not None:
        ticket = s.get(Ticket, ticket_id)
        if ticket is None or ticket.order_id != order.id:
            raise InvalidInput("the ticket is not about this order", field="ticket_id")
    s.add(
        PaymentReminder(
            id=id,
            shop_id=order.shop_id,
            order_id=order.id,
            customer_id=order.customer_id,
            ticket_id=ticket_id,
            phrase_id=phrase_id,
            text=words,
            reminded_by=actor.agent_id,
            reminded_at=at,
            created_at=at,
            updated_at=at,
        )
    )
    if ticket_id is not None:
        timeline(s, actor, ticket_id, "payment_reminder", at=at, id=id, excerpt=words[:80])
    audit(
        s,
        actor,
        "order.remind_payment",
        "payment_reminder",
        id,
        ticket_id=ticket_id,
        order_id=order.id,
        at=at,
    )
    return Changes(orders={order.id}, tickets={ticket_id} if ticket_id else set(), created=id)
