"""Order and item rows: numbers, items with allocated discounts, carriers, flags, remarks."""

from __future__ import annotations

import random
from dataclasses import dataclass

from app.demo import catalog, vocab
from app.demo.catalog import Product, ShopDef
from app.demo.draw import Weighted, pick
from app.demo.stamps import uuid7
from app.demo.timeline import Timeline
from app.models import FlagColor, ItemAfterSale, PaymentMethod
from app.policy.money import allocate_discount

_SCRAMBLE = 387_420_489  # 3**18: coprime with 10**9, so serial -> number is one-to-one
_LEAD = {"douyin": "6", "taobao": "3", "tmall": "2"}
_FLAGS = Weighted(
    (
        (FlagColor.RED, 35),
        (FlagColor.YELLOW, 25),
        (FlagColor.GREEN, 15),
        (FlagColor.BLUE, 12),
        (FlagColor.PURPLE, 8),
        (FlagColor.GREY, 5),
    )
)
_LINES = {True: Weighted(((1, 80), (2, 17), (3, 3))), False: Weighted(((1, 68), (2, 24), (3, 8)))}
_QUANTITY = Weighted(((1, 85), (2, 12), (3, 3)))
_THRESHOLDS = {"clothes": (19_900, 2_000), "tea": (30_000, 3_000), "furniture": (200_000, 20_000)}


@dataclass
class Item:
    id: int
    line: int
    product: Product
    sku: str
    label: str
    quantity: int
    unit_fen: int
    discount_fen: int = 0
    aftersale: ItemAfterSale = ItemAfterSale.NONE

    @property
    def paid_fen(self) -> int:
        return self.unit_fen * self.quantity - self.discount_fen


@dataclass
class OrderInfo:
    id: int
    order_no: str
    timeline: Timeline
    items: list[Item]
    carrier: str
    tracking: str
    discount_fen: int
    settled: bool
    flag: FlagColor = FlagColor.NONE


def order_no(shop: ShopDef, serial: int, placed: int) -> str:
    """A 19-digit order number: the platform's lead digit, the time it was placed, then the
    serial made to look random (one-to-one, so numbers never repeat). Numbers rise with time,
    as the platforms' do, which also keeps the unique index's inserts together."""
    lead = _LEAD[shop.platform.value]
    return f"{lead}{placed // 1000 % 10**9:09d}{serial * _SCRAMBLE % 10**9:09d}"


def pick_items(
    rng: random.Random,
    shop: ShopDef,
    count: int | None,
    at: int,
    only: tuple[str, str] | None = None,
) -> list[Item]:
    """Items for an order: ``count`` products (or a usual number), or just the product and
    variant codes in ``only``."""
    if only is not None:
        product = next(p for p in shop.products if p.code == only[0])
        label = dict(product.variants)[only[1]]
        sku = f"{shop.code}-{product.code}-{only[1]}"
        return [Item(uuid7(rng, at), 1, product, sku, label, 1, product.price_fen)]
    if count is None:
        count = _LINES[shop.key == "furniture"].draw(rng)
    items = []
    for line, product in enumerate(catalog.pick_products(rng, shop, count), start=1):
        sku, label = catalog.variant(rng, shop, product)
        qty = 1 if shop.key == "furniture" else _QUANTITY.draw(rng)
        items.append(Item(uuid7(rng, at), line, product, sku, label, qty, product.price_fen))
    return items


def _discount(rng: random.Random, shop: ShopDef, goods: int) -> int:
    threshold, off = _THRESHOLDS[shop.key]
    roll = rng.random()
    if roll < 0.3 and goods >= threshold:
        return off * min(goods // threshold, 3)
    if roll < 0.55:
        return min(pick(rng, (500, 1_000, 2_000, 3_000)), goods // 5)
    return 0


def build(
    rng: random.Random,
    out: dict[str, list[tuple]],
    *,
    shop: ShopDef,
    shop_id: int,
    customer_id: int,
    serial: int,
    line: Timeline,
    items: list[Item],
    updated: int,
) -> OrderInfo:
    """Append the order and its items to ``out``; items carry their after-sale states."""
    goods = sum(i.unit_fen * i.quantity for i in items)
    discount = _discount(rng, shop, goods)
    if discount:
        shares = allocate_discount(discount, [i.unit_fen * i.quantity for i in items])
        for item, share in zip(items, shares, strict=True):
            item.discount_fen = share
    flag, remark = _flag(rng, shop)
    carrier = vocab.SF if flag == FlagColor.RED else pick(rng, shop.carriers)
    shipping = (
        1_000 if flag == FlagColor.RED else (800 if shop.key == "tea" and goods < 9_900 else 0)
    )
    total = goods - discount + shipping
    paid = total if line.paid is not None else 0
    tracking = vocab.tracking_no(rng, carrier) if line.shipped is not None else ""
    settled = line.confirmed is not None and (not line.cod or line.completed is not None)
    order_id = uuid7(rng, line.placed)
    updated = max(updated, line.last)
    info = OrderInfo(
        order_id,
        order_no(shop, serial, line.placed),
        line,
        items,
        carrier,
        tracking,
        discount,
        settled,
        flag,
    )
    remark_buyer = pick(rng, vocab.BUYER_REMARKS) if rng.random() < 0.18 else ""
    out["orders"].append(
        (
            order_id,
            shop_id,
            customer_id,
            info.order_no,
            PaymentMethod.COD if line.cod else PaymentMethod.ONLINE,
            line.status,
            goods,
            discount,
            shipping,
            paid,
            line.placed,
            line.paid,
            line.shipped,
            line.signed,
            line.confirmed,
            line.completed,
            line.ship_by,
            carrier if line.shipped is not None else None,
            tracking or None,
            settled,
            flag,
            remark,
            remark_buyer,
            line.placed,
            updated,
            1,
            None,
        )
    )
    for item in items:
        out["order_items"].append(
            (
                item.id,
                order_id,
                item.line,
                item.sku,
                item.product.product_id,
                item.product.title,
                item.product.category,
                item.quantity,
                item.unit_fen,
                item.discount_fen,
                item.aftersale,
                line.placed,
                updated,
                1,
                None,
            )
        )
    return info


def _flag(rng: random.Random, shop: ShopDef) -> tuple[FlagColor, str]:
    if rng.random() >= 0.12:
        return FlagColor.NONE, ""
    flag = _FLAGS.draw(rng)
    if flag == FlagColor.PURPLE and shop.key != "furniture":
        flag = FlagColor.GREEN
    remark = pick(rng, vocab.FLAG_REMARKS[flag.value]).format(gift=pick(rng, vocab.GIFTS))
    return flag, remark
