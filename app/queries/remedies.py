"""The remedy records on a ticket, for the ticket pane and the workflow panel: one indexed
query over the record tables, newest last, as frozen rows."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from pendulum import DateTime
from sqlalchemy import Integer, String, Uuid, bindparam, literal, select, union_all
from sqlalchemy.orm import Session, sessionmaker

from app.models import (
    Appeal,
    CarrierClaim,
    Compensation,
    Exchange,
    FollowUp,
    Refund,
    Reship,
    ReturnShipment,
    UTCDateTime,
    WeightCheck,
)
from app.queries.reading import reading


@dataclass(frozen=True)
class RemedyInfo:
    entity: str  # refund, return_shipment, exchange, reship, compensation, follow_up, ...
    id: uuid.UUID
    status: str
    item_id: uuid.UUID | None
    amount_fen: int | None  # refunds, compensations, carrier claims
    due_at: DateTime | None  # reships and follow-ups: the promise
    tracking_no: str  # returns, exchanges, reships, claims
    note: str
    created_at: DateTime


_TID = bindparam("tid", type_=Uuid())
_NO_TIME = literal(None, UTCDateTime())
_NO_FEN = literal(None, Integer())
_NO_TEXT = literal("", String())


def _part(entity: str, model: type, amount, due, tracking):  # noqa: ANN001, ANN202
    return select(
        literal(entity, String()),
        model.id,
        model.status,
        model.order_item_id,
        amount,
        due,
        tracking,
        model.note,
        model.created_at,
    ).where(model.ticket_id == _TID, model.deleted_at.is_(None))


_REMEDIES = union_all(
    _part("refund", Refund, Refund.amount_fen, _NO_TIME, _NO_TEXT),
    _part("return_shipment", ReturnShipment, _NO_FEN, _NO_TIME, ReturnShipment.tracking_no),
    _part("exchange", Exchange, _NO_FEN, _NO_TIME, Exchange.tracking_no),
    _part("reship", Reship, _NO_FEN, Reship.due_at, Reship.tracking_no),
    _part("compensation", Compensation, Compensation.amount_fen, _NO_TIME, _NO_TEXT),
    _part("follow_up", FollowUp, _NO_FEN, FollowUp.due_at, _NO_TEXT),
    _part(
        "carrier_claim", CarrierClaim, CarrierClaim.amount_fen, _NO_TIME, CarrierClaim.tracking_no
    ),
    _part("weight_check", WeightCheck, _NO_FEN, _NO_TIME, _NO_TEXT),
    _part("appeal", Appeal, _NO_FEN, _NO_TIME, _NO_TEXT),
)


def ticket_remedies(sessions: sessionmaker[Session], ticket_id: uuid.UUID) -> list[RemedyInfo]:
    """Every live remedy record of the ticket, oldest first."""
    with reading(sessions) as conn:
        rows = conn.execute(_REMEDIES, {"tid": ticket_id}).all()
    found = [RemedyInfo(*r) for r in rows]
    return sorted(found, key=lambda r: (r.created_at, str(r.id)))
