"""Full-text search: Chinese substrings of any length, order numbers, names, titles."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import pytest
from sqlalchemy import text

from app.db import fts
from app.queries.search import search
from app.services import add_buyer_message, add_reply, create_ticket
from tests.app.builders import add_agent, add_customer, add_order, add_shop


@dataclass
class Corpus:
    store: object
    t: dict[str, uuid.UUID]

    def find(self, query: str) -> set[str]:
        back = {v: k for k, v in self.t.items()}
        return {back[h.ticket_id] for h in search(self.store.sessions, query)}


@pytest.fixture
def corpus(store, frozen_clock) -> Corpus:
    me = add_agent(store, name="小王")
    shop = add_shop(store)

    def case(nickname, order_no, titles, messages, replies=()):  # noqa: ANN001, ANN202
        buyer = add_customer(store, shop, nickname=nickname)
        args = {"customer_id": buyer}
        if order_no:
            items = [(f"SKU{i}", title, 1, 100) for i, title in enumerate(titles)]
            add_order(store, shop, buyer, order_no=order_no, items=items)
            args = {"order_no": order_no}
        tid = create_ticket(store.sessions, actor=me, kind="quality_claim", **args).created
        for body in messages:
            add_buyer_message(store.sessions, actor=me, ticket_id=tid, body=body)
        for body in replies:
            add_reply(store.sessions, actor=me, ticket_id=tid, body=body)
        return tid

    t = {
        "fade": case(
            "小鹿乱撞",
            "6931027745120381",
            ["纯棉圆领T恤 白色 L", "男士中筒袜 三双装"],
            ["衣服洗了有点掉色"],
            ["亲，麻烦拍一下照片"],
        ),
        "shoe": case("Nike迷", "4402981100", ["Nike Air Max 270 运动鞋"], ["鞋子开胶了"]),
        "quote": case("阿紫", None, [], ['他说"质量问题"要退货 (a*b) -1 AND/OR']),
        "cotton": case("纯棉控", "7788990011", ["纯棉袜子 五双"], ["发货太慢"]),
    }
    return Corpus(store, t)


CASES = {
    "two characters": ("掉色", {"fade"}),
    "two characters at the very end": ("开胶", {"shoe"}),
    "one character": ("掉", {"fade"}),
    "one character in a message and a title": ("鞋", {"shoe"}),
    "one latin character": ("x", {"shoe"}),
    "three characters": ("有点掉", {"fade"}),
    "a long phrase": ("衣服洗了有点掉色", {"fade"}),
    "not contiguous": ("洗了掉色", set()),
    "order number fragment": ("7745120", {"fade"}),
    "whole order number": ("4402981100", {"shoe"}),
    "two digits in two order numbers": ("81", {"fade", "shoe"}),
    "nickname": ("小鹿", {"fade"}),
    "a whole two-character nickname": ("阿紫", {"quote"}),
    "product title": ("中筒袜", {"fade"}),
    "product title word": ("运动鞋", {"shoe"}),
    "in two titles": ("纯棉", {"fade", "cotton"}),
    "two terms, two fields": ("掉色 纯棉", {"fade"}),
    "two terms, message and nickname": ("纯棉控 太慢", {"cotton"}),
    "two terms, never together": ("掉色 开胶", set()),
    "latin lower case": ("nike", {"shoe"}),
    "latin mixed case": ("AIR mAx", {"shoe"}),
    "latin and chinese": ("NIKE迷", {"shoe"}),
    "no match": ("发票", set()),
    "a term matching nothing among others": ("掉色 发票", set()),
    "extra spaces": ("  掉色   ", {"fade"}),
    "empty": ("   ", set()),
}


@pytest.mark.parametrize("case", list(CASES))
def test_search_finds(corpus, case):
    query, expected = CASES[case]
    assert corpus.find(query) == expected


SYNTAX = [
    '"',
    '""',
    "*",
    "(",
    ")",
    "AND",
    "OR",
    "NOT",
    "NEAR",
    "NEAR(",
    "-",
    "^",
    ":",
    "'",
    "\\",
    "%",
    "_",
    "{",
    '"掉色',
    '掉色"',
    "掉色*",
    "body:掉色",
    "掉色 AND",
    "OR 掉色",
    "a*b",
    '"""',
    "(((",
    "- -",
    "NEAR(掉色 纯棉, 2)",
]


@pytest.mark.parametrize("query", SYNTAX)
def test_query_syntax_characters_are_plain_text(corpus, query):
    found = corpus.find(query)  # never raises
    assert found <= set(corpus.t)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('"质量', {"quote"}),
        ('题"要', {"quote"}),
        ("(a*b)", {"quote"}),
        ("a*b", {"quote"}),
        ("-1", {"quote"}),
        ("AND/OR", {"quote"}),
        ("and", {"quote"}),
        ("%", set()),
        ("_", set()),
        ("*", {"quote"}),
        ("掉色*", set()),
    ],
)
def test_syntax_characters_match_themselves(corpus, query, expected):
    assert corpus.find(query) == expected


