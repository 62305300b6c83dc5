"""Advancing a run: answering the step it stands at, running the automatic steps that follow
(checks, handoffs, the end), pausing on a supervisor's approval, and going back.

Everything here runs inside one service call's unit of work (:mod:`app.workflows.service`):
the records an action makes, the run's new position and the outbox entry commit together.
"""

from __future__ import annotations

from typing import Any

from app.models import RunState, TicketStatus, derived_id
from app.services.tickets import set_status
from app.services.unit import Changes, audit, encode, timeline
from app.workflows import fields
from app.workflows.actions import ACTIONS, Action
from app.workflows.arguments import arguments
from app.workflows.catalog import Library
from app.workflows.checks import run_check
from app.workflows.context import Context
from app.workflows.errors import AnswerInvalid, CannotGoBack, RunNotActive, WrongStep
from app.workflows.model import Script, Step, StepKind

MAX_AUTO_STEPS = 64  # checks and handoffs in a row; validation refuses check-only loops
_AUTO = ("check", "handoff")


class Walk:
    """One run being moved: its context, the script it stands in, the library for handoffs."""

    def __init__(self, ctx: Context, script: Script, lib: Library) -> None:
        self.ctx, self.script, self.lib = ctx, script, lib
        self.changes = Changes(tickets={ctx.ticket.id}, queue=True)

    @property
    def run(self) -> Any:
        return self.ctx.run

    def push(self, step: Step, kind: str, **data: Any) -> None:
        frame = {
            "script": self.script.id,
            "version": self.script.version,
            "step": step.id,
            "kind": kind,
            "at": self.ctx.at,
            "by": self.ctx.actor.agent_id,
            "records": [],
            **data,
        }
        self.run.history = [*self.run.history, encode(frame)]

    def event(self, event: str, **data: Any) -> None:
        timeline(
            self.ctx.s,
            self.ctx.actor,
            self.ctx.ticket.id,
            "workflow",
            at=self.ctx.at,
            event=event,
            run_id=self.run.id,
            script=self.run.script_id,
            **data,
        )


# ---- arriving at a step ---------------------------------------------------------------


def arrive(w: Walk, target: str) -> None:
    """Stand at ``target``; run checks, handoffs and the end by themselves."""
    for _ in range(MAX_AUTO_STEPS):
        step = w.script.step(target)
        if step.kind == StepKind.CHECK:
            outcome = run_check(step.test, w.ctx, step.params)
            w.push(
                step,
                "check",
                result=outcome.passed,
                code=outcome.code,
                text=outcome.text,
                text_zh=outcome.text_zh,
            )
            target = step.yes if outcome.passed else step.no
        elif step.kind == StepKind.HANDOFF:
            w.push(step, "handoff", to=step.to)
            w.event("handoff", to=step.to)
            w.script = w.lib.get(step.to)
            w.run.script_id, w.run.script_version = w.script.id, w.script.version
            target = step.at or w.script.start
        elif step.kind == StepKind.END:
            _end(w, step)
            return
        else:
            w.run.step = step.id
            _status(w, step.status, "workflow")
            return
    raise RuntimeError(f"script {w.script.id} ran {MAX_AUTO_STEPS} automatic steps in a row")


def _status(w: Walk, status: str | None, reason: str) -> None:
    if status is None or w.ctx.ticket.status == status:
        return
    set_status(w.ctx.s, w.ctx.actor, w.ctx.ticket, TicketStatus(status), w.ctx.at, reason=reason)


def _end(w: Walk, step: Step) -> None:
    w.push(step, "end", outcome=step.outcome)
    run = w.run
    run.step, run.state, run.outcome, run.ended_at = step.id, RunState.ENDED, step.outcome, w.ctx.at
    _status(w, step.status, step.outcome)
    w.event("ended", outcome=step.outcome)


# ---- answering --------------------------------------------------------------------------


def answer(w: Walk, step_id: str, choice: str | None, given: dict[str, Any] | None) -> None:
    run = w.run
    if run.state != RunState.RUNNING:
        raise RunNotActive(f"the run is {run.state.value}", state=run.state.value)
    if step_id != run.step:
        raise WrongStep(f"the run stands at {run.step!r}, not {step_id!r}", current=run.step)
    step = w.script.step(run.step)
    if step.kind in (StepKind.SAY, StepKind.ASK) and given:
        raise AnswerInvalid(f"a {step.kind} step takes no values", field=next(iter(given)))
    if step.kind != StepKind.ASK and choice is not None:
        raise AnswerInvalid(f"a {step.kind} step takes no choice", field="choice")
    if step.kind == StepKind.SAY:
        w.push(step, "say")
        arrive(w, step.next)
    elif step.kind == StepKind.ASK:
        picked = next((c for c in step.choices if c.id == choice), None)
        if picked is None:
            raise AnswerInvalid(
                f"choose one of {', '.join(c.id for c in step.choices)}", field="choice"
            )
        w.push(step, "ask", choice=picked.id)
        arrive(w, picked.next)
    elif step.kind == StepKind.INPUT:
        prev = _remember(w, fields.read(step.fields, given, w.ctx))
        w.push(step, "input", values={k: w.ctx.answers[k] for k in prev}, prev=prev)
        arrive(w, step.next)
    else:
        _act(w, step, given)
    if w.ctx.pending is not None:
        run.answers, w.ctx.pending = w.ctx.pending, None


