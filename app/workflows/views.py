"""What the workflow panel shows: the step a run stands at, with its words rendered, its
choices and fields (pre-filled), what came before and the records made. Read-only queries
returning frozen dataclasses; no ORM object leaves them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app import clock
from app.models import RunState, WorkflowRun
from app.services.tickets import get_ticket
from app.services.unit import Actor
from app.workflows import fields
from app.workflows.actions import ACTIONS
from app.workflows.catalog import library
from app.workflows.context import Context
from app.workflows.model import INTERACTIVE, Script, Step, StepKind
from app.workflows.placeholders import render
from app.workflows.service import OPEN_STATES, load_run, script_of


@dataclass(frozen=True)
class Label:
    id: str
    label: str
    label_zh: str


@dataclass(frozen=True)
class FieldView:
    name: str
    type: str  # a FieldType value
    label: str
    label_zh: str
    required: bool
    options: tuple[Label, ...]
    value: Any  # pre-filled: the earlier answer, or the field's default
    hint: str
    hint_zh: str


@dataclass(frozen=True)
class RecordRef:
    entity: str  # compensation, refund, reship, follow_up, ..., feedback, attachment, note
    id: uuid.UUID
    step: str


@dataclass(frozen=True)
class PastStep:
    script_id: str
    step_id: str
    kind: str  # say, ask, input, action, check, handoff, end, approval
    title: str
    title_zh: str
    at: str  # ISO 8601, UTC
    detail: str  # the choice made, the check's reason, the script handed to...
    detail_zh: str
    passed: bool | None = None  # a check's result, or a supervisor's decision (approved)


@dataclass(frozen=True)
class StepView:
    run_id: uuid.UUID
    ticket_id: uuid.UUID
    version: int  # the run's row version
    script_id: str
    script_version: int
    script_title: str
    script_title_zh: str
    state: RunState
    step_id: str
    kind: StepKind
    title: str
    title_zh: str
    text: str  # suggested words, placeholders filled
    text_zh: str
    hint: str
    hint_zh: str
    missing: tuple[str, ...]  # placeholders without a value yet
    choices: tuple[Label, ...]
    fields: tuple[FieldView, ...]
    action: str | None  # the action's name on an action step
    outcome: str  # once ended
    waiting_for: uuid.UUID | None  # the record a supervisor must decide
    can_go_back: bool
    history: tuple[PastStep, ...]
    records: tuple[RecordRef, ...]


@dataclass(frozen=True)
class ScriptInfo:
    id: str
    version: int
    title: str
    title_zh: str
    summary: str
    summary_zh: str
    kinds: tuple[str, ...]


def script_info(script: Script) -> ScriptInfo:
    return ScriptInfo(
        script.id,
        script.version,
        script.title,
        script.title_zh,
        script.summary,
        script.summary_zh,
        script.kinds,
    )


def scripts(kind: str | None = None) -> list[ScriptInfo]:
    """The usable scripts, or those offered for a ticket ``kind``."""
    lib = library()
    found = lib.for_kind(kind) if kind else sorted(lib.scripts.values(), key=lambda s: s.id)
    return [script_info(s) for s in found]


def current(
    sessions: sessionmaker[Session], run_id: uuid.UUID, actor: Actor | None = None
) -> StepView:
    """The run as the panel shows it (after a restart too: everything is read from the store).
    ``actor`` is who looks at it ({agent} and {compensation_limit} are theirs)."""
    with sessions() as s:
        return _view(s, load_run(s, run_id), actor)


def active_run(
    sessions: sessionmaker[Session], ticket_id: uuid.UUID, actor: Actor | None = None
) -> StepView | None:
    """The ticket's run that is running or waiting for a supervisor, to resume it."""
    with sessions() as s:
        stmt = select(WorkflowRun).where(
            WorkflowRun.ticket_id == ticket_id,
            WorkflowRun.state.in_(OPEN_STATES),
            WorkflowRun.deleted_at.is_(None),
        )
        run = s.scalar(stmt.limit(1))
        return _view(s, run, actor) if run is not None else None


