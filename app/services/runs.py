"""Workflow runs as the services see them: a run paused on a record continues when the
record is decided. The scripts themselves live in :mod:`app.workflows` (a layer above)."""

from __future__ import annotations

import uuid

from pendulum import DateTime
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import RunState, WorkflowRun
from app.services.unit import Actor, audit, encode, timeline


def waiting_on(s: Session, record_id: uuid.UUID) -> list[WorkflowRun]:
    stmt = select(WorkflowRun).where(
        WorkflowRun.waiting_for == record_id, WorkflowRun.state == RunState.WAITING_APPROVAL
    )
    return list(s.scalars(stmt))


def continue_after_decision(
    s: Session, actor: Actor, record_id: uuid.UUID, decision: str, at: DateTime
) -> list[uuid.UUID]:
    """Move every run waiting on ``record_id`` to the step its script named for ``decision``
    (``approved`` or ``refused``). The script's validation makes that step one the agent
    answers, so nothing else has to run here. Returns the runs moved."""
    moved = []
    for run in waiting_on(s, record_id):
        target = run.branches.get(decision)
        frame = {
            "script": run.script_id,
            "version": run.script_version,
            "step": run.step,
            "kind": "approval",
            "decision": decision,
            "by": actor.agent_id,
            "at": at,
            "records": [],
        }
        run.history = [*run.history, encode(frame)]
        run.step, run.state = target, RunState.RUNNING
        run.waiting_for, run.branches = None, {}
        run.version += 1
        run.updated_at = at
        timeline(
            s, actor, run.ticket_id, "workflow", at=at, event=decision, run_id=run.id, step=target
        )
        audit(
            s,
            actor,
            "workflow.decided",
            "workflow_run",
            run.id,
            ticket_id=run.ticket_id,
            at=at,
            decision=decision,
            record=record_id,
            step=target,
        )
        moved.append(run.id)
    return moved
