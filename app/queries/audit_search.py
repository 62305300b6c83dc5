"""The audit log for supervisors: who did what, to which ticket and order, when; searched by
agent, ticket, order, action and period, newest first, a page at a time.

Each filter reads its own index of ``audit_log`` (``ix_audit_agent``, ``ix_audit_ticket``,
``ix_audit_order``, ``ix_audit_action``, all on ``(…, at)``, and ``ix_audit_at``), and the
pages are keyset pages on ``(at, id)``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from pendulum import DateTime
from sqlalchemy import Select, String, and_, func, literal_column, or_, select, text
from sqlalchemy.orm import Session, sessionmaker

from app.errors import InvalidInput
from app.kpis.period import Period
from app.models import Agent, AuditEntry, Order, Shop, Ticket
from app.queries.reading import reading
from app.services.approvals import require_supervisor
from app.services.unit import Actor

PAGE = 100
MAX_PAGE = 1000


@dataclass(frozen=True)
class AuditFilter:
    agent_id: uuid.UUID | None = None
    ticket_id: uuid.UUID | None = None
    order_no: str = ""  # the order and every ticket on it
    action: str = ""  # one action ("refund.approved"), or a family ending in "." ("refund.")
    period: Period | None = None


@dataclass(frozen=True)
class AuditRow:
    id: uuid.UUID
    at: DateTime
    agent_id: uuid.UUID | None
    agent: str
    action: str
    entity: str
    entity_id: uuid.UUID | None
    ticket_id: uuid.UUID | None
    order_id: uuid.UUID | None
    order_no: str
    details: dict[str, Any]

    @property
    def cursor(self) -> tuple[DateTime, uuid.UUID]:
        return (self.at, self.id)


Cursor = tuple[DateTime, uuid.UUID]


def _order_ids(conn: Any, order_no: str) -> list[uuid.UUID]:
    shops = select(Shop.id).scalar_subquery()
    stmt = select(Order.id).where(Order.shop_id.in_(shops), Order.order_no == order_no.strip())
    return list(conn.execute(stmt).scalars())


def _filtered(stmt: Select, flt: AuditFilter, order_ids: list[uuid.UUID]) -> Select:
    a = AuditEntry
    if flt.agent_id is not None:
        stmt = stmt.where(a.agent_id == flt.agent_id)
    if flt.ticket_id is not None:
        stmt = stmt.where(a.ticket_id == flt.ticket_id)
    if flt.order_no.strip():
        tickets = select(Ticket.id).where(Ticket.order_id.in_(order_ids))
        stmt = stmt.where(or_(a.order_id.in_(order_ids), a.ticket_id.in_(tickets)))
    action = flt.action.strip()
    if action.endswith("."):  # a family: the range of names that start with it
        stmt = stmt.where(a.action >= action, a.action < action[:-1] + "/")
    elif action:
        stmt = stmt.where(a.action == action)
    if flt.period is not None:
        stmt = stmt.where(a.at >= flt.period.start, a.at < flt.period.end)
    return stmt


def search(
    sessions: sessionmaker[Session],
    *,
    actor: Actor,
    flt: AuditFilter,
    after: Cursor | None = None,
    limit: int = PAGE,
) -> list[AuditRow]:
    """A page of entries, newest first, after ``after`` (the last row of the page before)."""
    require_supervisor(actor, "the audit log")
    if not 1 <= limit <= MAX_PAGE:
        raise InvalidInput(f"a page holds 1 to {MAX_PAGE} entries, not {limit}", field="limit")
    a = AuditEntry
    stmt = (
        select(
            a.id,
            a.at,
            a.agent_id,
            func.coalesce(Agent.display_name, ""),
            a.action,
            a.entity,
            a.entity_id,
            a.ticket_id,
            a.order_id,
            func.coalesce(Order.order_no, ""),
            a.details,
        )
        .outerjoin(Agent, Agent.id == a.agent_id)
        .outerjoin(Order, Order.id == a.order_id)
        .order_by(a.at.desc(), a.id.desc())
        .limit(limit)
    )
    if after is not None:
        at, last = after
        stmt = stmt.where(or_(a.at < at, and_(a.at == at, a.id < last)))
    with reading(sessions) as conn:
        ids = _order_ids(conn, flt.order_no) if flt.order_no.strip() else []
        if flt.order_no.strip() and not ids:
            return []
        return [AuditRow(*r) for r in conn.execute(_filtered(stmt, flt, ids))]


_ACTIONS = text(
    """
    WITH RECURSIVE seen(action) AS (
        SELECT min(action) FROM audit_log
        UNION ALL
        SELECT (SELECT min(action) FROM audit_log WHERE action > seen.action)
        FROM seen WHERE seen.action IS NOT NULL
    )
    SELECT action FROM seen WHERE action IS NOT NULL
    """
).columns(literal_column("action", String))


def actions(sessions: sessionmaker[Session], *, actor: Actor) -> list[str]:
    """Every action name in the log (one index seek per name), for the picker."""
    require_supervisor(actor, "the audit log")
    with reading(sessions) as conn:
        return list(conn.execute(_ACTIONS).scalars())
