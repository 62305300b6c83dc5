"""The controller: start, read, answer, go back, resume after a restart, pause for a
supervisor's approval; every answer is a service call with its outbox entry and audit."""

from __future__ import annotations

import shutil

import pytest
from pendulum import DateTime
from sqlalchemy import select

from app.db.store import open_store
from app.errors import Conflict, InvalidInput, PermissionDenied
from app.models import (
    AuditEntry,
    Compensation,
    Order,
    OrderStatus,
    OutboxMutation,
    RunState,
    Shop,
    Ticket,
    TicketStatus,
    WorkflowRun,
)
from app.queries.approvals import pending_approvals
from app.services.remedies import approve_compensation, refuse_compensation
from app.workflows import (
    AnswerInvalid,
    CannotGoBack,
    Controller,
    RunExists,
    RunNotActive,
    ScriptUnavailable,
    WrongStep,
)
from app.workflows import catalog as library_module
from tests.app.builders import snapshot


def to_amount(desk, kind: str = "compensation"):
    """A compensation run standing at its amount step."""
    v = desk.ctl.start(desk.ticket(kind), "compensation").view
    v = desk.ctl.answer(v.run_id, "listen").view
    return desk.ctl.answer(v.run_id, "offer", choice="agreed").view


def test_start_reads_the_first_step_with_its_words(desk):
    tid = desk.ticket("compensation")
    adv = desk.ctl.start(tid, "compensation")
    v = adv.view
    assert (v.script_id, v.step_id, v.kind, v.state) == ("compensation", "listen", "say", "running")
    assert v.text_zh.startswith("亲,看到您说的情况") and v.text.startswith("I'm really sorry")
    assert v.can_go_back is False and v.records == ()
    assert adv.changes.created == v.run_id and tid in adv.changes.tickets
    assert desk.ctl.resume(tid) == v


def test_answers_are_services_with_outbox_and_audit(desk):
    v = to_amount(desk)
    with desk.scene.store.sessions() as s:
        names = [m.name for m in s.scalars(select(OutboxMutation).order_by(OutboxMutation.seq))]
        audits = s.scalars(select(AuditEntry.action).where(AuditEntry.entity_id == v.run_id))
        assert list(audits) == ["workflow.start", "workflow.answer", "workflow.answer"]
    assert names[-3:] == ["workflow.start/1", "workflow.answer/1", "workflow.answer/1"]


def test_a_stale_answer_is_refused(desk):
    v = to_amount(desk)
    with pytest.raises(WrongStep) as err:
        desk.ctl.answer(v.run_id, "offer", choice="agreed")
    assert isinstance(err.value, Conflict) and err.value.code == "workflow_wrong_step"


def test_one_open_run_per_ticket(desk):
    tid = desk.ticket("compensation")
    run = desk.ctl.start(tid, "compensation").view.run_id
    with pytest.raises(RunExists):
        desk.ctl.start(tid, "refund_only")
    desk.ctl.abandon(run, "wrong script")
    assert desk.ctl.view(run).state == RunState.ABANDONED
    assert desk.ctl.start(tid, "refund_only").view.script_id == "refund_only"
    assert [r.state for r in desk.ctl.history(tid)] == [RunState.ABANDONED, RunState.RUNNING]


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"method": "alipay"}, "amount"),
        ({"amount": "12.345", "method": "alipay"}, "amount"),
        ({"amount": -5, "method": "alipay"}, "amount"),
        ({"amount": 500, "method": "bitcoin"}, "method"),
        ({"amount": 500, "method": "alipay", "colour": "red"}, "colour"),
    ],
)
def test_a_bad_answer_names_its_field_and_writes_nothing(desk, values, field):
    v = to_amount(desk)
    before = snapshot(desk.scene.store)
    with pytest.raises(AnswerInvalid) as err:
        desk.ctl.answer(v.run_id, v.step_id, values=values)
    assert err.value.params["field"] == field
    assert isinstance(err.value, InvalidInput)
    assert snapshot(desk.scene.store) == before


