"""Supplier after-sale requests (供应链售后单): an after-sale on a supplied item is passed to
the item's supplier, who must accept or refuse it by its own deadline (the supplier's hours
to answer). Douyin's after-sale rules (item 2): the buyer's after-sale application makes the
supply-chain platform open a supplier after-sale order, which the supplier has to take on.

States: sent → accepted → done, or sent → refused. A refusal goes to the supervisor, who
sends it again (a new request) or closes it, the shop bearing the cost. A ticket opened on
supplied items for a kind in :data:`SUPPLIER_KINDS` opens its requests at once."""

from __future__ import annotations

import uuid

from pendulum import DateTime
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, NotFound, PermissionDenied
from app.models import (
    OrderItem,
    SupplierRequest,
    SupplierRequestStatus,
    Ticket,
    TicketKind,
    derived_id,
)
from app.models.enums import PRESALE_KINDS
from app.services import windows
from app.services.suppliers import OPEN, supplier_of
from app.services.unit import Actor, Changes, audit, mutation, timeline

SUPPLIER_KINDS = frozenset(
    {
        TicketKind.RETURN,
        TicketKind.EXCHANGE,
        TicketKind.REFUND_ONLY,
        TicketKind.WRONG_ITEM,
        TicketKind.MISSING_ITEM,
        TicketKind.QUALITY_CLAIM,
    }
)
MAX_TEXT = 2000
S = SupplierRequestStatus
STATUS_ZH = {S.SENT: "已发送", S.ACCEPTED: "已受理", S.REFUSED: "已拒绝", S.DONE: "已完成"}


