"""What the default demo holds: every state, consistent orders and tickets, Chinese chats."""

from __future__ import annotations

import re
import uuid
from collections import Counter
from dataclasses import fields
from itertools import chain
from string import Formatter

from sqlalchemy import func, select, text

from app.demo.cases import CASES, STAGES
from app.demo.placeholders import Fill
from app.demo.script import PLACEHOLDERS, WAIT_NOTES, WAITS
from app.demo.transcript import SCRIPTS
from app.models import (
    REMEDY_MODELS,
    Agent,
    AuditEntry,
    Customer,
    CustomerTag,
    Feedback,
    ItemAfterSale,
    Message,
    MessageKind,
    Order,
    OrderItem,
    OrderStatus,
    OutboxMutation,
    PaymentMethod,
    Platform,
    QuickPhrase,
    Reship,
    Role,
    Shop,
    Tag,
    TagKind,
    Ticket,
    TicketEvent,
    TicketItem,
    TicketKind,
    TicketStatus,
)
from app.queries.search import search
from tests.app.demo.conftest import ANCHOR

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
WAITS_ALL = tuple(chain(*WAITS.values(), *WAIT_NOTES.values()))
AFTER_SALE = {
    TicketKind.COMPENSATION,
    TicketKind.WRONG_ITEM,
    TicketKind.MISSING_ITEM,
    TicketKind.LOST_PARCEL,
    TicketKind.RETURN,
    TicketKind.EXCHANGE,
    TicketKind.REFUND_ONLY,
    TicketKind.CANCEL,
    TicketKind.QUALITY_CLAIM,
    TicketKind.DISPUTE,
}


def counts(store, column) -> Counter:  # noqa: ANN001
    with store.sessions() as s:
        return Counter(dict(s.execute(select(column, func.count()).group_by(column)).all()))


def test_every_order_status_ticket_kind_and_status_occurs(built):
    store, summary = built
    assert summary.tickets == 600
    assert set(counts(store, Order.status)) == set(OrderStatus)
    assert set(counts(store, Ticket.kind)) == set(TicketKind)
    assert set(counts(store, Ticket.status)) == set(TicketStatus)
    assert set(counts(store, Order.payment_method)) == set(PaymentMethod)
    assert set(counts(store, OrderItem.aftersale)) == set(ItemAfterSale)


def test_shops_agents_and_the_demo_login(built):
    store, summary = built
    with store.sessions() as s:
        shops = s.scalars(select(Shop)).all()
        agents = {a.username: a for a in s.scalars(select(Agent))}
    assert {shop.platform for shop in shops} >= {Platform.DOUYIN, Platform.TAOBAO, Platform.TMALL}
    assert {shop.timezone for shop in shops} == {"Asia/Shanghai"}
    assert all(shop.settings["flag_meanings"]["red"] == "顺丰发货" for shop in shops)
    demo = agents["demo"]
    assert (demo.display_name, demo.role, demo.compensation_limit_fen) == (
        "售后-小周",
        Role.AFTERSALE,
        5_000,
    )
    assert summary.demo_agent_id == demo.id
    roles = Counter(a.role for a in agents.values())
    assert roles[Role.AFTERSALE] == 2 and roles[Role.PRESALE] >= 1 and roles[Role.ADMIN] == 1
    boss = next(a for a in agents.values() if a.role == Role.SUPERVISOR)
    assert boss.display_name == "主管-陈姐" and boss.can_adjust_refund
    assert boss.compensation_limit_fen > demo.compensation_limit_fen


