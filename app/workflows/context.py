"""What a step sees: the ticket, its order, buyer and shop, the rules engine's view, the run's
answers and records, the acting agent and the instant. Loaded lazily, by primary key."""

from __future__ import annotations

import uuid
from functools import cache, cached_property
from typing import Any

from pendulum import DateTime
from sqlalchemy import Select, Uuid, bindparam, select
from sqlalchemy.orm import Session

from app.models import (
    REMEDY_MODELS,
    Agent,
    Customer,
    Order,
    OrderItem,
    Shop,
    Ticket,
    TicketItem,
    WorkflowRun,
)
from app.platform_env import policy_overrides_path
from app.policy import OrderFacts, RuleTable, Window, load_table, window_for
from app.services import windows
from app.services.unit import Actor, acting_agent, keep

_COVERED = (
    select(OrderItem)
    .join(TicketItem, TicketItem.order_item_id == OrderItem.id)
    .where(TicketItem.ticket_id == bindparam("tid", type_=Uuid()))
    .order_by(OrderItem.line_no)
)


@cache
def _latest(entity: str, filtered: bool) -> Select:
    """The ticket's newest record of ``entity`` (in one of ``statuses`` when ``filtered``)."""
    model = REMEDY_MODELS[entity]
    stmt = select(model).where(
        model.ticket_id == bindparam("tid", type_=Uuid()), model.deleted_at.is_(None)
    )
    if filtered:
        stmt = stmt.where(model.status.in_(bindparam("statuses", expanding=True)))
    return stmt.order_by(model.created_at.desc(), model.id.desc()).limit(1)


class Context:
    def __init__(
        self,
        s: Session,
        ticket: Ticket,
        at: DateTime,
        *,
        actor: Actor | None = None,
        run: WorkflowRun | None = None,
    ) -> None:
        self.s, self.ticket, self.at, self.actor, self.run = s, ticket, at, actor, run
        self.pending: dict[str, Any] | None = None

    @property
    def answers(self) -> dict[str, Any]:
        """The run's answers, including those of the step being answered (not stored yet)."""
        if self.pending is not None:
            return self.pending
        return self.run.answers if self.run is not None else {}

    @cached_property
    def order(self) -> Order | None:
        return self.s.get(Order, self.ticket.order_id) if self.ticket.order_id else None

    @cached_property
    def shop(self) -> Shop:
        return self.s.get(Shop, self.ticket.shop_id)

    @cached_property
    def customer(self) -> Customer:
        return self.s.get(Customer, self.ticket.customer_id)

    @cached_property
    def agent(self) -> Agent | None:
        return acting_agent(self.s, self.actor) if self.actor else None

    @cached_property
    def facts(self) -> OrderFacts | None:
        return windows.facts_for(self.s, self.ticket)

    @cached_property
    def table(self) -> RuleTable | None:
        if self.facts is None:
            return None
        return load_table(self.facts.platform, overrides=policy_overrides_path())

    def window(self, rule_id: str) -> Window | None:
        if self.facts is None or self.table is None:
            return None
        return window_for(self.table, rule_id, self.facts)

    @cached_property
    def covered(self) -> list[OrderItem]:
        return list(self.s.scalars(_COVERED, {"tid": self.ticket.id}))

    def item(self) -> OrderItem | None:
        """The item the case is about: the one chosen in the run, else the first the ticket
        covers, else the order's only item."""
        chosen = self.answers.get("item")
        if chosen:
            item = self.s.get(OrderItem, uuid.UUID(str(chosen)))
            if item is not None and self.order is not None and item.order_id == self.order.id:
                return item
        if self.covered:
            return self.covered[0]
        if self.order is not None and len(self.order.items) == 1:
            return self.order.items[0]
        return None

    def run_records(self, entity: str) -> list[uuid.UUID]:
        if self.run is None:
            return []
        return [uuid.UUID(r["id"]) for r in self.run.records if r["entity"] == entity]

    def latest(self, entity: str, status: str | tuple[str, ...] | None = None) -> Any:
        """The newest record of ``entity`` (in one of ``status``) this run made, else the
        ticket's newest one."""
        model = REMEDY_MODELS[entity]
        wanted = (status,) if isinstance(status, str) else status
        for record_id in reversed(self.run_records(entity)):
            row = self.s.get(model, record_id)
            if row is not None and (wanted is None or row.status in wanted):
                keep(self.s, row)
                return row
        params = {"tid": self.ticket.id, "statuses": list(wanted or ())}
        row = self.s.scalar(_latest(entity, wanted is not None), params)
        keep(self.s, row)
        return row
