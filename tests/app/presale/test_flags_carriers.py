"""Flag meanings per shop, flagging several orders of a buyer, the carrier table."""

from __future__ import annotations

import pytest

from app.errors import InvalidInput, PermissionDenied
from app.models import FlagColor, Order, OrderStatus, Role
from app.queries.carriers import buyer_orders, carriers, flag_meanings
from app.services import flag_orders
from app.services.carriers import delete_carrier, save_carrier
from app.services.flag_meanings import set_flag_meanings
from tests.app.builders import add_agent, add_order
from tests.app.service_support import get


@pytest.fixture
def boss(store, w):
    return add_agent(store, name="主管", role=Role.SUPERVISOR)


def test_a_supervisor_sets_what_the_colours_mean(store, w, boss):
    set_flag_meanings(
        store.sessions,
        actor=boss,
        shop_id=w.shop_id,
        meanings={"red": "顺丰发货", "yellow": "有赠品", "blue": " "},
    )
    assert flag_meanings(store.sessions, w.shop_id) == {
        FlagColor.RED: "顺丰发货",
        FlagColor.YELLOW: "有赠品",
    }
    with pytest.raises(PermissionDenied):
        set_flag_meanings(store.sessions, actor=w.actor, shop_id=w.shop_id, meanings={})
    with pytest.raises(InvalidInput, match="pink"):
        set_flag_meanings(store.sessions, actor=boss, shop_id=w.shop_id, meanings={"pink": "x"})
    assert flag_meanings(store.sessions, w.shop_id)[FlagColor.RED] == "顺丰发货"


def test_flag_several_orders_with_one_remark(store, w):
    second, _ = add_order(
        store, w.shop_id, w.customer_id, order_no="DY-2", status=OrderStatus.STOCKING
    )
    flag_orders(
        store.sessions,
        actor=w.actor,
        order_ids=[w.order_id, second],
        flag=FlagColor.RED,
        remark="买家要求发顺丰，差价已补",
    )
    for oid in (w.order_id, second):
        order = get(store, Order, oid)
        assert (order.flag, order.flag_remark) == (FlagColor.RED, "买家要求发顺丰，差价已补")
    listed = buyer_orders(store.sessions, w.customer_id)
    assert [o.order_no for o in listed] == ["DY-2", w.order_no]  # not shipped yet first


def test_carrier_table_kept_by_a_supervisor(store, w, boss):
    sf = save_carrier(
        store.sessions,
        actor=boss,
        shop_id=w.shop_id,
        name="顺丰速运",
        speed="次日达",
        cost="贵",
        coverage="全国",
        extra_fen=1000,
        position=1,
    ).created
    save_carrier(
        store.sessions, actor=boss, shop_id=w.shop_id, name="中通快递", speed="2-3天", position=0
    )
    assert [c.name for c in carriers(store.sessions, w.shop_id)] == ["中通快递", "顺丰速运"]
    with pytest.raises(InvalidInput, match="already"):
        save_carrier(store.sessions, actor=boss, shop_id=w.shop_id, name="顺丰速运")
    with pytest.raises(PermissionDenied):
        save_carrier(store.sessions, actor=w.actor, shop_id=w.shop_id, name="韵达快递")
    delete_carrier(store.sessions, actor=boss, carrier_id=sf)
    assert [c.name for c in carriers(store.sessions, w.shop_id)] == ["中通快递"]
    again = save_carrier(store.sessions, actor=boss, shop_id=w.shop_id, name="顺丰速运").created
    assert again != sf and len(carriers(store.sessions, w.shop_id)) == 2
