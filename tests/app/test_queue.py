"""The ticket queue: saved views, filters, keyset paging in due order, counts."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from app.models import Platform, Role, Ticket, TicketKind, TicketStatus
from app.queries.queue import QueueFilter, View, count, fetch_page, view_counts
from app.services import (
    Actor,
    add_buyer_message,
    change_status,
    create_tag,
    create_ticket,
    flag_orders,
    tag_customer,
    untag_customer,
)
from tests.app.builders import add_agent, add_customer, add_order, add_shop, set_ticket

S = TicketStatus
K = TicketKind
V = View


@dataclass(frozen=True)
class Spec:
    assignee: str | None  # "me", "other" or nobody
    status: S
    due_in: int  # minutes from now
    kind: K
    buyer: str  # "a", "b" (Douyin) or "c" (Taobao)
    with_order: bool
    views: frozenset[View]


def spec(assignee, status, due_in, kind, buyer, with_order, *views) -> Spec:  # noqa: ANN001
    return Spec(assignee, status, due_in, kind, buyer, with_order, frozenset(views))


# The hand-built queue. Each ticket lists the saved views it belongs to.
TICKETS: dict[str, Spec] = {
    "A mine open later": spec("me", S.OPEN, 600, K.RETURN, "a", True, V.MINE, V.WAITING_ON_ME),
    "B mine waiting soon": spec(
        "me", S.WAITING_CUSTOMER, 60, K.INQUIRY, "b", False, V.MINE, V.DUE_SOON
    ),
    "C mine new overdue": spec(
        "me", S.NEW, -5, K.WRONG_ITEM, "c", True, V.MINE, V.OVERDUE, V.WAITING_ON_ME
    ),
    "D other open soon": spec("other", S.OPEN, 119, K.RETURN, "c", True, V.DUE_SOON),
    "E nobody new overdue": spec(None, S.NEW, -60, K.INQUIRY, "a", False, V.UNASSIGNED, V.OVERDUE),
    "F nobody escalated at the edge": spec(
        None, S.ESCALATED, 120, K.DISPUTE, "b", True, V.UNASSIGNED, V.DUE_SOON
    ),
    "G mine resolved overdue": spec("me", S.RESOLVED, -30, K.RETURN, "a", True),
    "H nobody closed": spec(None, S.CLOSED, 30, K.INQUIRY, "c", False),
    "I mine escalated far": spec(
        "me", S.ESCALATED, 121, K.DISPUTE, "b", True, V.MINE, V.WAITING_ON_ME
    ),
    "J nobody open due now": spec(
        None, S.OPEN, 0, K.WRONG_ITEM, "a", True, V.UNASSIGNED, V.DUE_SOON
    ),
    "L mine waiting platform overdue": spec(
        "me", S.WAITING_PLATFORM, -1, K.RETURN, "c", True, V.MINE, V.OVERDUE
    ),
    "M other escalated overdue": spec("other", S.ESCALATED, -500, K.INQUIRY, "b", False, V.OVERDUE),
}
DELETED = "K other deleted"  # a tombstoned ticket shows nowhere
ALL_NAMES = set(TICKETS)


@dataclass
class Queue:
    store: object
    me: uuid.UUID
    other: uuid.UUID
    ids: dict[str, uuid.UUID]
    buyers: dict[str, uuid.UUID]
    orders: dict[str, uuid.UUID]
    tag: uuid.UUID

    def names(self, rows) -> set[str]:  # noqa: ANN001
        back = {v: k for k, v in self.ids.items()}
        return {back[r.id] for r in rows}

    def page(self, **kw) -> list:  # noqa: ANN003
        return fetch_page(self.store.sessions, QueueFilter(me=self.me, **kw), limit=1000)


@pytest.fixture
def q(store, frozen_clock) -> Queue:
    me = add_agent(store, name="我")
    other = add_agent(store, name="同事").agent_id
    douyin = add_shop(store, name="抖音旗舰店", platform=Platform.DOUYIN)
    taobao = add_shop(store, name="淘宝企业店", platform=Platform.TAOBAO)
    buyers = {
        "a": add_customer(store, douyin, nickname="小鹿乱撞"),
        "b": add_customer(store, douyin, nickname="阿紫"),
        "c": add_customer(store, taobao, nickname="淘气包"),
    }
    orders, numbers = {}, {"a": "5001", "b": "5002", "c": "5003"}
    for key, buyer in buyers.items():
        shop = taobao if key == "c" else douyin
        orders[key], _ = add_order(store, shop, buyer, order_no=numbers[key])
    flag_orders(store.sessions, actor=me, order_ids=[orders["a"]], flag="red")
    flag_orders(store.sessions, actor=me, order_ids=[orders["c"]], flag="yellow")
    tag = create_tag(store.sessions, actor=me, name="高风险", kind="risk").created
    tag_customer(store.sessions, actor=me, customer_id=buyers["b"], tag_id=tag)
    who = {"me": me.agent_id, "other": other, None: None}
    ids: dict[str, uuid.UUID] = {}
    every = TICKETS | {DELETED: spec("other", S.OPEN, 10, K.RETURN, "a", True)}
    for name, sp in every.items():
        args = {"order_no": numbers[sp.buyer]} if sp.with_order else {}
        tid = create_ticket(
            store.sessions,
            actor=me,
            kind=sp.kind,
            customer_id=buyers[sp.buyer],
            assignee_id=who[sp.assignee],
            subject=name,
            **args,
        ).created
        if name.startswith("F"):
            add_buyer_message(store.sessions, actor=me, ticket_id=tid, body="衣服洗了有点掉色")
        path = [S.RESOLVED, S.CLOSED] if sp.status == S.CLOSED else [sp.status]
        for step in path if sp.status != S.NEW else []:
            change_status(store.sessions, actor=me, ticket_id=tid, status=step)
        set_ticket(store, tid, due_at=frozen_clock.at.add(minutes=sp.due_in))
        ids[name] = tid
    set_ticket(store, ids[DELETED], deleted_at=frozen_clock.at)
    return Queue(store, me.agent_id, other, ids, buyers, orders, tag)


# --- saved views ------------------------------------------------------------------------


@pytest.mark.parametrize("view", list(View))
def test_each_saved_view_shows_exactly_its_tickets(q, view):
    expected = ALL_NAMES if view == V.ALL else {n for n, sp in TICKETS.items() if view in sp.views}
    rows = q.page(view=view)
    assert q.names(rows) == expected
    assert len(rows) == len(expected)
    assert [r.cursor for r in rows] == sorted(r.cursor for r in rows)
    assert count(q.store.sessions, QueueFilter(view=view, me=q.me)) == len(expected)


def test_view_counts_match_the_views(q):
    counts = view_counts(q.store.sessions, q.me)
    for view in View:
        assert counts[view] == len(q.page(view=view)), view


def test_views_follow_the_clock(q, frozen_clock):
    frozen_clock.advance(minutes=61)  # B (due in 60) is now overdue; A still later
    assert "B mine waiting soon" in q.names(q.page(view=V.OVERDUE))
    assert "B mine waiting soon" not in q.names(q.page(view=V.DUE_SOON))
    assert "A mine open later" not in q.names(q.page(view=V.DUE_SOON))


def test_mine_without_a_logged_in_agent_is_empty(q):
    for view in (V.MINE, V.WAITING_ON_ME):
        flt = QueueFilter(view=view, me=None)
        assert fetch_page(q.store.sessions, flt) == []
        assert count(q.store.sessions, flt) == 0


def test_the_deleted_ticket_is_nowhere(q):
    flt = QueueFilter(view=V.ALL, statuses=frozenset(S))
    assert q.ids[DELETED] not in {r.id for r in fetch_page(q.store.sessions, flt)}
    assert count(q.store.sessions, QueueFilter(view=V.ALL)) == len(TICKETS)


def test_a_row_carries_what_the_queue_shows(q):
    (row,) = [r for r in q.page(view=V.ALL) if r.id == q.ids["F nobody escalated at the edge"]]
    assert (row.kind, row.status, row.subject) == (K.DISPUTE, S.ESCALATED, row.subject)
    assert (row.nickname, row.order_no, row.flag) == ("阿紫", "5002", "none")
    assert (row.platform, row.shop_name, row.assignee) == (Platform.DOUYIN, "抖音旗舰店", "")
    assert [(t.name, t.kind) for t in row.tags] == [("高风险", "risk")]
    assert row.last_message_at is not None
    (mine,) = [r for r in q.page(view=V.ALL) if r.id == q.ids["C mine new overdue"]]
    assert (mine.assignee, mine.order_no, mine.flag, mine.platform) == (
        "我",
        "5003",
        "yellow",
        Platform.TAOBAO,
    )
    (plain,) = [r for r in q.page(view=V.ALL) if r.id == q.ids["E nobody new overdue"]]
    assert (plain.order_no, plain.flag, plain.tags) == ("", "none", ())


# --- filters ----------------------------------------------------------------------------

FILTERS = {
    "kind return": (
        dict(kinds=frozenset({K.RETURN})),
        {"A mine open later", "D other open soon", "G mine resolved overdue",
         "L mine waiting platform overdue"},
    ),
    "kinds inquiry or dispute": (
        dict(kinds=frozenset({K.INQUIRY, K.DISPUTE})),
        {"B mine waiting soon", "E nobody new overdue", "F nobody escalated at the edge",
         "H nobody closed", "I mine escalated far", "M other escalated overdue"},
    ),
    "status open": (
        dict(statuses=frozenset({S.OPEN})),
        {"A mine open later", "D other open soon", "J nobody open due now"},
    ),
    "statuses resolved or closed": (
        dict(statuses=frozenset({S.RESOLVED, S.CLOSED})),
        {"G mine resolved overdue", "H nobody closed"},
    ),
    "mine, resolved": (
        dict(view=V.MINE, statuses=frozenset({S.RESOLVED})),
        {"G mine resolved overdue"},
    ),
    "platform taobao": (
        dict(platforms=frozenset({Platform.TAOBAO})),
        {"C mine new overdue", "D other open soon", "H nobody closed",
         "L mine waiting platform overdue"},
    ),
    "platforms taobao or tmall": (
        dict(platforms=frozenset({Platform.TAOBAO, Platform.TMALL})),
        {"C mine new overdue", "D other open soon", "H nobody closed",
         "L mine waiting platform overdue"},
    ),
    "platform jd": (dict(platforms=frozenset({Platform.JD})), set()),
    "douyin returns": (
        dict(platforms=frozenset({Platform.DOUYIN}), kinds=frozenset({K.RETURN})),
        {"A mine open later", "G mine resolved overdue"},
    ),
    "flag red": (
        dict(flag="red"),
        {"A mine open later", "G mine resolved overdue", "J nobody open due now"},
    ),
    "flag yellow, overdue": (
        dict(view=V.OVERDUE, flag="yellow"),
        {"C mine new overdue", "L mine waiting platform overdue"},
    ),
    "flag green": (dict(flag="green"), set()),
    "text in a message": (dict(text="掉色"), {"F nobody escalated at the edge"}),
    "text in a nickname": (
        dict(text="小鹿"),
        {"A mine open later", "E nobody new overdue", "G mine resolved overdue",
         "J nobody open due now"},
    ),
    "text and view": (dict(view=V.MINE, text="小鹿"), {"A mine open later"}),
    "text and order number": (dict(text="小鹿 5001"),
        {"A mine open later", "G mine resolved overdue", "J nobody open due now"}),
    "text no match": (dict(text="发票"), set()),
}  # fmt: skip


@pytest.mark.parametrize("case", list(FILTERS))
def test_filters(q, case):
    kw, expected = FILTERS[case]
    kw = {"view": V.ALL} | kw
    assert q.names(q.page(**kw)) == expected
    assert count(q.store.sessions, QueueFilter(me=q.me, **kw)) == len(expected)


def test_filter_by_assignee(q):
    assert q.names(q.page(view=V.ALL, assignee_id=q.other)) == {
        "D other open soon",
        "M other escalated overdue",
    }
    assert q.names(q.page(view=V.DUE_SOON, assignee_id=q.other)) == {"D other open soon"}


def test_filter_by_tag_follows_tagging(q):
    tagged = {n for n, sp in TICKETS.items() if sp.buyer == "b"}
    assert q.names(q.page(view=V.ALL, tag_id=q.tag)) == tagged
    actor = Actor(q.me, Role.AFTERSALE, "我")
    untag_customer(q.store.sessions, actor=actor, customer_id=q.buyers["b"], tag_id=q.tag)
    assert q.page(view=V.ALL, tag_id=q.tag) == []
    tag_customer(q.store.sessions, actor=actor, customer_id=q.buyers["c"], tag_id=q.tag)
    assert q.names(q.page(view=V.ALL, tag_id=q.tag)) == {
        n for n, sp in TICKETS.items() if sp.buyer == "c"
    }


# --- keyset paging ----------------------------------------------------------------------


@pytest.fixture
def crowd(store, frozen_clock):
    """31 tickets over five due times, so most pages cut through ties."""
    me = add_agent(store, name="我")
    shop = add_shop(store)
    buyer = add_customer(store, shop)
    offsets = [-30, 0, 15, 15, 90]
    ids = []
    for n in range(31):
        tid = create_ticket(store.sessions, actor=me, kind="inquiry", customer_id=buyer).created
        set_ticket(store, tid, due_at=frozen_clock.at.add(minutes=offsets[n % len(offsets)]))
        ids.append(tid)
    with store.sessions() as s:
        order = [(t.due_at, t.id) for t in s.scalars(select(Ticket))]
    return store, sorted(order)


def _all_pages(store, flt: QueueFilter, size: int, shift=None) -> list:  # noqa: ANN001
    seen, after = [], None
    while True:
        page = fetch_page(store.sessions, flt, after=after, limit=size)
        assert len(page) <= size
        if not page:
            return seen
        seen.extend(page)
        after = page[-1].cursor if shift is None else shift(page[-1].cursor)


@pytest.mark.parametrize("size", [1, 2, 4, 7, 31, 100])
@pytest.mark.parametrize("descending", [False, True])
def test_keyset_paging_returns_every_row_once_in_due_order(crowd, size, descending):
    store, order = crowd
    flt = QueueFilter(view=V.ALL, descending=descending)
    rows = _all_pages(store, flt, size)
    expected = list(reversed(order)) if descending else order
    assert [(r.due_at, r.id) for r in rows] == expected
    assert len({r.id for r in rows}) == len(order) == count(store.sessions, flt)


def test_a_cursor_in_another_time_zone_is_the_same_instant(crowd):
    store, order = crowd
    flt = QueueFilter(view=V.ALL)
    rows = _all_pages(store, flt, 3, shift=lambda c: (c[0].in_timezone("Asia/Shanghai"), c[1]))
    assert [(r.due_at, r.id) for r in rows] == order


def test_paging_inside_a_view(crowd, frozen_clock):
    store, order = crowd
    flt = QueueFilter(view=V.DUE_SOON)
    soon = [o for o in order if frozen_clock.at <= o[0] <= frozen_clock.at.add(minutes=120)]
    assert [(r.due_at, r.id) for r in _all_pages(store, flt, 4)] == soon
    assert count(store.sessions, flt) == len(soon)


def test_count_stops_at_the_cap(crowd):
    store, order = crowd
    assert count(store.sessions, QueueFilter(view=V.ALL), cap=10) == 10
    assert count(store.sessions, QueueFilter(view=V.ALL), cap=1000) == len(order)
