"""The pre-sale desk's demo rows: each shop's carrier table, customer groups built from the
tags, and a few placed-but-unpaid orders of new buyers (most unpaid orders never get a
ticket) with past payment reminders and a shipping change waiting for the supervisor."""

from __future__ import annotations

import random
from dataclasses import dataclass

from app.demo import catalog, orders, vocab
from app.demo.catalog import ShopDef
from app.demo.context import Plan
from app.demo.draw import below, pick
from app.demo.stamps import HOUR, MINUTE, uuid7
from app.models import FlagColor, OrderStatus, PaymentMethod

# name -> (speed, cost, coverage, note, what the buyer adds in fen)
CARRIER_FACTS = {
    "顺丰速运": (
        "次日达，江浙沪当日达",
        "贵，首重23元起",
        "全国，含偏远乡镇",
        "易碎、贵重、急用首选",
        1000,
    ),
    "中通快递": ("2-3天", "便宜", "全国网点多", "默认快递，性价比高", 0),
    "圆通速递": ("2-3天", "便宜", "全国", "三通一达之一", 0),
    "韵达快递": ("2-4天", "便宜", "全国", "旺季偶有延误", 0),
    "申通快递": ("2-4天", "便宜", "全国", "三通一达之一", 0),
    "极兔速递": ("2-4天", "最便宜", "全国，偏远地区较慢", "抖音订单常用", 0),
    "EMS": ("3-5天", "中等", "全国，邮政网点可达偏远地区", "新疆西藏等偏远地区用", 500),
    "京东物流": ("1-2天，送货上门", "中等", "全国，大件可送装", "大件家具送货上楼", 0),
}
GROUPS = (  # (name, tag names, match, note)
    ("直播间新客", ("直播间",), "any", "直播间进店的买家，推直播专享券"),
    ("宝妈老客", ("宝妈", "VIP 老客"), "all", "回购多，节日前发上新提醒"),
    ("风险买家", ("疑似恶意退款", "频繁退货", "职业差评师"), "any", "售后前先请主管过目"),
)
# (shop key, hours since placed, items, reminded hours ago or None, shipping fen)
UNPAID = (
    ("tea", 1, 1, None, 0),
    ("tea", 8, 2, 7, 0),
    ("tea", 30, 1, 20, 800),
    ("tea", 60, 1, None, 800),
    ("furniture", 3, 1, None, 5000),
    ("furniture", 26, 1, 25, 5000),
    ("clothes", 2, 2, None, 0),
)
TWO_ORDERS = ("furniture", 4)  # one buyer with two unpaid orders: shipping to charge once
SERIAL_BASE = 999_000_000  # above every chunk's order and buyer serials
COUPON = {"tea": "满199减20", "furniture": "满3000减200", "clothes": "满99减10"}


@dataclass
class Made:
    order: int
    customer: int
    total_fen: int


def carriers(rng: random.Random, out: dict[str, list[tuple]], plan: Plan) -> None:
    for shop in catalog.SHOPS:
        at = plan.opened + 30 * HOUR
        for position, name in enumerate(shop.carriers):
            speed, cost, coverage, note, extra = CARRIER_FACTS[name]
            out["carriers"].append(
                (
                    uuid7(rng, at + position * MINUTE),
                    plan.shops[shop.key],
                    name,
                    speed,
                    cost,
                    coverage,
                    note,
                    extra,
                    position,
                    at,
                    at,
                    1,
                    None,
                )
            )


def groups(rng: random.Random, out: dict[str, list[tuple]], plan: Plan, names: list[str]) -> None:
    at = plan.opened + 40 * HOUR
    for n, (name, tags, match, note) in enumerate(GROUPS):
        tag_ids = [str(_uuid(plan.tags[names.index(t)])) for t in tags]
        made = at + n * MINUTE
        out["customer_groups"].append(
            (uuid7(rng, made), name, tag_ids, match, note, made, made, 1, None)
        )


def _uuid(value: int):  # noqa: ANN202
    import uuid

    return uuid.UUID(int=value)


def _buyer(rng: random.Random, out: dict, plan: Plan, shop: ShopDef, serial: int, at: int) -> int:
    cid = uuid7(rng, at)
    if shop.platform.value == "douyin":
        nickname, buyer_id = vocab.douyin_nickname(rng), f"1{serial:011d}{below(rng, 10**6):06d}"
    else:
        nickname, buyer_id = vocab.taobao_nickname(rng), f"AAHP{serial:010d}"
    out["customers"].append(
        (
            cid,
            plan.shops[shop.key],
            buyer_id,
            nickname,
            vocab.masked_phone(rng),
            "",
            at,
            at,
            1,
            None,
        )
    )
    return cid


