"""The values that fill a ticket's chat templates ({short}, {carrier}, {amount}, ...).

:class:`Fill` computes a value the first time a template asks for it, so a ticket pays only
for the placeholders its lines use (most use two or three of the two dozen).
"""

from __future__ import annotations

import random

from app.demo import catalog, vocab
from app.demo.catalog import Product, ShopDef
from app.demo.draw import pick
from app.demo.orders import Item, OrderInfo
from app.demo.stamps import DAY, cn_date
from app.models import TicketKind as K

ISSUES = {
    "clothes": ("洗后掉色", "尺码偏小", "起球严重", "有线头"),
    "tea": ("有陈味", "罐子压扁了", "受潮结块"),
    "furniture": ("桌面开裂", "有异响", "色差大", "有划痕"),
}
REASONS = {
    K.RETURN: ("七天无理由退货", "质量问题", "尺码不合适", "与描述不符"),
    K.REFUND_ONLY: ("不想要了", "拍错了/多拍了", "发货太慢"),
    K.CANCEL: ("拍错了", "地址填错了", "不想要了"),
    K.DISPUTE: ("商家拒绝退货", "商品质量问题", "商家未按约定补偿"),
    K.EXCHANGE: ("尺码不合适", "颜色不喜欢"),
}
NUMERALS = "零一二三四五六七八九十"
RETURN_CARRIERS = ("中通快递", "圆通速递", "韵达快递")
PACKING_G = 120  # carton and filling
CARRIER_SCALE_G = 15  # the carrier's scale reads a little heavier than the warehouse's


def expected_grams(item: Item) -> int:
    return item.product.grams * item.quantity + PACKING_G


class Fill(dict):
    """Placeholder values for one ticket, made on first use."""

    def __init__(
        self,
        rng: random.Random,
        shop: ShopDef,
        kind: K,
        order: OrderInfo | None,
        items: list[Item],
        t0: int,
        amount_fen: int,
        gift: str,
    ) -> None:
        super().__init__(amount=str(amount_fen // 100), gift=gift)
        self.rng, self.shop, self.kind, self.order, self.t0 = rng, shop, kind, order, t0
        self.item = items[0] if items else (order.items[0] if order else None)
        self.product: Product = self.item.product if self.item else pick(rng, shop.products)

    def __missing__(self, key: str) -> str:
        value = getattr(self, f"_{key}")()
        self[key] = value
        return value

    def _short(self) -> str:
        return self.product.short

    def _label(self) -> str:
        if self.item is not None:
            return self.item.label
        return catalog.variant(self.rng, self.shop, self.product)[1]

    def _color(self) -> str:
        return catalog.color_of(self["label"])

    def _size(self) -> str:
        return self["label"].split(" ")[-1]

    def _other_size(self) -> str:
        return catalog.variant(self.rng, self.shop, self.product)[1].split(" ")[-1]

    def _sku(self) -> str:
        return self.item.sku if self.item else ""

    def _new_variant(self) -> None:
        self["new_sku"], self["new_label"] = catalog.variant(self.rng, self.shop, self.product)

    def _new_sku(self) -> str:
        self._new_variant()
        return self["new_sku"]

    def _new_label(self) -> str:
        self._new_variant()
        return self["new_label"]

    def _carrier(self) -> str:
        order = self.order
        return order.carrier if order and order.tracking else pick(self.rng, self.shop.carriers)

    def _tracking(self) -> str:
        if self.order and self.order.tracking:
            return self.order.tracking
        return vocab.tracking_no(self.rng, self["carrier"])

    def _return_tracking(self) -> str:
        return vocab.tracking_no(self.rng, pick(self.rng, RETURN_CARRIERS))

    def _days(self) -> str:
        line = self.order.timeline if self.order else None
        paid = line.paid if line and line.paid else self.t0 - 3 * DAY
        return NUMERALS[max(2, min(10, (self.t0 - paid) // DAY + 1))]

    def _date(self) -> str:
        return cn_date(self.t0)

    def _city(self) -> str:
        return pick(self.rng, vocab.CITIES)

    def _hub(self) -> str:
        return pick(self.rng, vocab.HUBS)

    def _issue(self) -> str:
        return pick(self.rng, ISSUES[self.shop.key])

    def _order_no(self) -> str:
        return self.order.order_no if self.order else ""

    def _expected(self) -> str:
        return str(expected_grams(self.item) if self.item else self.product.grams + PACKING_G)

    def _warehouse(self) -> str:
        return str(int(self["expected"]) - self.product.grams)

    def _carrier_g(self) -> str:
        return str(int(self["warehouse"]) + CARRIER_SCALE_G)

    def _reason(self) -> str:
        return pick(self.rng, REASONS.get(self.kind, ("其他",)))