def runs_of(
    sessions: sessionmaker[Session], ticket_id: uuid.UUID, actor: Actor | None = None
) -> list[StepView]:
    """Every run on the ticket, oldest first (ended and abandoned ones included)."""
    with sessions() as s:
        stmt = select(WorkflowRun).where(
            WorkflowRun.ticket_id == ticket_id, WorkflowRun.deleted_at.is_(None)
        )
        runs = s.scalars(stmt.order_by(WorkflowRun.created_at))
        return [_view(s, run, actor) for run in runs]


def _view(s: Session, run: WorkflowRun, actor: Actor | None) -> StepView:
    lib = library()
    script = script_of(lib, run)
    step = script.step(run.step)
    ticket = get_ticket(s, run.ticket_id)
    ctx = Context(s, ticket, clock.now(), actor=actor, run=run)
    zh, en = render(step.text_zh, ctx, script, "zh"), render(step.text, ctx, script, "en")
    hint_zh, hint = render(step.hint_zh, ctx, script, "zh"), render(step.hint, ctx, script, "en")
    action = ACTIONS.get(step.do) if step.kind == StepKind.ACTION and step.do else None
    return StepView(
        run_id=run.id,
        ticket_id=run.ticket_id,
        version=run.version,
        script_id=script.id,
        script_version=script.version,
        script_title=script.title,
        script_title_zh=script.title_zh,
        state=run.state,
        step_id=step.id,
        kind=step.kind,
        title=step.title or (action.title if action else ""),
        title_zh=step.title_zh or (action.title_zh if action else ""),
        text=en.text,
        text_zh=zh.text,
        hint=hint.text,
        hint_zh=hint_zh.text,
        missing=tuple(dict.fromkeys(zh.missing + en.missing)),
        choices=tuple(Label(c.id, c.label, c.label_zh) for c in step.choices),
        fields=tuple(_field(f, ctx) for f in step.fields),
        action=step.do if action else None,
        outcome=run.outcome,
        waiting_for=run.waiting_for,
        can_go_back=_can_go_back(run, step),
        history=tuple(_past(lib, f) for f in run.history),
        records=tuple(RecordRef(r["entity"], uuid.UUID(r["id"]), r["step"]) for r in run.records),
    )


def _field(f: Any, ctx: Context) -> FieldView:
    return FieldView(
        name=f.name,
        type=f.type.value,
        label=f.label,
        label_zh=f.label_zh,
        required=f.required,
        options=tuple(Label(o.id, o.label, o.label_zh) for o in f.options),
        value=fields.default(f, ctx),
        hint=f.hint,
        hint_zh=f.hint_zh,
    )


def _can_go_back(run: WorkflowRun, step: Step) -> bool:
    if run.state != RunState.RUNNING or step.kind not in INTERACTIVE:
        return False
    kinds = [f["kind"] for f in run.history if f["kind"] not in ("check", "handoff")]
    return bool(kinds) and kinds[-1] not in ("action", "approval")


def _past(lib: Any, frame: dict[str, Any]) -> PastStep:
    script = lib.scripts.get(frame["script"])
    step = script.steps.get(frame["step"]) if script else None
    title = step.title if step else ""
    title_zh = step.title_zh if step else ""
    detail, detail_zh = _detail(step, frame)
    passed = frame.get("result")
    if frame["kind"] == "approval":
        passed = frame["decision"] == "approved"
    return PastStep(
        frame["script"],
        frame["step"],
        frame["kind"],
        title,
        title_zh,
        frame["at"],
        detail,
        detail_zh,
        passed,
    )


def _detail(step: Step | None, frame: dict[str, Any]) -> tuple[str, str]:
    kind = frame["kind"]
    if kind == "ask" and step is not None:
        choice = next((c for c in step.choices if c.id == frame["choice"]), None)
        return (choice.label, choice.label_zh) if choice else (frame["choice"], frame["choice"])
    if kind == "check":
        return frame.get("text", ""), frame.get("text_zh", "")
    if kind == "handoff":
        return f"continued in {frame['to']}", f"转入 {frame['to']}"
    if kind == "approval":
        yes = frame["decision"] == "approved"
        return ("approved by a supervisor", "主管已批准") if yes else ("refused", "主管已拒绝")
    if kind == "end":
        return frame.get("outcome", ""), frame.get("outcome", "")
    if kind == "action":
        action = ACTIONS.get(frame.get("do", ""))
        return (action.title, action.title_zh) if action else ("", "")
    return "", ""
