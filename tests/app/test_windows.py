"""A ticket's platform windows: the rules engine fed from the store, and the due time."""

from __future__ import annotations

import pendulum
import pytest
from sqlalchemy import update

from app import services
from app.models import Order, OrderStatus, Platform, Reship, Ticket, TicketKind
from app.queries.tickets import load_ticket
from tests.app.builders import add_customer, add_order, add_shop, world

SHANGHAI = "Asia/Shanghai"


def _ticket(store, tid) -> Ticket:
    with store.sessions() as s:
        return s.get(Ticket, tid)


def _set_order(store, order_id, **values) -> None:
    with store.sessions.begin() as s:
        s.execute(update(Order).where(Order.id == order_id).values(**values))


def test_exp_ship_time_sets_an_urge_shipment_ticket_due_when_it_comes_first(store, frozen_clock):
    w = world(store)
    ship_by = frozen_clock.at.add(minutes=40)  # before the 120-minute first response target
    _set_order(store, w.order_id, status=OrderStatus.STOCKING, ship_by=ship_by)
    tid = services.create_ticket(
        store.sessions, actor=w.actor, kind=TicketKind.URGE_SHIPMENT, order_no=w.order_no
    ).created
    t = _ticket(store, tid)
    assert (t.due_at, t.due_rule) == (ship_by, "ship_by")
    windows = {x.rule_id: x for x in load_ticket(store.sessions, tid).windows}
    assert windows["ship_by"].source == "platform"


def test_the_service_target_wins_when_it_is_tighter(store, frozen_clock):
    w = world(store)
    _set_order(store, w.order_id, status=OrderStatus.STOCKING, ship_by=frozen_clock.at.add(days=1))
    tid = services.create_ticket(
        store.sessions, actor=w.actor, kind=TicketKind.URGE_SHIPMENT, order_no=w.order_no
    ).created
    t = _ticket(store, tid)
    assert t.due_rule == "first_response"
    assert t.due_at == frozen_clock.at.add(minutes=120)


def test_a_passed_window_does_not_pull_the_due_time_into_the_past(store, frozen_clock):
    w = world(store)
    _set_order(
        store, w.order_id, status=OrderStatus.STOCKING, ship_by=frozen_clock.at.subtract(hours=3)
    )
    tid = services.create_ticket(
        store.sessions, actor=w.actor, kind=TicketKind.URGE_SHIPMENT, order_no=w.order_no
    ).created
    t = _ticket(store, tid)
    assert t.due_at > frozen_clock.at and t.due_rule == "first_response"
    shown = {x.rule_id: x for x in load_ticket(store.sessions, tid).windows}
    assert shown["ship_by"].ends_at < frozen_clock.at  # still shown, as overdue


def test_douyin_unshipped_refund_response_window_from_the_rule_table(store, frozen_clock):
    """Douyin: the merchant must answer an unshipped refund within 48 h (exact clock)."""
    w = world(store)
    _set_order(store, w.order_id, status=OrderStatus.STOCKING, shipped_at=None, signed_at=None)
    tid = services.create_ticket(
        store.sessions, actor=w.actor, kind=TicketKind.REFUND_ONLY, order_no=w.order_no
    ).created
    shown = {x.rule_id: x for x in load_ticket(store.sessions, tid).windows}
    response = shown["merchant_response_due"]
    assert response.ends_at == frozen_clock.at.add(hours=48)
    assert response.party == "merchant" and "03-03 15:20" in response.explanation_zh


def test_platform_status_deadline_wins_over_the_local_rule_and_drives_the_due_time(
    store, frozen_clock
):
    w = world(store)
    _set_order(store, w.order_id, status=OrderStatus.STOCKING)
    tid = services.create_ticket(
        store.sessions, actor=w.actor, kind=TicketKind.REFUND_ONLY, order_no=w.order_no
    ).created
    reported = frozen_clock.at.add(hours=3)  # before the 4-hour next-touch target
    with store.sessions.begin() as s:
        s.get(Ticket, tid).platform_deadline = reported
    services.add_reply(
        store.sessions, actor=w.actor, ticket_id=tid, body="亲，已经在为您处理退款了"
    )
    t = _ticket(store, tid)
    assert (t.due_at, t.due_rule) == (reported, "merchant_response_due")
    shown = {x.rule_id: x for x in load_ticket(store.sessions, tid).windows}
    assert shown["merchant_response_due"].source == "platform"
    assert shown["merchant_response_due"].disagrees_with_local  # 3 h reported vs 48 h local


def test_signed_parcel_opens_the_buyers_seven_day_return_window(store, frozen_clock):
    shop = add_shop(store, platform=Platform.TAOBAO, name="山野茶舍")
    customer = add_customer(store, shop, buyer_id="tb-1")
    order_id, _ = add_order(store, shop, customer, order_no="2024031500001")
    signed = pendulum.datetime(2026, 2, 27, 15, 20, tz=SHANGHAI)
    _set_order(store, order_id, signed_at=signed, shipped_at=signed.subtract(days=2))
    w = world(store, order_no="x-unused")
    tid = services.create_ticket(
        store.sessions, actor=w.actor, kind=TicketKind.RETURN, order_no="2024031500001"
    ).created
    shown = {x.rule_id: x for x in load_ticket(store.sessions, tid).windows}
    window = shown["no_reason_return"]
    assert window.party == "buyer"
    assert window.ends_at == pendulum.datetime(
        2026, 3, 7, 0, 0, tz=SHANGHAI
    )  # 00:00 the day after + 7 x 24 h


@pytest.mark.parametrize("shipped", [False, True])
def test_reship_window_is_met_once_the_reship_ships(store, frozen_clock, shipped):
    w = world(store)
    tid = services.create_ticket(
        store.sessions, actor=w.actor, kind=TicketKind.LOST_PARCEL, order_no=w.order_no
    ).created
    agreed = frozen_clock.at.subtract(hours=1)
    with store.sessions.begin() as s:
        s.add(
            Reship(
                ticket_id=tid,
                status="agreed",
                agreed_at=agreed,
                shipped_at=frozen_clock.at if shipped else None,
            )
        )
    services.add_reply(store.sessions, actor=w.actor, ticket_id=tid, body="已为您安排补发")
    shown = {x.rule_id: x for x in load_ticket(store.sessions, tid).windows}
    assert shown["reship_due"].ends_at == agreed.add(hours=48)
    assert shown["reship_due"].met is shipped