def test_orders_read_in_order_and_add_up(built):
    store, _ = built
    with store.sessions() as s:
        orders = s.scalars(select(Order)).all()
        assert orders
        for o in orders:
            stamps = [o.placed_at, o.shipped_at, o.signed_at, o.confirmed_at, o.completed_at]
            if o.payment_method == PaymentMethod.ONLINE:
                stamps.insert(1, o.paid_at)
                if o.paid_at:
                    assert o.ship_by == o.paid_at.add(hours=48)
            else:
                assert o.paid_at == o.signed_at  # cash on delivery
            present = [t for t in stamps if t is not None]
            assert present == sorted(present) and present[-1] <= ANCHOR, o.order_no
            # nothing after a missing stage
            assert stamps[: len(present)] == present, o.order_no
            assert _status_fits(o), (o.order_no, o.status)
            assert 1 <= len(o.items) <= 3
            assert o.goods_fen == sum(i.unit_price_fen * i.quantity for i in o.items)
            assert o.discount_fen == sum(i.discount_fen for i in o.items)
            expected_paid = o.goods_fen - o.discount_fen + o.shipping_fen
            assert o.paid_fen in (0, expected_paid)
            assert (o.tracking_no is not None) == (o.shipped_at is not None)


def _status_fits(o: Order) -> bool:
    if o.status in (OrderStatus.CANCELLED, OrderStatus.CLOSED):
        return True
    reached = {
        OrderStatus.COMPLETED: o.completed_at,
        OrderStatus.CONFIRMED: o.confirmed_at and not o.completed_at,
        OrderStatus.SIGNED: o.signed_at and not o.confirmed_at,
        OrderStatus.SHIPPED: o.shipped_at and not o.signed_at,
        OrderStatus.STOCKING: not o.shipped_at,
        OrderStatus.AWAITING_CONFIRMATION: o.payment_method == PaymentMethod.COD,
        OrderStatus.PLACED: o.paid_at is None and o.payment_method == PaymentMethod.ONLINE,
    }
    return bool(reached[o.status])


def test_tickets_are_consistent(built):
    store, _ = built
    with store.sessions() as s:
        tickets = s.scalars(select(Ticket)).all()
        per_ticket = Counter(s.scalars(select(Message.ticket_id)))
        covered = Counter(s.scalars(select(TicketItem.ticket_id)))
        for t in tickets:
            done = t.status in (TicketStatus.RESOLVED, TicketStatus.CLOSED)
            assert t.active is not done
            assert (t.resolved_at is not None) is done
            assert (t.closed_at is not None) is (t.status == TicketStatus.CLOSED)
            assert t.created_at <= t.last_message_at <= ANCHOR
            assert per_ticket[t.id] >= 2
            assert t.subject and CJK.search(t.subject)
            if t.kind in AFTER_SALE:
                assert covered[t.id] >= 1, t.kind


def test_messages_are_chinese_and_replies_come_from_agents(built):
    store, _ = built
    with store.sessions() as s:
        for kind, author, body in s.execute(select(Message.kind, Message.author_id, Message.body)):
            assert CJK.search(body), body
            assert "{" not in body, body
            assert (author is None) is (kind in (MessageKind.BUYER, MessageKind.SYSTEM))
        replies = s.scalars(select(Message.body).where(Message.kind == MessageKind.REPLY)).all()
    assert any(r.startswith("亲，非常抱歉给您带来不好的体验") for r in replies)


def test_chat_phrases_for_the_search_demo(built):
    store, _ = built
    hits = search(store.sessions, "掉色")
    assert hits
    with store.sessions() as s:
        bodies = s.scalars(select(Message.body)).all()
    for phrase in (
        "衣服洗了有点掉色",
        "怎么还没发货啊，都三天了",
        "物流三天没更新了",
        "收到的颜色不对，我买的是藏青色",
    ):
        assert any(phrase in b for b in bodies), phrase


def test_the_demo_agents_queue_spreads_over_due_times(built):
    store, summary = built
    end_of_day = ANCHOR.end_of("day")
    with store.sessions() as s:
        due = s.scalars(
            select(Ticket.due_at).where(Ticket.assignee_id == summary.demo_agent_id, Ticket.active)
        ).all()
        unassigned = s.scalar(
            select(func.count()).where(Ticket.assignee_id.is_(None), Ticket.active)
        )
    buckets = Counter(
        "overdue"
        if d < ANCHOR
        else "hour"
        if d < ANCHOR.add(hours=1)
        else "today"
        if d <= end_of_day
        else "later"
        for d in due
    )
    assert set(buckets) == {"overdue", "hour", "today", "later"}
    assert unassigned >= 1


