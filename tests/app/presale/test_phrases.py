"""Quick phrases: saving with initials and permissions, using, the library, the filter,
placeholders from the open ticket."""

from __future__ import annotations

import pytest

from app.errors import InvalidInput, PermissionDenied
from app.models import QuickPhrase, Role
from app.queries.phrases import library, ticket_values
from app.services import create_ticket
from app.services.phrase_text import fill, filter_phrases, initials
from app.services.phrases import delete_phrase, save_phrase, use_phrase
from tests.app.builders import add_agent
from tests.app.service_support import get, rows


@pytest.fixture
def boss(store, w):
    return add_agent(store, name="主管", role=Role.SUPERVISOR)


def test_initials_of_chinese_and_latin():
    assert initials("已发货") == "yfh"
    assert initials("顺丰SF 48小时") == "sfsf 48xs"


def test_personal_phrase_saved_with_initials(store, w):
    pid = save_phrase(
        store.sessions, actor=w.actor, title="已发货", body="亲，{carrier}已发出", group="物流"
    ).created
    row = get(store, QuickPhrase, pid)
    assert row.owner_id == w.actor.agent_id
    assert "yfh" in row.initials and "wl" in row.initials


def test_unknown_placeholder_is_refused_naming_it(store, w):
    with pytest.raises(InvalidInput, match=r"\{price\}"):
        save_phrase(store.sessions, actor=w.actor, title="t", body="亲，{price}元")
    assert rows(store, QuickPhrase) == []


def test_only_a_supervisor_edits_shop_wide_phrases(store, w, boss):
    with pytest.raises(PermissionDenied):
        save_phrase(store.sessions, actor=w.actor, title="欢迎", body="亲", personal=False)
    pid = save_phrase(store.sessions, actor=boss, title="欢迎", body="亲", personal=False).created
    with pytest.raises(PermissionDenied):
        delete_phrase(store.sessions, actor=w.actor, phrase_id=pid)
    with pytest.raises(PermissionDenied):  # taking it over as one's own is an edit too
        save_phrase(store.sessions, actor=w.actor, id=pid, title="欢迎", body="亲")
    assert get(store, QuickPhrase, pid).owner_id is None


def test_library_holds_shared_and_own_most_used_first(store, w, boss):
    other = add_agent(store, name="小李", role=Role.PRESALE)
    shared = save_phrase(
        store.sessions, actor=boss, title="欢迎", body="亲，您好", personal=False
    ).created
    mine = save_phrase(store.sessions, actor=w.actor, title="结束语", body="再见").created
    save_phrase(store.sessions, actor=other, title="别人的", body="不给看")
    for _ in range(2):
        use_phrase(store.sessions, actor=w.actor, phrase_id=mine)
    got = library(store.sessions, w.actor.agent_id)
    assert [(p.id, p.use_count, p.personal) for p in got] == [(mine, 2, True), (shared, 0, False)]


def test_library_for_a_shop_leaves_out_other_shops_phrases(store, w, boss):
    from tests.app.builders import add_shop

    elsewhere = add_shop(store, name="别的店")
    save_phrase(
        store.sessions, actor=boss, title="别店", body="x", personal=False, shop_id=elsewhere
    )
    here = save_phrase(
        store.sessions, actor=boss, title="本店", body="y", personal=False, shop_id=w.shop_id
    ).created
    assert [p.id for p in library(store.sessions, w.actor.agent_id, w.shop_id)] == [here]


def test_deleted_phrase_leaves_the_library(store, w):
    pid = save_phrase(store.sessions, actor=w.actor, title="t", body="b").created
    delete_phrase(store.sessions, actor=w.actor, phrase_id=pid)
    assert library(store.sessions, w.actor.agent_id) == []


def test_filter_by_pinyin_initials_text_and_usage(store, w):
    for title, body in (("已发货", "包裹已经发出"), ("欢迎", "您好"), ("发票", "可以开发票")):
        save_phrase(store.sessions, actor=w.actor, title=title, body=body)
    phrases = library(store.sessions, w.actor.agent_id)
    assert [p.title for p in filter_phrases(phrases, "fh")] == ["已发货"]
    assert [p.title for p in filter_phrases(phrases, "fp")] == ["发票"]
    assert [p.title for p in filter_phrases(phrases, "您好")] == ["欢迎"]
    assert len(filter_phrases(phrases, "")) == 3
    assert filter_phrases(phrases, "zzz") == []
    fapiao = next(p for p in phrases if p.title == "发票")
    use_phrase(store.sessions, actor=w.actor, phrase_id=fapiao.id)
    ranked = filter_phrases(library(store.sessions, w.actor.agent_id), "f")
    assert ranked[0].title == "发票"


def test_placeholders_filled_from_the_ticket(store, w):
    tid = create_ticket(
        store.sessions,
        actor=w.actor,
        kind="inquiry",
        order_no=w.order_no,
        item_ids=[w.item_ids[1]],
    ).created
    got = ticket_values(store.sessions, tid)
    assert got.values["buyer"] == "小鹿乱撞"
    assert got.values["product"] == "男士中筒袜 三双装"  # the item the ticket is about
    assert got.values["order_no"] == w.order_no
    filled = fill("{buyer}您好，订单{order_no}，{coupon}", got.values)
    assert filled.text == f"小鹿乱撞您好，订单{w.order_no}，〔优惠券〕"
    assert filled.missing == ("coupon",)
