"""Actions: the records a script makes, each through its service (``.apply`` inside the
answer's unit of work, so the record, its audit and timeline, and the answer commit together).

An action's arguments come from the step's ``params`` (a literal, ``"$field"`` for an answer
of the run, ``"@name"`` for a built-in value, or words with ``{placeholders}``), else from the
action's own default source. The ticket, the item and the record acted on are filled in.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from app.errors import InvalidInput
from app.models import derived_id
from app.services import add_note, attachments, feedback, fulfilment
from app.services import remedies as r
from app.services.remedies.compensations import within_authority
from app.services.unit import Service
from app.workflows.context import Context


@dataclass(frozen=True)
class Arg:
    source: Any = None  # "$field", "@name", a literal, or None (only from the step's params)
    required: bool = True


@dataclass(frozen=True)
class Action:
    name: str
    title: str
    title_zh: str
    service: Service
    args: Mapping[str, Arg] = field(default_factory=dict)
    creates: str | None = None  # entity of the new record (kept in the run's records)
    acts_on: tuple[str, tuple[str, ...]] | None = None  # (entity, statuses) of the record
    item: str = "none"  # none | optional | required: pass the case's item as item_id
    # Whether the new record waits for a supervisor's decision (given the call's arguments).
    waits: Callable[[Context, dict[str, Any]], bool] | None = None
    extra: Mapping[str, type] = field(default_factory=dict)  # params that are not arguments
    prepare: Callable[[Context, dict[str, Any], Mapping[str, Any]], dict[str, Any]] | None = None

    @property
    def record_arg(self) -> str | None:
        return f"{_ARG_NAMES.get(self.acts_on[0], self.acts_on[0])}_id" if self.acts_on else None


_ARG_NAMES = {"return_shipment": "return", "carrier_claim": "claim"}


def _follow_up_due(ctx: Context, kwargs: dict[str, Any], params: Mapping[str, Any]) -> dict:
    """Due at the time given while it is still ahead, else ``due_in_hours`` from now."""
    due = kwargs.get("due_at")
    if due is not None and due > ctx.at:
        return kwargs
    hours = params.get("due_in_hours")
    if hours is None:
        raise InvalidInput("the follow-up needs a due time", field="due_at")
    return {**kwargs, "due_at": ctx.at.add(hours=int(hours))}


def _appeal_files(ctx: Context, kwargs: dict[str, Any], _p: Mapping[str, Any]) -> dict:
    """Evidence files given as stored files are attached to the ticket and named by id."""
    out = dict(kwargs)
    for key, purpose in (("receipts", "receipt"), ("authorizations", "brand_authorization")):
        files = out.get(key) or []
        if files and isinstance(files[0], dict):
            attach_id = derived_id(kwargs["appeal_id"], "evidence", key)
            attachments.attach_files.apply(
                ctx.s,
                ctx.actor,
                ticket_id=ctx.ticket.id,
                files=files,
                id=attach_id,
                at=ctx.at,
                purpose=purpose,
            )
            out[key] = [f["filename"] for f in files]
    return out


def _above_limit(ctx: Context, kwargs: dict[str, Any]) -> bool:
    return not within_authority(ctx.s, ctx.actor, kwargs["amount_fen"])


_ALL = (
    Action(
        "compensation.register", "Register the rebate", "登记返款", r.register_compensation,
        {"amount_fen": Arg("$amount"), "method": Arg("$method"),
         "reason": Arg("$reason", False), "note": Arg(None, False)},
        creates="compensation", item="optional", waits=_above_limit,
    ),
    Action(
        "compensation.pay", "Mark the rebate paid", "标记已返款", r.pay_compensation,
        {"reference": Arg("$reference", False)}, acts_on=("compensation", ("approved",)),
    ),
    Action(
        "follow_up.open", "Register a follow-up", "登记跟进", r.open_follow_up,
        {"due_at": Arg("$due_at", False), "cause": Arg("$cause", False),
         "gift": Arg("$gift", False), "note": Arg(None, False)},
        creates="follow_up", extra={"due_in_hours": int}, prepare=_follow_up_due,
    ),
    Action(
        "follow_up.close", "Close the follow-up", "完成跟进", r.close_follow_up,
        {"note": Arg(None, False)}, acts_on=("follow_up", ("open",)),
    ),
    Action(
        "reship.agree", "Agree to reship", "同意补寄", r.agree_reship, {"note": Arg(None, False)},
        creates="reship", item="optional", extra={"whole_order": bool},
    ),
    Action(
        "reship.ship", "Reship sent", "补寄已发出", r.ship_reship,
        {"carrier": Arg("$carrier"), "tracking_no": Arg("$tracking_no")},
        acts_on=("reship", ("agreed",)),
    ),
    Action(
        "refund.request", "Record the refund request", "登记退款申请", r.request_refund,
        {"amount_fen": Arg("$amount"), "reason": Arg("$reason", False),
         "reallocate": Arg("$reallocate", False), "note": Arg(None, False)},
        creates="refund", item="optional", extra={"whole_order": bool},
    ),
    Action(
        "refund.approve", "Approve the refund", "同意退款", r.approve_refund,
        acts_on=("refund", ("requested",)),
    ),
    Action(
        "refund.refuse", "Refuse the refund", "拒绝退款", r.refuse_refund,
        {"reason": Arg("$reason")}, acts_on=("refund", ("requested", "approved")),
    ),
    Action(
        "refund.refunded", "Refund paid out", "已退款", r.mark_refunded,
        acts_on=("refund", ("approved",)),
    ),
    Action(
        "refund.confirm", "Finance confirmed", "财务已确认", r.confirm_refund,
        {"reference": Arg("$reference", False)}, acts_on=("refund", ("refunded",)),
    ),
    Action(
        "return.approve", "Approve the return", "同意退货", r.approve_return,
        {"note": Arg(None, False)}, creates="return_shipment", item="required",
    ),
    Action(
        "return.refuse", "Refuse the return", "拒绝退货", r.refuse_return,
        {"reason": Arg("$refusal"), "note": Arg("$note", False)},
        creates="return_shipment", item="required",
    ),
    Action(
        "return.shipped", "Buyer shipped the return", "买家已寄回", r.record_return_shipped,
        {"carrier": Arg("$return_carrier"), "tracking_no": Arg("$return_tracking_no")},
        acts_on=("return_shipment", ("approved",)),
    ),
    Action(
        "return.received", "Return received", "已收到退货", r.record_return_received,
        acts_on=("return_shipment", ("shipped_back",)),
    ),
    Action(
        "return.inspect", "Inspect the return", "退货验收", r.inspect_return,
        {"passed": Arg("$passed"), "finding": Arg("$finding", False)},
        acts_on=("return_shipment", ("received",)),
    ),
    Action(
        "exchange.agree", "Agree to exchange", "同意换货", r.agree_exchange,
        {"new_sku": Arg("$new_sku", False), "note": Arg(None, False)},
        creates="exchange", item="required",
    ),
    Action(
        "exchange.send", "Exchange item sent", "换货已发出", r.send_exchange,
        {"carrier": Arg("$carrier"), "tracking_no": Arg("$tracking_no")},
        acts_on=("exchange", ("agreed",)),
    ),
    Action(
        "exchange.done", "Exchange completed", "换货完成", r.complete_exchange,
        acts_on=("exchange", ("sent",)),
    ),
    Action(
        "weight_check.record", "Record the weight check", "登记核重", r.record_weight_check,
        {"expected_g": Arg("$expected_g"), "warehouse_g": Arg("$warehouse_g", False),
         "carrier_g": Arg("$carrier_g", False), "tolerance_g": Arg(None),
         "note": Arg(None, False)},
        creates="weight_check", item="optional",
    ),
    Action(
        "carrier_claim.file", "File a claim with the carrier", "向快递索赔",
        r.file_carrier_claim,
        {"amount_fen": Arg("$claim_amount"), "carrier": Arg("@carrier", False),
         "tracking_no": Arg("@tracking_no", False), "note": Arg(None, False)},
        creates="carrier_claim",
    ),
    Action(
        "carrier_claim.settle", "Carrier's answer to the claim", "快递理赔结果",
        r.settle_carrier_claim, {"outcome": Arg("$claim_outcome"), "note": Arg(None, False)},
        acts_on=("carrier_claim", ("filed",)),
    ),
    Action(
        "appeal.open", "Platform intervention: negotiate", "平台介入:先协商", r.open_appeal,
        {"note": Arg(None, False)}, creates="appeal", item="optional",
    ),
    Action(
        "appeal.file", "File the appeal", "提交申诉", r.file_appeal,
        {"reason": Arg("$appeal_reason"), "receipts": Arg("$receipts", False),
         "authorizations": Arg("$authorizations", False),
         "chat_lines": Arg("$chat_lines", False)},
        acts_on=("appeal", ("negotiating",)), prepare=_appeal_files,
    ),
    Action(
        "appeal.outcome", "Platform's ruling", "平台判定结果", r.record_appeal_outcome,
        {"outcome": Arg("$appeal_outcome"), "note": Arg(None, False)},
        acts_on=("appeal", ("negotiating", "filed")),
    ),
    Action(
        "feedback.send", "Feedback to operations", "反馈给运营", feedback.send_feedback,
        {"kind": Arg("$feedback_kind"), "text": Arg("$feedback")}, creates="feedback",
    ),
    Action(
        "evidence.attach", "Attach the evidence", "上传凭证", attachments.attach_files,
        {"files": Arg("$photos"), "purpose": Arg("evidence", False)}, creates="attachment",
    ),
    Action(
        "note.add", "Internal note", "内部备注", add_note, {"body": Arg("$note")}, creates="note",
    ),
    Action(
        "order.shipment", "Record the shipment", "登记发货", fulfilment.record_shipment,
        {"carrier": Arg("$carrier"), "tracking_no": Arg("$tracking_no")},
    ),
    Action(
        "order.cancel", "Cancel the order", "取消订单", fulfilment.cancel_order,
        {"reason": Arg("$reason")},
    ),
)  # fmt: skip
ACTIONS: dict[str, Action] = {a.name: a for a in _ALL}
