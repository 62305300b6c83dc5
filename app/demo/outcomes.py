"""Which remedy records a case has by now, from its kind, its status and how it ended."""

from __future__ import annotations

import random

from app.demo import vocab
from app.demo.draw import pick
from app.demo.remedies import (
    Case,
    Writer,
    appeal,
    carrier_claim,
    compensation,
    follow_up,
    refund,
    reship,
    return_shipment,
    weight_check,
)
from app.demo.stamps import DAY, HOUR
from app.models import TicketKind as K
from app.models import TicketStatus as S


def record(rng: random.Random, out: dict[str, list[tuple]], case: Case) -> None:
    if case.status == S.NEW and case.kind not in (K.RETURN, K.REFUND_ONLY):
        return  # nobody has answered yet
    handler = _HANDLERS.get(case.kind)
    if handler is not None:
        handler(Writer(rng, out, case))


def _urge(w: Writer) -> None:
    c = w.case
    line = c.order.timeline if c.order else None
    late = line is not None and line.ship_by is not None and c.t0 > line.ship_by
    if late or w.rng.random() < 0.3:
        follow_up(
            w, pick(w.rng, ("仓库缺货，到货即发", "订单积压，已加急")), c.gift if late else ""
        )


def _logistics(w: Writer) -> None:
    if w.rng.random() < 0.5:
        follow_up(w, "物流停滞，跟进快递网点")


def _compensation(w: Writer) -> None:
    c = w.case
    if c.done:
        status = "paid" if c.outcome == "compensated" else "refused"
    elif c.status == S.ESCALATED or c.amount_fen > c.limit_fen:
        status = "registered"
    else:
        status = pick(w.rng, ("registered", "approved"))
    compensation(w, status, "商品小瑕疵，买家不退货，协商补偿")


def _wrong(w: Writer) -> None:
    c = w.case
    if c.status == S.WAITING_CUSTOMER and not c.done:
        return  # still waiting for the buyer's photos
    if c.outcome == "exchanged":
        return_shipment(w, "inspected" if c.done else "approved")
        _exchange(w)
    else:
        reship(w, shipped=c.done or w.rng.random() < 0.4)


def _exchange(w: Writer) -> None:
    c, rng = w.case, w.rng
    item = c.items[0]
    carrier = c.order.carrier if c.order and c.order.carrier else vocab.SF
    status = "done" if c.done else pick(rng, ("agreed", "sent"))
    sent = w.later(2 * HOUR, 3 * DAY) if status != "agreed" else None
    w.add(
        "exchanges",
        status,
        c.agreed,
        item=item,
        new_sku=c.new_sku,
        carrier=carrier if sent else "",
        tracking_no=vocab.tracking_no(rng, carrier) if sent else "",
        sent_at=sent,
    )


def _missing(w: Writer) -> None:
    c = w.case
    weight_check(w)
    if c.outcome == "refunded":
        refund(w, "refunded" if c.done else "approved", "少发漏发，退款")
    elif c.done or c.status != S.WAITING_WAREHOUSE:
        reship(w, shipped=c.done)


def _lost(w: Writer) -> None:
    c = w.case
    if c.outcome == "refunded":
        refund(w, "refunded" if c.done else "requested", "快递丢件，先行退款")
    else:
        reship(w, shipped=c.done)
    if c.done or c.status == S.WAITING_WAREHOUSE:
        carrier_claim(w)


def _return(w: Writer) -> None:
    c = w.case
    reason = "七天无理由退货" if c.outcome != "refunded" else "商品质量问题（洗后掉色/与描述不符）"
    if c.done:
        if c.outcome == "refunded":
            return_shipment(w, "inspected", "检验无误，同意退款")
            refund(w, pick(w.rng, ("refunded", "finance_confirmed")), reason)
        elif c.outcome == "refused":
            return_shipment(w, "refused", pick(w.rng, vocab.REFUSE_REASONS))
            refund(w, "refused", reason)
        return
    if c.status in (S.NEW, S.WAITING_PLATFORM, S.ESCALATED):
        refund(w, "requested", reason)
    elif c.status == S.WAITING_WAREHOUSE:
        return_shipment(w, pick(w.rng, ("shipped_back", "received")))
        refund(w, "approved", reason)
    else:
        return_shipment(w, "approved")
        refund(w, "requested", reason)


def _exchange_case(w: Writer) -> None:
    c = w.case
    if c.done:
        return_shipment(w, "inspected", "检验无误，已换新")
    elif c.status == S.WAITING_WAREHOUSE:
        return_shipment(w, "shipped_back")
    else:
        return_shipment(w, "approved")
    if c.done or c.status == S.WAITING_WAREHOUSE:
        _exchange(w)


def _refund_only(w: Writer) -> None:
    c = w.case
    if c.done:
        status = (
            "refused" if c.outcome == "refused" else pick(w.rng, ("refunded", "finance_confirmed"))
        )
    else:
        status = "approved" if c.status == S.WAITING_WAREHOUSE else "requested"
    refund(w, status, pick(w.rng, ("不想要了", "拍重复了", "发货太慢")))


def _quality(w: Writer) -> None:
    c = w.case
    if c.outcome == "refunded":
        return_shipment(w, "inspected" if c.done else "approved", "质量问题，同意退货")
        refund(w, "refunded" if c.done else "requested", "质量问题")
    elif c.outcome == "repaired":
        follow_up(w, "预约师傅上门维修")
    else:
        _compensation(w)


def _dispute(w: Writer) -> None:
    c = w.case
    if not c.done:
        appeal(w, "filed" if c.status == S.WAITING_PLATFORM else "negotiating", "")
        return
    outcomes = {"won": "平台判定支持商家", "lost": "平台判定退货退款", "withdrawn": "买家撤销投诉"}
    appeal(w, c.outcome, outcomes[c.outcome])
    if c.outcome == "lost":
        refund(w, "refunded", "平台判定退款")


def _bad_review(w: Writer) -> None:
    c = w.case
    follow_up(w, "差评回访，电话沟通")
    if c.done and c.outcome == "revised" and w.rng.random() < 0.5:
        compensation(w, "paid", "差评回访补偿")


_HANDLERS = {
    K.URGE_SHIPMENT: _urge,
    K.LOGISTICS_EXCEPTION: _logistics,
    K.COMPENSATION: _compensation,
    K.WRONG_ITEM: _wrong,
    K.MISSING_ITEM: _missing,
    K.LOST_PARCEL: _lost,
    K.RETURN: _return,
    K.EXCHANGE: _exchange_case,
    K.REFUND_ONLY: _refund_only,
    K.QUALITY_CLAIM: _quality,
    K.DISPUTE: _dispute,
    K.BAD_REVIEW: _bad_review,
}