def test_hits_name_where_the_term_was_found(corpus):
    (hit,) = search(corpus.store.sessions, "小鹿")
    assert hit.source == "customers"
    (hit,) = search(corpus.store.sessions, "中筒袜")
    assert hit.source == "order_items"
    (hit,) = search(corpus.store.sessions, "7745120")
    assert hit.source == "orders"
    (hit,) = search(corpus.store.sessions, "掉色")
    assert hit.source == "messages"


def test_a_new_message_is_found_at_once(corpus):
    me = add_agent(corpus.store, name="小李")
    add_reply(corpus.store.sessions, actor=me, ticket_id=corpus.t["cotton"], body="已催仓库加急")
    assert corpus.find("加急") == {"cotton"}


def _sql(store, sql: str, **params) -> None:  # noqa: ANN001, ANN003
    with store.engine.begin() as conn:
        conn.execute(text(sql), params)


def test_the_index_follows_an_edited_message(corpus):
    _sql(
        corpus.store,
        "UPDATE messages SET body = :new WHERE body = :old",
        new="颜色正常，谢谢",
        old="衣服洗了有点掉色",
    )
    assert corpus.find("掉色") == set()
    assert corpus.find("颜色正常") == {"fade"}
    assert corpus.find("正常") == {"fade"}


def test_the_index_follows_a_deleted_message(corpus):
    _sql(corpus.store, "DELETE FROM messages WHERE body = '鞋子开胶了'")
    assert corpus.find("开胶") == set()
    assert corpus.find("运动鞋") == {"shoe"}  # the title still is there


def test_the_index_follows_edited_orders_names_and_titles(corpus):
    _sql(corpus.store, "UPDATE orders SET order_no = '1234567890' WHERE order_no = '4402981100'")
    _sql(corpus.store, "UPDATE customers SET nickname = '大鹏' WHERE nickname = '小鹿乱撞'")
    _sql(corpus.store, "UPDATE order_items SET title = '羊毛衫' WHERE title LIKE '纯棉袜子%'")
    assert corpus.find("4402981") == set()
    assert corpus.find("4567") == {"shoe"}
    assert corpus.find("小鹿") == set()
    assert corpus.find("大鹏") == {"fade"}
    assert corpus.find("纯棉袜") == set()
    assert corpus.find("羊毛") == {"cotton"}


def test_the_index_agrees_with_a_rebuild(corpus):
    with corpus.store.engine.begin() as conn:
        for ix in fts.INDEXES:
            check = f"INSERT INTO {ix.name}({ix.name}, rank) VALUES ('integrity-check', 1)"
            conn.exec_driver_sql(check)
        for stmt in fts.rebuild_statements():
            conn.exec_driver_sql(stmt)
    assert corpus.find("掉色 纯棉") == {"fade"}


def test_a_very_common_short_term_still_searches_correctly(store, frozen_clock, monkeypatch):
    """A short term with more trigrams than MAX_EXPANSION falls back to LIKE."""
    me = add_agent(store)
    shop = add_shop(store)
    buyer = add_customer(store, shop, nickname="常客")
    common = create_ticket(store.sessions, actor=me, kind="inquiry", customer_id=buyer).created
    body = "".join(f"的{chr(0x4E00 + i)}" for i in range(fts.MAX_EXPANSION + 20))
    add_buyer_message(store.sessions, actor=me, ticket_id=common, body=body)
    other = create_ticket(store.sessions, actor=me, kind="inquiry", customer_id=buyer).created
    add_buyer_message(store.sessions, actor=me, ticket_id=other, body="衣服掉色")
    with store.engine.connect() as conn:
        ix = fts.INDEXES[0]
        assert fts.match_expression(conn, ix, "的") is None  # too many: LIKE
        assert fts.match_expression(conn, ix, "掉色") not in (None, "")
    found = {h.ticket_id for h in search(store.sessions, "的")}
    assert found == {common}
    assert {h.ticket_id for h in search(store.sessions, "的 掉色")} == set()
    assert {h.ticket_id for h in search(store.sessions, "常客 掉色")} == {other}


def test_the_limit_caps_the_hits(store, frozen_clock):
    me = add_agent(store)
    shop = add_shop(store)
    buyer = add_customer(store, shop, nickname="同一个人")
    for _ in range(5):
        create_ticket(store.sessions, actor=me, kind="inquiry", customer_id=buyer)
    assert len(search(store.sessions, "同一个")) == 5
    assert len(search(store.sessions, "同一个", limit=2)) == 2
