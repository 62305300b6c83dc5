"""Every dashboard figure by id, and computing one for a supervisor.

Each figure is a function of a read connection and a :class:`Period`; :func:`compute` checks
the actor (supervisors only) and runs it on a connection of its own, so the dashboard can
compute figures side by side on worker threads.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from sqlalchemy import Connection
from sqlalchemy.orm import Session, sessionmaker

from app.errors import InvalidInput
from app.kpis.figure import Figure
from app.kpis.money import compensation_by_reason
from app.kpis.period import Period
from app.kpis.presale import conversion
from app.kpis.ratings import defects, dsr
from app.kpis.refunds import refund_rate, refund_speed
from app.kpis.sla import sla
from app.kpis.tickets import dispute_rate, tickets_by_kind, tickets_by_state
from app.queries.reading import reading
from app.services.approvals import require_supervisor
from app.services.unit import Actor

FigureFn = Callable[[Connection, Period], Figure]

FIGURES: dict[str, FigureFn] = {
    "refund_speed": refund_speed,
    "refund_rate_product": partial(refund_rate, by_sku=False),
    "refund_rate_sku": partial(refund_rate, by_sku=True),
    "tickets_by_kind": tickets_by_kind,
    "tickets_by_state": tickets_by_state,
    "sla": sla,
    "dispute_rate": dispute_rate,
    "compensation_by_reason": compensation_by_reason,
    "conversion": conversion,
    "dsr": dsr,
    "defects": defects,
}


def compute(
    sessions: sessionmaker[Session], *, actor: Actor, figure: str, period: Period
) -> Figure:
    """One figure over the period (supervisors only)."""
    require_supervisor(actor, "the dashboard")
    fn = FIGURES.get(figure)
    if fn is None:
        raise InvalidInput(
            f"unknown figure {figure!r}: one of {', '.join(FIGURES)}", field="figure"
        )
    with reading(sessions) as conn:
        return fn(conn, period)
