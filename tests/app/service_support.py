"""Shared set-up for the service tests: the product's ticket workflow written out, a
world of base rows, and small readers."""

from __future__ import annotations

import tomllib
import uuid

from sqlalchemy import select

from app.models import (
    TicketKind,
    TicketStatus,
)
from app.resources import resource
from app.services import (
    change_status,
    create_ticket,
)
from tests.app.builders import (
    World,
)

S = TicketStatus
SLA = tomllib.loads(resource("sla.toml").read_text(encoding="utf-8"))
WAITING = {S.WAITING_CUSTOMER, S.WAITING_WAREHOUSE, S.WAITING_PLATFORM}

# The ticket workflow, written out from the product's rules (not read from the code).
LEGAL: dict[S, set[S]] = {
    S.NEW: {S.OPEN, S.ESCALATED, S.RESOLVED} | WAITING,
    S.OPEN: {S.ESCALATED, S.RESOLVED} | WAITING,
    S.WAITING_CUSTOMER: {S.OPEN, S.ESCALATED, S.RESOLVED} | WAITING - {S.WAITING_CUSTOMER},
    S.WAITING_WAREHOUSE: {S.OPEN, S.ESCALATED, S.RESOLVED} | WAITING - {S.WAITING_WAREHOUSE},
    S.WAITING_PLATFORM: {S.OPEN, S.ESCALATED, S.RESOLVED} | WAITING - {S.WAITING_PLATFORM},
    S.ESCALATED: {S.OPEN, S.RESOLVED} | WAITING,
    S.RESOLVED: {S.OPEN, S.CLOSED},
    S.CLOSED: set(),
}
# How to reach each status from a new ticket.
PATH: dict[S, list[S]] = {s: [s] for s in S if s not in (S.NEW, S.CLOSED)}
PATH[S.NEW] = []
PATH[S.CLOSED] = [S.RESOLVED, S.CLOSED]


def ticket(store, w: World, **kw) -> uuid.UUID:  # noqa: ANN001
    args = {"kind": TicketKind.QUALITY_CLAIM, "order_no": w.order_no} | kw
    return create_ticket(store.sessions, actor=w.actor, **args).created


def get(store, model, id):  # noqa: ANN001, ANN201, A002
    with store.sessions() as s:
        return s.get(model, id)


def rows(store, model, *where):  # noqa: ANN001, ANN201
    with store.sessions() as s:
        return list(s.scalars(select(model).where(*where)))


def walk(store, w: World, tid: uuid.UUID, to: S) -> None:
    for step in PATH[to]:
        change_status(store.sessions, actor=w.actor, ticket_id=tid, status=step)


def minutes(section: str, key: str) -> int:
    return SLA[section][key]
