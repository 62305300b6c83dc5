"""Review queues: what enters each queue, closing an item with a decision and a note, and the
item coming back when it changes afterwards. Supervisors only."""

from __future__ import annotations

import pytest

from app import clock
from app.errors import InvalidInput, PermissionDenied
from app.models import (
    AuditEntry,
    FlagColor,
    Order,
    OrderStatus,
    Review,
    ReviewDecision,
    ReviewQueue,
    TagKind,
)
from app.queries import review_queues as rq
from app.services import create_tag, flag_orders, tag_customer
from app.services.reviews import close_review
from tests.app.builders import add_customer, add_order, snapshot

Q = ReviewQueue


def subjects(desk, queue):
    return [
        i.subject_id for i in rq.open_items(desk.store.sessions, actor=desk.boss, queue=queue).items
    ]


def close(desk, queue, subject, note="看过了，没问题", decision=ReviewDecision.CLEARED, actor=None):
    return close_review(
        desk.store.sessions, actor=actor or desk.boss, queue=queue, subject_id=subject,
        decision=decision, note=note,
    )  # fmt: skip


def tagged_buyers(desk):
    """Two buyers tagged by the agent: one with a risk tag (tagged first), one plain."""
    s, shop = desk.store.sessions, desk.scene.shop_id
    risky, plain = (
        add_customer(desk.store, shop, nickname="职业买家"),
        add_customer(desk.store, shop),
    )
    risk = create_tag(s, actor=desk.agent, name="疑似恶意退款", kind=TagKind.RISK).created
    vip = create_tag(s, actor=desk.agent, name="VIP老客").created
    tag_customer(s, actor=desk.agent, customer_id=risky, tag_id=risk)
    return risky, plain, vip, risk


def test_tagged_buyers_risk_first_and_back_when_tagged_again(desk, frozen_clock):
    risky, plain, vip, risk = tagged_buyers(desk)
    frozen_clock.advance(minutes=5)
    tag_customer(desk.store.sessions, actor=desk.agent, customer_id=plain, tag_id=vip)
    page = rq.open_items(desk.store.sessions, actor=desk.boss, queue=Q.TAGGED_CUSTOMER)
    assert [i.subject_id for i in page.items] == [risky, plain]  # risk first, though older
    assert page.items[0].risk and page.items[0].detail == "疑似恶意退款" and page.total == 2
    close(desk, Q.TAGGED_CUSTOMER, plain, decision=ReviewDecision.WATCH)
    assert subjects(desk, Q.TAGGED_CUSTOMER) == [risky]
    frozen_clock.advance(minutes=5)
    tag_customer(desk.store.sessions, actor=desk.agent, customer_id=plain, tag_id=risk)
    page = rq.open_items(desk.store.sessions, actor=desk.boss, queue=Q.TAGGED_CUSTOMER)
    assert [i.subject_id for i in page.items] == [plain, risky]  # changed: back, and newest
    assert page.items[0].reviewed_at is not None and page.items[1].reviewed_at is None


def test_tags_older_than_the_lookback_stay_out(desk, frozen_clock):
    tagged_buyers(desk)
    frozen_clock.advance(days=31)
    assert subjects(desk, Q.TAGGED_CUSTOMER) == []


def test_flagged_orders_and_the_review_record(desk, frozen_clock):
    w = desk.scene
    oid, _ = add_order(desk.store, w.shop_id, w.customer_id, order_no="8801")
    add_order(desk.store, w.shop_id, w.customer_id, order_no="8802")  # no flag
    flag_orders(desk.store.sessions, actor=desk.agent, order_ids=[oid], flag=FlagColor.RED,
                remark="买家要求发顺丰")  # fmt: skip
    item = rq.open_items(desk.store.sessions, actor=desk.boss, queue=Q.FLAGGED_ORDER).items[0]
    assert (item.subject_id, item.flag, item.detail) == (oid, "red", "买家要求发顺丰")
    rid = close(
        desk, Q.FLAGGED_ORDER, oid, note="已通知仓库走顺丰", decision=ReviewDecision.ACTION_TAKEN
    ).created
    assert subjects(desk, Q.FLAGGED_ORDER) == []
    with desk.store.sessions() as s:
        review = s.get(Review, rid)
        assert (review.order_id, review.customer_id, review.reviewed_by) == (
            oid, w.customer_id, desk.boss.agent_id,
        )  # fmt: skip
        assert review.state["flag"] == "red" and review.state["flag_remark"] == "买家要求发顺丰"
        entry = s.query(AuditEntry).filter_by(action="review.close").one()
        assert entry.order_id == oid and entry.details["decision"] == "action_taken"
    done = rq.recent_reviews(desk.store.sessions, actor=desk.boss, queue=Q.FLAGGED_ORDER)
    assert [(r.subject_id, r.note, r.reviewer) for r in done] == [
        (oid, "已通知仓库走顺丰", "主管老李")
    ]
    frozen_clock.advance(hours=1)
    flag_orders(desk.store.sessions, actor=desk.agent, order_ids=[oid], flag=FlagColor.YELLOW)
    assert subjects(desk, Q.FLAGGED_ORDER) == [oid]


