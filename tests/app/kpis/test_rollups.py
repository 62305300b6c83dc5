"""The rollups the database keeps (triggers of migration 0005) give the same figures as
reading every row, after the kinds of change a shop goes through: payments arriving late,
refunds refused or confirmed, tickets moved, handed over, deleted, items deleted."""

from __future__ import annotations

from functools import partial

from app.kpis.money import compensation_by_reason
from app.kpis.presale import conversion
from app.kpis.ratings import defects
from app.kpis.refunds import refund_rate, refund_speed
from app.kpis.sla import sla
from app.kpis.tickets import dispute_rate, tickets_by_kind, tickets_by_state
from app.models import Order, OrderItem, Refund, Ticket, TicketKind, TicketStatus
from app.services import assign_ticket, change_status
from app.services.remedies import (
    approve_refund,
    confirm_refund,
    open_appeal,
    pay_compensation,
    refuse_refund,
    register_compensation,
    request_refund,
)
from tests.app.kpis.conftest import SOCK, TEE, TEE_M, both

FIGURES = (
    refund_speed,
    refund_rate,
    partial(refund_rate, by_sku=True),
    tickets_by_kind,
    tickets_by_state,
    dispute_rate,
    compensation_by_reason,
    conversion,
    defects,
    sla,
)


def all_agree(shop) -> None:
    for days in ((0, 0), (1, 0), (3, 1), (10, 0)):
        for fn in FIGURES:
            both(shop, fn, shop.days(*days))


def test_the_rollups_follow_every_kind_of_change(shop):
    paid = shop.now().subtract(days=2)
    a = shop.order([TEE, SOCK], paid=paid)
    b = shop.order([(*TEE_M[:3], 3, 5900)], paid=paid.add(hours=5))
    late = shop.order([SOCK])  # paid later
    inquiry = shop.ticket(TicketKind.INQUIRY, late[0], assignee=shop.presale.agent_id)
    claim = shop.ticket(TicketKind.QUALITY_CLAIM, a[0], items=a[2])
    shop.refund(a[0], a[2][0], 5900, after_hours=3)
    _t, confirmed = shop.refund(b[0], None, 3 * 5900, after_hours=20)
    confirm_refund(shop.sessions, actor=shop.agent, refund_id=confirmed, reference="PZ-001")
    tid = shop.ticket(TicketKind.REFUND_ONLY, a[0], items=[a[2][1]])
    rid = request_refund(shop.sessions, actor=shop.agent, ticket_id=tid, amount_fen=1990,
                         item_id=a[2][1]).created  # fmt: skip
    approve_refund(shop.sessions, actor=shop.agent, refund_id=rid)
    refuse_refund(shop.sessions, actor=shop.agent, refund_id=rid, reason="买家撤回")
    dispute = shop.ticket(TicketKind.DISPUTE, b[0])
    open_appeal(shop.sessions, actor=shop.agent, ticket_id=dispute)
    comp = register_compensation(shop.sessions, actor=shop.agent, ticket_id=claim,
                                 amount_fen=800, method="alipay", reason="色差").created  # fmt: skip
    pay_compensation(shop.sessions, actor=shop.agent, compensation_id=comp)
    all_agree(shop)

    shop.clock.advance(hours=30)
    with shop.sessions.begin() as s:  # the late order is paid; platform data arriving
        order = s.get(Order, late[1])
        order.paid_at, order.paid_fen = shop.now(), order.goods_fen
    assign_ticket(
        shop.sessions, actor=shop.agent, ticket_id=inquiry, assignee_id=shop.agent.agent_id
    )
    change_status(shop.sessions, actor=shop.agent, ticket_id=dispute, status=TicketStatus.OPEN)
    change_status(shop.sessions, actor=shop.agent, ticket_id=dispute, status=TicketStatus.ESCALATED)
    all_agree(shop)

    with shop.sessions.begin() as s:  # tombstones, as a sync would leave them
        s.get(Ticket, claim).deleted_at = shop.now()
        s.get(OrderItem, b[2][0]).deleted_at = shop.now()
        s.get(Refund, confirmed).deleted_at = shop.now()
        s.get(Order, late[1]).deleted_at = shop.now()
    all_agree(shop)
