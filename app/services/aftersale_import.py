"""After-sales from the platforms' exports: the ``aftersale.import`` mutation.

Each case becomes a ticket of its kind on its order, covering the item it is about, with the
id derived from the shop and the platform's after-sale number: importing it again (or a newer
export) finds the same ticket and brings it up to date. The platform is the truth about the
items' after-sale state; the ticket's status follows the platform where the platform moves
the case on (waiting for the buyer or the platform, or finished), never backwards over what
an agent did. The platform's deadline for the current step is kept on the ticket when the
step is the shop's (``platform_deadline``: the rules engine prefers it to its own figure).
"""

from __future__ import annotations

import contextlib
import json
import uuid
from typing import Any

import pendulum
from pendulum import DateTime
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, KefuError
from app.models import (
    ItemAfterSale,
    Order,
    OrderItem,
    Ticket,
    TicketItem,
    TicketKind,
    TicketStatus,
    derived_id,
)
from app.services import windows
from app.services.order_import import ImportChanges, item_id_for
from app.services.tickets import create_ticket, set_status, touch
from app.services.unit import Actor, audit, mutation, timeline

MAX_BATCH = 1_000
# Platform-driven moves the import makes; a platform saying "the shop's move" leaves the
# agent's status alone.
FOLLOWS = frozenset(
    {TicketStatus.WAITING_CUSTOMER, TicketStatus.WAITING_PLATFORM, TicketStatus.RESOLVED}
)


def ticket_id_for(shop_id: uuid.UUID, aftersale_no: str) -> uuid.UUID:
    return derived_id(shop_id, "aftersale", aftersale_no)


def cases_text(cases: list[dict[str, Any]]) -> str:
    return json.dumps(cases, ensure_ascii=False, separators=(",", ":"))


@mutation("aftersale.import", stamps=("at",))
def import_aftersales(
    s: Session, actor: Actor, *, shop_id: uuid.UUID, cases: str, at: DateTime
) -> ImportChanges:
    """Create or update the tickets of a batch of platform after-sale cases (JSON text, see
    app/connectors/aftersale.py). Cases whose order is not stored are counted ``skipped``."""
    changes = ImportChanges(queue=True)
    changes.counts["skipped"] = 0
    for case in _decoded(cases):
        order = s.scalar(
            select(Order).where(Order.shop_id == shop_id, Order.order_no == case["order_no"])
        )
        if order is None:
            changes.counts["skipped"] += 1
            continue
        tid = ticket_id_for(shop_id, case["aftersale_no"])
        ticket = s.get(Ticket, tid)
        if ticket is None:
            _create(s, actor, order, tid, case, at)
            changes.counts["created"] += 1
        elif _update(s, actor, ticket, order, case, at):
            changes.counts["updated"] += 1
        else:
            changes.counts["unchanged"] += 1
            continue
        changes.tickets.add(tid)
        changes.orders.add(order.id)
    return changes


def _decoded(text: str) -> list[dict[str, Any]]:
    try:
        cases = json.loads(text)
    except (TypeError, ValueError) as exc:
        raise InvalidInput(f"cases is not JSON: {exc}", field="cases") from exc
    if not isinstance(cases, list) or len(cases) > MAX_BATCH:
        raise InvalidInput(f"cases is a JSON array of at most {MAX_BATCH} cases", field="cases")
    for case in cases:
        try:
            TicketKind(case["kind"])
            TicketStatus(case["status"])
            ItemAfterSale(case["item_state"])
            str(case["aftersale_no"]), str(case["order_no"]), _time(case["applied_at"])
        except (KeyError, TypeError, ValueError) as exc:
            raise InvalidInput(f"not an after-sale case: {case!r}", field="cases") from exc
    return cases


def _time(iso: str | None) -> DateTime | None:
    return None if iso is None else pendulum.parse(iso).in_timezone("UTC")


def items_for(order: Order, case: dict[str, Any]) -> list[OrderItem]:
    """The order items the case is about: by the platform's sub-order number, else by SKU or
    title, else the order's only item; none when the export does not say (the whole order)."""
    items = list(order.items)
    if case.get("sub_order_no"):
        wanted = item_id_for(order.id, case["sub_order_no"])
        found = [i for i in items if i.id == wanted]
        if found:
            return found
    for key, attr in (("sku", "sku"), ("title", "title")):
        if case.get(key):
            found = [i for i in items if getattr(i, attr) == case[key]]
            found = found or [i for i in items if attr == "title" and i.title.startswith(case[key])]
            if len(found) == 1:
                return found
    return items[:1] if len(items) == 1 else []


def _create(
    s: Session, actor: Actor, order: Order, tid: uuid.UUID, case: dict[str, Any], at: DateTime
) -> None:
    items = items_for(order, case)
    subject = f"{case.get('reason') or case.get('title') or case['state_text']} · 售后单 {case['aftersale_no']}"
    create_ticket.apply(
        s,
        actor,
        kind=TicketKind(case["kind"]),
        id=tid,
        at=at,
        order_no=order.order_no,
        shop_id=order.shop_id,
        item_ids=[i.id for i in items],
        subject=subject[:200],
    )
    ticket = s.get(Ticket, tid)
    ticket.created_at = _time(case["applied_at"])  # the buyer's request: the windows start here
    _apply(s, actor, ticket, items, case, at)


def _update(
    s: Session, actor: Actor, ticket: Ticket, order: Order, case: dict[str, Any], at: DateTime
) -> bool:
    covered = set(
        s.scalars(select(TicketItem.order_item_id).where(TicketItem.ticket_id == ticket.id))
    )
    items = [i for i in order.items if i.id in covered]
    deadline = _deadline(case)
    target = TicketStatus(case["status"])
    same = (
        ticket.platform_deadline == deadline
        and all(i.aftersale == ItemAfterSale(case["item_state"]) for i in items)
        and not _moves(ticket.status, target)
    )
    if same:
        return False
    _apply(s, actor, ticket, items, case, at)
    touch(ticket, at)
    return True


def _deadline(case: dict[str, Any]) -> DateTime | None:
    return _time(case.get("deadline")) if case.get("step") == "merchant" else None


def _moves(current: TicketStatus, target: TicketStatus) -> bool:
    return target in FOLLOWS and target != current and current != TicketStatus.CLOSED


def _apply(
    s: Session,
    actor: Actor,
    ticket: Ticket,
    items: list[OrderItem],
    case: dict[str, Any],
    at: DateTime,
) -> None:
    state = ItemAfterSale(case["item_state"])
    for item in items:
        if item.aftersale != state:
            before, item.aftersale = item.aftersale, state
            item.version += 1
            item.updated_at = at
            audit(s, actor, "item.aftersale", "order_item", item.id, ticket_id=ticket.id,
                  order_id=item.order_id, at=at, before=before, after=state)  # fmt: skip
    ticket.platform_deadline = _deadline(case)
    timeline(
        s,
        actor,
        ticket.id,
        "platform",
        at=at,
        aftersale_no=case["aftersale_no"],
        state=case["state_text"],
        deadline=case.get("deadline"),
        amount_fen=case.get("amount_fen", 0),
        reason=case.get("reason", ""),
    )
    target = TicketStatus(case["status"])
    if _moves(ticket.status, target):
        # An open promise (a reship, a follow-up) keeps the ticket open: the agent ends it.
        with contextlib.suppress(KefuError):
            set_status(s, actor, ticket, target, at, reason="platform")
    windows.retarget_later(s, ticket, at)
