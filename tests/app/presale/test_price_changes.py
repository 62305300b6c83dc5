"""Price and shipping changes with the Taobao and Tmall tables: permission, approval, the
record of before and after, shipping adjusted together."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.errors import Conflict, InvalidInput, PermissionDenied
from app.models import (
    Agent,
    Order,
    OrderItem,
    OrderStatus,
    Platform,
    PriceChange,
    Role,
    Ticket,
)
from app.queries.price_changes import change_options, order_price_changes, pending_price_changes
from app.services import create_ticket
from app.services.price_changes import (
    PriceChangeNotAllowed,
    approve_price_change,
    change_price,
    change_shipping_together,
    refuse_price_change,
)
from tests.app.builders import add_agent, add_customer, add_order, add_shop
from tests.app.service_support import get, rows

GOODS = 2 * 5900 + 1990  # the builder's two items


def limit(store, actor, fen: int) -> None:  # noqa: ANN001
    with store.sessions.begin() as s:
        s.get(Agent, actor.agent_id).price_change_limit_fen = fen


def unpaid(store, platform: Platform, n: int = 1):  # noqa: ANN001, ANN201
    shop = add_shop(store, name=f"{platform.value}店", platform=platform)
    buyer = add_customer(store, shop, nickname="tb_砍价达人")
    ids = []
    for i in range(n):
        oid, _ = add_order(
            store, shop, buyer, order_no=f"{platform.value}-{i}", status=OrderStatus.PLACED
        )
        with store.sessions.begin() as s:
            s.get(Order, oid).shipping_fen = 1000
        ids.append(oid)
    return buyer, ids


def test_taobao_price_change_within_the_limit_is_applied(store, w):
    limit(store, w.actor, 2000)
    _buyer, (oid,) = unpaid(store, Platform.TAOBAO)
    change_price(
        store.sessions,
        actor=w.actor,
        order_id=oid,
        goods_to_pay_fen=GOODS - 1500,
        reason="老客砍价",
    )
    order = get(store, Order, oid)
    assert order.discount_fen == 1500 and order.shipping_fen == 1000
    items = rows(store, OrderItem, OrderItem.order_id == oid)
    assert sum(i.discount_fen for i in items) == 1500  # re-allocated over the items
    (record,) = order_price_changes(store.sessions, oid)
    assert (record.status, record.before_fen, record.after_fen) == (
        "applied",
        GOODS + 1000,
        GOODS - 1500 + 1000,
    )
    assert record.reason == "老客砍价"


def test_tmall_refuses_a_price_change_but_takes_the_shipping_fee(store, w):
    limit(store, w.actor, 2000)
    _buyer, (oid,) = unpaid(store, Platform.TMALL)
    with pytest.raises(PriceChangeNotAllowed) as err:
        change_price(
            store.sessions, actor=w.actor, order_id=oid, goods_to_pay_fen=GOODS - 100, reason="砍价"
        )
    assert "修改商品价格" in err.value.params["text_zh"]
    assert rows(store, PriceChange) == []
    change_price(store.sessions, actor=w.actor, order_id=oid, shipping_fen=0, reason="包邮")
    assert get(store, Order, oid).shipping_fen == 0


def test_beyond_the_limit_waits_for_a_supervisor(store, w):
    limit(store, w.actor, 500)
    boss = add_agent(store, name="主管", role=Role.SUPERVISOR)
    buyer, (oid,) = unpaid(store, Platform.TAOBAO)
    tid = create_ticket(store.sessions, actor=w.actor, kind="inquiry", customer_id=buyer).created
    batch = change_price(
        store.sessions,
        actor=w.actor,
        order_id=oid,
        goods_to_pay_fen=GOODS - 800,
        reason="买家嫌贵",
        ticket_id=tid,
    ).created
    assert get(store, Order, oid).discount_fen == 0  # nothing applied yet
    (pending,) = pending_price_changes(store.sessions)
    assert (pending.batch_id, pending.spared_fen, pending.limit_fen) == (batch, 800, 500)
    assert pending.order_nos == ("taobao-0",) and pending.requested_by == "小王"
    assert get(store, Ticket, tid).status == "escalated"
    with pytest.raises(PermissionDenied):
        approve_price_change(store.sessions, actor=w.actor, batch_id=batch)
    with pytest.raises(InvalidInput):  # one waiting change per order
        change_price(store.sessions, actor=w.actor, order_id=oid, shipping_fen=0, reason="x")
    approve_price_change(store.sessions, actor=boss, batch_id=batch, note="老客")
    assert get(store, Order, oid).discount_fen == 800
    assert pending_price_changes(store.sessions) == []
    (record,) = rows(store, PriceChange)
    assert (record.status, record.decided_by) == ("applied", boss.agent_id)


def test_refused_change_leaves_the_order(store, w):
    boss = add_agent(store, name="主管", role=Role.SUPERVISOR)
    _buyer, (oid,) = unpaid(store, Platform.TAOBAO)
    batch = change_price(
        store.sessions, actor=w.actor, order_id=oid, goods_to_pay_fen=GOODS - 1, reason="抹零"
    ).created
    refuse_price_change(store.sessions, actor=boss, batch_id=batch, reason="活动价已最低")
    assert get(store, Order, oid).discount_fen == 0
    assert rows(store, PriceChange)[0].status == "refused"
    with pytest.raises(InvalidInput):
        approve_price_change(store.sessions, actor=boss, batch_id=batch)


def test_approval_after_the_order_changed_is_a_conflict(store, w):
    boss = add_agent(store, name="主管", role=Role.SUPERVISOR)
    _buyer, (oid,) = unpaid(store, Platform.TAOBAO)
    batch = change_price(
        store.sessions, actor=w.actor, order_id=oid, goods_to_pay_fen=GOODS - 300, reason="砍价"
    ).created
    with store.sessions.begin() as s:
        s.get(Order, oid).status = OrderStatus.STOCKING  # the buyer paid meanwhile
    with pytest.raises(Conflict):
        approve_price_change(store.sessions, actor=boss, batch_id=batch)
    assert rows(store, PriceChange)[0].status == "pending"


def test_shipping_of_several_orders_of_one_buyer_together(store, w):
    limit(store, w.actor, 2000)
    _buyer, oids = unpaid(store, Platform.TMALL, n=3)
    batch = change_shipping_together(
        store.sessions,
        actor=w.actor,
        order_ids=oids,
        shipping_fen=[1000, 0, 0],
        reason="分三单拍，运费合并收一次",
    ).created
    assert [get(store, Order, o).shipping_fen for o in oids] == [1000, 0, 0]
    changes = rows(store, PriceChange, PriceChange.batch_id == batch)
    assert len(changes) == 3 and {c.status for c in changes} == {"applied"}


def test_shipping_together_beyond_the_limit_sums_the_orders(store, w):
    limit(store, w.actor, 1500)  # each order spares 1000: 2000 together is too much
    _buyer, oids = unpaid(store, Platform.TMALL, n=3)
    change_shipping_together(
        store.sessions, actor=w.actor, order_ids=oids, shipping_fen=[1000, 0, 0], reason="合并"
    )
    (pending,) = pending_price_changes(store.sessions)
    assert pending.spared_fen == 2000 and len(pending.order_nos) == 3


def test_orders_of_different_buyers_are_not_adjusted_together(store, w):
    _a, (first,) = unpaid(store, Platform.TAOBAO)
    with store.sessions() as s:
        shop = s.scalar(select(Order.shop_id).where(Order.id == first))
    other = add_customer(store, shop, nickname="另一个买家")
    second, _ = add_order(store, shop, other, order_no="X-2", status=OrderStatus.PLACED)
    with pytest.raises(InvalidInput, match="different buyers"):
        change_shipping_together(
            store.sessions,
            actor=w.actor,
            order_ids=[first, second],
            shipping_fen=[0, 0],
            reason="合并",
        )


def test_paid_orders_reasons_and_amounts_are_checked(store, w):
    with pytest.raises(InvalidInput, match="not awaiting payment"):
        change_price(store.sessions, actor=w.actor, order_id=w.order_id, shipping_fen=0, reason="x")
    _buyer, (oid,) = unpaid(store, Platform.TAOBAO)
    with pytest.raises(InvalidInput, match="why"):
        change_price(store.sessions, actor=w.actor, order_id=oid, shipping_fen=0, reason=" ")
    with pytest.raises(InvalidInput, match="list price"):
        change_price(
            store.sessions, actor=w.actor, order_id=oid, goods_to_pay_fen=GOODS + 1, reason="涨价"
        )
    with pytest.raises(InvalidInput, match="fen"):
        change_price(store.sessions, actor=w.actor, order_id=oid, shipping_fen=-5, reason="x")
    assert rows(store, PriceChange) == []


def test_change_options_follow_the_platform(store, w):
    buyer, oids = unpaid(store, Platform.TMALL, n=2)
    opts = change_options(store.sessions, buyer)
    assert (opts.platform, opts.goods, opts.shipping) == ("tmall", False, True)
    assert [o.order_id for o in opts.orders] == oids
    tb_buyer, _ = unpaid(store, Platform.TAOBAO)
    assert change_options(store.sessions, tb_buyer).goods