def test_tags_phrases_feedback_and_remedies(built):
    store, _ = built
    with store.sessions() as s:
        tags = {t.name: t for t in s.scalars(select(Tag))}
        links = s.scalars(select(CustomerTag)).all()
        buyers = s.scalar(select(func.count()).select_from(Customer))
        phrases = s.scalars(select(QuickPhrase)).all()
        feedback = s.scalars(select(Feedback.text)).all()
        remedies = {
            name: s.scalar(select(func.count()).select_from(model))
            for name, model in REMEDY_MODELS.items()
        }
        reships = s.scalars(select(Reship)).all()
        approvals = s.scalar(
            select(func.count()).where(AuditEntry.action == "compensation.approve")
        )
        nicknames = s.scalars(select(Customer.nickname)).all()
    risky = tags["疑似恶意退款"]
    assert risky.kind == TagKind.RISK and risky.color.upper().startswith("#E5")
    assert {"直播间", "聚划算", "25-30岁", "偏好顺丰", "VIP 老客"} <= set(tags)
    assert len({link.customer_id for link in links}) > buyers // 5
    assert all(link.tagged_by is not None for link in links)
    assert {p.group for p in phrases} == {"欢迎语", "催付", "物流", "售后"}
    assert any(p.owner_id for p in phrases) and any(p.owner_id is None for p in phrases)
    assert any("洗后掉色" in text for text in feedback)
    assert all(count > 0 for count in remedies.values()), remedies
    assert all(r.due_at == r.agreed_at.add(hours=48) for r in reships)
    assert approvals > 0
    assert any(n.startswith("tb") for n in nicknames)
    assert any(n.startswith("抖音用户") for n in nicknames)


def test_ids_are_uuid7_from_the_creation_time(built):
    store, _ = built
    with store.sessions() as s:
        for model in (Ticket, Order, Message, Customer):
            for rid, created in s.execute(select(model.id, model.created_at).limit(200)):
                assert isinstance(rid, uuid.UUID) and rid.version == 7
                assert rid.int >> 80 == created.int_timestamp * 1000 + created.microsecond // 1000


def test_no_outbox_and_the_database_checks_out(built):
    store, _ = built
    with store.sessions() as s:
        assert s.scalar(select(func.count()).select_from(OutboxMutation)) == 0
        assert s.scalar(select(func.count()).select_from(TicketEvent)) > 600
        assert s.execute(text("PRAGMA foreign_key_check")).all() == []
        for index in ("messages_fts", "orders_fts", "customers_fts", "order_items_fts"):
            s.execute(text(f"INSERT INTO {index}({index}) VALUES('integrity-check')"))
        # the build's connection went back to the pool with the store's own settings
        settings = ("foreign_keys", "synchronous", "cache_size", "wal_autocheckpoint")
        got = [s.execute(text(f"PRAGMA {name}")).scalar() for name in settings]
        assert got == [1, 2, -32000, 1000]


def test_every_chat_template_fills_from_the_known_placeholders():
    """Also the lines the default demo happens not to use."""
    lines: list[str] = list(WAITS_ALL)
    for sc in SCRIPTS.values():
        for field_ in fields(sc):
            value = getattr(sc, field_.name)
            groups = value.values() if isinstance(value, dict) else [value]
            lines += [line for group in groups for line in group]
    for line in lines:
        names = {name for _, name, _, _ in Formatter().parse(line) if name}
        assert names <= set(PLACEHOLDERS), line
    assert all(hasattr(Fill, f"_{name}") or name in ("amount", "gift") for name in PLACEHOLDERS)
    assert {stage for case in CASES.values() for stage, _ in case.stages} <= set(STAGES)
