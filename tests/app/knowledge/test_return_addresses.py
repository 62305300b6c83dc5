"""Return addresses: complete or refused naming what is missing; one default per shop; the
return script tells the buyer the address of the item's warehouse, else the default."""

from __future__ import annotations

import pytest

from app.errors import InvalidInput, PermissionDenied
from app.models import ReturnAddress, Role
from app.services.product_knowledge import save_entry
from app.services.return_addresses import save_return_address
from tests.app.builders import add_agent
from tests.app.service_support import rows

HANGZHOU = {
    "contact_name": "退货组 王五",
    "phone": "0571-88886666",
    "province": "浙江省",
    "city": "杭州市",
    "district": "余杭区",
    "street": "仓前街道文一西路1号",
}
GUANGZHOU = {**HANGZHOU, "warehouse": "广州仓", "city": "广州市", "province": "广东省",
             "district": "白云区", "street": "太和镇物流园3号"}  # fmt: skip


@pytest.fixture
def boss(store, w):
    return add_agent(store, name="主管", role=Role.SUPERVISOR)


def test_an_incomplete_address_is_refused_naming_what_is_missing(store, w, boss):
    bad = {**HANGZHOU, "phone": "", "district": " "}
    with pytest.raises(InvalidInput, match="incomplete: phone, district missing") as err:
        save_return_address(store.sessions, actor=boss, shop_id=w.shop_id, values=bad)
    assert err.value.params["missing"] == ["phone", "district"]
    assert "电话、区县" in err.value.params["text_zh"]
    with pytest.raises(InvalidInput, match="phone missing or invalid"):
        save_return_address(
            store.sessions, actor=boss, shop_id=w.shop_id, values={**HANGZHOU, "phone": "call"}
        )
    assert rows(store, ReturnAddress) == []


def test_only_a_supervisor_sets_addresses(store, w):
    with pytest.raises(PermissionDenied):
        save_return_address(store.sessions, actor=w.actor, shop_id=w.shop_id, values=HANGZHOU)


def test_the_first_address_is_the_default_until_another_is_made_default(store, w, boss):
    first = save_return_address(
        store.sessions, actor=boss, shop_id=w.shop_id, values=HANGZHOU
    ).created
    second = save_return_address(
        store.sessions, actor=boss, shop_id=w.shop_id, values=GUANGZHOU
    ).created
    defaults = {r.id: r.is_default for r in rows(store, ReturnAddress)}
    assert defaults == {first: True, second: False}
    save_return_address(
        store.sessions, actor=boss, shop_id=w.shop_id, values=GUANGZHOU, is_default=True
    )
    defaults = {r.id: r.is_default for r in rows(store, ReturnAddress)}
    assert defaults == {first: False, second: True}


def _to_tell_address(desk, tid):  # noqa: ANN001, ANN202
    v = desk.ctl.start(tid, "return_exchange").view
    v = desk.ctl.answer(v.run_id, "listen").view
    v = desk.ctl.answer(v.run_id, "want", choice="return").view
    v = desk.ctl.answer(v.run_id, "condition", choice="intact").view
    v = desk.ctl.answer(v.run_id, "approve").view
    assert v.step_id == "tell_address"
    return v


def test_the_return_script_gives_the_items_warehouse_address(store, desk):
    boss = desk.scene.supervisor
    shop = desk.scene.shop_id
    save_return_address(store.sessions, actor=boss, shop_id=shop, values=HANGZHOU)
    save_return_address(store.sessions, actor=boss, shop_id=shop, values=GUANGZHOU)
    tid, _order, _items = desk.scene.ticket("return")
    v = _to_tell_address(desk, tid)
    assert "浙江省杭州市余杭区仓前街道文一西路1号 退货组 王五 0571-88886666" in v.text_zh
    save_entry(
        store.sessions,
        actor=boss,
        shop_id=shop,
        values={
            "product_id": "P-TEE",
            "sku": "TS-WHITE-L",
            "title": "T恤",
            "warehouse": "广州仓",
            "selling_points": "纯棉",
        },  # fmt: skip
    )
    tid, _order, _items = desk.scene.ticket("return")
    v = _to_tell_address(desk, tid)
    assert "广东省广州市白云区太和镇物流园3号" in v.text_zh and v.missing == ()
