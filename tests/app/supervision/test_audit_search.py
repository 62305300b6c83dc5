"""Searching the audit log: by agent, order (with its tickets), ticket, action, period; pages."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import InvalidInput, PermissionDenied
from app.kpis.period import Period
from app.models import FlagColor
from app.queries.audit_search import AuditFilter, actions, search
from app.services import add_note, flag_orders
from app.services.remedies import register_compensation


@pytest.fixture
def logged(desk, frozen_clock):
    """Two tickets on two orders: notes by the agent, a flag by the supervisor, a day apart."""
    t1, o1, _ = desk.scene.ticket("compensation")
    frozen_clock.advance(days=1)
    t2, o2, _ = desk.scene.ticket("return")
    add_note(desk.store.sessions, actor=desk.agent, ticket_id=t1, body="已联系仓库")
    register_compensation(desk.store.sessions, actor=desk.agent, ticket_id=t1, amount_fen=800,
                          method="alipay", reason="色差")  # fmt: skip
    flag_orders(desk.store.sessions, actor=desk.boss, order_ids=[o2], flag=FlagColor.RED)
    return t1, o1, t2, o2


def find(desk, **kw):
    return search(desk.store.sessions, actor=desk.boss, flt=AuditFilter(**kw))


def test_newest_first_with_agent_names(desk, logged):
    rows = find(desk)
    assert [r.at for r in rows] == sorted((r.at for r in rows), reverse=True)
    assert rows[0].action == "order.flag" and rows[0].agent == "主管老李"


def test_by_agent(desk, logged):
    assert {r.agent for r in find(desk, agent_id=desk.agent.agent_id)} == {"售后小王"}
    assert [r.action for r in find(desk, agent_id=desk.boss.agent_id)] == ["order.flag"]


def test_by_order_includes_its_tickets(desk, logged):
    t1, o1, _t2, _o2 = logged
    order_no = find(desk, ticket_id=t1)[-1].order_no  # ticket.create carries the order
    rows = find(desk, order_no=order_no)
    assert rows and all(r.ticket_id == t1 or r.order_id == o1 for r in rows)
    assert {"ticket.create", "message.note", "compensation.registered"} <= {r.action for r in rows}
    assert find(desk, order_no="0000000000") == []


def test_by_ticket_action_and_family(desk, logged):
    t1, _o1, t2, _o2 = logged
    assert {r.ticket_id for r in find(desk, ticket_id=t2)} == {t2}
    assert [r.ticket_id for r in find(desk, action="message.note")] == [t1]
    family = {r.action for r in find(desk, action="compensation.")}
    assert family and all(a.startswith("compensation.") for a in family)
    assert "compensation.registered" in actions(desk.store.sessions, actor=desk.boss)


def test_by_period(desk, logged, frozen_clock):
    today = frozen_clock().in_timezone("Asia/Shanghai").date()
    yesterday = today - dt.timedelta(days=1)
    older = find(desk, period=Period.days(yesterday, yesterday))
    assert older and all(r.at.in_timezone("Asia/Shanghai").date() == yesterday for r in older)
    assert len(older) + len(find(desk, period=Period.days(today, today))) == len(find(desk))


def test_pages_meet_without_gaps_or_repeats(desk, logged):
    everything = find(desk)
    seen, after = [], None
    while True:
        page = search(desk.store.sessions, actor=desk.boss, flt=AuditFilter(), after=after, limit=2)
        seen += page
        if len(page) < 2:
            break
        after = page[-1].cursor
    assert [r.id for r in seen] == [r.id for r in everything]
    with pytest.raises(InvalidInput):
        search(desk.store.sessions, actor=desk.boss, flt=AuditFilter(), limit=0)


@pytest.mark.parametrize("who", ["agent", "presale"])
def test_agents_cannot_read_the_audit_log(desk, logged, who):
    actor = desk.agent if who == "agent" else desk.presale
    with pytest.raises(PermissionDenied):
        search(desk.store.sessions, actor=actor, flt=AuditFilter())
    with pytest.raises(PermissionDenied):
        actions(desk.store.sessions, actor=actor)
