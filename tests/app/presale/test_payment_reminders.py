"""Payment reminders: the unpaid orders view with the time left, one reminder per buyer per
interval."""

from __future__ import annotations

import pytest

from app import clock
from app.errors import InvalidInput
from app.models import OrderStatus, PaymentReminder, Platform
from app.queries.payment_reminders import unpaid_orders
from app.services.payment_reminders import TooSoon, remind_payment
from app.services.presale_config import config
from tests.app.builders import add_customer, add_order, add_shop
from tests.app.service_support import rows


@pytest.fixture
def taobao(store, w):
    shop = add_shop(store, name="山野茶舍", platform=Platform.TAOBAO)
    buyer = add_customer(store, shop, nickname="tb_茶友")
    placed = clock.now().subtract(hours=10)
    first, _ = add_order(
        store, shop, buyer, order_no="TB-1", status=OrderStatus.PLACED, placed_at=placed
    )
    second, _ = add_order(
        store,
        shop,
        buyer,
        order_no="TB-2",
        status=OrderStatus.PLACED,
        placed_at=placed.add(hours=2),
    )
    return shop, buyer, first, second


def test_unpaid_orders_with_time_left_from_the_taobao_table(store, w, taobao):
    _shop, _buyer, first, second = taobao
    got = unpaid_orders(store.sessions)
    assert [o.order_id for o in got] == [first, second]  # soonest to close first
    assert got[0].closes_at == clock.now().add(hours=62)  # 72 h after placing
    assert got[0].may_remind(clock.now()) and got[0].title == "纯棉圆领T恤 白色 L"


def test_paid_and_douyin_orders_without_a_figure(store, w, taobao):
    got = {o.order_no: o for o in unpaid_orders(store.sessions)}
    assert w.order_no not in got  # the world's order is signed, not unpaid
    dy = add_customer(store, w.shop_id, nickname="抖音用户1")
    add_order(store, w.shop_id, dy, order_no="DY-9", status=OrderStatus.PLACED)
    dy_row = next(o for o in unpaid_orders(store.sessions) if o.order_no == "DY-9")
    assert dy_row.closes_at is None  # Douyin's table has no auto-close figure
    assert unpaid_orders(store.sessions)[-1].order_no == "DY-9"  # listed last


def test_closed_by_the_platform_leaves_the_view(store, w, taobao, frozen_clock):
    frozen_clock.advance(hours=63)
    assert [o.order_no for o in unpaid_orders(store.sessions)] == ["TB-2"]
    assert len(unpaid_orders(store.sessions, include_closed=True)) == 2


def test_remind_once_then_not_again_within_the_interval(store, w, taobao, frozen_clock):
    _shop, _buyer, first, second = taobao
    remind_payment(store.sessions, actor=w.actor, order_id=first, text="亲，库存不多了～")
    view = {o.order_id: o for o in unpaid_orders(store.sessions)}
    hours = config().reminder_interval_hours
    assert view[first].reminders == 1
    assert view[second].next_reminder_at == clock.now().add(hours=hours)  # same buyer
    with pytest.raises(TooSoon, match=f"within {hours} hours"):
        remind_payment(store.sessions, actor=w.actor, order_id=second, text="亲～")
    assert len(rows(store, PaymentReminder)) == 1
    frozen_clock.advance(hours=hours)
    remind_payment(store.sessions, actor=w.actor, order_id=second, text="亲～")
    assert len(rows(store, PaymentReminder)) == 2


def test_only_unpaid_orders_and_real_words(store, w, taobao):
    with pytest.raises(InvalidInput, match="not awaiting payment"):
        remind_payment(store.sessions, actor=w.actor, order_id=w.order_id, text="亲")
    with pytest.raises(InvalidInput, match="no words"):
        remind_payment(store.sessions, actor=w.actor, order_id=taobao[2], text="  ")
    assert rows(store, PaymentReminder) == []