def test_a_choice_must_be_one_of_the_steps(desk):
    v = desk.ctl.start(desk.ticket("compensation"), "compensation").view
    v = desk.ctl.answer(v.run_id, "listen").view
    with pytest.raises(AnswerInvalid):
        desk.ctl.answer(v.run_id, "offer", choice="maybe")
    with pytest.raises(AnswerInvalid):
        desk.ctl.answer(v.run_id, "offer")


def test_money_in_yuan_is_stored_in_fen_and_shown_in_yuan(desk):
    v = to_amount(desk)
    v = desk.ctl.answer(v.run_id, v.step_id, values={"amount": "¥30.5", "method": "alipay"}).view
    assert v.step_id == "register"
    assert [h.passed for h in v.history if h.kind == "check"] == [True]
    v = desk.ctl.answer(v.run_id, "register").view
    v = desk.ctl.answer(v.run_id, "pay", values={"reference": "2026030122001"}).view
    assert "¥30.50" in v.text_zh and "¥30.50" in v.text
    with desk.scene.store.sessions() as s:
        comp = s.scalar(select(Compensation))
        assert (comp.amount_fen, comp.status, comp.method) == (3050, "paid", "alipay")
        assert comp.approved_by == desk.scene.actor.agent_id  # within the agent's own limit


# ---- back ---------------------------------------------------------------------------------


def test_back_takes_back_the_last_answer_and_its_values(desk):
    v = to_amount(desk)
    assert v.can_go_back
    v = desk.ctl.back(v.run_id, "amount").view
    assert v.step_id == "offer"
    v = desk.ctl.answer(v.run_id, "offer", choice="agreed").view
    v = desk.ctl.answer(v.run_id, v.step_id, values={"amount": 3000, "method": "wechat"}).view
    assert v.step_id == "register"  # the check after the input ran by itself
    v = desk.ctl.back(v.run_id, "register").view  # back over the check, to the input
    assert v.step_id == "amount"
    assert {f.name: f.value for f in v.fields}["amount"] is None
    assert {f.name: f.value for f in v.fields}["method"] == "platform"  # the default again
    v = desk.ctl.back(v.run_id, "amount").view
    v = desk.ctl.back(v.run_id, "offer").view
    assert v.step_id == "listen" and not v.can_go_back
    with pytest.raises(CannotGoBack) as err:
        desk.ctl.back(v.run_id, "listen")
    assert err.value.params["reason"] == "first_step"


def test_back_never_crosses_a_record(desk):
    v = to_amount(desk)
    v = desk.ctl.answer(v.run_id, v.step_id, values={"amount": 1000, "method": "alipay"}).view
    v = desk.ctl.answer(v.run_id, "register").view
    assert v.step_id == "pay" and not v.can_go_back
    with pytest.raises(CannotGoBack) as err:
        desk.ctl.back(v.run_id, "pay")
    assert err.value.params["reason"] == "recorded"


def test_back_across_a_handoff_returns_to_the_first_script(desk):
    tid = desk.ticket("wrong_item")
    v = desk.ctl.start(tid, "wrong_item").view
    v = desk.ctl.answer(v.run_id, "sorry").view
    v = desk.ctl.answer(v.run_id, "photos", values={"photos": desk.scene.files}).view
    v = desk.ctl.answer(v.run_id, "remedy", choice="exchange").view
    assert (v.script_id, v.step_id) == ("return_exchange", "agree_exchange")
    assert [h.kind for h in v.history][-2:] == ["handoff", "check"]
    v = desk.ctl.back(v.run_id, "agree_exchange").view
    assert (v.script_id, v.step_id) == ("wrong_item", "remedy")


# ---- resume ---------------------------------------------------------------------------------


