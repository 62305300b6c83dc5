"""The approvals inbox: supervisors alone see and decide; the waiting procedure goes on."""

from __future__ import annotations

import uuid

import pytest

from app import clock
from app.errors import InvalidInput, PermissionDenied
from app.models import Compensation, RunState, Ticket, TicketStatus
from app.services import approvals
from app.services.approvals import ApprovalSource, Pending
from app.services.remedies import register_compensation
from tests.app.builders import snapshot


def waiting_run(desk):
    """A compensation procedure paused on a registration above the agent's limit."""
    ctl = desk.ctl
    v = ctl.start(desk.scene.ticket("compensation")[0], "compensation").view
    v = ctl.answer(v.run_id, "listen").view
    v = ctl.answer(v.run_id, "offer", choice="agreed").view
    v = ctl.answer(v.run_id, v.step_id, values={"amount": 20000, "method": "alipay"}).view
    v = ctl.answer(v.run_id, "tell_wait").view
    v = ctl.answer(v.run_id, "register").view
    assert v.state == RunState.WAITING_APPROVAL
    return v


def test_the_inbox_lists_what_waits_with_the_agent_and_limit(desk):
    v = waiting_run(desk)
    rows = approvals.inbox(desk.store.sessions, actor=desk.boss)
    assert [(r.kind, r.id, r.amount_fen, r.limit_fen) for r in rows] == [
        ("compensation", v.waiting_for, 20000, 5000)
    ]
    assert rows[0].requested_by == "售后小王" and rows[0].ticket_id == v.ticket_id
    assert rows[0].method == "alipay"
    assert approvals.inbox(desk.store.sessions, actor=desk.admin) == rows


@pytest.mark.parametrize("who", ["agent", "presale"])
def test_agents_neither_see_nor_decide(desk, who):
    v = waiting_run(desk)
    actor = desk.agent if who == "agent" else desk.presale
    before = snapshot(desk.store)
    with pytest.raises(PermissionDenied):
        approvals.inbox(desk.store.sessions, actor=actor)
    for approve in (True, False):
        with pytest.raises(PermissionDenied):
            approvals.decide(
                desk.store.sessions,
                actor=actor,
                kind="compensation",
                record_id=v.waiting_for,
                approve=approve,
                text="自己批",
            )
    assert snapshot(desk.store) == before


def test_approving_continues_the_waiting_procedure(desk):
    v = waiting_run(desk)
    approvals.decide(
        desk.store.sessions,
        actor=desk.boss,
        kind="compensation",
        record_id=v.waiting_for,
        approve=True,
        text="老客户，同意",
    )
    after = desk.ctl.view(v.run_id)
    assert (after.state, after.step_id) == (RunState.RUNNING, "tell_approved")
    assert approvals.inbox(desk.store.sessions, actor=desk.boss) == []
    with desk.store.sessions() as s:
        comp = s.get(Compensation, v.waiting_for)
        assert (comp.status, comp.approved_by) == ("approved", desk.boss.agent_id)
        assert s.get(Ticket, v.ticket_id).status == TicketStatus.OPEN


def test_refusing_needs_a_reason_and_sends_the_run_to_the_alternatives(desk):
    v = waiting_run(desk)
    before = snapshot(desk.store)
    with pytest.raises(InvalidInput):
        approvals.decide(
            desk.store.sessions,
            actor=desk.boss,
            kind="compensation",
            record_id=v.waiting_for,
            approve=False,
            text="  ",
        )
    assert snapshot(desk.store) == before
    approvals.decide(
        desk.store.sessions,
        actor=desk.boss,
        kind="compensation",
        record_id=v.waiting_for,
        approve=False,
        text="金额过高，建议退货退款",
    )
    after = desk.ctl.view(v.run_id)
    assert after.state == RunState.RUNNING and after.step_id != "tell_approved"
    with desk.store.sessions() as s:
        comp = s.get(Compensation, v.waiting_for)
        assert comp.status == "refused" and "金额过高" in comp.note


def test_only_registrations_above_the_limit_wait(desk):
    tid = desk.scene.ticket("compensation")[0]
    register_compensation(desk.store.sessions, actor=desk.agent, ticket_id=tid, amount_fen=3000,
                          method="platform")  # fmt: skip
    assert approvals.inbox(desk.store.sessions, actor=desk.boss) == []  # approved at once
    big = register_compensation(desk.store.sessions, actor=desk.agent, ticket_id=tid,
                                amount_fen=6000, method="platform").created  # fmt: skip
    assert [r.id for r in approvals.inbox(desk.store.sessions, actor=desk.boss)] == [big]


def test_an_unknown_kind_is_named(desk):
    with pytest.raises(InvalidInput, match="unknown approval kind 'refund_plan'"):
        approvals.decide(
            desk.store.sessions,
            actor=desk.boss,
            kind="refund_plan",
            record_id=uuid.uuid4(),
            approve=True,
        )


def test_another_kind_plugs_in(desk, monkeypatch):
    """Another source shows in the same inbox, oldest first, and gets the decisions."""
    waiting_run(desk)
    decided: list[tuple[uuid.UUID, bool, str]] = []
    rid = uuid.uuid4()
    row = Pending(
        "gift_card", rid, None, "6931", "tb_买家", "售前小美", desk.presale.agent_id, 1500,
        2000, "赠礼品卡", clock.now().subtract(hours=1),
    )  # fmt: skip
    source = ApprovalSource(
        "gift_card",
        lambda _sessions: [row],
        lambda _s, _a, record, note: decided.append((record, True, note)),
        lambda _s, _a, record, reason: decided.append((record, False, reason)),
    )
    monkeypatch.setitem(approvals._SOURCES, "gift_card", source)
    rows = approvals.inbox(desk.store.sessions, actor=desk.boss)
    assert [r.kind for r in rows] == ["gift_card", "compensation"]
    approvals.decide(
        desk.store.sessions, actor=desk.boss, kind="gift_card", record_id=rid, approve=False,
        text="超出赠品规则",
    )  # fmt: skip
    assert decided == [(rid, False, "超出赠品规则")]
