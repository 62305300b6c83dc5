"""Services of the conversation, buyer tags and order flags."""

from __future__ import annotations

import uuid

import pytest

from app.errors import (
    InvalidInput,
    NotFound,
)
from app.models import (
    AuditEntry,
    CustomerTag,
    FlagColor,
    Message,
    MessageKind,
    Order,
    Ticket,
)
from app.queries import lookups
from app.queries.tickets import conversation, load_ticket
from app.services import (
    add_buyer_message,
    add_note,
    add_reply,
    change_status,
    create_tag,
    flag_orders,
    set_priority,
    tag_customer,
    untag_customer,
)
from tests.app.builders import (
    add_agent,
    add_order,
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
