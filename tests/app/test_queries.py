"""Read-side helpers: pickers, ticket detail, the transcript."""

from __future__ import annotations

import uuid

import pytest

from app.errors import NotFound
from app.models import Message, Role
from app.queries import lookups
from app.queries.tickets import conversation, load_ticket
from app.services import add_note, add_reply, create_tag, create_ticket
from tests.app.builders import add_agent, add_shop, set_ticket, world


def test_agent_picker_lists_active_agents_by_role_then_name(store):
    add_agent(store, name="Zed", role=Role.SUPERVISOR)
    add_agent(store, name="Amy", role=Role.AFTERSALE)
    add_agent(store, name="Bob", role=Role.AFTERSALE)
    add_agent(store, name="Old", role=Role.AFTERSALE, active=False)
    names = [a.display_name for a in lookups.agents(store.sessions)]
    assert names == ["Amy", "Bob", "Zed"]
    every = {a.display_name for a in lookups.agents(store.sessions, active_only=False)}
    assert every == {"Amy", "Bob", "Zed", "Old"}


def test_shop_and_tag_pickers(store, frozen_clock):
    me = add_agent(store)
    add_shop(store, name="b店", platform="taobao")
    add_shop(store, name="a店", platform="douyin")
    assert [(s.name, s.platform, s.closed) for s in lookups.shops(store.sessions)] == [
        ("a店", "douyin", False),
        ("b店", "taobao", False),
    ]
    create_tag(store.sessions, actor=me, name="羊毛党", kind="risk")
    create_tag(store.sessions, actor=me, name="宝妈", kind="age")
    create_tag(store.sessions, actor=me, name="学生", kind="age")
    assert [(t.kind, t.name) for t in lookups.tags(store.sessions)] == [
        ("age", "学生"),
        ("age", "宝妈"),
        ("risk", "羊毛党"),
    ]


def test_an_unknown_or_deleted_ticket_is_not_found(store, frozen_clock):
    w = world(store)
    with pytest.raises(NotFound):
        load_ticket(store.sessions, uuid.uuid4())
    tid = create_ticket(store.sessions, actor=w.actor, kind="inquiry", order_no=w.order_no).created
    set_ticket(store, tid, deleted_at=frozen_clock.at)
    with pytest.raises(NotFound):
        load_ticket(store.sessions, tid)


def test_the_detail_returns_plain_values_usable_after_the_session(store, frozen_clock):
    w = world(store)
    tid = create_ticket(store.sessions, actor=w.actor, kind="return", order_no=w.order_no).created
    add_reply(store.sessions, actor=w.actor, ticket_id=tid, body="收到")
    detail = load_ticket(store.sessions, tid)
    assert detail.status == "open"
    assert [s.value for s in detail.next_statuses] == [
        "waiting_customer",
        "waiting_warehouse",
        "waiting_platform",
        "escalated",
        "resolved",
    ]
    assert detail.shop_tz == "Asia/Shanghai" and detail.platform == "douyin"
    assert detail.order.goods_fen == 2 * 5900 + 1990
    with pytest.raises(AttributeError):
        detail.status = "closed"  # frozen


def test_the_transcript_leaves_out_tombstoned_messages(store, frozen_clock):
    w = world(store)
    tid = create_ticket(store.sessions, actor=w.actor, kind="inquiry", order_no=w.order_no).created
    keep = add_note(store.sessions, actor=w.actor, ticket_id=tid, body="保留").created
    drop = add_note(store.sessions, actor=w.actor, ticket_id=tid, body="撤回").created
    with store.sessions.begin() as s:
        s.get(Message, drop).deleted_at = frozen_clock.at
    assert [m.id for m in conversation(store.sessions, tid)] == [keep]