def _request(s: Session, request_id: uuid.UUID) -> SupplierRequest:
    row = s.get(SupplierRequest, request_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(f"no supplier request {request_id}")
    return row


def _ticket(s: Session, ticket_id: uuid.UUID) -> Ticket:
    ticket = s.get(Ticket, ticket_id)
    if ticket is None or ticket.deleted_at is not None:
        raise NotFound(f"no ticket {ticket_id}", ticket_id=str(ticket_id))
    return ticket


def _touch(ticket: Ticket, at: DateTime) -> None:
    ticket.version += 1
    ticket.updated_at = at


def _move(row: SupplierRequest, allowed: tuple[S, ...], to: S) -> None:
    if row.status not in allowed:
        raise InvalidInput(
            f"a supplier request that is {row.status.value} cannot become {to.value}",
            field="status",
            status=row.status.value,
            to=to.value,
            text_zh=f"供应链售后单当前为“{STATUS_ZH[row.status]}”,不能改为“{STATUS_ZH[to]}”",
        )
    row.status = to


def _open_one(
    s: Session,
    actor: Actor,
    ticket: Ticket,
    item: OrderItem,
    *,
    id: uuid.UUID,
    reason: str,
    at: DateTime,
) -> SupplierRequest:
    supplier = supplier_of(s, ticket.shop_id, item.sku)
    if supplier is None:
        raise InvalidInput(
            f"item {item.sku} is not a supplied item",
            field="order_item_id",
            text_zh=f"商品 {item.sku} 不是供应链商品",
        )
    waiting = s.scalar(
        select(SupplierRequest.id).where(
            SupplierRequest.ticket_id == ticket.id,
            SupplierRequest.order_item_id == item.id,
            SupplierRequest.status.in_(OPEN),
            SupplierRequest.deleted_at.is_(None),
        )
    )
    if waiting is not None:
        raise InvalidInput(
            f"item {item.sku} already has an open supplier request",
            field="order_item_id",
            text_zh=f"商品 {item.sku} 已有未结的供应链售后单",
        )
    row = SupplierRequest(
        id=id,
        ticket_id=ticket.id,
        order_item_id=item.id,
        supplier_id=supplier.id,
        status=S.SENT,
        reason=reason,
        sent_at=at,
        due_at=at.add(hours=supplier.answer_hours),
        created_by=actor.agent_id,
        created_at=at,
        updated_at=at,
    )
    s.add(row)
    details = {"sku": item.sku, "supplier": supplier.name, "due_at": row.due_at.isoformat()}
    timeline(s, actor, ticket.id, "supplier_sent", at=at, **details)
    audit(s, actor, "supplier_request.send", "supplier_request", id, ticket_id=ticket.id,
          order_id=ticket.order_id, at=at, reason=reason, **details)  # fmt: skip
    return row


def open_for_new_ticket(
    s: Session, actor: Actor, ticket: Ticket, item_ids: list[uuid.UUID], at: DateTime
) -> int:
    """Called as an after-sale ticket is created: pass each supplied item it names to its
    supplier (ids derived from the ticket's, so a replay makes the same rows). Returns how many
    requests were opened."""
    if ticket.kind not in SUPPLIER_KINDS:
        return 0
    opened = 0
    for item_id in item_ids:
        item = s.get(OrderItem, item_id)
        if item is None or supplier_of(s, ticket.shop_id, item.sku) is None:
            continue
        reason = ticket.subject or ticket.kind.value
        _open_one(s, actor, ticket, item, id=derived_id(ticket.id, "supplier_request", item_id),
                  reason=reason, at=at)  # fmt: skip
        opened += 1
    return opened


@mutation("supplier_request.send", creates=("id",), stamps=("at",))
def send_to_supplier(
    s: Session,
    actor: Actor,
    *,
    ticket_id: uuid.UUID,
    order_item_id: uuid.UUID,
    reason: str,
    id: uuid.UUID,
    at: DateTime,
) -> Changes:
    """Pass the ticket's after-sale on one supplied item of its order to the item's supplier,
    saying what the shop asks for (``reason``)."""
    ticket = _ticket(s, ticket_id)
    if ticket.kind in PRESALE_KINDS:
        raise InvalidInput("a pre-sale ticket has no after-sale to pass to a supplier")
    item = s.get(OrderItem, order_item_id)
    if ticket.order_id is None or item is None or item.order_id != ticket.order_id:
        raise InvalidInput("the item is not in the ticket's order", field="order_item_id")
    words = (reason or "").strip()
    if not words:
        raise InvalidInput(
            "say what the shop asks the supplier for",
            field="reason",
            text_zh="请写明向供应商申请的内容",
        )
    _open_one(s, actor, ticket, item, id=id, reason=words[:MAX_TEXT], at=at)
    _touch(ticket, at)
    windows.retarget_later(s, ticket, at)
    return Changes(tickets={ticket_id}, queue=True, created=id)


@mutation("supplier_request.answer", stamps=("at",))
def record_supplier_answer(
    s: Session,
    actor: Actor,
    *,
    request_id: uuid.UUID,
    accepted: bool,
    at: DateTime,
    refusal: str = "",
) -> Changes:
    """Record the supplier's answer to a sent request: accepted, or refused with its reason."""
    row = _request(s, request_id)
    words = (refusal or "").strip()[:MAX_TEXT]
    if not accepted and not words:
        raise InvalidInput(
            "a refusal needs the supplier's reason",
            field="refusal",
            text_zh="请填写供应商拒绝的理由",
        )
    _move(row, (S.SENT,), S.ACCEPTED if accepted else S.REFUSED)
    row.answered_at, row.refusal = at, "" if accepted else words
    late = at > row.due_at
    return _changed(s, actor, row, "supplier_answered", at, late=late, refusal=row.refusal)


@mutation("supplier_request.done", stamps=("at",))
def finish_supplier_request(
    s: Session, actor: Actor, *, request_id: uuid.UUID, at: DateTime, note: str = ""
) -> Changes:
    """The supplier did what it accepted (took the return, refunded or reshipped); or a
    supervisor closes a refused request, the shop bearing the cost (``note`` says why)."""
    row = _request(s, request_id)
    words = (note or "").strip()[:MAX_TEXT]
    if row.status == S.REFUSED:
        if not actor.is_supervisor:
            raise PermissionDenied(
                "only a supervisor closes a request the supplier refused",
                text_zh="供应商拒绝的售后单只能由主管关闭",
            )
        if not words:
            raise InvalidInput(
                "closing a refusal needs a note", field="note", text_zh="关闭被拒的售后单需要备注"
            )
    shop_pays = row.status == S.REFUSED
    _move(row, (S.ACCEPTED, S.REFUSED), S.DONE)
    row.done_at = at
    return _changed(s, actor, row, "supplier_done", at, note=words, shop_pays=shop_pays)


def _changed(
    s: Session, actor: Actor, row: SupplierRequest, what: str, at: DateTime, **details: object
) -> Changes:
    row.updated_at = at
    row.version += 1
    ticket = _ticket(s, row.ticket_id)
    _touch(ticket, at)
    windows.retarget_later(s, ticket, at)
    details = {"status": row.status.value, **details}
    timeline(s, actor, ticket.id, what, at=at, **details)
    audit(s, actor, f"supplier_request.{row.status.value}", "supplier_request", row.id,
          ticket_id=ticket.id, order_id=ticket.order_id, at=at, **details)  # fmt: skip
    return Changes(tickets={ticket.id}, queue=True)
