"""Promises kept and missed per rule, by hand."""

from __future__ import annotations

from app.kpis.sla import refund_days, sla
from app.models import OrderStatus, Ticket, TicketKind, TicketStatus
from app.services import change_status
from app.services.remedies import (
    agree_reship,
    approve_refund,
    close_follow_up,
    mark_refunded,
    open_follow_up,
    request_refund,
    ship_reship,
)
from tests.app.kpis.conftest import SOCK, TEE, both


def rows(fig):
    # rule -> (records, kept, missed, open, kept rate)
    return {r[0]: r[1:] for r in fig.rows}


def test_ship_by(shop):
    now = shop.now()
    paid = now.subtract(hours=50)
    due = paid.add(hours=48)  # two hours ago
    shop.order(paid=paid, ship_by=due, shipped=paid.add(hours=20))  # kept
    shop.order(paid=paid, ship_by=due, shipped=paid.add(hours=49))  # late
    shop.order(paid=paid, ship_by=due, status=OrderStatus.STOCKING)  # not shipped, late by now
    shop.order(paid=paid, ship_by=now.add(hours=5), status=OrderStatus.STOCKING)  # in time
    shop.order(paid=paid, ship_by=due, status=OrderStatus.CANCELLED)  # dropped
    shop.order(paid=paid)  # no ship-by time
    fig = both(shop, sla, shop.days(3, 0), now)
    assert rows(fig)["ship_by"] == (4, 1, 2, 1, 0.3333)


def test_reships_and_follow_ups(shop):
    no, _oid, items = shop.order([TEE, SOCK], paid=shop.now().subtract(days=3))
    tid = shop.ticket(TicketKind.WRONG_ITEM, no, items=items)
    on_time = agree_reship(shop.sessions, actor=shop.agent, ticket_id=tid, item_id=items[0]).created
    late = agree_reship(shop.sessions, actor=shop.agent, ticket_id=tid, item_id=items[1]).created
    f1 = open_follow_up(
        shop.sessions, actor=shop.agent, ticket_id=tid, due_at=shop.now().add(hours=2)
    ).created
    open_follow_up(shop.sessions, actor=shop.agent, ticket_id=tid, due_at=shop.now().add(hours=30))
    open_follow_up(  # due in 3 hours: late, still open
        shop.sessions, actor=shop.agent, ticket_id=tid, due_at=shop.now().add(hours=3)
    )
    shop.clock.advance(hours=1)
    ship_reship(
        shop.sessions,
        actor=shop.agent,
        reship_id=on_time,
        carrier="顺丰速运",
        tracking_no="SF1234567890",
    )
    close_follow_up(shop.sessions, actor=shop.agent, follow_up_id=f1)
    shop.clock.advance(hours=4)  # f3 is now late, and still open
    shop.clock.advance(hours=48)  # the second reship missed its 48 hours, unshipped
    ship_reship(
        shop.sessions,
        actor=shop.agent,
        reship_id=late,
        carrier="顺丰速运",
        tracking_no="SF1234567891",
    )
    fig = both(shop, sla, shop.days(3, 0))
    got = rows(fig)
    assert got["reship_due"] == (2, 1, 1, 0, 0.5)
    # f1 kept; f3 late (still open); the one due in 30 hours is late too by now
    assert got["follow_up"] == (3, 1, 2, 0, 0.3333)


def test_refunds_before_the_deliberate_delay_threshold(shop):
    assert refund_days(shop.now().date()) == 15  # the law's table
    no, _oid, items = shop.order(
        [TEE, SOCK, (*SOCK[:3], 1, 990)], paid=shop.now().subtract(days=20)
    )
    tid = shop.ticket(TicketKind.REFUND_ONLY, no, items=items)

    def requested(item):  # noqa: ANN001, ANN202
        rid = request_refund(shop.sessions, actor=shop.agent, ticket_id=tid, item_id=item,
                             amount_fen=500).created  # fmt: skip
        approve_refund(shop.sessions, actor=shop.agent, refund_id=rid)
        return rid

    quick, slow, waiting = (requested(i) for i in items)
    shop.clock.advance(days=2)
    mark_refunded(shop.sessions, actor=shop.agent, refund_id=quick)
    shop.clock.advance(days=14)  # 16 days after the requests
    mark_refunded(shop.sessions, actor=shop.agent, refund_id=slow)
    fig = both(shop, sla, shop.days(16, 16))
    # quick kept; slow back after 16 days: missed; the third still not back: missed by now
    assert rows(fig)["refund_overdue"] == (3, 1, 2, 0, 0.3333)
    assert fig.extra["refund_days"] == 15


def test_the_platforms_deadline_on_a_case(shop):
    no = shop.order(paid=shop.now().subtract(days=1))[0]
    kept, late, waiting = (shop.ticket(TicketKind.REFUND_ONLY, no) for _ in range(3))
    with shop.sessions.begin() as s:
        for tid in (kept, late, waiting):
            s.get(Ticket, tid).platform_deadline = shop.now().add(hours=10)
    change_status(shop.sessions, actor=shop.agent, ticket_id=kept, status=TicketStatus.OPEN)
    change_status(shop.sessions, actor=shop.agent, ticket_id=kept, status=TicketStatus.RESOLVED)
    shop.clock.advance(hours=12)
    change_status(shop.sessions, actor=shop.agent, ticket_id=late, status=TicketStatus.OPEN)
    change_status(shop.sessions, actor=shop.agent, ticket_id=late, status=TicketStatus.RESOLVED)
    fig = both(shop, sla, shop.days(1, 0))
    assert rows(fig)["platform_deadline"] == (3, 1, 2, 0, 0.3333)
    assert fig.warn[-1] is True  # under 95 % kept
