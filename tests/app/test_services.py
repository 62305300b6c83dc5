"""The write path: each service is one transaction with one outbox mutation and its audit."""

from __future__ import annotations

import tomllib
import uuid
from collections.abc import Callable
from datetime import datetime

import pendulum
import pytest
from sqlalchemy import event, select, text

from app import clock
from app.db.store import open_store
from app.errors import (
    Conflict,
    IllegalTransition,
    InvalidInput,
    KefuError,
    NotFound,
    PermissionDenied,
    StoreError,
)
from app.models import (
    AuditEntry,
    CustomerTag,
    FlagColor,
    Message,
    MessageKind,
    Order,
    OutboxMutation,
    Priority,
    Role,
    Ticket,
    TicketEvent,
    TicketItem,
    TicketKind,
    TicketStatus,
)
from app.queries import lookups
from app.queries.tickets import conversation, load_ticket
from app.resources import resource
from app.services import (
    REGISTRY,
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
    World,
    WorldIds,
    add_agent,
    add_customer,
    add_order,
    add_shop,
    snapshot,
    world,
)

S = TicketStatus
SLA = tomllib.loads(resource("sla.toml").read_text(encoding="utf-8"))
WAITING = {S.WAITING_CUSTOMER, S.WAITING_WAREHOUSE, S.WAITING_PLATFORM}

# The ticket workflow, written out from the product's rules (not read from the code).
LEGAL: dict[S, set[S]] = {
    S.NEW: {S.OPEN, S.ESCALATED, S.RESOLVED} | WAITING,
    S.OPEN: {S.ESCALATED, S.RESOLVED} | WAITING,
    S.WAITING_CUSTOMER: {S.OPEN, S.ESCALATED, S.RESOLVED} | WAITING - {S.WAITING_CUSTOMER},
    S.WAITING_WAREHOUSE: {S.OPEN, S.ESCALATED, S.RESOLVED} | WAITING - {S.WAITING_WAREHOUSE},
    S.WAITING_PLATFORM: {S.OPEN, S.ESCALATED, S.RESOLVED} | WAITING - {S.WAITING_PLATFORM},
    S.ESCALATED: {S.OPEN, S.RESOLVED} | WAITING,
    S.RESOLVED: {S.OPEN, S.CLOSED},
    S.CLOSED: set(),
}
# How to reach each status from a new ticket.
PATH: dict[S, list[S]] = {s: [s] for s in S if s not in (S.NEW, S.CLOSED)}
PATH[S.NEW] = []
PATH[S.CLOSED] = [S.RESOLVED, S.CLOSED]


@pytest.fixture
def w(store, frozen_clock) -> World:
    return world(store)


def ticket(store, w: World, **kw) -> uuid.UUID:  # noqa: ANN001
    args = {"kind": TicketKind.QUALITY_CLAIM, "order_no": w.order_no} | kw
    return create_ticket(store.sessions, actor=w.actor, **args).created


def get(store, model, id):  # noqa: ANN001, ANN201, A002
    with store.sessions() as s:
        return s.get(model, id)


def rows(store, model, *where):  # noqa: ANN001, ANN201
    with store.sessions() as s:
        return list(s.scalars(select(model).where(*where)))


def walk(store, w: World, tid: uuid.UUID, to: S) -> None:
    for step in PATH[to]:
        change_status(store.sessions, actor=w.actor, ticket_id=tid, status=step)


def minutes(section: str, key: str) -> int:
    return SLA[section][key]


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


# --- conversation -----------------------------------------------------------------------


def test_the_first_reply_opens_a_new_ticket(store, w, frozen_clock):
    tid = ticket(store, w)
    frozen_clock.advance(minutes=4)
    mid = add_reply(store.sessions, actor=w.actor, ticket_id=tid, body="  亲，在的  ").created
    t = get(store, Ticket, tid)
    assert t.status == S.OPEN and t.last_message_at == frozen_clock.at
    assert t.due_at == frozen_clock.at.add(minutes=minutes("next_touch", "open"))
    msg = get(store, Message, mid)
    assert (msg.kind, msg.body, msg.author_id, msg.at) == (
        MessageKind.REPLY,
        "亲，在的",
        w.actor.agent_id,
        frozen_clock.at,
    )


