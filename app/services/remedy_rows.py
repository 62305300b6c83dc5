"""Every remedy record of a ticket in one indexed query, and what follows from them: the
after-sale events they mark for the rules engine, the open promises that bound the ticket's
due time, and the items the case already runs on. One statement, built once, on the path of
every write that moves a due time."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from pendulum import DateTime
from sqlalchemy import Connection, String, Uuid, bindparam, literal, select, union_all
from sqlalchemy.orm import Session

from app.models import Exchange, FollowUp, Refund, Reship, ReturnShipment, UTCDateTime

_TID = bindparam("tid", type_=Uuid())


def _part(kind: str, model: type, started, shipped, received, refunded, due):  # noqa: ANN001, ANN202
    return select(
        literal(kind, String()),
        model.order_item_id,
        started,
        shipped,
        received,
        refunded,
        model.status,
        due,
        model.deleted_at,
    ).where(model.ticket_id == _TID)


_NO = literal(None, UTCDateTime())
_ROWS = union_all(
    _part("reship", Reship, Reship.agreed_at, Reship.shipped_at, _NO, _NO, Reship.due_at),
    _part(
        "return",
        ReturnShipment,
        ReturnShipment.created_at,
        ReturnShipment.shipped_at,
        ReturnShipment.received_at,
        _NO,
        _NO,
    ),
    _part("refund", Refund, Refund.created_at, _NO, _NO, Refund.refunded_at, _NO),
    _part("exchange", Exchange, Exchange.created_at, Exchange.sent_at, _NO, _NO, _NO),
    _part("follow_up", FollowUp, FollowUp.created_at, _NO, _NO, _NO, FollowUp.due_at),
)


@dataclass(frozen=True)
class RemedyRow:
    kind: str
    item_id: uuid.UUID | None
    started: DateTime | None  # agreed, approved, requested, opened
    shipped: DateTime | None
    received: DateTime | None
    refunded: DateTime | None
    status: str
    due_at: DateTime | None
    deleted: bool


def remedy_rows(conn: Session | Connection, ticket_id: uuid.UUID) -> list[RemedyRow]:
    return [
        RemedyRow(*row[:8], row[8] is not None)
        for row in conn.execute(_ROWS, {"tid": ticket_id}).all()
    ]


def _first(*values: DateTime | None) -> DateTime | None:
    present = [v for v in values if v is not None]
    return min(present) if present else None


def events(rows: list[RemedyRow]) -> dict[str, DateTime | None]:
    """The after-sale events the reships, returns and refunds mark (engine event names)."""
    of = lambda kind, attr: [getattr(r, attr) for r in rows if r.kind == kind]  # noqa: E731
    marking = [r.started for r in rows if r.kind in ("reship", "return", "refund")]
    return {
        "reship_agreed_at": _first(*of("reship", "started")),
        "reshipped_at": _first(*of("reship", "shipped")),
        "return_approved_at": _first(*of("return", "started")),
        "return_shipped_at": _first(*of("return", "shipped")),
        "return_received_at": _first(*of("return", "received")),
        "refunded_at": _first(*of("refund", "refunded")),
        "refund_requested_at": _first(*of("refund", "started")),
        "merchant_responded_at": _first(*marking),
    }


def promises(rows: list[RemedyRow]) -> list[tuple[DateTime, str]]:
    """Open promises, earliest first: reships agreed and not shipped (``reship_due``) and
    follow-ups not done (``follow_up``)."""
    found = [
        (r.due_at, "reship_due" if r.kind == "reship" else "follow_up")
        for r in rows
        if not r.deleted
        and r.due_at is not None
        and (r.kind, r.status) in (("reship", "agreed"), ("follow_up", "open"))
    ]
    return sorted(found)


def case_items(rows: list[RemedyRow]) -> tuple[set[uuid.UUID], bool]:
    """Items the case's after-sales name, and whether one of them covers the whole order."""
    named = [r.item_id for r in rows if r.kind in ("reship", "return", "refund", "exchange")]
    return {i for i in named if i is not None}, None in named
