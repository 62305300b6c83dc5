"""Remedy deadlines drive the ticket's due time: a reship's platform window (Douyin 48 h, the
shop's own promise where the platform has none), an open follow-up, the refund window after a
return arrives. An unkept promise shows the ticket overdue in the queue."""

from __future__ import annotations

import pendulum
from sqlalchemy import update

from app.models import Order, OrderStatus, Platform, Reship, Shop
from app.queries.queue import QueueFilter, View, fetch_page
from app.queries.tickets import load_ticket
from app.services import add_reply, change_status
from app.services import remedies as r
from tests.app.remedy_support import row, signed_world, ticket, ticket_on


def test_a_douyin_reship_is_due_48_hours_after_agreeing(store, frozen_clock):
    w = signed_world(store, frozen_clock.at)
    tid = ticket_on(store, w)
    rid = r.agree_reship(store.sessions, actor=w.actor, ticket_id=tid, item_id=w.item_ids[0])
    reship = row(store, Reship, rid.created)
    assert reship.due_at == frozen_clock.at.add(hours=48)
    assert ticket(store, tid).due_rule.startswith("next_touch")  # the next look comes first
    frozen_clock.advance(hours=47)
    add_reply(store.sessions, actor=w.actor, ticket_id=tid, body="亲,补发正在打包")
    t = ticket(store, tid)
    assert (t.due_at, t.due_rule) == (reship.due_at, "reship_due")
    shown = {x.rule_id: x for x in load_ticket(store.sessions, tid).windows}
    assert shown["reship_due"].ends_at == reship.due_at and not shown["reship_due"].met


def test_an_overdue_reship_keeps_the_ticket_overdue_until_it_ships(store, frozen_clock):
    w = signed_world(store, frozen_clock.at)
    tid = ticket_on(store, w, "dispute")  # a kind whose own windows do not list reships
    rid = r.agree_reship(store.sessions, actor=w.actor, ticket_id=tid).created
    frozen_clock.advance(hours=50)
    add_reply(store.sessions, actor=w.actor, ticket_id=tid, body="亲,仓库今天一定发出")
    t = ticket(store, tid)
    assert t.due_rule == "reship_due" and t.due_at < frozen_clock.at
    overdue = fetch_page(store.sessions, QueueFilter(view=View.OVERDUE))
    assert tid in [x.id for x in overdue]
    r.ship_reship(store.sessions, actor=w.actor, reship_id=rid, carrier="顺丰速运",
                  tracking_no="SF1500000001")  # fmt: skip
    t = ticket(store, tid)
    assert t.due_at > frozen_clock.at and t.due_rule != "reship_due"
    change_status(store.sessions, actor=w.actor, ticket_id=tid, status="resolved")


def test_where_the_platform_sets_no_reship_window_the_shops_promise_applies(store, frozen_clock):
    w = signed_world(store, frozen_clock.at)
    with store.sessions.begin() as s:
        s.get(Shop, w.shop_id).platform = Platform.TAOBAO
    tid = ticket_on(store, w, "lost_parcel")
    rid = r.agree_reship(store.sessions, actor=w.actor, ticket_id=tid).created
    assert row(store, Reship, rid).due_at == frozen_clock.at.add(minutes=2880)  # sla.toml


def test_a_follow_up_sets_the_due_time_and_keeps_it_when_overdue(store, frozen_clock):
    w = signed_world(store, frozen_clock.at)
    tid = ticket_on(store, w, "urge_shipment")
    due = frozen_clock.at.add(minutes=45)  # before the first-response target
    fid = r.open_follow_up(store.sessions, actor=w.actor, ticket_id=tid, due_at=due,
                           cause="仓库缺货,到货即发").created  # fmt: skip
    t = ticket(store, tid)
    assert (t.due_at, t.due_rule, t.active) == (due, "follow_up", True)
    frozen_clock.advance(hours=2)
    change_status(store.sessions, actor=w.actor, ticket_id=tid, status="waiting_warehouse")
    t = ticket(store, tid)
    assert (t.due_at, t.due_rule) == (due, "follow_up")  # overdue, and shown so
    later = frozen_clock.at.add(hours=6)
    r.reschedule_follow_up(store.sessions, actor=w.actor, follow_up_id=fid, due_at=later,
                           reason="仓库说明天到货")  # fmt: skip
    assert ticket(store, tid).due_at == later
    r.close_follow_up(store.sessions, actor=w.actor, follow_up_id=fid)
    assert ticket(store, tid).due_rule.startswith("next_touch")


def test_a_received_return_opens_the_refund_window(store, frozen_clock):
    w = signed_world(store, frozen_clock.at)
    tid = ticket_on(store, w, "wrong_item")  # its own windows do not list this one
    rid = r.approve_return(store.sessions, actor=w.actor, ticket_id=tid,
                           item_id=w.item_ids[0]).created  # fmt: skip
    r.record_return_shipped(store.sessions, actor=w.actor, return_id=rid, carrier="中通快递",
                            tracking_no="ZT5500000001")  # fmt: skip
    r.record_return_received(store.sessions, actor=w.actor, return_id=rid)
    shown = {x.rule_id: x for x in load_ticket(store.sessions, tid).windows}
    local = frozen_clock.at.in_timezone("Asia/Shanghai")
    end = pendulum.datetime(local.year, local.month, local.day, tz="Asia/Shanghai").add(days=8)
    assert shown["refund_after_return_due"].ends_at == end  # 7 days, the receipt day not counted
    fid = r.request_refund(store.sessions, actor=w.actor, ticket_id=tid, item_id=w.item_ids[0],
                           amount_fen=11800).created  # fmt: skip
    r.approve_refund(store.sessions, actor=w.actor, refund_id=fid)
    frozen_clock.advance(days=7, hours=5)  # 03-08 20:20: the window ends before the next look
    add_reply(store.sessions, actor=w.actor, ticket_id=tid, body="亲,退款马上处理")
    t = ticket(store, tid)
    assert (t.due_at, t.due_rule) == (end.in_timezone("UTC"), "refund_after_return_due")
    r.mark_refunded(store.sessions, actor=w.actor, refund_id=fid)
    shown = {x.rule_id: x for x in load_ticket(store.sessions, tid).windows}
    assert shown["refund_after_return_due"].met


def test_remedies_never_touch_the_orders_status(store, frozen_clock):
    w = signed_world(store, frozen_clock.at)
    with store.sessions.begin() as s:
        s.execute(update(Order).where(Order.id == w.order_id).values(status=OrderStatus.SIGNED))
    tid = ticket_on(store, w)
    rid = r.agree_reship(store.sessions, actor=w.actor, ticket_id=tid, item_id=w.item_ids[0])
    r.ship_reship(store.sessions, actor=w.actor, reship_id=rid.created, carrier="顺丰速运",
                  tracking_no="SF1500000002")  # fmt: skip
    assert row(store, Order, w.order_id).status == OrderStatus.SIGNED