def test_a_later_reply_keeps_the_status_and_sets_the_next_touch(store, w, frozen_clock):
    tid = ticket(store, w)
    change_status(store.sessions, actor=w.actor, ticket_id=tid, status="waiting_customer")
    frozen_clock.advance(hours=2)
    add_reply(store.sessions, actor=w.actor, ticket_id=tid, body="请提供照片")
    t = get(store, Ticket, tid)
    assert t.status == S.WAITING_CUSTOMER
    assert t.due_at == frozen_clock.at.add(minutes=minutes("next_touch", "waiting_customer"))


@pytest.mark.parametrize("status", list(S))
def test_a_note_never_changes_the_status_or_due_time(store, w, frozen_clock, status):
    tid = ticket(store, w)
    walk(store, w, tid, status)
    before = get(store, Ticket, tid)
    frozen_clock.advance(minutes=30)
    add_note(store.sessions, actor=w.actor, ticket_id=tid, body="仓库说周三补发")
    after = get(store, Ticket, tid)
    assert (after.status, after.due_at, after.active) == (
        before.status,
        before.due_at,
        before.active,
    )
    assert after.last_message_at == before.last_message_at
    assert after.version == before.version + 1
    (note,) = [m for m in conversation(store.sessions, tid) if m.kind == MessageKind.NOTE]
    assert note.author == "小王"


def test_a_buyer_message_brings_a_waiting_ticket_back(store, w, frozen_clock):
    tid = ticket(store, w)
    change_status(store.sessions, actor=w.actor, ticket_id=tid, status="waiting_customer")
    frozen_clock.advance(hours=1)
    mid = add_buyer_message(store.sessions, actor=w.actor, ticket_id=tid, body="照片发你了").created
    t = get(store, Ticket, tid)
    assert t.status == S.OPEN and t.active
    first = minutes("first_response", "quality_claim")
    touch = minutes("next_touch", "open")
    assert t.due_at == frozen_clock.at.add(minutes=min(first, touch))
    msg = get(store, Message, mid)
    assert msg.kind == MessageKind.BUYER and msg.author_id is None


def test_a_buyer_message_reopens_a_resolved_ticket(store, w, frozen_clock):
    tid = ticket(store, w)
    change_status(store.sessions, actor=w.actor, ticket_id=tid, status="resolved")
    add_buyer_message(store.sessions, actor=w.actor, ticket_id=tid, body="还是不行")
    t = get(store, Ticket, tid)
    assert (t.status, t.active, t.resolved_at) == (S.OPEN, True, None)


def test_a_buyer_message_on_a_closed_ticket_keeps_it_closed(store, w):
    tid = ticket(store, w)
    walk(store, w, tid, S.CLOSED)
    due = get(store, Ticket, tid).due_at
    add_buyer_message(store.sessions, actor=w.actor, ticket_id=tid, body="？")
    t = get(store, Ticket, tid)
    assert (t.status, t.active, t.due_at) == (S.CLOSED, False, due)


def test_a_buyer_message_pulls_the_due_time_in_but_never_pushes_it_out(store, w, frozen_clock):
    tid = ticket(store, w, kind="inquiry")
    due = get(store, Ticket, tid).due_at
    frozen_clock.advance(minutes=5)
    add_buyer_message(store.sessions, actor=w.actor, ticket_id=tid, body="在吗")
    assert get(store, Ticket, tid).due_at == due  # the earlier target stands
    set_priority(store.sessions, actor=w.actor, ticket_id=tid, priority="high")
    change_status(store.sessions, actor=w.actor, ticket_id=tid, status="waiting_warehouse")
    frozen_clock.advance(minutes=1)
    add_buyer_message(store.sessions, actor=w.actor, ticket_id=tid, body="到底什么时候发")
    expected = frozen_clock.at.add(minutes=minutes("first_response", "inquiry"))
    assert get(store, Ticket, tid).due_at == expected


