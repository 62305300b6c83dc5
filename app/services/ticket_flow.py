"""Which ticket status may follow which (anything else raises IllegalTransition)."""

from __future__ import annotations

from app.errors import IllegalTransition
from app.models import TicketStatus as S

_WAITING = {S.WAITING_CUSTOMER, S.WAITING_WAREHOUSE, S.WAITING_PLATFORM}

ALLOWED: dict[S, frozenset[S]] = {
    S.NEW: frozenset({S.OPEN, S.ESCALATED, S.RESOLVED, *_WAITING}),
    S.OPEN: frozenset({S.ESCALATED, S.RESOLVED, *_WAITING}),
    S.WAITING_CUSTOMER: frozenset({S.OPEN, S.ESCALATED, S.RESOLVED, *_WAITING}),
    S.WAITING_WAREHOUSE: frozenset({S.OPEN, S.ESCALATED, S.RESOLVED, *_WAITING}),
    S.WAITING_PLATFORM: frozenset({S.OPEN, S.ESCALATED, S.RESOLVED, *_WAITING}),
    S.ESCALATED: frozenset({S.OPEN, S.RESOLVED, *_WAITING}),
    S.RESOLVED: frozenset({S.OPEN, S.CLOSED}),  # reopen if the buyer comes back
    S.CLOSED: frozenset(),  # final: a new problem is a new ticket
}

ORDER = list(S)


def allowed_next(current: S) -> list[S]:
    return sorted(ALLOWED[current] - {current}, key=ORDER.index)


def check(current: S, target: S) -> None:
    if target not in ALLOWED[current] or target == current:
        raise IllegalTransition(
            current.value, target.value, [s.value for s in allowed_next(current)]
        )
