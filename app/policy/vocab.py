"""The closed vocabularies the rule tables and the engine share.

Names only, no figures: every duration lives in the TOML tables under ``resources/policies``.
"""

from __future__ import annotations

from typing import Final

#: Platforms an order can come from. ``jd`` and ``other`` use the law table only.
PLATFORMS: Final = ("douyin", "taobao", "tmall", "jd", "other")

#: Table names that exist as files (``law`` is inherited by every platform).
TABLE_NAMES: Final = ("law", "douyin", "taobao", "tmall")

#: Order states (DOMAIN.md items 1 and 8).
ORDER_STATES: Final = (
    "placed",
    "awaiting_confirmation",
    "stocking",
    "shipped",
    "signed",
    "confirmed",
    "completed",
    "cancelled",
    "closed",
)

#: Per-item after-sale states.
AFTERSALE_STATES: Final = ("none", "requested", "in_progress", "finished", "refused", "cancelled")

#: After-sale states in which a case is still running on the item.
AFTERSALE_OPEN: Final = ("requested", "in_progress")

PAYMENTS: Final = ("online", "cod")

#: How the buyer sends a return back.
RETURN_CARRIERS: Final = ("express", "post")

#: Who owes the action before a window ends.
PARTIES: Final = ("merchant", "buyer", "platform")

CONFIDENCES: Final = ("A", "B", "C")

#: Event name -> (English gerund phrase, Chinese phrase) for explanations.
EVENTS: Final[dict[str, tuple[str, str]]] = {
    "placed_at": ("placing the order", "下单"),
    "paid_at": ("payment", "付款"),
    "shipped_at": ("shipment", "发货"),
    "signed_at": ("signing", "签收"),
    "confirmed_at": ("receipt confirmation", "确认收货"),
    "completed_at": ("completion", "订单完成"),
    "sold_at": ("the sale", "售出"),
    "reship_agreed_at": ("agreeing to reship", "同意补寄"),
    "reshipped_at": ("the reshipment", "补寄发货"),
    "refund_requested_at": ("the refund request", "买家申请售后"),
    "merchant_responded_at": ("the merchant's response", "商家处理"),
    "return_approved_at": ("approving the return", "同意退货"),
    "return_shipped_at": ("the buyer shipping the return", "买家寄回"),
    "return_received_at": ("receiving the return", "收到退货"),
    "refunded_at": ("the refund", "退款"),
}

#: Clock kinds and the units each accepts.
CLOCKS: Final[dict[str, tuple[str, ...]]] = {
    "next_midnight": ("days",),
    "exact": ("hours", "days"),
    "calendar_days": ("days",),
    "calendar_months": ("months",),
}

UNITS: Final = ("hours", "days", "months")

#: Unit -> (English singular, English plural, Chinese).
UNIT_WORDS: Final[dict[str, tuple[str, str, str]]] = {
    "hours": ("hour", "hours", "小时"),
    "days": ("day", "days", "天"),
    "months": ("month", "months", "个月"),
}

#: Rate units (VAT rows).
RATE_UNITS: Final = ("percent",)
