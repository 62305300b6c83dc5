"""Closed shops: no new pre-sale work (inquiries, payment reminders), refused naming the shop;
open tickets and new after-sales go on; only a supervisor closes or reopens; the supervisor
sees what each closed shop still has open."""

from __future__ import annotations

import pytest

from app.errors import InvalidInput, PermissionDenied
from app.models import (
    Agent,
    AuditEntry,
    Order,
    OrderStatus,
    PriceChange,
    Role,
    Shop,
    TicketKind,
    TicketStatus,
)
from app.queries.closed_shops import closed_shops
from app.services import change_status
from app.services.payment_reminders import remind_payment
from app.services.price_changes import approve_price_change, change_price
from app.services.shop_closing import ShopClosed, close_shop, reopen_shop
from tests.app.builders import add_agent, add_order
from tests.app.service_support import get, rows, ticket


@pytest.fixture
def boss(store, w):
    return add_agent(store, name="主管", role=Role.SUPERVISOR)


def test_a_closed_shop_refuses_new_presale_work_naming_the_shop(store, w, boss):
    unpaid, _ = add_order(
        store, w.shop_id, w.customer_id, order_no="DY-UNPAID", status=OrderStatus.PLACED
    )
    close_shop(store.sessions, actor=boss, shop_id=w.shop_id, reason="品牌撤柜")
    for kind in (TicketKind.INQUIRY, TicketKind.PAYMENT_REMINDER):
        with pytest.raises(ShopClosed, match="shop 抖音旗舰店 is closed") as err:
            ticket(store, w, kind=kind)
        assert err.value.params["shop"] == "抖音旗舰店"
    with pytest.raises(ShopClosed, match="payment reminder"):
        remind_payment(store.sessions, actor=w.actor, order_id=unpaid, text="亲，记得付款哦")
    # after-sale work is still taken: the shop owes its after-sales
    assert ticket(store, w, kind=TicketKind.RETURN) is not None
    assert get(store, Shop, w.shop_id).closed_at is not None
    reopen_shop(store.sessions, actor=boss, shop_id=w.shop_id)
    assert ticket(store, w, kind=TicketKind.INQUIRY) is not None
    remind_payment(store.sessions, actor=w.actor, order_id=unpaid, text="亲，记得付款哦")

    actions = [a.action for a in rows(store, AuditEntry, AuditEntry.entity == "shop")]
    assert actions == ["shop.close", "shop.reopen"]


def test_only_a_supervisor_closes_or_reopens_and_twice_is_refused(store, w, boss):
    with pytest.raises(PermissionDenied):
        close_shop(store.sessions, actor=w.actor, shop_id=w.shop_id)
    assert get(store, Shop, w.shop_id).closed_at is None
    close_shop(store.sessions, actor=boss, shop_id=w.shop_id)
    with pytest.raises(InvalidInput, match="already closed"):
        close_shop(store.sessions, actor=boss, shop_id=w.shop_id)
    with pytest.raises(PermissionDenied):
        reopen_shop(store.sessions, actor=w.actor, shop_id=w.shop_id)
    reopen_shop(store.sessions, actor=boss, shop_id=w.shop_id)
    with pytest.raises(InvalidInput, match="not closed"):
        reopen_shop(store.sessions, actor=boss, shop_id=w.shop_id)


def test_the_supervisor_sees_what_is_left_until_each_ticket_is_finished(store, w, boss):
    inquiry = ticket(store, w, kind=TicketKind.INQUIRY, subject="问尺码")
    claim = ticket(store, w, kind=TicketKind.QUALITY_CLAIM, subject="开线")
    assert closed_shops(store.sessions) == []
    close_shop(store.sessions, actor=boss, shop_id=w.shop_id)
    [left] = closed_shops(store.sessions)
    assert left.name == "抖音旗舰店"
    assert {t.id for t in left.tickets} == {inquiry, claim}
    assert {t.order_no for t in left.tickets} == {w.order_no}
    # the open inquiry is still worked and finished after closing
    change_status(store.sessions, actor=w.actor, ticket_id=inquiry, status=TicketStatus.RESOLVED)
    [left] = closed_shops(store.sessions)
    assert [t.id for t in left.tickets] == [claim]
    assert left.tickets[0].subject == "开线"


def test_a_closed_shop_changes_no_price_on_its_unpaid_orders(store, w, boss):
    unpaid, _ = add_order(
        store, w.shop_id, w.customer_id, order_no="DY-PRICE", status=OrderStatus.PLACED
    )
    with store.sessions.begin() as s:
        s.get(Agent, w.actor.agent_id).price_change_limit_fen = 100
        before = s.get(Order, unpaid).discount_fen
    # asked before the shop closed, above the agent's limit: it waits for the supervisor
    change_price(
        store.sessions, actor=w.actor, order_id=unpaid, goods_to_pay_fen=1000, reason="老客"
    )
    [waiting] = rows(store, PriceChange, PriceChange.order_id == unpaid)
    close_shop(store.sessions, actor=boss, shop_id=w.shop_id)
    with pytest.raises(ShopClosed, match="price change on order DY-PRICE"):
        change_price(
            store.sessions, actor=w.actor, order_id=unpaid, goods_to_pay_fen=13000, reason="老客"
        )
    with pytest.raises(ShopClosed, match="shop 抖音旗舰店 is closed"):
        approve_price_change(store.sessions, actor=boss, batch_id=waiting.batch_id)
    assert get(store, Order, unpaid).discount_fen == before
    assert get(store, PriceChange, waiting.id).status == "pending"