def _order(
    rng: random.Random,
    out: dict,
    plan: Plan,
    shop: ShopDef,
    customer: int,
    serial: int,
    placed: int,
    count: int,
    shipping: int,
) -> Made:
    oid = uuid7(rng, placed)
    products = catalog.pick_products(rng, shop, count)
    goods = sum(p.price_fen for p in products)
    out["orders"].append(
        (
            oid,
            plan.shops[shop.key],
            customer,
            orders.order_no(shop, serial, placed),
            PaymentMethod.ONLINE,
            OrderStatus.PLACED,
            goods,
            0,
            shipping,
            0,
            placed,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            False,
            FlagColor.NONE,
            "",
            pick(rng, ("", "", "麻烦发顺丰", "周末送货")),
            placed,
            placed,
            1,
            None,
        )
    )
    for line, product in enumerate(products, start=1):
        sku, _label = catalog.variant(rng, shop, product)
        out["order_items"].append(
            (
                uuid7(rng, placed + line),
                oid,
                line,
                sku,
                product.product_id,
                product.title,
                product.category,
                1,
                product.price_fen,
                0,
                "none",
                placed,
                placed,
                1,
                None,
            )
        )
    return Made(oid, customer, goods + shipping)


def unpaid(rng: random.Random, out: dict[str, list[tuple]], plan: Plan, phrases: dict) -> None:
    """Unpaid orders placed hours before the anchor, some reminded already."""
    shops = {s.key: s for s in catalog.SHOPS}
    serial = SERIAL_BASE
    for key, hours, count, reminded, shipping in UNPAID:
        shop, placed = shops[key], plan.anchor - hours * HOUR - below(rng, 50) * MINUTE
        serial += 1
        customer = _buyer(rng, out, plan, shop, serial, placed - 20 * MINUTE)
        made = _order(rng, out, plan, shop, customer, serial, placed, count, shipping)
        if reminded is not None:
            _reminder(
                rng, out, plan, shop, made, plan.anchor - reminded * HOUR, phrases.get(shop.key)
            )
    key, hours = TWO_ORDERS
    shop = shops[key]
    placed = plan.anchor - hours * HOUR
    serial += 1
    customer = _buyer(rng, out, plan, shop, serial, placed - 30 * MINUTE)
    pair = []
    for n in range(2):
        serial += 1
        pair.append(
            _order(rng, out, plan, shop, customer, serial, placed + n * 4 * MINUTE, 1, 5000)
        )
    _pending_shipping(rng, out, plan, shop, pair, placed + 30 * MINUTE)


def _reminder(rng, out, plan, shop, made: Made, at: int, phrase) -> None:  # noqa: ANN001
    phrase_id, text = (
        phrase if phrase else (None, "亲，您拍下的宝贝还没付款哦，付款后尽快为您发出～")
    )
    agent = plan.agents["xiaolin" if shop.key == "tea" else "xiaomei"]
    rid = uuid7(rng, at)
    out["payment_reminders"].append(
        (
            rid,
            plan.shops[shop.key],
            made.order,
            made.customer,
            None,
            phrase_id,
            text,
            agent,
            at,
            at,
            at,
            1,
            None,
        )
    )
    out["audit_log"].append(
        (
            uuid7(rng, at),
            at,
            agent,
            "order.remind_payment",
            "payment_reminder",
            rid,
            None,
            made.order,
            {},
        )
    )


def _pending_shipping(rng, out, plan, shop, pair: list[Made], at: int) -> None:  # noqa: ANN001
    """Shipping charged once over two orders: beyond the agent's limit, waiting."""
    batch = uuid7(rng, at)
    agent = plan.agents["xiaolin"]
    for n, made in enumerate(pair):
        after = 5000 if n == 0 else 0
        goods = made.total_fen - 5000
        out["price_changes"].append(
            (
                uuid7(rng, at + n),
                batch,
                plan.shops[shop.key],
                made.order,
                made.customer,
                None,
                "pending",
                0,
                0,
                5000,
                after,
                goods,
                "买家分两单拍，运费合并收一次",
                agent,
                None,
                None,
                "",
                at,
                at,
                1,
                None,
            )
        )
