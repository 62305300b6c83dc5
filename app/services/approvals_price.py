"""Approvals of the second kind: price and shipping changes that spare the buyer more than the
asking agent's ``price_change_limit_fen`` (within it they are applied at once and never wait).

One row per batch: the orders changed together are one decision."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session, sessionmaker

from app.queries.price_changes import PendingPriceChange, pending_price_changes
from app.services.approvals import AmountChange, ApprovalSource, Pending, register
from app.services.price_changes import approve_price_change, refuse_price_change
from app.services.unit import Actor, Changes

KIND = "price_change"


def _changes(p: PendingPriceChange) -> tuple[AmountChange, ...]:
    """The goods and shipping amounts that change, order by order."""
    out = []
    for o in p.orders:
        if o.goods_before_fen != o.goods_after_fen:
            out.append(AmountChange("goods", o.goods_before_fen, o.goods_after_fen, o.order_no))
        if o.shipping_before_fen != o.shipping_after_fen:
            out.append(
                AmountChange("shipping", o.shipping_before_fen, o.shipping_after_fen, o.order_no)
            )
    return tuple(out)


def _row(p: PendingPriceChange) -> Pending:
    return Pending(
        kind=KIND,
        id=p.batch_id,
        ticket_id=p.ticket_id,
        order_no=", ".join(p.order_nos),
        buyer=p.buyer,
        requested_by=p.requested_by,
        requested_by_id=p.requested_by_id,
        amount_fen=p.spared_fen,  # what counts against the agent's limit
        limit_fen=p.limit_fen,
        summary=p.reason,
        requested_at=p.requested_at,
        changes=_changes(p),
    )


def _pending(sessions: sessionmaker[Session]) -> list[Pending]:
    return [_row(p) for p in pending_price_changes(sessions, limit=1000)]


def _approve(
    sessions: sessionmaker[Session], actor: Actor, record_id: uuid.UUID, note: str
) -> Changes:
    return approve_price_change(sessions, actor=actor, batch_id=record_id, note=note)


def _refuse(
    sessions: sessionmaker[Session], actor: Actor, record_id: uuid.UUID, reason: str
) -> Changes:
    return refuse_price_change(sessions, actor=actor, batch_id=record_id, reason=reason)


register(ApprovalSource(KIND, _pending, _approve, _refuse))
