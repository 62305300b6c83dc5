"""Checks on a loaded script beyond its structure: every step reachable and leading to an end,
every branch present and pointing at a step, known checks, actions, values and placeholders,
handoffs to scripts (and steps) that exist. Every problem is reported, not just the first."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.models import REMEDY_MODELS, TicketKind, TicketStatus
from app.workflows import values
from app.workflows.actions import ACTIONS
from app.workflows.checks import CHECKS
from app.workflows.errors import ScriptError
from app.workflows.model import INTERACTIVE, FieldType, Script, Step, StepKind
from app.workflows.placeholders import NAME, names, stray_braces

END_STATUSES = {s.value for s in TicketStatus} - {"new"}
ARRIVAL_STATUSES = END_STATUSES - {"resolved", "closed"}
_TERMINAL = (StepKind.END, StepKind.HANDOFF)


class _Errors:
    def __init__(self, script: Script) -> None:
        self.file = str(script.path) if script.path else script.id
        self.found: list[ScriptError] = []

    def add(self, step: str | None, field: str | None, message: str) -> None:
        self.found.append(ScriptError(self.file, step, field, message))


def validate(script: Script, others: Mapping[str, Script | None]) -> list[ScriptError]:
    """Every semantic problem of ``script``; ``others`` maps every script id the library
    knows to its script (``None`` when that file did not parse)."""
    e = _Errors(script)
    for kind in script.kinds:
        if kind not in {k.value for k in TicketKind}:
            e.add(None, "kinds", f"unknown ticket kind '{kind}'")
    if script.start and script.start not in script.steps:
        e.add(None, "start", f"unknown step '{script.start}'")
    fields = script.fields()
    _same_types(e, script)
    for step in script.steps.values():
        _targets(e, script, step)
        _step(e, script, step, fields, others)
        _words(e, step, fields)
    _graph(e, script)
    return e.found


def _same_types(e: _Errors, script: Script) -> None:
    """A field name means one thing in a script (answers are kept by name)."""
    seen: dict[str, str] = {}
    for step in script.steps.values():
        for f in step.fields:
            first = seen.setdefault(f.name, f.type.value)
            if first != f.type.value:
                e.add(step.id, f"field '{f.name}'.type", f"is {first} in another step")


def _targets(e: _Errors, script: Script, step: Step) -> None:
    for name, target in step.targets():
        if target not in script.steps:
            e.add(step.id, name, f"unknown step '{target}'")


def _step(
    e: _Errors, script: Script, step: Step, fields: dict, others: Mapping[str, Script | None]
) -> None:
    if step.status is not None:
        allowed = END_STATUSES if step.kind == StepKind.END else ARRIVAL_STATUSES
        if step.status not in allowed:
            e.add(step.id, "status", f"'{step.status}' is not one of {', '.join(sorted(allowed))}")
    seen: set[str] = set()
    for f in step.fields:
        if f.name in seen:
            e.add(step.id, f"field '{f.name}'", "duplicate field name")
        seen.add(f.name)
        ref = f.default[1:] if isinstance(f.default, str) and f.default.startswith("@") else None
        if ref is not None and not values.known(ref):
            e.add(step.id, f"field '{f.name}'.default", f"unknown value '{f.default}'")
    if step.kind == StepKind.ASK:
        ids = [c.id for c in step.choices]
        if len(ids) < 2:
            e.add(step.id, "choice", "an ask step needs at least two choices")
        if len(set(ids)) != len(ids):
            e.add(step.id, "choice", "duplicate choice id")
    elif step.kind == StepKind.CHECK:
        _check(e, step, fields)
    elif step.kind == StepKind.ACTION:
        _action(e, script, step, fields)
    elif step.kind == StepKind.HANDOFF:
        _handoff(e, script, step, others)


def _check(e: _Errors, step: Step, fields: dict) -> None:
    check = CHECKS.get(step.test or "")
    if check is None:
        e.add(step.id, "test", f"unknown check '{step.test}' (known: {', '.join(sorted(CHECKS))})")
        return
    _params(e, step, dict(check.params), check.required)
    field = step.params.get("field")
    if isinstance(field, str) and field not in fields:
        e.add(step.id, "params.field", f"no step asks for a field '{field}'")
    entity = step.params.get("entity")
    if isinstance(entity, str) and entity not in REMEDY_MODELS:
        e.add(step.id, "params.entity", f"unknown record '{entity}'")


def _params(e: _Errors, step: Step, allowed: dict[str, type], required: frozenset[str]) -> None:
    for key, value in step.params.items():
        kind = allowed.get(key)
        if kind is None:
            e.add(step.id, f"params.{key}", "unknown parameter")
        elif not _fits(value, kind):
            e.add(step.id, f"params.{key}", f"expected {kind.__name__}")
    for key in sorted(required - set(step.params)):
        e.add(step.id, f"params.{key}", "missing parameter")


def _fits(value: object, kind: type) -> bool:
    if kind is Any:
        return True
    if kind is int and isinstance(value, bool):
        return False
    return isinstance(value, kind)


def _action(e: _Errors, script: Script, step: Step, fields: dict) -> None:
    action = ACTIONS.get(step.do or "")
    if action is None:
        e.add(step.id, "do", f"unknown action '{step.do}' (known: {', '.join(sorted(ACTIONS))})")
        return
    allowed: dict[str, type] = {k: Any for k in action.args} | dict(action.extra)
    _params(e, step, allowed, frozenset())
    for name, arg in action.args.items():
        source = step.params.get(name, arg.source)
        where = f"params.{name}"
        if isinstance(source, str) and source.startswith("$"):
            if source[1:] not in fields and (arg.required or name in step.params):
                e.add(step.id, where, f"no step asks for a field '{source[1:]}'")
        elif isinstance(source, str) and source.startswith("@"):
            if not values.known(source[1:]):
                e.add(step.id, where, f"unknown value '{source}'")
        elif isinstance(source, str) and "{" in source:
            _placeholders(e, step, where, source, fields)
        elif source is None and arg.required:
            e.add(step.id, where, "missing parameter")
    if action.waits is not None:
        for key in ("on_approved", "on_refused"):
            target = getattr(step, key)
            if target is None:
                e.add(step.id, key, "missing branch: the record may wait for a supervisor")
            elif target in script.steps:
                after = script.steps[target]
                if after.kind not in INTERACTIVE or after.status is not None:
                    e.add(
                        step.id,
                        key,
                        "must lead to a say, ask, input or action step "
                        "without a status (the decision is applied by itself)",
                    )
    else:
        for key in ("on_approved", "on_refused"):
            if getattr(step, key) is not None:
                e.add(step.id, key, f"action '{step.do}' never waits for a supervisor")


def _handoff(e: _Errors, script: Script, step: Step, others: Mapping[str, Script | None]) -> None:
    if step.to == script.id:
        e.add(step.id, "to", "a script cannot hand off to itself")
    elif step.to not in others:
        e.add(step.id, "to", f"unknown script '{step.to}'")
    elif step.at is not None:
        target = others[step.to]
        if target is not None and step.at not in target.steps:
            e.add(step.id, "at", f"script '{step.to}' has no step '{step.at}'")


def _words(e: _Errors, step: Step, fields: dict) -> None:
    for en, zh in (("title", "title_zh"), ("text", "text_zh"), ("hint", "hint_zh")):
        if bool(getattr(step, en)) != bool(getattr(step, zh)):
            missing = zh if getattr(step, en) else en
            e.add(step.id, missing, "missing: words come in Chinese and English")
    for key in ("text", "text_zh", "hint", "hint_zh"):
        _placeholders(e, step, key, getattr(step, key), fields)
    for f in step.fields:
        if f.type == FieldType.CHOICE and len({o.id for o in f.options}) != len(f.options):
            e.add(step.id, f"field '{f.name}'.options", "duplicate option id")


def _placeholders(e: _Errors, step: Step, where: str, text: str, fields: dict) -> None:
    if stray_braces(text):
        e.add(step.id, where, "bad placeholder: unmatched brace")
    for name in names(text):
        if not NAME.match(name):
            e.add(step.id, where, f"bad placeholder {{{name}}}")
        elif name not in fields and not values.known(name):
            e.add(step.id, where, f"bad placeholder {{{name}}}: no such value or field")


def _graph(e: _Errors, script: Script) -> None:
    steps = script.steps
    if script.start not in steps:
        return
    reached, todo = {script.start}, [script.start]
    while todo:
        for _name, target in steps[todo.pop()].targets():
            if target in steps and target not in reached:
                reached.add(target)
                todo.append(target)
    for step_id in steps:
        if step_id not in reached:
            e.add(step_id, None, "unreachable: no step leads here")
    ending = {sid for sid, st in steps.items() if st.kind in _TERMINAL}
    changed = True
    while changed:
        changed = False
        for sid, st in steps.items():
            if sid not in ending and any(t in ending for _n, t in st.targets()):
                ending.add(sid)
                changed = True
    for sid, st in steps.items():
        if sid in reached and sid not in ending and st.kind not in _TERMINAL:
            e.add(sid, None, "never reaches an end or a handoff")
    _check_loops(e, script)


def _check_loops(e: _Errors, script: Script) -> None:
    """A cycle made of checks only would spin for ever: refuse it."""
    checks = {sid: st for sid, st in script.steps.items() if st.kind == StepKind.CHECK}
    for start in checks:
        seen, todo = set(), [start]
        while todo:
            sid = todo.pop()
            for _n, target in checks[sid].targets():
                if target == start:
                    e.add(start, None, "checks loop back to this step without asking anything")
                    todo = []
                    break
                if target in checks and target not in seen:
                    seen.add(target)
                    todo.append(target)