def test_message_bodies_are_checked(store, w):
    tid = ticket(store, w)
    with pytest.raises(InvalidInput):
        add_reply(store.sessions, actor=w.actor, ticket_id=tid, body="")
    with pytest.raises(InvalidInput):
        add_note(store.sessions, actor=w.actor, ticket_id=tid, body="字" * 10_001)
    add_note(store.sessions, actor=w.actor, ticket_id=tid, body="字" * 10_000)


def test_the_conversation_lists_every_kind_oldest_first(store, w, frozen_clock):
    tid = ticket(store, w)
    add_buyer_message(store.sessions, actor=w.actor, ticket_id=tid, body="衣服洗了有点掉色")
    frozen_clock.advance(minutes=1)
    add_reply(store.sessions, actor=w.actor, ticket_id=tid, body="麻烦拍照")
    frozen_clock.advance(minutes=1)
    add_note(store.sessions, actor=w.actor, ticket_id=tid, body="疑似批次问题")
    talk = conversation(store.sessions, tid)
    assert [(m.kind, m.author) for m in talk] == [
        (MessageKind.BUYER, ""),
        (MessageKind.REPLY, "小王"),
        (MessageKind.NOTE, "小王"),
    ]


# --- tags -------------------------------------------------------------------------------


def test_tags_are_created_once_with_a_valid_colour(store, w):
    tag = create_tag(store.sessions, actor=w.actor, name=" 羊毛党 ", kind="risk", color="#cc0000")
    assert [(t.id, t.name, t.kind) for t in lookups.tags(store.sessions)] == [
        (tag.created, "羊毛党", "risk")
    ]
    with pytest.raises(InvalidInput):
        create_tag(store.sessions, actor=w.actor, name="羊毛党")
    for bad in ("red", "#12345", "#1234567"):
        with pytest.raises(InvalidInput):
            create_tag(store.sessions, actor=w.actor, name="新标签", color=bad)
    with pytest.raises(InvalidInput):
        create_tag(store.sessions, actor=w.actor, name="  ")
    with pytest.raises(InvalidInput):
        create_tag(store.sessions, actor=w.actor, name="长" * 41)


def test_tag_untag_leaves_a_tombstone_and_retag_revives_it(store, w, frozen_clock):
    tag = create_tag(store.sessions, actor=w.actor, name="老客户").created
    tid = ticket(store, w)
    tag_customer(store.sessions, actor=w.actor, customer_id=w.customer_id, tag_id=tag)
    (link,) = rows(store, CustomerTag)
    assert (link.deleted_at, link.tagged_by, link.version) == (None, w.actor.agent_id, 1)
    assert [c.name for c in load_ticket(store.sessions, tid).customer.tags] == ["老客户"]

    tag_customer(store.sessions, actor=w.actor, customer_id=w.customer_id, tag_id=tag)
    assert len(rows(store, CustomerTag)) == 1  # tagging twice is one tag

    frozen_clock.advance(hours=1)
    untag_customer(store.sessions, actor=w.actor, customer_id=w.customer_id, tag_id=tag)
    (gone,) = rows(store, CustomerTag)
    assert (gone.id, gone.deleted_at, gone.version) == (link.id, frozen_clock.at, 2)
    assert load_ticket(store.sessions, tid).customer.tags == ()

    frozen_clock.advance(hours=1)
    other = add_agent(store, name="小李")
    tag_customer(store.sessions, actor=other, customer_id=w.customer_id, tag_id=tag)
    (back,) = rows(store, CustomerTag)
    assert (back.id, back.deleted_at, back.version) == (link.id, None, 3)
    assert (back.tagged_by, back.tagged_at) == (other.agent_id, frozen_clock.at)
    actions = [a.action for a in rows(store, AuditEntry, AuditEntry.entity == "customer")]
    assert actions.count("customer.tag") == 2 and actions.count("customer.untag") == 1