def test_a_run_resumes_exactly_where_it_stood_after_a_restart(desk, tmp_path):
    store = desk.scene.store
    tid = desk.ticket("compensation")
    v = desk.ctl.start(tid, "compensation").view
    v = desk.ctl.answer(v.run_id, "listen").view
    v = desk.ctl.answer(v.run_id, "offer", choice="agreed").view
    before = desk.ctl.view(v.run_id)
    store.close()
    copy = tmp_path / "after-crash.db"
    shutil.copyfile(store.path, copy)  # what a crash leaves on disk (WAL folded at close)
    reopened = open_store(str(copy))
    try:
        ctl = Controller(reopened.sessions, desk.scene.actor)
        again = ctl.resume(tid)
        assert again == before
        v = ctl.answer(again.run_id, "amount", values={"amount": 800, "method": "alipay"}).view
        v = ctl.answer(v.run_id, "register").view
        v = ctl.answer(v.run_id, "pay", values={}).view
        v = ctl.answer(v.run_id, "confirm").view
        assert (v.state, v.outcome) == (RunState.ENDED, "compensated")
        assert ctl.resume(tid) is None
    finally:
        reopened.close()


# ---- approvals ------------------------------------------------------------------------------


def above_the_limit(desk):
    v = to_amount(desk)
    v = desk.ctl.answer(v.run_id, v.step_id, values={"amount": 20000, "method": "alipay"}).view
    assert v.step_id == "tell_wait"  # above the limit: say so first
    v = desk.ctl.answer(v.run_id, "tell_wait").view
    return desk.ctl.answer(v.run_id, "register").view


def test_above_the_limit_the_run_waits_for_a_supervisor(desk):
    v = above_the_limit(desk)
    assert v.state == RunState.WAITING_APPROVAL and v.step_id == "register"
    assert not v.can_go_back
    with desk.scene.store.sessions() as s:
        ticket = s.get(Ticket, v.ticket_id)
        assert ticket.status == TicketStatus.ESCALATED and ticket.active
    pending = pending_approvals(desk.scene.store.sessions)
    assert [(p.id, p.amount_fen, p.limit_fen) for p in pending] == [(v.waiting_for, 20000, 5000)]
    assert pending[0].registered_by == "售后小王"
    with pytest.raises(RunNotActive):
        desk.ctl.answer(v.run_id, "register")
    with pytest.raises(CannotGoBack):
        desk.ctl.back(v.run_id, "register")


def test_only_a_supervisor_decides_and_a_refusal_writes_nothing(desk):
    v = above_the_limit(desk)
    before = snapshot(desk.scene.store)
    with pytest.raises(PermissionDenied):
        approve_compensation(
            desk.scene.store.sessions, actor=desk.scene.actor, compensation_id=v.waiting_for
        )
    assert snapshot(desk.scene.store) == before


def test_the_run_continues_when_the_supervisor_approves(desk):
    v = above_the_limit(desk)
    approve_compensation(
        desk.scene.store.sessions, actor=desk.scene.supervisor, compensation_id=v.waiting_for
    )
    v = desk.ctl.view(v.run_id)
    assert (v.state, v.step_id) == (RunState.RUNNING, "tell_approved")
    assert "¥200.00" in v.text_zh
    assert [(h.kind, h.passed) for h in v.history][-1] == ("approval", True)
    assert pending_approvals(desk.scene.store.sessions) == []
    with desk.scene.store.sessions() as s:
        assert s.get(Ticket, v.ticket_id).status == TicketStatus.OPEN
        comp = s.get(Compensation, v.records[0].id)
        assert (comp.status, comp.approved_by) == ("approved", desk.scene.supervisor.agent_id)
    v = desk.ctl.answer(v.run_id, "tell_approved").view
    v = desk.ctl.answer(v.run_id, "pay", values={"reference": "ALI-1"}).view
    v = desk.ctl.answer(v.run_id, "confirm").view
    assert v.outcome == "compensated"