def _remember(w: Walk, read: dict[str, Any]) -> dict[str, Any]:
    """Take the step's answers; returns what each field held before (for going back). They
    are stored on the run with the rest of the step's changes (:func:`answer`)."""
    answers = w.ctx.answers
    prev = {k: answers.get(k) for k in read}
    w.ctx.pending = {**answers, **read}
    return prev


def _act(w: Walk, step: Step, given: dict[str, Any] | None) -> None:
    action = ACTIONS[step.do]
    prev = _remember(w, fields.read(step.fields, given, w.ctx))
    record_id = derived_id(w.run.id, "record", len(w.run.history), step.id)
    kwargs = arguments(w.ctx, w.script, step, action, record_id)
    changes = action.service.apply(w.ctx.s, w.ctx.actor, **kwargs)
    w.changes.merge(changes)
    made = _made(w, action, kwargs, record_id)
    if not action.acts_on:
        w.run.records = [*w.run.records, *({**m, "step": step.id} for m in encode(made))]
    w.push(
        step,
        "action",
        do=action.name,
        values={k: w.ctx.answers[k] for k in prev},
        prev=prev,
        records=made,
    )
    if action.waits is not None and action.waits(w.ctx, kwargs):
        _pause(w, step, record_id)
    else:
        arrive(w, step.next)


def _made(w: Walk, action: Action, kwargs: dict[str, Any], record_id: Any) -> list[dict]:
    """The records an action made (or, for an order action, the order it changed)."""
    if action.creates:
        return [{"entity": action.creates, "id": record_id}]
    if action.acts_on:
        return [{"entity": action.acts_on[0], "id": kwargs[action.record_arg]}]
    return [{"entity": "order", "id": w.ctx.ticket.order_id}]


def _pause(w: Walk, step: Step, record_id: Any) -> None:
    run = w.run
    run.state, run.waiting_for = RunState.WAITING_APPROVAL, record_id
    run.branches = {"approved": step.on_approved, "refused": step.on_refused}
    w.event("waiting", record=record_id, step=step.id)


# ---- back and abandon -------------------------------------------------------------------


def back(w: Walk, step_id: str) -> None:
    """Undo the last answer: the run stands again at the last step the agent answered.
    Never across an action or a supervisor's decision: what was recorded stays."""
    run = w.run
    if run.state != RunState.RUNNING:
        raise CannotGoBack(f"the run is {run.state.value}", reason=run.state.value)
    if step_id != run.step:
        raise WrongStep(f"the run stands at {run.step!r}, not {step_id!r}", current=run.step)
    frames = list(run.history)
    while frames and frames[-1]["kind"] in _AUTO:
        frames.pop()
    if not frames:
        raise CannotGoBack("this is the first step", reason="first_step")
    last = frames.pop()
    if last["kind"] in ("action", "approval"):
        raise CannotGoBack(
            "the step before made a record; change the record itself instead", reason="recorded"
        )
    answers = dict(run.answers)
    for key, old in (last.get("prev") or {}).items():
        if old is None:
            answers.pop(key, None)
        else:
            answers[key] = old
    run.history, run.answers, run.step = frames, answers, last["step"]
    if last["script"] != w.script.id:
        w.script = w.lib.get(last["script"])
        run.script_id, run.script_version = w.script.id, w.script.version


def abandon(w: Walk, reason: str) -> None:
    run = w.run
    if run.state in (RunState.ENDED, RunState.ABANDONED):
        raise RunNotActive(f"the run is {run.state.value}", state=run.state.value)
    run.state, run.ended_at, run.outcome = RunState.ABANDONED, w.ctx.at, "abandoned"
    w.event("abandoned", reason=reason)
    audit(
        w.ctx.s,
        w.ctx.actor,
        "workflow.abandon",
        "workflow_run",
        run.id,
        ticket_id=w.ctx.ticket.id,
        at=w.ctx.at,
        reason=reason,
    )