def test_untag_of_a_tag_not_there_changes_nothing(store, w):
    tag = create_tag(store.sessions, actor=w.actor, name="老客户").created
    untag_customer(store.sessions, actor=w.actor, customer_id=w.customer_id, tag_id=tag)
    assert rows(store, CustomerTag) == []


def test_tag_an_unknown_buyer(store, w):
    tag = create_tag(store.sessions, actor=w.actor, name="老客户").created
    with pytest.raises(NotFound):
        tag_customer(store.sessions, actor=w.actor, customer_id=uuid.uuid4(), tag_id=tag)


# --- order flags ------------------------------------------------------------------------


def test_flag_many_orders_at_once_with_a_remark(store, w, frozen_clock):
    second, _ = add_order(store, w.shop_id, w.customer_id, order_no="6931027745120999")
    frozen_clock.advance(minutes=10)
    changes = flag_orders(
        store.sessions,
        actor=w.actor,
        order_ids=[str(w.order_id), second],
        flag="purple",
        remark="  顺丰发货  ",
    )
    assert changes.orders == {w.order_id, second}
    for oid in (w.order_id, second):
        o = get(store, Order, oid)
        assert (o.flag, o.flag_remark, o.version, o.updated_at) == (
            FlagColor.PURPLE,
            "顺丰发货",
            2,
            frozen_clock.at,
        )
    audits = rows(store, AuditEntry, AuditEntry.action == "order.flag")
    assert {a.order_id for a in audits} == {w.order_id, second}
    assert {a.details["before_flag"] for a in audits} == {"none"}
    flag_orders(store.sessions, actor=w.actor, order_ids=[second], flag="green")
    o = get(store, Order, second)
    assert (o.flag, o.flag_remark) == (FlagColor.GREEN, "顺丰发货")  # no remark: kept


def test_flag_needs_orders_and_a_short_remark(store, w):
    with pytest.raises(InvalidInput):
        flag_orders(store.sessions, actor=w.actor, order_ids=[], flag="red")
    with pytest.raises(InvalidInput):
        flag_orders(
            store.sessions, actor=w.actor, order_ids=[w.order_id], flag="red", remark="长" * 501
        )


# --- replay: the recorded arguments make the same rows ---------------------------------

REPLAYED_TABLES = (
    "tickets",
    "ticket_items",
    "messages",
    "tags",
    "customer_tags",
    "orders",
    "order_items",
    "customers",
    "shops",
    "agents",
)


def _without_id(store, table: str) -> list[tuple]:  # noqa: ANN001
    with store.engine.connect() as conn:
        result = conn.execute(text(f"SELECT * FROM {table}"))
        keys = list(result.keys())
        out = [tuple(v for k, v in zip(keys, r, strict=True) if k != "id") for r in result]
    return sorted(out, key=repr)


def _history(store, w: World, helper) -> None:  # noqa: ANN001
    sessions, me = store.sessions, w.actor
    tag = create_tag(sessions, actor=me, name="质量敏感", kind="preference").created
    tid = create_ticket(
        sessions, actor=me, kind="quality_claim", order_no=w.order_no, item_ids=list(w.item_ids)
    ).created
    plain = create_ticket(sessions, actor=me, kind="inquiry", customer_id=w.customer_id).created
    assign_ticket(sessions, actor=me, ticket_id=tid, assignee_id=helper.agent_id)
    set_priority(sessions, actor=me, ticket_id=tid, priority="high")
    add_buyer_message(sessions, actor=me, ticket_id=tid, body="衣服洗了有点掉色")
    add_reply(sessions, actor=me, ticket_id=tid, body="亲，麻烦拍照")
    add_note(sessions, actor=me, ticket_id=tid, body="同批次已有两起")
    change_status(sessions, actor=me, ticket_id=tid, status="waiting_customer")
    tag_customer(sessions, actor=me, customer_id=w.customer_id, tag_id=tag)
    untag_customer(sessions, actor=me, customer_id=w.customer_id, tag_id=tag)
    tag_customer(sessions, actor=me, customer_id=w.customer_id, tag_id=tag)
    flag_orders(sessions, actor=me, order_ids=[w.order_id], flag="yellow", remark="核对色差")
    change_status(sessions, actor=me, ticket_id=plain, status="resolved")


