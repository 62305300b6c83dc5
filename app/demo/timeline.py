"""An order's life in time: placed, paid, shipped, signed, confirmed, completed.

:func:`simulate` places the order at a stage when its ticket opens (walking back with the
usual delays), then lets it move on: at once, after the ticket is resolved (an urge to ship
ends when the parcel leaves), or not before the anchor (an open refund stops shipping). A
cancel or a full refund ends it. Whatever would happen after the anchor is left out, so the
timestamps always read in order and the status matches them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from app.demo.draw import between
from app.demo.stamps import DAY, HOUR, MINUTE
from app.models import OrderStatus

PAY = (MINUTE, 2 * HOUR)
ACCEPT = (10 * MINUTE, 12 * HOUR)  # a cash-on-delivery order confirmed by the shop
SHIP = (2 * HOUR, 46 * HOUR)
SHIP_LATE = (50 * HOUR, 80 * HOUR)
TRANSIT = (DAY, 4 * DAY)
TRANSIT_BULKY = (3 * DAY, 7 * DAY)
CONFIRM = (2 * HOUR, 10 * DAY)
COMPLETE = (15 * DAY, 17 * DAY)
SHIP_BY = 48 * HOUR

# How long before the ticket the order reached its stage, by stage.
AGE = {
    "placed": (5 * MINUTE, 6 * HOUR),
    "awaiting": (10 * MINUTE, 20 * HOUR),
    "cod_stocking": (HOUR, 30 * HOUR),
    "stocking": (HOUR, 40 * HOUR),
    "shipped": (2 * DAY, 6 * DAY),
    "signed": (HOUR, 6 * DAY),
    "confirmed": (DAY, 14 * DAY),
    "completed": (DAY, 60 * DAY),
}
NEVER = -1  # release: the order does not move on before the anchor


@dataclass
class Timeline:
    cod: bool
    placed: int
    accepted: int | None = None
    paid: int | None = None
    shipped: int | None = None
    signed: int | None = None
    confirmed: int | None = None
    completed: int | None = None
    end: OrderStatus | None = None  # cancelled or closed
    ended: int | None = None

    @property
    def status(self) -> OrderStatus:
        if self.end is not None:
            return self.end
        for stamp, status in (
            (self.completed, OrderStatus.COMPLETED),
            (self.confirmed, OrderStatus.CONFIRMED),
            (self.signed, OrderStatus.SIGNED),
            (self.shipped, OrderStatus.SHIPPED),
        ):
            if stamp is not None:
                return status
        if self.cod:
            return OrderStatus.STOCKING if self.accepted else OrderStatus.AWAITING_CONFIRMATION
        return OrderStatus.STOCKING if self.paid else OrderStatus.PLACED

    @property
    def ship_by(self) -> int | None:
        start = self.placed if self.cod else self.paid
        return None if start is None else start + SHIP_BY

    @property
    def last(self) -> int:
        stamps = (self.placed, self.accepted, self.paid, self.shipped, self.signed)
        later = (self.confirmed, self.completed, self.ended)
        return max(s for s in (*stamps, *later) if s is not None)


def _span(rng: random.Random, bounds: tuple[int, int]) -> int:
    return between(rng, *bounds)


# The stages in order, and which of them each stage implies has happened.
_ONLINE = ("placed", "paid", "shipped", "signed", "confirmed", "completed")
_COD = ("placed", "accepted", "shipped", "signed", "confirmed", "completed")
_REACHED = {
    "placed": "placed",
    "awaiting": "placed",
    "cod_stocking": "accepted",
    "stocking": "paid",
    "shipped": "shipped",
    "signed": "signed",
    "confirmed": "confirmed",
    "completed": "completed",
}


def _delay(rng: random.Random, step: str, bulky: bool) -> int:
    if step in ("paid",):
        return _span(rng, PAY)
    if step == "accepted":
        return _span(rng, ACCEPT)
    if step == "shipped":
        return _span(rng, SHIP_LATE if rng.random() < 0.08 else SHIP)
    if step == "signed":
        return _span(rng, TRANSIT_BULKY if bulky else TRANSIT)
    if step == "confirmed":
        return _span(rng, CONFIRM)
    return _span(rng, COMPLETE)


def simulate(
    rng: random.Random,
    *,
    stage: str,
    cod: bool,
    t0: int,
    anchor: int,
    release: int | None,
    end: tuple[OrderStatus, int] | None = None,
    bulky: bool = False,
    age: tuple[int, int] | None = None,
) -> Timeline:
    """The order's timeline around a ticket opened at ``t0``.

    ``release``: None lets the order move on from ``t0``; a time holds it until then;
    :data:`NEVER` holds it past the anchor. ``end`` cancels or closes it at a time.
    """
    steps = _COD if cod else _ONLINE
    reached = steps.index(_REACHED[stage])
    stamps: dict[str, int] = {}
    at = t0 - _span(rng, age or AGE[stage])
    stamps[steps[reached]] = at
    for i in range(reached, 0, -1):  # walk back to when the order was placed
        at -= _delay(rng, steps[i], bulky)
        stamps[steps[i - 1]] = at
    at = stamps[steps[reached]]
    limit = anchor if end is None else min(anchor, end[1])
    if release != NEVER:
        for i in range(reached + 1, len(steps)):
            at += _delay(rng, steps[i], bulky)
            if i == reached + 1:
                at = max(at, t0 + MINUTE, release or 0)
            if at > limit:
                break
            stamps[steps[i]] = at
    line = Timeline(cod=cod, placed=stamps["placed"])
    for name, value in stamps.items():
        setattr(line, name, value)
    if cod and line.signed is not None:
        line.paid = line.signed  # cash collected at the door
    if end is not None and end[1] <= anchor:
        line.end, line.ended = end
    return line