def test_exception_orders_late_shipment_and_logistics_cases(desk, frozen_clock):
    now = clock.now()
    late, _ = add_order(desk.store, desk.scene.shop_id, desk.scene.customer_id, order_no="L1",
                        status=OrderStatus.STOCKING, placed_at=now.subtract(days=3))  # fmt: skip
    on_time, _ = add_order(desk.store, desk.scene.shop_id, desk.scene.customer_id, order_no="L2",
                           status=OrderStatus.STOCKING, placed_at=now.subtract(hours=5))  # fmt: skip
    with desk.store.sessions.begin() as s:
        for oid, placed in ((late, now.subtract(days=3)), (on_time, now.subtract(hours=5))):
            s.get(Order, oid).ship_by = placed.add(hours=48)
    tid, lost_order, _ = desk.scene.ticket("lost_parcel")
    desk.scene.ticket("return")  # not an exception
    page = rq.open_items(desk.store.sessions, actor=desk.boss, queue=Q.EXCEPTION_ORDER)
    assert {i.subject_id: i.detail for i in page.items} == {
        late: "late_shipment",
        lost_order: "lost_parcel",
    }


def test_unpaid_orders_after_the_configured_hours(desk, frozen_clock):
    now = clock.now()
    old, _ = add_order(desk.store, desk.scene.shop_id, desk.scene.customer_id, order_no="U1",
                       status=OrderStatus.PLACED, placed_at=now.subtract(hours=13))  # fmt: skip
    add_order(desk.store, desk.scene.shop_id, desk.scene.customer_id, order_no="U2",
              status=OrderStatus.PLACED, placed_at=now.subtract(hours=2))  # fmt: skip
    page = rq.open_items(desk.store.sessions, actor=desk.boss, queue=Q.UNPAID_ORDER)
    assert [i.subject_id for i in page.items] == [old]
    assert page.items[0].amount_fen == 2 * 5900 + 1990


def test_disputes_and_appeals(desk, frozen_clock):
    dispute = desk.scene.ticket("dispute")[0]
    desk.scene.ticket("inquiry")
    assert subjects(desk, Q.DISPUTE) == [dispute]
    close(desk, Q.DISPUTE, dispute, note="已准备申诉材料", decision=ReviewDecision.ESCALATED)
    assert subjects(desk, Q.DISPUTE) == []
    counts = rq.counts(desk.store.sessions, actor=desk.boss)
    assert counts[Q.DISPUTE] == 0 and set(counts) == set(Q)


def test_a_note_is_required_and_the_subject_must_exist(desk):
    dispute = desk.scene.ticket("dispute")[0]
    before = snapshot(desk.store)
    with pytest.raises(InvalidInput, match="note"):
        close(desk, Q.DISPUTE, dispute, note="   ")
    with pytest.raises(Exception, match="no order"):
        close(desk, Q.FLAGGED_ORDER, dispute)
    assert snapshot(desk.store) == before


@pytest.mark.parametrize("who", ["agent", "presale"])
def test_agents_cannot_read_or_close_queues(desk, who):
    actor = desk.agent if who == "agent" else desk.presale
    dispute = desk.scene.ticket("dispute")[0]
    before = snapshot(desk.store)
    with pytest.raises(PermissionDenied):
        close(desk, Q.DISPUTE, dispute, actor=actor)
    with pytest.raises(PermissionDenied):
        rq.open_items(desk.store.sessions, actor=actor, queue=Q.DISPUTE)
    with pytest.raises(PermissionDenied):
        rq.counts(desk.store.sessions, actor=actor)
    with pytest.raises(PermissionDenied):
        rq.recent_reviews(desk.store.sessions, actor=actor)
    assert snapshot(desk.store) == before