def test_replaying_the_outbox_in_another_store_makes_the_same_rows(tmp_path, frozen_clock):
    ids, helper_id = WorldIds(), uuid.uuid4()
    a, b = open_store(str(tmp_path / "a.db")), open_store(str(tmp_path / "b.db"))
    try:
        wa, wb = world(a, ids), world(b, ids)
        helper = add_agent(a, name="小李", id=helper_id)
        add_agent(b, name="小李", id=helper_id)
        with clock.use(_Stepping(frozen_clock.at)):  # time moves on between calls
            _history(a, wa, helper)
        with a.sessions() as s:
            log = [(m.name, m.args) for m in s.scalars(select(OutboxMutation).order_by("seq"))]
        assert len(log) == 14
        with clock.use(clock.FrozenClock(frozen_clock.at.add(days=30))):
            for name, args in log:
                REGISTRY[name](b.sessions, actor=wb.actor, **args)
        with b.sessions() as s:
            replayed = [(m.name, m.args) for m in s.scalars(select(OutboxMutation).order_by("seq"))]
        assert replayed == log
        assert snapshot(a, REPLAYED_TABLES) == snapshot(b, REPLAYED_TABLES)
        for table in ("ticket_events", "audit_log"):
            assert _without_id(a, table) == _without_id(b, table), table
    finally:
        a.close()
        b.close()


class _Stepping:
    """A clock that moves on 90 seconds every time it is read."""

    def __init__(self, start) -> None:  # noqa: ANN001
        self.at = start

    def __call__(self):  # noqa: ANN204
        self.at = self.at.add(seconds=90)
        return self.at


# --- the store refuses a write ----------------------------------------------------------


def _cap_pages(store, extra: int):  # noqa: ANN001, ANN202
    def cap(dbapi_conn, _record) -> None:  # noqa: ANN001
        cur = dbapi_conn.cursor()
        pages = cur.execute("PRAGMA page_count").fetchone()[0]
        cur.execute(f"PRAGMA max_page_count = {pages + extra}")
        cur.close()

    store.engine.dispose()
    event.listen(store.engine, "connect", cap)
    return cap


def test_a_full_disk_is_reported_and_nothing_is_half_written(store, w):
    tid = ticket(store, w)
    add_note(store.sessions, actor=w.actor, ticket_id=tid, body="小备注")
    before = snapshot(store)
    cap = _cap_pages(store, extra=2)
    with pytest.raises(StoreError) as info:
        add_note(store.sessions, actor=w.actor, ticket_id=tid, body="长" * 9_000)
    assert info.value.code == "disk_full"
    assert "nothing was saved" in str(info.value)
    event.remove(store.engine, "connect", cap)
    store.engine.dispose()
    assert snapshot(store) == before
    add_note(store.sessions, actor=w.actor, ticket_id=tid, body="空间释放后再写")
    assert len(rows(store, Message)) == 2


def test_a_read_only_database_is_reported(store, w):
    tid = ticket(store, w)
    before = snapshot(store)

    def read_only(dbapi_conn, _record) -> None:  # noqa: ANN001
        dbapi_conn.execute("PRAGMA query_only = ON")

    store.engine.dispose()
    event.listen(store.engine, "connect", read_only)
    with pytest.raises(StoreError) as info:
        add_note(store.sessions, actor=w.actor, ticket_id=tid, body="写不进去")
    assert info.value.code == "read_only"
    event.remove(store.engine, "connect", read_only)
    store.engine.dispose()
    assert snapshot(store) == before


def test_an_ordinary_constraint_failure_is_a_write_failure(store, w):
    tid = ticket(store, w)
    mid = add_note(store.sessions, actor=w.actor, ticket_id=tid, body="第一条").created
    before = snapshot(store)
    with pytest.raises(StoreError) as info:
        add_note(store.sessions, actor=w.actor, ticket_id=tid, body="同一个id", id=mid)
    assert info.value.code == "write_failed"
    assert snapshot(store) == before


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
