"""Starting, answering, going back and abandoning are services: each is one unit of work with
its outbox mutation (``workflow.*/1``) and audit entry, so a run syncs and replays like any
other write. The records an action makes are written by their own services inside it."""

from __future__ import annotations

import uuid
from typing import Any

from pendulum import DateTime
from sqlalchemy import Uuid, bindparam, select
from sqlalchemy.orm import Session

from app.errors import NotFound
from app.models import RunState, WorkflowRun
from app.services.tickets import get_ticket
from app.services.unit import Actor, Changes, audit, encode, mutation
from app.workflows import engine
from app.workflows.catalog import Library, library
from app.workflows.context import Context
from app.workflows.errors import RunExists, ScriptUnavailable
from app.workflows.model import Script

OPEN_STATES = (RunState.RUNNING, RunState.WAITING_APPROVAL)


_OPEN_RUN = (
    select(WorkflowRun.id)
    .where(
        WorkflowRun.ticket_id == bindparam("tid", type_=Uuid()),
        WorkflowRun.state.in_(OPEN_STATES),
        WorkflowRun.deleted_at.is_(None),
    )
    .limit(1)
)


def open_run_id(s: Session, ticket_id: uuid.UUID) -> uuid.UUID | None:
    """The ticket's run that is running or waiting, if any (one at a time per ticket)."""
    return s.scalar(_OPEN_RUN, {"tid": ticket_id})


def load_run(s: Session, run_id: uuid.UUID) -> WorkflowRun:
    run = s.get(WorkflowRun, run_id)
    if run is None or run.deleted_at is not None:
        raise NotFound(f"no workflow run {run_id}", run_id=str(run_id))
    return run


def script_of(lib: Library, run: WorkflowRun) -> Script:
    """The run's script. A newer version is followed as long as the run's step is in it."""
    script = lib.get(run.script_id)
    if script.version != run.script_version and run.step not in script.steps:
        raise ScriptUnavailable(run.script_id)
    return script


def _walk(s: Session, actor: Actor, run: WorkflowRun, at: DateTime) -> engine.Walk:
    ticket = get_ticket(s, run.ticket_id)
    lib = library()
    ctx = Context(s, ticket, at, actor=actor, run=run)
    return engine.Walk(ctx, script_of(lib, run), lib)


def _touch(run: WorkflowRun, at: DateTime) -> None:
    run.version += 1
    run.updated_at = at


@mutation("workflow.start", creates=("id",), stamps=("at",))
def start_run(
    s: Session, actor: Actor, *, ticket_id: uuid.UUID, script_id: str, id: uuid.UUID, at: DateTime
) -> Changes:
    """Start ``script_id`` on the ticket; checks at its start run at once."""
    ticket = get_ticket(s, ticket_id)
    if open_run_id(s, ticket_id) is not None:
        raise RunExists("the ticket already has a workflow going; finish or abandon it first")
    lib = library()
    script = lib.get(script_id)
    run = WorkflowRun(
        id=id,
        ticket_id=ticket_id,
        script_id=script.id,
        script_version=script.version,
        step=script.start,
        state=RunState.RUNNING,
        answers={},
        history=[],
        records=[],
        branches={},
        started_by=actor.agent_id,
        created_at=at,
        updated_at=at,
    )
    s.add(run)
    w = engine.Walk(Context(s, ticket, at, actor=actor, run=run), script, lib)
    w.event("started")
    audit(
        s,
        actor,
        "workflow.start",
        "workflow_run",
        id,
        ticket_id=ticket_id,
        at=at,
        script=script.id,
        version=script.version,
    )
    engine.arrive(w, script.start)
    w.changes.created = id
    return w.changes


@mutation("workflow.answer", stamps=("at",))
def answer_step(
    s: Session,
    actor: Actor,
    *,
    run_id: uuid.UUID,
    step: str,
    at: DateTime,
    choice: str | None = None,
    values: dict[str, Any] | None = None,
) -> Changes:
    """Answer the step the run stands at (``step`` names it, so a stale answer is refused):
    a say step with nothing, an ask step with ``choice``, input and action steps with
    ``values`` by field name."""
    run = load_run(s, run_id)
    w = _walk(s, actor, run, at)
    engine.answer(w, step, choice, values)
    _touch(run, at)
    audit(
        s,
        actor,
        "workflow.answer",
        "workflow_run",
        run.id,
        ticket_id=run.ticket_id,
        at=at,
        step=step,
        choice=choice,
        values=encode(values or {}),
    )
    return w.changes


@mutation("workflow.back", stamps=("at",))
def go_back(s: Session, actor: Actor, *, run_id: uuid.UUID, step: str, at: DateTime) -> Changes:
    """Take back the last answer (never across a record already made)."""
    run = load_run(s, run_id)
    w = _walk(s, actor, run, at)
    engine.back(w, step)
    _touch(run, at)
    audit(
        s,
        actor,
        "workflow.back",
        "workflow_run",
        run.id,
        ticket_id=run.ticket_id,
        at=at,
        step=step,
        to=run.step,
    )
    return Changes(tickets={run.ticket_id})


@mutation("workflow.abandon", stamps=("at",))
def abandon_run(
    s: Session, actor: Actor, *, run_id: uuid.UUID, at: DateTime, reason: str = ""
) -> Changes:
    """Stop the run (a wrong script, the buyer went away); its records stay."""
    run = load_run(s, run_id)
    ticket = get_ticket(s, run.ticket_id)
    lib = library()
    script = lib.scripts.get(run.script_id)
    ctx = Context(s, ticket, at, actor=actor, run=run)
    engine.abandon(engine.Walk(ctx, script, lib), reason.strip()[:200])
    _touch(run, at)
    return Changes(tickets={run.ticket_id})
