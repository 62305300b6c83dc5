"""The write path: each service is one transaction with one outbox mutation and its audit;
tickets: creation, status, assignment and priority."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime

import pendulum
import pytest
from sqlalchemy import event, select

from app.errors import (
    Conflict,
    IllegalTransition,
    InvalidInput,
    KefuError,
    NotFound,
    PermissionDenied,
)
from app.models import (
    AuditEntry,
    OutboxMutation,
    Priority,
    Role,
    Ticket,
    TicketEvent,
    TicketItem,
    TicketKind,
)
from app.queries.tickets import load_ticket
from app.services import (
    add_buyer_message,
    add_note,
    add_reply,
    assign_ticket,
    change_status,
    create_tag,
    create_ticket,
    flag_orders,
    set_priority,
    tag_customer,
    untag_customer,
)
from tests.app.builders import (
    add_agent,
    add_customer,
    add_order,
    add_shop,
    snapshot,
)
from tests.app.service_support import (  # noqa: F401
    LEGAL,
    PATH,
    SLA,
    WAITING,
    S,
    get,
    minutes,
    rows,
    ticket,
    walk,
)

# --- one unit of work per call ---------------------------------------------------------


class Commits:
    def __init__(self, store) -> None:  # noqa: ANN001
        self.n = 0
        event.listen(store.engine, "commit", self._count)

    def _count(self, _conn) -> None:  # noqa: ANN001
        self.n += 1


# Each call gets the store, the world, a new ticket and a tag made before the count starts.
CALLS: dict[str, Callable] = {
    "create_ticket from order": lambda st, w, t, tag: create_ticket(
        st.sessions, actor=w.actor, kind="wrong_item", order_no=w.order_no, item_ids=[w.item_ids[0]]
    ),
    "create_ticket from buyer": lambda st, w, t, tag: create_ticket(
        st.sessions, actor=w.actor, kind="inquiry", customer_id=w.customer_id
    ),
    "assign_ticket": lambda st, w, t, tag: assign_ticket(
        st.sessions, actor=w.actor, ticket_id=t, assignee_id=w.actor.agent_id
    ),
    "change_status": lambda st, w, t, tag: change_status(
        st.sessions, actor=w.actor, ticket_id=t, status="waiting_warehouse", reason="查库存"
    ),
    "set_priority": lambda st, w, t, tag: set_priority(
        st.sessions, actor=w.actor, ticket_id=t, priority="urgent"
    ),
    "add_reply": lambda st, w, t, tag: add_reply(
        st.sessions, actor=w.actor, ticket_id=t, body="亲，已为您登记"
    ),
    "add_note": lambda st, w, t, tag: add_note(
        st.sessions, actor=w.actor, ticket_id=t, body="内部"
    ),
    "add_buyer_message": lambda st, w, t, tag: add_buyer_message(
        st.sessions, actor=w.actor, ticket_id=t, body="在吗"
    ),
    "create_tag": lambda st, w, t, tag: create_tag(
        st.sessions, actor=w.actor, name="大客户", kind="preference", color="#ff0000"
    ),
    "tag_customer": lambda st, w, t, tag: tag_customer(
        st.sessions, actor=w.actor, customer_id=w.customer_id, tag_id=tag
    ),
    "untag_customer": lambda st, w, t, tag: untag_customer(
        st.sessions, actor=w.actor, customer_id=w.customer_id, tag_id=tag
    ),
    "flag_orders": lambda st, w, t, tag: flag_orders(
        st.sessions, actor=w.actor, order_ids=[w.order_id], flag="red", remark="加急"
    ),
}


def _journal(store) -> tuple[int, int]:  # noqa: ANN001
    with store.sessions() as s:
        outbox = len(s.scalars(select(OutboxMutation)).all())
        return outbox, len(s.scalars(select(AuditEntry)).all())


@pytest.mark.parametrize("name", list(CALLS))
def test_each_service_is_one_transaction_with_one_mutation_and_an_audit(
    store, w, frozen_clock, name
):
    tid = ticket(store, w)
    tag = create_tag(store.sessions, actor=w.actor, name="易过敏").created
    if name == "untag_customer":
        tag_customer(store.sessions, actor=w.actor, customer_id=w.customer_id, tag_id=tag)
    frozen_clock.advance(minutes=1)
    outbox_before, audit_before = _journal(store)
    commits = Commits(store)
    CALLS[name](store, w, tid, tag)
    outbox_after, audit_after = _journal(store)
    assert outbox_after - outbox_before == 1
    assert audit_after - audit_before >= 1
    assert commits.n == 1
    with store.sessions() as s:
        last = s.scalars(select(OutboxMutation).order_by(OutboxMutation.seq.desc())).first()
        audits = s.scalars(select(AuditEntry).where(AuditEntry.at == frozen_clock.at)).all()
    assert last.agent_id == w.actor.agent_id and last.state == "pending"
    assert last.created_at == frozen_clock.at
    assert pendulum.parse(last.args["at"]) == frozen_clock.at
    assert len(audits) == audit_after - audit_before  # all of this call's audit, at its time


@pytest.mark.parametrize(
    ("name", "call", "error"),
    [
        (
            "illegal transition",
            lambda st, w, t: change_status(
                st.sessions, actor=w.actor, ticket_id=t, status="closed"
            ),
            IllegalTransition,
        ),
        (
            "unknown ticket",
            lambda st, w, t: add_note(st.sessions, actor=w.actor, ticket_id=uuid.uuid4(), body="x"),
            NotFound,
        ),
        (
            "empty note",
            lambda st, w, t: add_note(st.sessions, actor=w.actor, ticket_id=t, body="   "),
            InvalidInput,
        ),
        (
            "unknown order number",
            lambda st, w, t: create_ticket(
                st.sessions, actor=w.actor, kind="return", order_no="0000000"
            ),
            NotFound,
        ),
        (
            "item of another order",
            lambda st, w, t: create_ticket(
                st.sessions,
                actor=w.actor,
                kind="return",
                order_no=w.order_no,
                item_ids=[w.item_ids[0], uuid.uuid4()],
            ),
            InvalidInput,
        ),
        (
            "one of the orders missing",
            lambda st, w, t: flag_orders(
                st.sessions, actor=w.actor, order_ids=[w.order_id, uuid.uuid4()], flag="red"
            ),
            NotFound,
        ),
        (
            "unknown tag",
            lambda st, w, t: tag_customer(
                st.sessions, actor=w.actor, customer_id=w.customer_id, tag_id=uuid.uuid4()
            ),
            NotFound,
        ),
        (
            "stale version",
            lambda st, w, t: change_status(
                st.sessions, actor=w.actor, ticket_id=t, status="open", expected_version=99
            ),
            Conflict,
        ),
        (
            "unknown argument",
            lambda st, w, t: add_note(st.sessions, actor=w.actor, ticket_id=t, body="x", mood=1),
            InvalidInput,
        ),
        (
            "bad id text",
            lambda st, w, t: add_note(st.sessions, actor=w.actor, ticket_id="not-an-id", body="x"),
            InvalidInput,
        ),
        (
            "bad enum value",
            lambda st, w, t: set_priority(st.sessions, actor=w.actor, ticket_id=t, priority="asap"),
            InvalidInput,
        ),
        (
            "assign to a disabled agent",
            lambda st, w, t: assign_ticket(
                st.sessions,
                actor=w.actor,
                ticket_id=t,
                assignee_id=add_agent(st, name="离职", active=False).agent_id,
            ),
            NotFound,
        ),
    ],
)
def test_a_failed_call_writes_nothing(store, w, name, call, error):
    tid = ticket(store, w)
    add_note(store.sessions, actor=w.actor, ticket_id=tid, body="先有一条")
    before = snapshot(store)
    with pytest.raises(error) as info:
        call(store, w, tid)
    assert isinstance(info.value, KefuError) and info.value.code
    after = snapshot(store)
    if name == "assign to a disabled agent":  # the set-up added the agent itself
        after["agents"] = before["agents"]
    assert after == before


def test_a_disabled_or_changed_actor_is_refused_and_nothing_is_written(store, w):
    gone = add_agent(store, name="停用", active=False)
    before = snapshot(store)
    with pytest.raises(PermissionDenied):
        create_ticket(store.sessions, actor=gone, kind="inquiry", customer_id=w.customer_id)
    promoted = type(w.actor)(w.actor.agent_id, Role.SUPERVISOR, "小王")
    with pytest.raises(PermissionDenied):
        create_ticket(store.sessions, actor=promoted, kind="inquiry", customer_id=w.customer_id)
    assert snapshot(store) == before


# --- create_ticket ----------------------------------------------------------------------


def test_create_ticket_from_an_order_number(store, w, frozen_clock):
    tid = ticket(store, w, order_no=f"  {w.order_no} ", item_ids=[str(w.item_ids[1])])
    t = get(store, Ticket, tid)
    assert (t.order_id, t.customer_id, t.shop_id) == (w.order_id, w.customer_id, w.shop_id)
    assert t.status == S.NEW and t.active and t.created_by == w.actor.agent_id
    assert t.created_at == t.updated_at == frozen_clock.at
    due = minutes("first_response", "quality_claim")
    assert (t.due_at, t.due_rule) == (frozen_clock.at.add(minutes=due), "first_response")
    covered = [ti.order_item_id for ti in rows(store, TicketItem, TicketItem.ticket_id == tid)]
    assert covered == [w.item_ids[1]]
    detail = load_ticket(store.sessions, tid)
    assert [i.covered for i in detail.order.items] == [False, True]
    assert [e.kind for e in detail.timeline] == ["created"]
    assert detail.timeline[0].data["order_no"] == w.order_no


def test_create_ticket_from_a_buyer(store, w):
    tid = ticket(
        store, w, order_no=None, customer_id=w.customer_id, kind="inquiry", subject=" 问尺码 "
    )
    t = get(store, Ticket, tid)
    assert t.order_id is None and t.customer_id == w.customer_id and t.shop_id == w.shop_id
    assert t.subject == "问尺码"
    assert load_ticket(store.sessions, tid).order is None


def test_create_ticket_needs_an_order_or_a_buyer(store, w):
    with pytest.raises(InvalidInput):
        create_ticket(store.sessions, actor=w.actor, kind="inquiry")
    with pytest.raises(NotFound):
        create_ticket(store.sessions, actor=w.actor, kind="inquiry", customer_id=uuid.uuid4())


def test_items_need_their_order(store, w):
    with pytest.raises(InvalidInput):
        create_ticket(
            store.sessions,
            actor=w.actor,
            kind="return",
            customer_id=w.customer_id,
            item_ids=[w.item_ids[0]],
        )


def test_an_item_of_another_order_of_the_same_buyer_is_refused(store, w):
    _other, other_items = add_order(store, w.shop_id, w.customer_id, order_no="7000000000000001")
    with pytest.raises(InvalidInput) as info:
        ticket(store, w, item_ids=[w.item_ids[0], other_items[0]])
    assert str(other_items[0]) in str(info.value)
    assert rows(store, Ticket) == []


def test_an_order_number_in_two_shops_needs_the_shop(store, w):
    tmall = add_shop(store, name="天猫旗舰店", platform="tmall")
    buyer = add_customer(store, tmall, nickname="tb_8831")
    other_order, _ = add_order(store, tmall, buyer, order_no=w.order_no)
    with pytest.raises(InvalidInput):
        ticket(store, w)
    assert rows(store, Ticket) == []
    tid = ticket(store, w, shop_id=tmall)
    t = get(store, Ticket, tid)
    assert (t.order_id, t.customer_id, t.shop_id) == (other_order, buyer, tmall)
    tid = ticket(store, w, shop_id=w.shop_id)
    assert get(store, Ticket, tid).order_id == w.order_id


def test_an_order_number_from_another_shop_is_not_found(store, w):
    other = add_shop(store, name="淘宝小店", platform="taobao")
    with pytest.raises(NotFound):
        ticket(store, w, shop_id=other)


@pytest.mark.parametrize("kind", list(TicketKind))
def test_a_new_ticket_is_due_by_its_first_response_target(store, w, frozen_clock, kind):
    tid = ticket(store, w, kind=kind)
    expected = frozen_clock.at.add(minutes=minutes("first_response", kind.value))
    assert get(store, Ticket, tid).due_at == expected


def test_explicit_id_and_time_are_kept(store, w):
    tid = uuid.UUID("019ca9a0-e300-7a01-8000-00000000beef")
    at = "2026-02-27T09:00:00+08:00"
    ticket(store, w, id=str(tid), at=at)
    t = get(store, Ticket, tid)
    assert t.created_at == pendulum.parse(at)
    assert t.created_at.isoformat() == "2026-02-27T01:00:00+00:00"


def test_a_naive_time_argument_is_refused(store, w):
    with pytest.raises(InvalidInput):
        ticket(store, w, at=datetime(2026, 2, 27, 9, 0))
    with pytest.raises(InvalidInput):
        ticket(store, w, at="2026-02-27T09:00:00")


# --- status -----------------------------------------------------------------------------

ALL_PAIRS = [(a, b) for a in S for b in S]


@pytest.mark.parametrize(("current", "target"), ALL_PAIRS, ids=[f"{a}->{b}" for a, b in ALL_PAIRS])
def test_status_transitions_follow_the_workflow(store, w, frozen_clock, current, target):
    tid = ticket(store, w)
    walk(store, w, tid, current)
    before = get(store, Ticket, tid)
    frozen_clock.advance(minutes=7)
    if target in LEGAL[current]:
        change_status(store.sessions, actor=w.actor, ticket_id=tid, status=target)
        after = get(store, Ticket, tid)
        assert after.status == target
        assert after.version == before.version + 1
        assert after.updated_at == frozen_clock.at
        assert after.active is (target not in (S.RESOLVED, S.CLOSED))
        return
    snap = snapshot(store)
    with pytest.raises(IllegalTransition) as info:
        change_status(store.sessions, actor=w.actor, ticket_id=tid, status=target)
    order = list(S)
    expected = sorted((s.value for s in LEGAL[current]), key=lambda v: order.index(S(v)))
    assert info.value.params["allowed"] == expected
    assert (info.value.params["current"], info.value.params["target"]) == (current, target)
    assert snapshot(store) == snap


def test_resolve_close_and_reopen_keep_the_timestamps_and_active_flag(store, w, frozen_clock):
    tid = ticket(store, w)
    frozen_clock.advance(hours=1)
    change_status(store.sessions, actor=w.actor, ticket_id=tid, status="resolved", reason="已退款")
    t = get(store, Ticket, tid)
    assert (t.active, t.resolved_at, t.closed_at) == (False, frozen_clock.at, None)
    frozen_clock.advance(hours=1)
    change_status(store.sessions, actor=w.actor, ticket_id=tid, status="open", reason="买家追问")
    t = get(store, Ticket, tid)
    assert (t.active, t.resolved_at, t.status) == (True, None, S.OPEN)
    assert t.due_at == frozen_clock.at.add(minutes=minutes("next_touch", "open"))
    frozen_clock.advance(hours=1)
    change_status(store.sessions, actor=w.actor, ticket_id=tid, status="resolved")
    resolved_at = frozen_clock.at
    frozen_clock.advance(days=3)
    change_status(store.sessions, actor=w.actor, ticket_id=tid, status="closed")
    t = get(store, Ticket, tid)
    assert (t.active, t.resolved_at, t.closed_at) == (False, resolved_at, frozen_clock.at)
    events = [e for e in load_ticket(store.sessions, tid).timeline if e.kind == "status"]
    assert [(e.data["before"], e.data["after"]) for e in events] == [
        ("new", "resolved"),
        ("resolved", "open"),
        ("open", "resolved"),
        ("resolved", "closed"),
    ]
    assert events[0].data["reason"] == "已退款"
    assert load_ticket(store.sessions, tid).next_statuses == ()


@pytest.mark.parametrize("status", sorted(set(S) - {S.RESOLVED, S.CLOSED, S.NEW}))
def test_an_active_status_sets_its_next_touch_due_time(store, w, frozen_clock, status):
    tid = ticket(store, w)
    frozen_clock.advance(minutes=3)
    change_status(store.sessions, actor=w.actor, ticket_id=tid, status=status)
    t = get(store, Ticket, tid)
    assert t.due_at == frozen_clock.at.add(minutes=minutes("next_touch", status.value))
    assert t.due_rule == f"next_touch:{status.value}"


# --- assignment and priority ------------------------------------------------------------


def test_assign_and_unassign(store, w, frozen_clock):
    tid = ticket(store, w)
    other = add_agent(store, name="小李")
    assign_ticket(store.sessions, actor=w.actor, ticket_id=tid, assignee_id=other.agent_id)
    t = get(store, Ticket, tid)
    assert (t.assignee_id, t.version) == (other.agent_id, 2)
    assert load_ticket(store.sessions, tid).assignee == "小李"
    assign_ticket(store.sessions, actor=w.actor, ticket_id=tid, assignee_id=other.agent_id)
    assert get(store, Ticket, tid).version == 2  # the same assignee again changes nothing
    assign_ticket(store.sessions, actor=w.actor, ticket_id=tid, assignee_id=None)
    t = get(store, Ticket, tid)
    assert (t.assignee_id, t.version) == (None, 3)
    kinds = [e.kind for e in load_ticket(store.sessions, tid).timeline]
    assert kinds == ["created", "assigned", "assigned"]


def test_assign_to_an_unknown_agent(store, w):
    tid = ticket(store, w)
    with pytest.raises(NotFound):
        assign_ticket(store.sessions, actor=w.actor, ticket_id=tid, assignee_id=uuid.uuid4())


def test_set_priority(store, w):
    tid = ticket(store, w)
    set_priority(store.sessions, actor=w.actor, ticket_id=tid, priority=Priority.URGENT)
    t = get(store, Ticket, tid)
    assert (t.priority, t.version) == (Priority.URGENT, 2)
    set_priority(store.sessions, actor=w.actor, ticket_id=tid, priority="urgent")
    assert get(store, Ticket, tid).version == 2
    ev = load_ticket(store.sessions, tid).timeline[-1]
    assert (ev.kind, ev.data) == ("priority", {"before": "normal", "after": "urgent"})


def test_timeline_and_audit_name_the_actor(store, w):
    tid = ticket(store, w)
    add_note(store.sessions, actor=w.actor, ticket_id=tid, body="x")
    assert {e.actor_id for e in rows(store, TicketEvent)} == {w.actor.agent_id}
    assert {a.agent_id for a in rows(store, AuditEntry)} == {w.actor.agent_id}


def test_create_ticket_assigns_only_to_an_active_agent(store, w):
    gone = add_agent(store, name="离职", active=False)
    before = snapshot(store)
    for assignee in (gone.agent_id, uuid.uuid4()):
        with pytest.raises(NotFound):
            ticket(store, w, assignee_id=assignee)
    assert snapshot(store) == before
    helper = add_agent(store, name="小李")
    tid = ticket(store, w, assignee_id=helper.agent_id)
    assert get(store, Ticket, tid).assignee_id == helper.agent_id


def test_an_item_named_twice_is_covered_once(store, w):
    tid = ticket(store, w, item_ids=[w.item_ids[0], str(w.item_ids[0]), w.item_ids[1]])
    covered = [ti.order_item_id for ti in rows(store, TicketItem, TicketItem.ticket_id == tid)]
    assert sorted(covered) == sorted(w.item_ids)
