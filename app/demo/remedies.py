"""Remedy records on a ticket: refunds, returns, exchanges, reships, compensation, follow-ups,
carrier claims, weight checks and appeals, in the states the case has reached."""

from __future__ import annotations

import random
from dataclasses import dataclass

from app.demo import vocab
from app.demo.draw import Weighted, between, pick
from app.demo.orders import Item, OrderInfo
from app.demo.placeholders import CARRIER_SCALE_G, expected_grams
from app.demo.rows import remedy
from app.demo.stamps import DAY, HOUR, MINUTE, uuid7
from app.models import TicketKind as K
from app.models import TicketStatus as S

_SOURCES = Weighted((("payout", 90), ("mixed", 8), ("deposit", 2)))
RESHIP_DUE = 48 * HOUR  # ship a reship within 48 h of agreeing, with a real tracking number


@dataclass(frozen=True)
class Case:
    ticket_id: int
    kind: K
    status: S
    outcome: str
    t0: int
    agreed: int  # when the agent proposed the remedy
    resolved: int | None
    agent: int | None
    supervisor: int
    limit_fen: int  # the agent's compensation limit
    order: OrderInfo | None
    items: list[Item]  # the items the ticket covers
    amount_fen: int  # compensation offered
    gift: str
    new_sku: str  # what an exchange sends instead
    anchor: int

    @property
    def done(self) -> bool:
        return self.resolved is not None


class Writer:
    def __init__(self, rng: random.Random, out: dict[str, list[tuple]], case: Case) -> None:
        self.rng, self.out, self.case = rng, out, case

    def add(
        self,
        table: str,
        status: str,
        at: int,
        *,
        item: Item | None = None,
        note: str = "",
        updated: int | None = None,
        **fields: object,
    ) -> int:
        c = self.case
        rid = uuid7(self.rng, at)
        row = remedy(
            table,
            id=rid,
            ticket_id=c.ticket_id,
            item_id=item.id if item else None,
            by=c.agent,
            status=status,
            note=note,
            at=at,
            updated=updated or c.resolved or at,
            **fields,
        )
        self.out[table].append(row)
        return rid

    def later(self, low: int, high: int) -> int:
        """A time after the agreement, before the resolution (or the anchor)."""
        c = self.case
        end = (c.resolved or c.anchor) - MINUTE
        return min(end, c.agreed + between(self.rng, low, high))


def _refund_source(rng: random.Random, order: OrderInfo) -> str:
    if not order.settled:
        return ""
    return _SOURCES.draw(rng)


def refund(w: Writer, status: str, reason: str) -> None:
    c, rng = w.case, w.rng
    assert c.order is not None
    partial = len(c.items) < len(c.order.items) and c.order.discount_fen > 0
    for item in c.items:
        done = status in ("refunded", "finance_confirmed")
        w.add(
            "refunds",
            status,
            c.agreed,
            item=item,
            amount_fen=item.paid_fen,
            reason=reason,
            reallocated=partial,
            source=_refund_source(rng, c.order),
            refunded_at=w.later(MINUTE, 6 * HOUR) if done else None,
        )


def return_shipment(w: Writer, status: str, inspection: str = "") -> None:
    c, rng = w.case, w.rng
    carrier = pick(rng, ("中通快递", "圆通速递", "韵达快递", "顺丰速运", "极兔速递"))
    shipped = w.later(6 * HOUR, 2 * DAY) if status != "approved" else None
    received = w.later(2 * DAY, 4 * DAY) if status in ("received", "inspected", "refused") else None
    for item in c.items[:1]:
        w.add(
            "return_shipments",
            status,
            c.agreed,
            item=item,
            carrier=carrier,
            tracking_no=vocab.tracking_no(rng, carrier) if shipped else "",
            shipped_at=shipped,
            received_at=received,
            inspection=inspection,
        )


def reship(w: Writer, shipped: bool) -> None:
    c, rng = w.case, w.rng
    carrier = c.order.carrier if c.order and c.order.carrier else vocab.SF
    at = w.later(2 * HOUR, 40 * HOUR) if shipped else None
    w.add(
        "reships",
        "shipped" if shipped else "agreed",
        c.agreed,
        item=c.items[0] if c.items else None,
        agreed_at=c.agreed,
        due_at=c.agreed + RESHIP_DUE,
        carrier=carrier if shipped else "",
        tracking_no=vocab.tracking_no(rng, carrier) if shipped else "",
        shipped_at=at,
    )


def compensation(w: Writer, status: str, reason: str) -> None:
    c = w.case
    approver = None
    if status in ("approved", "paid"):
        approver = c.supervisor if c.amount_fen > c.limit_fen else c.agent
    paid = w.later(10 * MINUTE, 12 * HOUR) if status == "paid" else None
    rid = w.add(
        "compensations",
        status,
        c.agreed,
        item=c.items[0] if c.items else None,
        amount_fen=c.amount_fen,
        method=pick(w.rng, ("platform", "platform", "alipay")),
        reason=reason,
        approved_by=approver,
        paid_at=paid,
    )
    if approver == c.supervisor:  # over the agent's limit: the supervisor's approval is audited
        at = w.later(10 * MINUTE, 4 * HOUR)
        details = {"amount_fen": c.amount_fen, "limit_fen": c.limit_fen, "reason": reason}
        w.out["audit_log"].append(
            (
                uuid7(w.rng, at),
                at,
                c.supervisor,
                "compensation.approve",
                "compensation",
                rid,
                c.ticket_id,
                c.order.id if c.order else None,
                details,
            )
        )


def follow_up(w: Writer, cause: str, gift: str = "") -> None:
    c = w.case
    done = w.later(HOUR, 20 * HOUR) if c.done else None
    w.add(
        "follow_ups",
        "done" if c.done else "open",
        c.agreed,
        due_at=c.agreed + 24 * HOUR,
        done_at=done,
        gift=gift,
        cause=cause,
    )


def weight_check(w: Writer) -> None:
    item = w.case.items[0]
    expected = expected_grams(item)
    warehouse = expected - item.product.grams  # one piece short
    w.add(
        "weight_checks",
        "recorded",
        w.later(HOUR, 6 * HOUR),
        item=item,
        expected_g=expected,
        warehouse_g=warehouse,
        carrier_g=warehouse + CARRIER_SCALE_G,
        finding="short_shipped",
    )


def carrier_claim(w: Writer) -> None:
    c = w.case
    assert c.order is not None
    status = pick(w.rng, ("paid", "paid", "rejected", "filed")) if c.done else "filed"
    w.add(
        "carrier_claims",
        status,
        w.later(HOUR, DAY),
        carrier=c.order.carrier,
        tracking_no=c.order.tracking,
        amount_fen=sum(i.paid_fen for i in c.order.items),
    )


def appeal(w: Writer, status: str, outcome: str) -> None:
    c = w.case
    evidence = {
        "purchase_receipts": ["进货单-2025-031.pdf"],
        "brand_authorization": True,
        "chat_logs": between(w.rng, 2, 6),
        "photos": between(w.rng, 1, 5),
    }
    reason = "买家已下水洗涤并剪掉吊牌，影响二次销售，依据七天无理由退货规则拒绝退货"
    w.add(
        "appeals",
        status,
        c.agreed,
        item=c.items[0] if c.items else None,
        reason=reason,
        evidence=evidence,
        outcome=outcome,
    )
