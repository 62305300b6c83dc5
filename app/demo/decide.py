"""Decisions for one ticket: when it opened, whether it is still open, its status, how it
ended, who works on it, its priority and when it is due."""

from __future__ import annotations

import random
from dataclasses import dataclass

from app.demo.cases import CASES, PLATFORM_REQUESTS, PLATFORM_WINDOW, CaseDef
from app.demo.context import Plan
from app.demo.draw import Weighted, between, pick
from app.demo.stamps import DAY, HOUR, MINUTE, SECOND
from app.models import Priority, TicketKind, TicketStatus
from app.models.enums import PRESALE_KINDS
from app.services.due import sla

S = TicketStatus
K = TicketKind
DONE = (S.RESOLVED, S.CLOSED)
MIN_SPAN, MAX_SPAN = 7 * DAY, 365 * DAY
TICKETS_PER_DAY = 40  # how busy a small demo is; big demos spread over at most a year
CROWDING = 1.3  # > 1 puts more tickets near the anchor
ARCHIVE_AFTER = 14 * DAY  # cases finished longer ago keep a condensed conversation

# Chance that a ticket of this age is still open (the rest are resolved or closed).
_OPEN_BY_AGE = ((6 * HOUR, 0.95), (DAY, 0.8), (3 * DAY, 0.5), (7 * DAY, 0.22), (14 * DAY, 0.07))
_STALE = 0.008
PRESALE_BY_SHOP = {
    "clothes": ("xiaomei",),
    "tea": ("xiaolin",),
    "furniture": ("xiaolin", "xiaomei"),
}
_AFTERSALE = {"furniture": Weighted((("ajie", 45), ("demo", 40), ("chenjie", 15)))}
_AFTERSALE_DEFAULT = Weighted((("demo", 50), ("ajie", 35), ("chenjie", 15)))
_DISPUTE = Weighted(((Priority.HIGH, 50), (Priority.URGENT, 30), (Priority.NORMAL, 20)))
_PRIORITY = Weighted(
    ((Priority.NORMAL, 70), (Priority.HIGH, 18), (Priority.LOW, 8), (Priority.URGENT, 4))
)


def span(tickets: int) -> int:
    return max(MIN_SPAN, min(MAX_SPAN, tickets * DAY // TICKETS_PER_DAY))


def opened_at(rng: random.Random, plan: Plan, index: int) -> int:
    """Tickets spread over the history, denser towards the anchor (a shop that grows, and a
    queue that is busy now); the last ones just before the anchor."""
    share = (index + rng.random()) / plan.tickets
    at = plan.anchor - int(plan.span * (1 - share) ** CROWDING) - between(rng, 2, 6) * MINUTE
    return at - at % SECOND


def status(rng: random.Random, kind: K, age: int) -> S:
    chance = next((p for limit, p in _OPEN_BY_AGE if age < limit), _STALE)
    if kind == K.DISPUTE:
        chance = min(0.97, chance * 2.5)
    if age < 10 * MINUTE or rng.random() < chance:
        if age < 3 * HOUR and rng.random() < 0.4:
            return S.NEW  # the freshest cases often wait for their first answer
        picked = CASES[kind].status.draw(rng)
        return S.OPEN if picked == S.NEW and age > 20 * HOUR else picked
    return S.CLOSED if age > 2 * DAY and rng.random() < 0.85 else S.RESOLVED


def outcome(rng: random.Random, case: CaseDef) -> str:
    return case.outcome.draw(rng)


@dataclass(frozen=True)
class Times:
    t0: int
    last: int  # the last message
    resolved: int | None
    closed: int | None
    status: S

    def archived(self, anchor: int) -> bool:
        finished = self.closed or self.resolved
        return finished is not None and anchor - finished > ARCHIVE_AFTER


def times(rng: random.Random, case: CaseDef, st: S, t0: int, anchor: int) -> Times:
    """When the ticket was last touched, resolved and closed (never after the anchor)."""
    room = anchor - MINUTE - t0
    if st not in DONE:
        if st == S.NEW:
            return Times(t0, t0 + min(room, between(rng, 1, 30) * MINUTE), None, None, st)
        low = t0 + min(room // 2, 10 * MINUTE)
        back = MINUTE + int(min(anchor - MINUTE - low, 3 * DAY) * rng.random() ** 4)
        return Times(t0, max(low, anchor - back), None, None, st)
    resolved = t0 + between(rng, *case.takes)
    if resolved > anchor - 2 * MINUTE:
        resolved = t0 + int(room * (0.4 + 0.55 * rng.random()))
    resolved -= resolved % SECOND
    last = resolved - between(rng, 0, max(0, min(30 * MINUTE, (resolved - t0) // 4)))
    closed = resolved + between(rng, DAY, 3 * DAY) if st == S.CLOSED else None
    if closed is not None and closed > anchor - MINUTE:
        closed, st = None, S.RESOLVED
    return Times(t0, max(last, t0 + 4 * SECOND), resolved, closed, st)


@dataclass(frozen=True)
class Crew:
    handler: str  # who answers
    assignee: str | None
    created_by: str | None
    assigner: str


def crew(rng: random.Random, kind: K, shop: str, st: S, showcase: bool) -> Crew:
    if kind in PRESALE_KINDS:
        handler = pick(rng, PRESALE_BY_SHOP[shop])
    elif showcase:
        handler = "demo"
    else:
        handler = _AFTERSALE.get(shop, _AFTERSALE_DEFAULT).draw(rng)
    assignee: str | None = handler
    if st == S.NEW and (rng.random() < 0.45 if not showcase else kind in PRESALE_KINDS):
        assignee = None
    elif st == S.ESCALATED and not showcase and rng.random() < 0.6:
        assignee = "chenjie"
    platform = kind in PLATFORM_REQUESTS
    created_by = None if platform or assignee is None else handler
    assigner = "chenjie" if rng.random() < 0.6 else handler
    return Crew(handler, assignee, created_by, assigner)


def priority(rng: random.Random, kind: K, st: S, late: bool) -> Priority:
    if kind == K.DISPUTE:
        return _DISPUTE.draw(rng)
    if st == S.ESCALATED and rng.random() < 0.5:
        return Priority.URGENT
    if late or kind in (K.LOST_PARCEL, K.WRONG_ITEM):
        return Priority.HIGH if rng.random() < 0.6 else Priority.NORMAL
    if kind in (K.INQUIRY, K.BAD_REVIEW):
        return Priority.LOW if rng.random() < 0.2 else Priority.NORMAL
    return _PRIORITY.draw(rng)


def due(kind: K, tm: Times) -> tuple[int, str, int | None]:
    """(due_at, due_rule, platform_deadline) as the services would have left them."""
    targets = sla()
    deadline = tm.t0 + PLATFORM_WINDOW[kind] if kind in PLATFORM_REQUESTS else None
    first = tm.t0 + targets.first_response.get(kind, 240) * MINUTE
    if tm.status in DONE or tm.status == S.NEW:
        at, rule = first, "first_response"
    else:
        at = tm.last + targets.next_touch.get(tm.status, 240) * MINUTE
        rule = f"next_touch:{tm.status.value}"
    if deadline is not None and deadline < at and tm.status not in DONE:
        at, rule = deadline, "platform_deadline"
    return at, rule, deadline
