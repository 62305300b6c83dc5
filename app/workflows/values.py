"""Built-in values a script may use: in words as ``{name}`` placeholders, as a field's
``default`` or an action's argument as ``"@name"``. Each has a kind that says how it prints.

``window.<rule_id>`` is the end of any platform window (rules engine), e.g.
``{window.no_reason_return}``; the named ones below are the usual windows under short names.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.policy import load_table
from app.policy.vocab import TABLE_NAMES
from app.services.remedies.refunds import refundable
from app.services.return_addresses import address_for, one_line
from app.workflows.context import Context

WINDOW = "window."


@dataclass(frozen=True)
class Value:
    name: str
    kind: str  # text | time | money | weight
    label: str
    label_zh: str
    get: Callable[[Context], Any]


def _order(attr: str) -> Callable[[Context], Any]:
    return lambda ctx: getattr(ctx.order, attr) if ctx.order is not None else None


def _window_end(rule_id: str) -> Callable[[Context], Any]:
    def get(ctx: Context) -> Any:
        window = ctx.window(rule_id)
        return window.ends_at if window is not None else None

    return get


def _ship_by(ctx: Context) -> Any:
    promised = ctx.order.ship_by if ctx.order is not None else None
    return promised or _window_end("ship_by")(ctx)


def _refundable(ctx: Context) -> Any:
    return refundable(ctx.s, ctx.order, ctx.item()) if ctx.order is not None else None


def _order_refundable(ctx: Context) -> Any:
    return refundable(ctx.s, ctx.order, None) if ctx.order is not None else None


def _latest(entity: str, attr: str, status: str | None = None) -> Callable[[Context], Any]:
    def get(ctx: Context) -> Any:
        row = ctx.latest(entity, status)
        return getattr(row, attr) if row is not None else None

    return get


def _return_address(ctx: Context) -> Any:
    """The return address of the case item's warehouse, else the shop's default (both
    checked complete when saved); else the shop's older ``settings["return_address"]``."""
    found = address_for(ctx.s, ctx.ticket.shop_id, ctx.item())
    if found is not None:
        return one_line(found)
    return (ctx.shop.settings or {}).get("return_address")


def _item(attr: str) -> Callable[[Context], Any]:
    def get(ctx: Context) -> Any:
        item = ctx.item()
        return getattr(item, attr) if item is not None else None

    return get


_ALL = (
    Value("buyer", "text", "buyer", "买家", lambda c: c.customer.nickname),
    Value("shop", "text", "shop", "店铺", lambda c: c.shop.name),
    Value("agent", "text", "agent", "客服", lambda c: c.agent.display_name if c.agent else None),
    Value("order_no", "text", "order number", "订单号", _order("order_no")),
    Value("item", "text", "item", "商品", _item("title")),
    Value("sku", "text", "SKU", "SKU", _item("sku")),
    Value("item_id", "text", "item", "商品", _item("id")),
    Value("carrier", "text", "carrier", "快递公司", _order("carrier")),
    Value("tracking_no", "text", "tracking number", "物流单号", _order("tracking_no")),
    Value("ship_by", "time", "ship-by time", "最晚发货时间", _ship_by),
    Value("shipped_at", "time", "shipping time", "发货时间", _order("shipped_at")),
    Value("signed_at", "time", "signing time", "签收时间", _order("signed_at")),
    Value("paid_amount", "money", "amount paid", "实付金额", _order("paid_fen")),
    Value("refundable", "money", "refundable amount", "可退金额", _refundable),
    Value(
        "order_refundable", "money", "refundable on the order", "整单可退金额", _order_refundable
    ),
    Value(
        "return_address",
        "text",
        "return address",
        "退货地址",
        _return_address,
    ),
    Value(
        "compensation_limit",
        "money",
        "my compensation limit",
        "我的补偿权限",
        lambda c: c.agent.compensation_limit_fen if c.agent else None,
    ),
    Value("now", "time", "now", "现在", lambda c: c.at),
    Value(
        "return_window_end",
        "time",
        "7-day return ends",
        "七天无理由截止",
        _window_end("no_reason_return"),
    ),
    Value(
        "quality_window_end",
        "time",
        "claim window ends",
        "售后申请截止",
        _window_end("quality_claim"),
    ),
    Value(
        "response_due", "time", "reply due", "商家处理截止", _window_end("merchant_response_due")
    ),
    Value("refund_due", "time", "refund due", "退款截止", _window_end("refund_after_return_due")),
    Value("reship_due", "time", "reship due", "补寄截止", _latest("reship", "due_at")),
    Value(
        "follow_up_due", "time", "follow-up due", "跟进时间", _latest("follow_up", "due_at", "open")
    ),
    Value("reship_carrier", "text", "reship carrier", "补寄快递", _latest("reship", "carrier")),
    Value(
        "reship_tracking_no",
        "text",
        "reship tracking number",
        "补寄单号",
        _latest("reship", "tracking_no"),
    ),
    Value(
        "compensation_amount",
        "money",
        "compensation",
        "补偿金额",
        _latest("compensation", "amount_fen"),
    ),
    Value("refund_amount", "money", "refund", "退款金额", _latest("refund", "amount_fen")),
)
VALUES: dict[str, Value] = {v.name: v for v in _ALL}


def rule_ids() -> frozenset[str]:
    """Every rule id any shipped table knows (for ``window.<rule_id>``)."""
    return frozenset(r for name in TABLE_NAMES for r in load_table(name).rule_ids())


def known(name: str) -> bool:
    if name.startswith(WINDOW):
        return name[len(WINDOW) :] in rule_ids()
    return name in VALUES


def describe(name: str) -> Value | None:
    """The value's definition (a window gets its own on the fly); None when unknown."""
    if name.startswith(WINDOW):
        rule_id = name[len(WINDOW) :]
        label = rule_id.replace("_", " ") + " ends"
        return Value(name, "time", label, f"{rule_id} 截止", _window_end(rule_id))
    return VALUES.get(name)


def get(ctx: Context, name: str) -> Any:
    value = describe(name)
    return value.get(ctx) if value is not None else None
