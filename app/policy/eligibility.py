"""Eligibility checks with reasons (seed 000; RULES.md "Order and item rules").

Each check returns a :class:`Verdict`: ``allowed`` plus the reasons, each a stable ``code``
and the sentence in English and Chinese. Nothing here changes any state: an after-sale never
rewrites the order's own status; services decide what to do with a verdict.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.policy.facts import ItemFacts, OrderFacts
from app.policy.vocab import AFTERSALE_OPEN

_BEFORE_SHIPMENT = ("placed", "awaiting_confirmation", "stocking")
_EXCHANGE_STATES = ("shipped", "signed", "confirmed")  # awaiting receipt, or trade success
_ENDED = ("cancelled", "closed")


@dataclass(frozen=True)
class Reason:
    """Why a verdict came out as it did."""

    code: str
    text: str
    text_zh: str

    def say(self, lang: str = "zh") -> str:
        return self.text_zh if lang.startswith("zh") else self.text


@dataclass(frozen=True)
class Verdict:
    """``allowed`` plus its reasons (one when allowed; every obstacle when refused)."""

    allowed: bool
    reasons: tuple[Reason, ...]

    def __bool__(self) -> bool:
        return self.allowed

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(reason.code for reason in self.reasons)


def _yes(code: str, text: str, text_zh: str) -> Verdict:
    return Verdict(True, (Reason(code, text, text_zh),))


def _no(*reasons: Reason) -> Verdict:
    return Verdict(False, reasons)


def _ended(facts: OrderFacts) -> Reason | None:
    if facts.state in _ENDED:
        return Reason("order_ended", f"the order is {facts.state}", "订单已取消或已关闭")
    return None


def can_merchant_cancel(facts: OrderFacts) -> Verdict:
    """May the merchant cancel this order?

    COD: while awaiting confirmation or stocking (not once handed to the carrier; then the
    buyer goes through platform support). Online payment: only while awaiting payment; after
    payment the buyer asks platform support.
    """
    ended = _ended(facts)
    if ended:
        return _no(ended)
    if facts.payment == "cod":
        if facts.state in _BEFORE_SHIPMENT:
            return _yes(
                "cod_before_shipment",
                "COD order not yet shipped: the merchant may cancel",
                "货到付款订单尚未发货,商家可以取消",
            )
        return _no(
            Reason(
                "cod_shipped",
                "COD order already shipped: the buyer must ask platform support to cancel",
                "货到付款订单已发货,不能取消,请用户联系平台客服取消",
            )
        )
    if facts.state == "placed":
        return _yes(
            "online_unpaid",
            "online order awaiting payment: it may be cancelled",
            "在线支付订单待付款,可以取消",
        )
    return _no(
        Reason(
            "online_paid",
            "online order already paid: the buyer asks platform support to cancel",
            "在线支付订单已付款,用户需联系平台客服取消",
        )
    )


def _open_aftersale(item: ItemFacts) -> Reason | None:
    if item.aftersale_state in AFTERSALE_OPEN:
        return Reason(
            "aftersale_open",
            f"item {item.item_id} already has an after-sale in progress (one at a time)",
            f"商品 {item.item_id} 已有进行中的售后,同一商品一次只能有一个售后",
        )
    return None


def can_start_aftersale(facts: OrderFacts, item_id: str) -> Verdict:
    """May a new after-sale start on this item? One at a time; not on unpaid or ended orders."""
    item = facts.item(item_id)
    obstacles = [r for r in (_ended(facts), _open_aftersale(item)) if r is not None]
    if facts.state == "placed":
        obstacles.append(Reason("order_unpaid", "the order is not paid yet", "订单尚未付款"))
    if obstacles:
        return _no(*obstacles)
    if item.aftersale_state == "none":
        return _yes(
            "no_aftersale_yet",
            f"item {item_id} has no after-sale yet",
            f"商品 {item_id} 尚无售后,可以发起",
        )
    return _yes(
        "previous_aftersale_closed",
        f"item {item_id}'s previous after-sale is {item.aftersale_state}; "
        "a second after-sale is restricted by the platform",
        f"商品 {item_id} 的上一个售后已结束,可再次发起,但平台对二次售后有限制",
    )


def can_exchange(facts: OrderFacts, item_id: str) -> Verdict:
    """May this item be exchanged? Normal goods, order awaiting receipt or trade success,
    parcel signed for, and no other after-sale running on the item."""
    item = facts.item(item_id)
    obstacles = [r for r in (_ended(facts), _open_aftersale(item)) if r is not None]
    if not item.normal_goods:
        obstacles.append(
            Reason("not_normal_goods", "only normal goods can be exchanged", "仅常规商品支持换货")
        )
    if facts.state not in _EXCHANGE_STATES and not _ended(facts):
        obstacles.append(
            Reason(
                "order_state",
                f"an order that is {facts.state} cannot exchange",
                "订单需处于待收货或交易成功状态才能换货",
            )
        )
    if facts.event("signed_at") is None:
        obstacles.append(Reason("not_signed", "the parcel has not been signed for", "包裹尚未签收"))
    if obstacles:
        return _no(*obstacles)
    return _yes(
        "exchange_ok",
        "normal goods, parcel signed: the item may be exchanged",
        "常规商品且已签收,可以换货",
    )


def is_order_closable(facts: OrderFacts) -> Verdict:
    """May the order close? Only when every item's after-sale is finished.

    The verdict never rewrites the order's status; closing is a separate service decision.
    """
    if facts.state == "closed":
        return _no(Reason("already_closed", "the order is already closed", "订单已关闭"))
    if not facts.items:
        return _no(Reason("no_items", "the order has no items", "订单没有商品"))
    waiting = [_unfinished(item) for item in facts.items if item.aftersale_state != "finished"]
    if waiting:
        return _no(*waiting)
    return _yes(
        "all_aftersales_finished", "every item's after-sale is finished", "所有商品的售后均已完成"
    )


def _unfinished(item: ItemFacts) -> Reason:
    if item.aftersale_state == "none":
        return Reason(
            "item_without_aftersale",
            f"item {item.item_id} has no after-sale",
            f"商品 {item.item_id} 没有售后",
        )
    return Reason(
        "aftersale_unfinished",
        f"item {item.item_id}'s after-sale is {item.aftersale_state}, not finished",
        f"商品 {item.item_id} 的售后尚未完成",
    )
