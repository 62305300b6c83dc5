"""Remedy services: each record created and moved along its flow with audit, timeline and
outbox; item after-sale states (never the order's own status); rules-engine eligibility;
authority and permissions checked in the service, refusals writing nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.errors import (
    IllegalTransition,
    InvalidInput,
    NotEligible,
    PermissionDenied,
    RemedyTransition,
)
from app.models import (
    Agent,
    Appeal,
    CarrierClaim,
    Compensation,
    Exchange,
    Feedback,
    FeedbackKind,
    Order,
    OrderStatus,
    OutboxMutation,
    PaymentMethod,
    Refund,
    Reship,
    ReturnShipment,
    Role,
    TicketStatus,
    WeightCheck,
)
from app.queries.approvals import pending_approvals
from app.services import change_status, fulfilment
from app.services import remedies as r
from app.services.feedback import send_feedback
from tests.app.builders import add_agent, snapshot
from tests.app.remedy_support import (
    item_state,
    row,
    set_order,
    signed_world,
    ticket,
    ticket_on,
    trail,
)

# The flows, written out from the product rules (not read from the code).
LEGAL = {
    "refund": {
        ("requested", "approved"),
        ("requested", "refused"),
        ("approved", "refunded"),
        ("approved", "refused"),
        ("refunded", "finance_confirmed"),
    },
    "compensation": {("registered", "approved"), ("registered", "refused"), ("approved", "paid")},
    "reship": {("agreed", "shipped"), ("agreed", "cancelled")},
    "carrier_claim": {("filed", "paid"), ("filed", "rejected")},
    "follow_up": {("open", "done")},
    "appeal": {
        ("negotiating", "filed"),
        ("negotiating", "withdrawn"),
        ("filed", "won"),
        ("filed", "lost"),
        ("filed", "withdrawn"),
    },
}


@pytest.mark.parametrize("entity", sorted(LEGAL))
def test_the_flows_allow_exactly_the_product_rules(entity):
    moves = {(a, b) for a, nexts in r.FLOWS[entity].items() for b in nexts}
    assert moves == LEGAL[entity]


@pytest.fixture
def w(store, frozen_clock):
    return signed_world(store, frozen_clock.at)


# ---- refunds ------------------------------------------------------------------------------


def test_a_refund_moves_the_item_and_never_the_order(store, w):
    tid = ticket_on(store, w)
    rid = r.request_refund(
        store.sessions, actor=w.actor, ticket_id=tid, item_id=w.item_ids[0], amount_fen=5000
    ).created
    assert item_state(store, w.item_ids[0]) == "requested"
    r.approve_refund(store.sessions, actor=w.actor, refund_id=rid)
    assert item_state(store, w.item_ids[0]) == "in_progress"
    r.mark_refunded(store.sessions, actor=w.actor, refund_id=rid)
    assert item_state(store, w.item_ids[0]) == "finished"
    r.confirm_refund(store.sessions, actor=w.actor, refund_id=rid, reference="PZ-2026-031")
    refund = row(store, Refund, rid)
    assert (refund.status, refund.source, refund.reallocated) == ("finance_confirmed", "", False)
    assert refund.refunded_at is not None and "PZ-2026-031" in refund.note
    assert item_state(store, w.item_ids[1]) == "none"
    with store.sessions() as s:
        assert s.get(Order, w.order_id).status == OrderStatus.SIGNED
    actions, events, _ = trail(store, rid)
    assert actions == ["refund.requested", "refund.approved", "refund.refunded",
                       "refund.finance_confirmed"]  # fmt: skip
    assert events == ["requested", "approved", "refunded", "finance_confirmed"]


def test_every_remedy_change_is_one_outbox_mutation(store, w):
    tid = ticket_on(store, w)
    _, _, before = trail(store, w.order_id)
    rid = r.request_refund(
        store.sessions, actor=w.actor, ticket_id=tid, item_id=w.item_ids[0], amount_fen=100
    ).created
    r.refuse_refund(store.sessions, actor=w.actor, refund_id=rid, reason="买家撤销")
    with store.sessions() as s:
        names = [m.name for m in s.scalars(select(OutboxMutation).order_by(OutboxMutation.seq))]
    assert names[before:] == ["refund.request/1", "refund.refuse/1"]
    assert item_state(store, w.item_ids[0]) == "refused"


def test_an_illegal_move_is_typed_and_writes_nothing(store, w):
    tid = ticket_on(store, w)
    rid = r.request_refund(
        store.sessions, actor=w.actor, ticket_id=tid, item_id=w.item_ids[0], amount_fen=100
    ).created
    before = snapshot(store)
    with pytest.raises(RemedyTransition) as err:
        r.mark_refunded(store.sessions, actor=w.actor, refund_id=rid)
    assert err.value.code == "remedy_illegal_transition"
    assert err.value.params == {
        "entity": "refund",
        "current": "requested",
        "target": "refunded",
        "allowed": ["approved", "refused"],
    }
    assert snapshot(store) == before


def test_a_refund_cannot_exceed_what_is_refundable(store, w):
    tid = ticket_on(store, w)
    with pytest.raises(InvalidInput) as err:
        r.request_refund(
            store.sessions, actor=w.actor, ticket_id=tid, item_id=w.item_ids[0], amount_fen=11801
        )
    assert err.value.params == {"field": "amount_fen", "limit": 11800}
    r.request_refund(
        store.sessions, actor=w.actor, ticket_id=tid, item_id=w.item_ids[0], amount_fen=11000
    )
    with pytest.raises(InvalidInput) as err:
        r.request_refund(
            store.sessions, actor=w.actor, ticket_id=tid, item_id=w.item_ids[0], amount_fen=900
        )
    assert err.value.params["limit"] == 800


def test_discount_reallocation_needs_the_adjust_refund_right(store, w):
    set_order(store, w.order_id, discount_fen=1000)
    tid = ticket_on(store, w)
    before = snapshot(store)
    with pytest.raises(PermissionDenied):
        r.request_refund(store.sessions, actor=w.actor, ticket_id=tid, item_id=w.item_ids[0],
                         amount_fen=1000, reallocate=True)  # fmt: skip
    assert snapshot(store) == before
    with store.sessions.begin() as s:
        s.get(Agent, w.actor.agent_id).can_adjust_refund = True
    rid = r.request_refund(store.sessions, actor=w.actor, ticket_id=tid, item_id=w.item_ids[0],
                           amount_fen=1000, reallocate=True).created  # fmt: skip
    assert row(store, Refund, rid).reallocated
    # 1000 over 11800 / 1990: the item keeps 11800 - 856 (remainder rule) refundable
    with pytest.raises(InvalidInput) as err:
        r.request_refund(store.sessions, actor=w.actor, ticket_id=tid, item_id=w.item_ids[0],
                         amount_fen=20000, reallocate=True)  # fmt: skip
    assert err.value.params["limit"] == 11800 - 856 - 1000


def test_an_unpaid_order_has_nothing_to_refund(store, w):
    set_order(store, w.order_id, paid_at=None, status=OrderStatus.PLACED)
    tid = ticket_on(store, w, "refund_only")
    with pytest.raises(InvalidInput):
        r.request_refund(store.sessions, actor=w.actor, ticket_id=tid, amount_fen=100)


# ---- one after-sale at a time --------------------------------------------------------------


def test_a_second_case_on_the_same_item_is_refused_by_the_rules_engine(store, w):
    first = ticket_on(store, w)
    r.agree_reship(store.sessions, actor=w.actor, ticket_id=first, item_id=w.item_ids[0])
    r.request_refund(
        store.sessions, actor=w.actor, ticket_id=first, item_id=w.item_ids[0], amount_fen=100
    )  # fmt: skip  (the same case goes on)
    second = ticket_on(store, w, "return")
    before = snapshot(store)
    with pytest.raises(NotEligible) as err:
        r.approve_return(store.sessions, actor=w.actor, ticket_id=second, item_id=w.item_ids[0])
    assert err.value.code == "not_eligible" and err.value.reasons == ["aftersale_open"]
    assert "一个售后" in err.value.params["text_zh"]
    assert snapshot(store) == before
    r.approve_return(store.sessions, actor=w.actor, ticket_id=second, item_id=w.item_ids[1])


def test_an_exchange_needs_a_signed_parcel(store, w):
    set_order(store, w.order_id, signed_at=None, status=OrderStatus.SHIPPED)
    tid = ticket_on(store, w, "exchange")
    with pytest.raises(NotEligible) as err:
        r.agree_exchange(store.sessions, actor=w.actor, ticket_id=tid, item_id=w.item_ids[0])
    assert err.value.reasons == ["not_signed"]


def test_return_then_exchange_in_one_case(store, w):
    tid = ticket_on(store, w, "exchange")
    eid = r.agree_exchange(store.sessions, actor=w.actor, ticket_id=tid, item_id=w.item_ids[0],
                           new_sku="TS-WHITE-XL").created  # fmt: skip
    ret = r.approve_return(store.sessions, actor=w.actor, ticket_id=tid, item_id=w.item_ids[0])
    rid = ret.created
    r.record_return_shipped(store.sessions, actor=w.actor, return_id=rid, carrier="圆通速递",
                            tracking_no="yt 9876543210")  # fmt: skip
    r.record_return_received(store.sessions, actor=w.actor, return_id=rid)
    r.inspect_return(store.sessions, actor=w.actor, return_id=rid, passed=True)
    with pytest.raises(InvalidInput):
        r.send_exchange(store.sessions, actor=w.actor, exchange_id=eid, carrier="顺丰速运",
                        tracking_no="")  # fmt: skip
    r.send_exchange(store.sessions, actor=w.actor, exchange_id=eid, carrier="顺丰速运",
                    tracking_no="SF1400000001")  # fmt: skip
    assert item_state(store, w.item_ids[0]) == "in_progress"
    r.complete_exchange(store.sessions, actor=w.actor, exchange_id=eid)
    assert item_state(store, w.item_ids[0]) == "finished"
    back = row(store, ReturnShipment, rid)
    assert (back.status, back.tracking_no, back.inspection) == ("inspected", "YT9876543210", "ok")
    assert row(store, Exchange, eid).new_sku == "TS-WHITE-XL"


def test_a_return_refused_for_washed_goods(store, w):
    tid = ticket_on(store, w, "return")
    with pytest.raises(InvalidInput):
        r.refuse_return(store.sessions, actor=w.actor, ticket_id=tid, item_id=w.item_ids[0],
                        reason="不喜欢")  # fmt: skip
    rid = r.refuse_return(store.sessions, actor=w.actor, ticket_id=tid, item_id=w.item_ids[0],
                          reason="washed", note="买家已下水洗涤").created  # fmt: skip
    assert (row(store, ReturnShipment, rid).status, item_state(store, w.item_ids[0])) == (
        "refused",
        "refused",
    )


# ---- reships -------------------------------------------------------------------------------


def test_a_reship_cannot_ship_without_a_real_tracking_number(store, w):
    tid = ticket_on(store, w)
    rid = r.agree_reship(store.sessions, actor=w.actor, ticket_id=tid, item_id=w.item_ids[0])
    rid = rid.created
    for bad in ("", "   ", "12", "单号待定"):
        before = snapshot(store)
        with pytest.raises(InvalidInput) as err:
            r.ship_reship(store.sessions, actor=w.actor, reship_id=rid, carrier="顺丰速运",
                          tracking_no=bad)  # fmt: skip
        assert err.value.params["field"] == "tracking_no"
        assert snapshot(store) == before
    r.ship_reship(store.sessions, actor=w.actor, reship_id=rid, carrier="顺丰速运",
                  tracking_no="sf1400000002")  # fmt: skip
    reship = row(store, Reship, rid)
    assert (reship.status, reship.tracking_no) == ("shipped", "SF1400000002")
    assert item_state(store, w.item_ids[0]) == "finished"
    with pytest.raises(RemedyTransition):
        r.ship_reship(store.sessions, actor=w.actor, reship_id=rid, carrier="顺丰速运",
                      tracking_no="SF1400000003")  # fmt: skip


# ---- compensation and approvals ------------------------------------------------------------


def test_within_the_limit_a_registration_is_approved_at_once(store, w):
    tid = ticket_on(store, w, "compensation")
    cid = r.register_compensation(store.sessions, actor=w.actor, ticket_id=tid, amount_fen=5000,
                                  method="alipay", reason="轻微瑕疵").created  # fmt: skip
    comp = row(store, Compensation, cid)
    assert (comp.status, comp.approved_by) == ("approved", w.actor.agent_id)
    assert trail(store, cid)[1] == ["registered", "approved"]
    assert pending_approvals(store.sessions) == []
    r.pay_compensation(store.sessions, actor=w.actor, compensation_id=cid, reference="ALI-88")
    assert row(store, Compensation, cid).status == "paid"


def test_above_the_limit_it_waits_and_only_a_supervisor_decides(store, w):
    tid = ticket_on(store, w, "compensation")
    cid = r.register_compensation(store.sessions, actor=w.actor, ticket_id=tid, amount_fen=5001,
                                  method="platform").created  # fmt: skip
    assert row(store, Compensation, cid).status == "registered"
    assert ticket(store, tid).status == TicketStatus.ESCALATED
    assert [p.id for p in pending_approvals(store.sessions)] == [cid]
    before = snapshot(store)
    for attempt in (r.approve_compensation, r.pay_compensation):
        with pytest.raises((PermissionDenied, RemedyTransition)):
            attempt(store.sessions, actor=w.actor, compensation_id=cid)
    with pytest.raises(PermissionDenied):
        r.refuse_compensation(store.sessions, actor=w.actor, compensation_id=cid, reason="x")
    assert snapshot(store) == before
    boss = add_agent(store, name="主管", role=Role.SUPERVISOR)
    with pytest.raises(InvalidInput):
        r.refuse_compensation(store.sessions, actor=boss, compensation_id=cid, reason=" ")
    r.approve_compensation(store.sessions, actor=boss, compensation_id=cid, note="老客户")
    comp = row(store, Compensation, cid)
    assert (comp.status, comp.approved_by) == ("approved", boss.agent_id)
    assert ticket(store, tid).status == TicketStatus.OPEN
    assert pending_approvals(store.sessions) == []


def test_a_supervisors_own_registration_needs_no_approval(store, w):
    boss = add_agent(store, name="主管", role=Role.SUPERVISOR)
    tid = ticket_on(store, w, "compensation")
    cid = r.register_compensation(store.sessions, actor=boss, ticket_id=tid, amount_fen=50000,
                                  method="bank").created  # fmt: skip
    assert row(store, Compensation, cid).status == "approved"


# ---- follow-ups, claims, weights, appeals, feedback, orders --------------------------------


def test_an_open_follow_up_keeps_the_ticket_from_being_resolved(store, w, frozen_clock):
    tid = ticket_on(store, w, "urge_shipment")
    fid = r.open_follow_up(store.sessions, actor=w.actor, ticket_id=tid,
                           due_at=frozen_clock.at.add(hours=2), cause="仓库缺货",
                           gift="5元无门槛券").created  # fmt: skip
    with pytest.raises(Exception) as err:
        change_status(store.sessions, actor=w.actor, ticket_id=tid, status="resolved")
    assert err.value.code == "promise_open"
    assert not isinstance(err.value, IllegalTransition)
    r.close_follow_up(store.sessions, actor=w.actor, follow_up_id=fid, note="已发货")
    change_status(store.sessions, actor=w.actor, ticket_id=tid, status="resolved")
    assert not ticket(store, tid).active


def test_a_follow_up_is_due_in_the_future(store, w, frozen_clock):
    tid = ticket_on(store, w, "urge_shipment")
    with pytest.raises(InvalidInput):
        r.open_follow_up(store.sessions, actor=w.actor, ticket_id=tid, due_at=frozen_clock.at)


def test_weights_tell_who_short_shipped(store, w):
    tid = ticket_on(store, w, "missing_item")
    found = []
    for warehouse, carrier in ((800, 800), (1000, 700), (995, 990)):
        cid = r.record_weight_check(store.sessions, actor=w.actor, ticket_id=tid,
                                    expected_g=1000, warehouse_g=warehouse, carrier_g=carrier,
                                    tolerance_g=20).created  # fmt: skip
        found.append(row(store, WeightCheck, cid).finding)
    assert found == ["short_shipped", "lost_in_transit", "ok"]


def test_a_carrier_claim_is_filed_then_paid_or_rejected(store, w):
    tid = ticket_on(store, w, "lost_parcel")
    cid = r.file_carrier_claim(store.sessions, actor=w.actor, ticket_id=tid,
                               amount_fen=13790).created  # fmt: skip
    claim = row(store, CarrierClaim, cid)
    assert (claim.carrier, claim.tracking_no, claim.status) == ("中通快递", "ZT1234567890", "filed")
    with pytest.raises(InvalidInput):
        r.settle_carrier_claim(store.sessions, actor=w.actor, claim_id=cid, outcome="maybe")
    r.settle_carrier_claim(store.sessions, actor=w.actor, claim_id=cid, outcome="rejected")
    with pytest.raises(RemedyTransition):
        r.settle_carrier_claim(store.sessions, actor=w.actor, claim_id=cid, outcome="paid")


def test_an_appeal_needs_a_reason_and_evidence(store, w):
    tid = ticket_on(store, w, "dispute")
    aid = r.open_appeal(store.sessions, actor=w.actor, ticket_id=tid).created
    with pytest.raises(InvalidInput):
        r.file_appeal(store.sessions, actor=w.actor, appeal_id=aid, reason="已洗涤")
    with pytest.raises(InvalidInput):
        r.file_appeal(store.sessions, actor=w.actor, appeal_id=aid, reason="",
                      chat_lines=["买家:洗过了"])  # fmt: skip
    r.file_appeal(store.sessions, actor=w.actor, appeal_id=aid, reason="买家已下水洗涤,影响二次销售",
                  receipts=["进货单.pdf"], chat_lines=["买家:洗了一次", ""])  # fmt: skip
    r.record_appeal_outcome(store.sessions, actor=w.actor, appeal_id=aid, outcome="won")
    appeal = row(store, Appeal, aid)
    assert appeal.status == "won"
    assert appeal.evidence == {"receipts": ["进货单.pdf"], "brand_authorization": [],
                               "chat_lines": ["买家:洗了一次"]}  # fmt: skip


def test_a_defect_becomes_feedback_to_operations(store, w):
    tid = ticket_on(store, w, "bad_review")
    fid = send_feedback(store.sessions, actor=w.actor, ticket_id=tid, kind=FeedbackKind.DEFECT,
                        text="白色T恤洗后掉色,批次2026-02").created  # fmt: skip
    with store.sessions() as s:
        fb = s.get(Feedback, fid)
        assert (fb.kind, fb.sku, fb.product, fb.shop_id) == (
            FeedbackKind.DEFECT, "TS-WHITE-L", "纯棉圆领T恤 白色 L", w.shop_id)  # fmt: skip
    assert trail(store, fid)[0] == ["feedback.send"]


def test_cancel_follows_payment_method_and_state(store, w):
    tid = ticket_on(store, w, "cancel")
    set_order(store, w.order_id, status=OrderStatus.STOCKING, shipped_at=None, signed_at=None)
    with pytest.raises(NotEligible) as err:
        fulfilment.cancel_order(store.sessions, actor=w.actor, ticket_id=tid, reason="拍错了")
    assert err.value.reasons == ["online_paid"]
    set_order(store, w.order_id, payment_method=PaymentMethod.COD)
    fulfilment.cancel_order(store.sessions, actor=w.actor, ticket_id=tid, reason="拍错了")
    with store.sessions() as s:
        assert s.get(Order, w.order_id).status == OrderStatus.CANCELLED


def test_a_shipment_records_the_carrier_and_tracking_number(store, w):
    tid = ticket_on(store, w, "urge_shipment")
    set_order(store, w.order_id, status=OrderStatus.STOCKING, shipped_at=None, signed_at=None,
              carrier=None, tracking_no=None)  # fmt: skip
    with pytest.raises(InvalidInput):
        fulfilment.record_shipment(store.sessions, actor=w.actor, ticket_id=tid, carrier="韵达快递",
                                   tracking_no="")  # fmt: skip
    fulfilment.record_shipment(store.sessions, actor=w.actor, ticket_id=tid, carrier="韵达快递",
                               tracking_no="YD3100000001")  # fmt: skip
    with store.sessions() as s:
        order = s.get(Order, w.order_id)
        assert (order.status, order.carrier, order.tracking_no) == (
            OrderStatus.SHIPPED, "韵达快递", "YD3100000001")  # fmt: skip


def test_the_ticket_lists_its_records(store, w, frozen_clock):
    from app.queries.remedies import ticket_remedies

    tid = ticket_on(store, w)
    rid = r.agree_reship(store.sessions, actor=w.actor, ticket_id=tid, item_id=w.item_ids[0])
    frozen_clock.advance(minutes=1)
    cid = r.register_compensation(store.sessions, actor=w.actor, ticket_id=tid, amount_fen=800,
                                  method="alipay").created  # fmt: skip
    rows = ticket_remedies(store.sessions, tid)
    assert [(x.entity, x.id, x.status) for x in rows] == [
        ("reship", rid.created, "agreed"),
        ("compensation", cid, "approved"),
    ]
    assert rows[0].due_at == frozen_clock.at.subtract(minutes=1).add(hours=48)
    assert rows[1].amount_fen == 800 and rows[0].item_id == w.item_ids[0]
