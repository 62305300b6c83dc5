"""Supplied goods in the demo: the children's shoes of the clothes shop come from a shoe
factory in Jinjiang, the tea shop's celadon tea sets from a workshop in Longquan. Every
after-sale on those items was passed to the supplier: finished cases are done, open ones are
waiting on the supplier (sent, one of them overdue), accepted, or refused for the supervisor.
Written after the tickets; deterministic per seed."""

from __future__ import annotations

import random
import uuid

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.demo import catalog
from app.demo.context import Plan
from app.demo.stamps import DAY, HOUR, MINUTE, as_uuid, to_datetime, to_ms, uuid7
from app.models import (
    OrderItem,
    Supplier,
    SupplierRequest,
    SupplierSku,
    Ticket,
    TicketEvent,
    TicketItem,
)
from app.models import SupplierRequestStatus as S
from app.services.supplier_requests import SUPPLIER_KINDS

# shop key, name, contact, phone, other contact, hours to answer, note, product codes
SUPPLIERS = (
    ("clothes", "晋江童鞋厂", "陈经理", "0595-85673321", "微信 jjtx_chen", 48,
     "代发童鞋，退货寄回工厂；质量问题工厂承担来回运费", ("XZ06",)),
    ("tea", "龙泉青瓷工坊", "叶师傅", "0578-72215586", "QQ 2876154410", 72,
     "茶具由工坊直发，破损需买家拍开箱视频", ("CJ08",)),
)  # fmt: skip
# what the open requests show, in turn: the supplier's answer and its words
OPEN_STATES = (
    (S.SENT, ""),
    (S.ACCEPTED, ""),
    (S.REFUSED, "买家穿着出过门，鞋底有磨损，工厂不予退货"),
    (S.SENT, ""),
    (S.ACCEPTED, ""),
    (S.REFUSED, "已过工厂30天质保期，不予处理"),
)


def fill(s: Session, rng: random.Random, plan: Plan) -> dict[str, int]:
    counts = {"suppliers": 0, "supplier_requests": 0}
    for key, name, contact, phone, im, hours, note, codes in SUPPLIERS:
        shop_id = as_uuid(plan.shops[key])
        at = plan.opened + 35 * DAY
        supplier = as_uuid(uuid7(rng, at))
        s.add(Supplier(id=supplier, shop_id=shop_id, name=name, contact_name=contact,
                       phone=phone, im=im, note=note, answer_hours=hours,
                       created_at=to_datetime(at), updated_at=to_datetime(at)))  # fmt: skip
        s.flush()
        skus = _skus(key, codes)
        for sku in skus:
            s.add(SupplierSku(id=as_uuid(uuid7(rng, at)), shop_id=shop_id, sku=sku,
                              supplier_id=supplier, created_at=to_datetime(at),
                              updated_at=to_datetime(at)))  # fmt: skip
        counts["suppliers"] += 1
        counts["supplier_requests"] += _requests(s, rng, plan, shop_id, supplier, skus, hours)
    s.flush()
    return counts


def _skus(key: str, codes: tuple[str, ...]) -> list[str]:
    """Every SKU of those products of the shop (SHOP-PRODUCT-VARIANT, as the orders have)."""
    shop = next(d for d in catalog.SHOPS if d.key == key)
    return sorted(
        f"{shop.code}-{p.code}-{variant}"
        for p in shop.products
        if p.code in codes
        for variant, _name in p.variants
    )


def _requests(  # noqa: PLR0913
    s: Session,
    rng: random.Random,
    plan: Plan,
    shop_id: uuid.UUID,
    supplier: uuid.UUID,
    skus: list[str],
    hours: int,
) -> int:
    cases = s.execute(
        select(Ticket, OrderItem.id)
        .join(TicketItem, TicketItem.ticket_id == Ticket.id)
        .join(OrderItem, OrderItem.id == TicketItem.order_item_id)
        .where(
            Ticket.shop_id == shop_id,
            Ticket.kind.in_(SUPPLIER_KINDS),
            OrderItem.sku.in_(skus),
        )
        .order_by(Ticket.created_at, Ticket.id)
    ).all()
    n_open = 0
    for ticket, item in cases:
        sent = to_ms(ticket.created_at) + 15 * MINUTE
        if ticket.active:
            status, refusal = OPEN_STATES[n_open % len(OPEN_STATES)]
            n_open += 1
        else:
            status, refusal = S.DONE, ""
        answered = min(sent + rng.randint(2, hours - 1) * HOUR, plan.anchor - HOUR)
        finished = ticket.resolved_at or ticket.closed_at or ticket.updated_at
        done = max(answered + HOUR, to_ms(finished)) if status == S.DONE else None
        row = SupplierRequest(
            id=as_uuid(uuid7(rng, sent)),
            ticket_id=ticket.id,
            order_item_id=item,
            supplier_id=supplier,
            status=status,
            reason=ticket.subject or "售后",
            sent_at=to_datetime(sent),
            due_at=to_datetime(sent + hours * HOUR),
            answered_at=None if status == S.SENT else to_datetime(answered),
            refusal=refusal,
            done_at=None if done is None else to_datetime(done),
            created_by=ticket.assignee_id,
            created_at=to_datetime(sent),
            updated_at=to_datetime(done or (sent if status == S.SENT else answered)),
        )
        s.add(row)
        if status == S.SENT and row.due_at < ticket.due_at:  # as the services would set it
            s.execute(
                update(Ticket)
                .where(Ticket.id == ticket.id)
                .values(due_at=row.due_at, due_rule="supplier_answer", updated_at=Ticket.updated_at)
            )
        _events(s, rng, ticket, row, (sent, answered, done))
    return len(cases)


def _events(
    s: Session,
    rng: random.Random,
    ticket: Ticket,
    row: SupplierRequest,
    times: tuple[int, int, int | None],
) -> None:
    """The timeline lines the services would have written."""
    sent, answered, done = times
    supplier = s.get(Supplier, row.supplier_id)
    item = s.get(OrderItem, row.order_item_id)
    lines = [
        (sent, "supplier_sent",
         {"sku": item.sku, "supplier": supplier.name, "due_at": row.due_at.isoformat()}),
    ]  # fmt: skip
    if row.status != S.SENT:
        accepted = row.status != S.REFUSED
        lines.append(
            (answered, "supplier_answered",
             {"status": "accepted" if accepted else "refused", "late": False,
              "refusal": row.refusal}),
        )  # fmt: skip
    if done is not None:
        lines.append((done, "supplier_done", {"status": "done", "note": ""}))
    for at, kind, data in lines:
        s.add(TicketEvent(id=as_uuid(uuid7(rng, at)), ticket_id=ticket.id, at=to_datetime(at),
                          actor_id=ticket.assignee_id, kind=kind, data=data))  # fmt: skip
