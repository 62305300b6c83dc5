"""Customer groups built from tags, the buyer's note, the buyer's history."""

from __future__ import annotations

import pytest

from app.errors import InvalidInput, NotFound
from app.models import FlagColor, TagKind
from app.queries.customers import buyer_history, group_members, groups
from app.services import add_note, create_tag, create_ticket, flag_orders, tag_customer
from app.services.customer_groups import delete_group, save_group, set_customer_note
from tests.app.builders import add_customer


@pytest.fixture
def tags(store, w):
    made = {}
    for name, kind in (
        ("直播间", TagKind.SOURCE),
        ("宝妈", TagKind.GENDER),
        ("疑似恶意退款", TagKind.RISK),
    ):
        made[name] = create_tag(
            store.sessions, actor=w.actor, name=name, kind=kind, color="#aa0000"
        ).created
    return made


def test_groups_by_any_or_all_tags(store, w, tags):
    other = add_customer(store, w.shop_id, nickname="宝妈小美")
    tag_customer(store.sessions, actor=w.actor, customer_id=w.customer_id, tag_id=tags["直播间"])
    tag_customer(store.sessions, actor=w.actor, customer_id=w.customer_id, tag_id=tags["宝妈"])
    tag_customer(store.sessions, actor=w.actor, customer_id=other, tag_id=tags["宝妈"])
    anyone = save_group(
        store.sessions, actor=w.actor, name="宝妈或直播", tag_ids=[tags["直播间"], tags["宝妈"]]
    ).created
    both = save_group(
        store.sessions,
        actor=w.actor,
        name="直播宝妈",
        tag_ids=[tags["直播间"], tags["宝妈"]],
        match="all",
    ).created
    counts = {g.name: g.members for g in groups(store.sessions)}
    assert counts == {"宝妈或直播": 2, "直播宝妈": 1}
    assert [m.nickname for m in group_members(store.sessions, both)] == ["小鹿乱撞"]
    assert {m.nickname for m in group_members(store.sessions, anyone)} == {"小鹿乱撞", "宝妈小美"}
    delete_group(store.sessions, actor=w.actor, group_id=both)
    assert [g.name for g in groups(store.sessions)] == ["宝妈或直播"]
    again = save_group(
        store.sessions, actor=w.actor, name="直播宝妈", tag_ids=[tags["宝妈"]]
    ).created  # the name is free again
    assert again != both


def test_group_needs_known_tags_and_a_unique_name(store, w, tags):
    with pytest.raises(InvalidInput, match="at least one tag"):
        save_group(store.sessions, actor=w.actor, name="空", tag_ids=[])
    with pytest.raises(NotFound):
        save_group(store.sessions, actor=w.actor, name="错", tag_ids=[w.order_id])
    save_group(store.sessions, actor=w.actor, name="风险", tag_ids=[tags["疑似恶意退款"]])
    with pytest.raises(InvalidInput, match="exists"):
        save_group(store.sessions, actor=w.actor, name="风险", tag_ids=[tags["宝妈"]])


def test_buyer_history_has_orders_tickets_tags_and_notes(store, w, tags):
    tag_customer(store.sessions, actor=w.actor, customer_id=w.customer_id, tag_id=tags["宝妈"])
    set_customer_note(
        store.sessions, actor=w.actor, customer_id=w.customer_id, note="只收顺丰，白天不在家"
    )
    tid = create_ticket(store.sessions, actor=w.actor, kind="inquiry", order_no=w.order_no).created
    add_note(store.sessions, actor=w.actor, ticket_id=tid, body="买家说是送礼用的")
    flag_orders(
        store.sessions, actor=w.actor, order_ids=[w.order_id], flag=FlagColor.RED, remark="顺丰"
    )
    h = buyer_history(store.sessions, w.customer_id)
    assert h.nickname == "小鹿乱撞" and [t.name for t in h.tags] == ["宝妈"]
    assert [(o.order_no, o.flag) for o in h.orders] == [(w.order_no, FlagColor.RED)]
    assert [t.id for t in h.tickets] == [tid]
    assert [n.body for n in h.notes] == ["只收顺丰，白天不在家", "买家说是送礼用的"]
    assert h.notes[1].author == "小王" and h.notes[1].ticket_id == tid