def test_a_refusal_sends_the_run_to_the_alternatives(desk):
    v = above_the_limit(desk)
    refuse_compensation(
        desk.scene.store.sessions,
        actor=desk.scene.supervisor,
        compensation_id=v.waiting_for,
        reason="超出本店补偿标准",
    )
    v = desk.ctl.view(v.run_id)
    assert (v.state, v.step_id) == (RunState.RUNNING, "tell_refused")
    v = desk.ctl.answer(v.run_id, "tell_refused").view
    assert v.step_id == "preference"
    with desk.scene.store.sessions() as s:
        comp = s.get(Compensation, v.records[0].id)
        assert comp.status == "refused" and "超出本店补偿标准" in comp.note


# ---- words ----------------------------------------------------------------------------------


def test_words_are_filled_from_the_order_and_the_rules(desk):
    tid = desk.ticket("urge_shipment")
    with desk.scene.store.sessions.begin() as s:
        t = s.get(Ticket, tid)
        order = s.get(Order, t.order_id)
        order.status, order.shipped_at, order.signed_at = OrderStatus.STOCKING, None, None
        order.ship_by = DateTime(2026, 3, 2, 10, 0, tzinfo=order.placed_at.tzinfo)
    v = desk.ctl.start(tid, "urge_shipment").view
    assert v.step_id == "empathy"
    assert "订单" in v.text_zh and v.missing == ()
    v = desk.ctl.answer(v.run_id, "empathy").view
    assert v.step_id == "reassure"
    assert "3月2日 18:00" in v.text_zh  # 10:00 UTC in the shop's zone
    assert "Mar 2, 18:00" in v.text


def test_a_missing_value_shows_as_its_name(desk):
    tid = desk.ticket("return")
    with desk.scene.store.sessions.begin() as s:
        s.get(Shop, s.get(Ticket, tid).shop_id).settings = {}
    v = desk.ctl.start(tid, "return_exchange").view
    v = desk.ctl.answer(v.run_id, "listen").view
    v = desk.ctl.answer(v.run_id, "want", choice="return").view
    v = desk.ctl.answer(v.run_id, "condition", choice="intact").view
    v = desk.ctl.answer(v.run_id, "approve").view
    assert v.step_id == "tell_address"
    assert "〔退货地址〕" in v.text_zh and "[return address]" in v.text
    assert v.missing == ("return_address",)


# ---- scripts that change or break -----------------------------------------------------------


def test_a_malformed_script_cannot_start_and_the_others_can(desk, tmp_path, monkeypatch):
    folder = tmp_path / "sops"
    shutil.copytree(library_module.SOPS, folder)
    text = (folder / "reship.toml").read_text(encoding="utf-8")
    (folder / "reship.toml").write_text(text.replace('next = "tell"', 'next = "nowhere"'), "utf-8")
    monkeypatch.setattr(library_module, "SOPS", folder)
    with pytest.raises(ScriptUnavailable) as err:
        desk.ctl.start(desk.ticket("wrong_item"), "reship")
    assert "step 'agree': field 'next': unknown step 'nowhere'" in str(err.value)
    assert desk.ctl.start(desk.ticket("wrong_item"), "wrong_item").view.step_id == "sorry"


def test_a_run_follows_a_new_version_while_its_step_exists(desk, tmp_path, monkeypatch):
    folder = tmp_path / "sops"
    shutil.copytree(library_module.SOPS, folder)
    monkeypatch.setattr(library_module, "SOPS", folder)
    v = to_amount(desk)
    path = folder / "compensation.toml"
    text = path.read_text(encoding="utf-8").replace("version = 1", "version = 2", 1)
    path.write_text(text, encoding="utf-8")
    assert desk.ctl.view(v.run_id).script_version == 2
    path.write_text(text.replace('id = "amount"', 'id = "how_much"').replace(
        'next = "amount"', 'next = "how_much"'), encoding="utf-8")  # fmt: skip
    with pytest.raises(ScriptUnavailable):
        desk.ctl.view(v.run_id)
    with desk.scene.store.sessions() as s:
        assert s.get(WorkflowRun, v.run_id).step == "amount"  # nothing lost
