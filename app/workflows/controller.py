"""The workflow panel's entry point: one object per logged-in agent, plain calls, each one
unit of work that answers with the step the run now stands at (and what changed, for the
change bus). Qt-free: the ``ui/`` bridge calls it from a worker and re-emits its results."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from app.services.unit import Actor, Changes
from app.workflows import service, views
from app.workflows.views import ScriptInfo, StepView


@dataclass(frozen=True)
class Advance:
    """The run after a call, and what the call changed."""

    view: StepView
    changes: Changes


class Controller:
    def __init__(self, sessions: sessionmaker[Session], actor: Actor) -> None:
        self.sessions, self.actor = sessions, actor

    def scripts(self, kind: str | None = None) -> list[ScriptInfo]:
        """Scripts offered for a ticket kind (all usable ones without a kind)."""
        return views.scripts(kind)

    def resume(self, ticket_id: uuid.UUID) -> StepView | None:
        """The ticket's open run exactly where it stood (after a restart or a crash)."""
        return views.active_run(self.sessions, ticket_id, self.actor)

    def view(self, run_id: uuid.UUID) -> StepView:
        return views.current(self.sessions, run_id, self.actor)

    def history(self, ticket_id: uuid.UUID) -> list[StepView]:
        return views.runs_of(self.sessions, ticket_id, self.actor)

    def start(self, ticket_id: uuid.UUID, script_id: str) -> Advance:
        changes = service.start_run(
            self.sessions, actor=self.actor, ticket_id=ticket_id, script_id=script_id
        )
        return self._after(changes.created, changes)

    def answer(
        self,
        run_id: uuid.UUID,
        step_id: str,
        *,
        choice: str | None = None,
        values: Mapping[str, Any] | None = None,
    ) -> Advance:
        changes = service.answer_step(
            self.sessions,
            actor=self.actor,
            run_id=run_id,
            step=step_id,
            choice=choice,
            values=dict(values) if values else None,
        )
        return self._after(run_id, changes)

    def back(self, run_id: uuid.UUID, step_id: str) -> Advance:
        changes = service.go_back(self.sessions, actor=self.actor, run_id=run_id, step=step_id)
        return self._after(run_id, changes)

    def abandon(self, run_id: uuid.UUID, reason: str = "") -> Advance:
        changes = service.abandon_run(self.sessions, actor=self.actor, run_id=run_id, reason=reason)
        return self._after(run_id, changes)

    def _after(self, run_id: uuid.UUID, changes: Changes) -> Advance:
        return Advance(views.current(self.sessions, run_id, self.actor), changes)
