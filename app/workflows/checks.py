"""Checks: automatic tests a ``check`` step runs against the rules engine or the records.

Each returns an :class:`Outcome` (passed, a stable code, the reason in English and Chinese).
A step's ``params`` must match the check's declared parameters (validated on load).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pendulum

from app.models import OrderStatus
from app.policy import Verdict, can_exchange, can_merchant_cancel, can_start_aftersale
from app.services.remedies.common import case_facts
from app.services.remedies.compensations import within_authority
from app.workflows import values
from app.workflows.context import Context

_SHIPPED = {OrderStatus.SHIPPED, OrderStatus.SIGNED, OrderStatus.CONFIRMED, OrderStatus.COMPLETED}


@dataclass(frozen=True)
class Outcome:
    passed: bool
    code: str
    text: str
    text_zh: str


@dataclass(frozen=True)
class Check:
    name: str
    title: str
    title_zh: str
    run: Callable[[Context, Mapping[str, Any]], Outcome]
    params: Mapping[str, type] = field(default_factory=dict)
    required: frozenset[str] = frozenset()


def _verdict(verdict: Verdict) -> Outcome:
    reasons = verdict.reasons
    return Outcome(
        verdict.allowed,
        reasons[0].code if reasons else "",
        "; ".join(r.text for r in reasons),
        ";".join(r.text_zh for r in reasons),
    )


def _yes(code: str, text: str, text_zh: str) -> Outcome:
    return Outcome(True, code, text, text_zh)


def _no(code: str, text: str, text_zh: str) -> Outcome:
    return Outcome(False, code, text, text_zh)


def _no_order() -> Outcome:
    return _no("no_order", "the ticket has no order", "工单没有关联订单")


def order_shipped(ctx: Context, _p: Mapping[str, Any]) -> Outcome:
    if ctx.order is None:
        return _no_order()
    if ctx.order.shipped_at is not None or ctx.order.status in _SHIPPED:
        return _yes("shipped", "the order has shipped", "订单已发货")
    return _no("unshipped", "the order has not shipped yet", "订单尚未发货")


def order_signed(ctx: Context, _p: Mapping[str, Any]) -> Outcome:
    if ctx.order is not None and ctx.order.signed_at is not None:
        return _yes("signed", "the parcel was signed for", "包裹已签收")
    return _no("not_signed", "the parcel has not been signed for", "包裹尚未签收")


def order_paid(ctx: Context, _p: Mapping[str, Any]) -> Outcome:
    if ctx.order is not None and ctx.order.paid_at is not None:
        return _yes("paid", "the order is paid", "订单已付款")
    return _no("unpaid", "the order is not paid", "订单未付款")


def is_cod(ctx: Context, _p: Mapping[str, Any]) -> Outcome:
    if ctx.order is not None and ctx.order.payment_method.value == "cod":
        return _yes("cod", "cash on delivery", "货到付款")
    return _no("online", "paid online", "在线支付")


def past_ship_by(ctx: Context, _p: Mapping[str, Any]) -> Outcome:
    promised = values.get(ctx, "ship_by")
    if promised is None:
        return _no("no_promise", "no ship-by promise is known", "没有发货时效承诺")
    if ctx.at > promised:
        return _yes("past_promise", "past the ship-by promise", "已超过承诺发货时间")
    return _no("within_promise", "still inside the ship-by promise", "仍在承诺发货时间内")


def _in_window(rule_id: str, what: str, what_zh: str) -> Callable[..., Outcome]:
    def run(ctx: Context, _p: Mapping[str, Any]) -> Outcome:
        window = ctx.window(rule_id)
        if window is None:
            return _no("no_window", f"no {what} window applies", f"不适用{what_zh}")
        asked = ctx.ticket.created_at
        if window.starts_at is not None and asked < window.starts_at:
            return _yes("inside", f"asked before the {what} window began", f"在{what_zh}期限内")
        if asked <= window.ends_at:
            return _yes("inside", f"inside the {what} window", f"在{what_zh}期限内")
        return _no("outside", f"past the {what} window", f"已超过{what_zh}期限")

    return run


def _eligible(rule: Callable[..., Verdict]) -> Callable[..., Outcome]:
    def run(ctx: Context, _p: Mapping[str, Any]) -> Outcome:
        item = ctx.item()
        if ctx.order is None or item is None:
            return _no("no_item", "no item to check", "没有可核对的商品")
        return _verdict(rule(case_facts(ctx.s, ctx.ticket), str(item.id)))

    return run


def merchant_can_cancel(ctx: Context, _p: Mapping[str, Any]) -> Outcome:
    return _verdict(can_merchant_cancel(ctx.facts)) if ctx.facts else _no_order()


def amount_within_authority(ctx: Context, p: Mapping[str, Any]) -> Outcome:
    amount = ctx.answers.get(p.get("field", "amount"))
    if amount is None:
        return _no("no_amount", "no amount entered", "尚未填写金额")
    if within_authority(ctx.s, ctx.actor, int(amount)):
        return _yes("within_limit", "within my compensation limit", "在我的补偿权限内")
    return _no("above_limit", "above my limit: a supervisor approves", "超出我的权限,需主管审批")


def may_adjust_refund(ctx: Context, _p: Mapping[str, Any]) -> Outcome:
    if ctx.agent is not None and ctx.agent.can_adjust_refund:
        return _yes("may_adjust", "I may re-allocate discounts", "我有调整退款(优惠重新分配)权限")
    return _no("no_permission", "re-allocating needs the adjust-refund right", "无调整退款权限")


def tracking_stale(ctx: Context, p: Mapping[str, Any]) -> Outcome:
    if ctx.order is None or ctx.order.shipped_at is None:
        return _no("not_shipped", "the order has not shipped", "订单尚未发货")
    if ctx.order.signed_at is not None:
        return _no("signed", "the parcel was signed for", "包裹已签收")
    seen = ctx.answers.get(p.get("field", "last_scan_at")) if "field" in p else None
    last = pendulum.parse(seen) if seen else ctx.order.shipped_at
    days = int(p["days"])
    if ctx.at >= last.add(days=days):
        return _yes(
            "stale", f"no tracking update for {days} days or more", f"物流超过{days}天未更新"
        )
    return _no("moving", f"the last update is less than {days} days old", f"物流{days}天内有更新")


def short_shipped(ctx: Context, _p: Mapping[str, Any]) -> Outcome:
    check = ctx.latest("weight_check")
    if check is None:
        return _no("no_weight_check", "no weight check recorded", "尚未登记核重")
    if check.finding == "short_shipped":
        return _yes("short_shipped", "the warehouse shipped less than ordered", "仓库少发漏发")
    return _no(check.finding or "ok", f"weights show: {check.finding}", f"核重结果:{check.finding}")


def inspection_passed(ctx: Context, _p: Mapping[str, Any]) -> Outcome:
    row = ctx.latest("return_shipment")
    if row is not None and row.status == "inspected":
        return _yes("passed", "the return passed inspection", "退货验收通过")
    return _no("failed", "the return did not pass inspection", "退货验收未通过")


def has_tracking(ctx: Context, _p: Mapping[str, Any]) -> Outcome:
    if ctx.order is not None and ctx.order.tracking_no:
        return _yes("tracking", "the order has a tracking number", "订单有物流单号")
    return _no("no_tracking", "no tracking number yet", "暂无物流单号")


def answered(ctx: Context, p: Mapping[str, Any]) -> Outcome:
    if ctx.answers.get(p["field"]) not in (None, "", []):
        return _yes("answered", f"{p['field']} was given", "已填写")
    return _no("not_answered", f"{p['field']} was not given", "未填写")


def has_record(ctx: Context, p: Mapping[str, Any]) -> Outcome:
    entity = p["entity"]
    if ctx.latest(entity) is not None:
        return _yes("recorded", f"a {entity.replace('_', ' ')} is on record", "已有该记录")
    return _no("none", f"no {entity.replace('_', ' ')} on record", "没有该记录")


_ALL = (
    Check("order_shipped", "Has the order shipped?", "订单已发货?", order_shipped),
    Check("order_signed", "Was the parcel signed for?", "包裹已签收?", order_signed),
    Check("order_paid", "Is the order paid?", "订单已付款?", order_paid),
    Check("is_cod", "Cash on delivery?", "货到付款?", is_cod),
    Check("past_ship_by", "Past the ship-by promise?", "超过承诺发货时间?", past_ship_by),
    Check(
        "in_no_reason_window",
        "Inside the 7-day no-reason window?",
        "在七天无理由期限内?",
        _in_window("no_reason_return", "7-day no-reason return", "七天无理由退货"),
    ),
    Check(
        "in_quality_window",
        "Inside the after-sale claim window?",
        "在售后申请期限内?",
        _in_window("quality_claim", "after-sale claim", "售后申请"),
    ),
    Check("can_exchange", "May the item be exchanged?", "可以换货?", _eligible(can_exchange)),
    Check(
        "can_start_aftersale",
        "May an after-sale start on the item?",
        "可以发起售后?",
        _eligible(can_start_aftersale),
    ),
    Check(
        "can_merchant_cancel",
        "May the shop cancel the order?",
        "商家可取消订单?",
        merchant_can_cancel,
    ),
    Check(
        "within_authority",
        "Is the amount within my authority?",
        "金额在我的权限内?",
        amount_within_authority,
        {"field": str},
    ),
    Check(
        "can_adjust_refund", "May I re-allocate discounts?", "我可以调整退款?", may_adjust_refund
    ),
    Check(
        "tracking_stale",
        "No tracking updates for the configured days?",
        "物流超过规定天数未更新?",
        tracking_stale,
        {"days": int, "field": str},
        frozenset({"days"}),
    ),
    Check("warehouse_short_shipped", "Did the warehouse short-ship?", "仓库少发?", short_shipped),
    Check(
        "inspection_passed", "Did the return pass inspection?", "退货验收通过?", inspection_passed
    ),
    Check("has_tracking", "Is there a tracking number?", "有物流单号?", has_tracking),
    Check(
        "answered",
        "Was the field filled in?",
        "已填写?",
        answered,
        {"field": str},
        frozenset({"field"}),
    ),
    Check(
        "has_record",
        "Is there such a record on the ticket?",
        "工单上已有该记录?",
        has_record,
        {"entity": str},
        frozenset({"entity"}),
    ),
)
CHECKS: dict[str, Check] = {c.name: c for c in _ALL}


def run_check(name: str, ctx: Context, params: Mapping[str, Any]) -> Outcome:
    return CHECKS[name].run(ctx, params)
