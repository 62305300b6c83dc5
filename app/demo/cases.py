"""What each kind of case means for its order, its items and how it ends.

A :class:`CaseDef` says at which stage the order is when the buyer writes, whether the order
waits on the case (a pending refund stops shipping), which items the case covers and how a
finished case ends. :data:`SHOWCASE` lists hand-picked cases that every demo of more than a
few dozen tickets ends with (see :mod:`app.demo.showcase`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from app.demo.draw import Weighted
from app.demo.stamps import DAY, HOUR, MINUTE
from app.models import TicketKind as K
from app.models import TicketStatus as S

# Stages an order can be at when a ticket opens. "awaiting" and "cod_stocking" are cash on
# delivery; shops without COD fall back to "placed".
STAGES = (
    "none",
    "placed",
    "awaiting",
    "cod_stocking",
    "stocking",
    "shipped",
    "signed",
    "confirmed",
    "completed",
)


@dataclass(frozen=True)
class CaseDef:
    stages: tuple[tuple[str, int], ...]  # (stage when the ticket opens, weight)
    hold: bool  # the order does not move on while the ticket is open
    cover: str  # which items: none, one, all
    outcomes: tuple[tuple[str, int], ...]  # how a finished case ends
    active: tuple[tuple[S, int], ...]  # status weights while open
    takes: tuple[int, int]  # how long it takes to resolve, ms (low, high)

    @cached_property
    def stage(self) -> Weighted[str]:
        return Weighted(self.stages)

    @cached_property
    def outcome(self) -> Weighted[str]:
        return Weighted(self.outcomes)

    @cached_property
    def status(self) -> Weighted[S]:
        return Weighted(self.active)


_PRESALE = ((S.NEW, 30), (S.OPEN, 40), (S.WAITING_CUSTOMER, 30))
_PARCEL = (
    (S.NEW, 20),
    (S.OPEN, 25),
    (S.WAITING_WAREHOUSE, 35),
    (S.WAITING_CUSTOMER, 10),
    (S.ESCALATED, 10),
)
_WAREHOUSE = (
    (S.NEW, 20),
    (S.OPEN, 25),
    (S.WAITING_CUSTOMER, 25),
    (S.WAITING_WAREHOUSE, 25),
    (S.ESCALATED, 5),
)
_MONEY = (
    (S.NEW, 15),
    (S.OPEN, 25),
    (S.WAITING_CUSTOMER, 25),
    (S.ESCALATED, 25),
    (S.WAITING_WAREHOUSE, 10),
)
_REQUEST = (
    (S.NEW, 20),
    (S.OPEN, 20),
    (S.WAITING_CUSTOMER, 25),
    (S.WAITING_WAREHOUSE, 15),
    (S.WAITING_PLATFORM, 15),
    (S.ESCALATED, 5),
)

CASES: dict[K, CaseDef] = {
    K.INQUIRY: CaseDef(
        (("none", 55), ("placed", 20), ("stocking", 15), ("shipped", 10)),
        False,
        "none",
        (("answered", 1),),
        _PRESALE,
        (5 * MINUTE, 2 * HOUR),
    ),
    K.PAYMENT_REMINDER: CaseDef(
        (("placed", 1),),
        True,
        "none",
        (("paid", 75), ("unpaid", 25)),
        _PRESALE,
        (10 * MINUTE, 20 * HOUR),
    ),
    K.URGE_SHIPMENT: CaseDef(
        (("stocking", 85), ("awaiting", 15)),
        True,
        "none",
        (("shipped", 1),),
        (
            (S.NEW, 25),
            (S.OPEN, 30),
            (S.WAITING_WAREHOUSE, 30),
            (S.WAITING_CUSTOMER, 10),
            (S.ESCALATED, 5),
        ),
        (HOUR, 30 * HOUR),
    ),
    K.LOGISTICS_EXCEPTION: CaseDef(
        (("shipped", 1),), True, "none", (("delivered", 1),), _PARCEL, (HOUR, 3 * DAY)
    ),
    K.COMPENSATION: CaseDef(
        (("signed", 60), ("confirmed", 40)),
        False,
        "one",
        (("compensated", 80), ("declined", 20)),
        _MONEY,
        (HOUR, 2 * DAY),
    ),
    K.WRONG_ITEM: CaseDef(
        (("signed", 1),),
        False,
        "one",
        (("reshipped", 60), ("exchanged", 40)),
        _WAREHOUSE,
        (HOUR, 3 * DAY),
    ),
    K.MISSING_ITEM: CaseDef(
        (("signed", 1),),
        False,
        "one",
        (("reshipped", 70), ("refunded", 30)),
        _WAREHOUSE,
        (HOUR, 3 * DAY),
    ),
    K.LOST_PARCEL: CaseDef(
        (("shipped", 1),),
        True,
        "all",
        (("reshipped", 55), ("refunded", 45)),
        _PARCEL,
        (2 * DAY, 6 * DAY),
    ),
    K.RETURN: CaseDef(
        (("signed", 70), ("confirmed", 30)),
        False,
        "one",
        (("refunded", 70), ("refused", 20), ("withdrawn", 10)),
        _REQUEST,
        (2 * DAY, 8 * DAY),
    ),
    K.EXCHANGE: CaseDef(
        (("signed", 70), ("confirmed", 30)),
        False,
        "one",
        (("exchanged", 1),),
        _REQUEST,
        (3 * DAY, 8 * DAY),
    ),
    K.REFUND_ONLY: CaseDef(
        (("stocking", 60), ("signed", 40)),
        True,
        "one",
        (("refunded", 85), ("refused", 15)),
        _REQUEST,
        (10 * MINUTE, 2 * DAY),
    ),
    K.CANCEL: CaseDef(
        (("awaiting", 45), ("cod_stocking", 25), ("placed", 30)),
        True,
        "all",
        (("cancelled", 90), ("withdrawn", 10)),
        _REQUEST,
        (5 * MINUTE, 5 * HOUR),
    ),
    K.QUALITY_CLAIM: CaseDef(
        (("confirmed", 60), ("completed", 20), ("signed", 20)),
        False,
        "one",
        (("compensated", 50), ("refunded", 30), ("repaired", 20)),
        _MONEY,
        (DAY, 7 * DAY),
    ),
    K.DISPUTE: CaseDef(
        (("confirmed", 50), ("signed", 30), ("completed", 20)),
        False,
        "one",
        (("won", 55), ("lost", 30), ("withdrawn", 15)),
        ((S.OPEN, 15), (S.WAITING_PLATFORM, 55), (S.ESCALATED, 30)),
        (3 * DAY, 10 * DAY),
    ),
    K.BAD_REVIEW: CaseDef(
        (("confirmed", 60), ("completed", 40)),
        False,
        "none",
        (("revised", 60), ("kept", 40)),
        ((S.NEW, 10), (S.OPEN, 40), (S.WAITING_CUSTOMER, 40), (S.ESCALATED, 10)),
        (HOUR, 3 * DAY),
    ),
}

# Kinds whose request comes from the platform's after-sale system, not from a chat.
PLATFORM_REQUESTS = frozenset({K.RETURN, K.EXCHANGE, K.REFUND_ONLY, K.CANCEL, K.DISPUTE})
# How long the platform gives the shop to act on such a request (its status_deadline).
PLATFORM_WINDOW = {
    K.RETURN: 5 * DAY,
    K.EXCHANGE: 5 * DAY,
    K.REFUND_ONLY: 2 * DAY,
    K.CANCEL: DAY,
    K.DISPUTE: 3 * DAY,
}

KIND_WEIGHTS = {  # per shop key: how often each kind comes up
    "clothes": (14, 6, 10, 9, 4, 6, 3, 4, 14, 8, 8, 6, 2, 3, 4),
    "tea": (16, 7, 8, 9, 5, 4, 5, 4, 8, 3, 9, 3, 3, 3, 6),
    "furniture": (14, 6, 8, 6, 7, 3, 5, 2, 8, 4, 7, 4, 10, 4, 5),
}
KINDS = tuple(K)
KIND_DRAW = {shop: Weighted(tuple(zip(KINDS, w, strict=True))) for shop, w in KIND_WEIGHTS.items()}
