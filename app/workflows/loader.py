"""Reading one script file into the model, collecting every structural problem.

A file with errors still yields as much of the script as could be read, so the semantic
checks (:mod:`app.workflows.validate`) can report their problems too; the library only
offers scripts without errors.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from types import MappingProxyType
from typing import Any

from app.workflows.errors import ScriptError
from app.workflows.model import Choice, Field, FieldType, Option, Script, Step, StepKind

NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_WORDS = ("title", "title_zh", "text", "text_zh", "hint", "hint_zh")
_COMMON = frozenset({"id", "kind", *_WORDS, "status"})
STEP_KEYS: dict[StepKind, frozenset[str]] = {
    StepKind.SAY: _COMMON | {"next"},
    StepKind.ASK: _COMMON | {"choice"},
    StepKind.INPUT: _COMMON | {"field", "next"},
    StepKind.CHECK: _COMMON | {"test", "yes", "no", "params"},
    StepKind.ACTION: _COMMON | {"do", "next", "field", "params", "on_approved", "on_refused"},
    StepKind.HANDOFF: _COMMON | {"to", "at"},
    StepKind.END: _COMMON | {"outcome"},
}
REQUIRED: dict[StepKind, tuple[str, ...]] = {
    StepKind.SAY: ("text", "text_zh", "next"),
    StepKind.ASK: ("title", "title_zh", "choice"),
    StepKind.INPUT: ("title", "title_zh", "field", "next"),
    StepKind.CHECK: ("test", "yes", "no"),
    StepKind.ACTION: ("title", "title_zh", "do", "next"),
    StepKind.HANDOFF: ("to",),
    StepKind.END: ("outcome",),
}
SCRIPT_KEYS = frozenset(
    {"id", "version", "title", "title_zh", "start", "kinds", "summary", "summary_zh"}
)
FIELD_KEYS = frozenset({"name", "type", "label", "label_zh", "required", "options", "default"})
FIELD_KEYS |= {"hint", "hint_zh"}
CHOICE_KEYS = frozenset({"id", "label", "label_zh", "next"})


class _Reader:
    """Collects errors for one file while it reads its tables."""

    def __init__(self, path: Path) -> None:
        self.file = str(path)
        self.errors: list[ScriptError] = []

    def error(self, step: str | None, field: str | None, message: str) -> None:
        self.errors.append(ScriptError(self.file, step, field, message))

    def keys(self, table: dict, allowed: frozenset[str], step: str | None, where: str) -> None:
        for key in sorted(set(table) - allowed):
            self.error(step, key, f"unknown field in {where}")

    def text(self, table: dict, key: str, step: str | None, *, required: bool = False) -> str:
        value = table.get(key)
        if value is None:
            if required:
                self.error(step, key, "missing")
            return ""
        if not isinstance(value, str) or (required and not value.strip()):
            self.error(step, key, "expected a non-empty string")
            return ""
        return value

    def name(self, table: dict, key: str, step: str | None, *, required: bool = True) -> str:
        value = self.text(table, key, step, required=required)
        if value and not NAME.match(value):
            self.error(step, key, f"'{value}' is not a name ([a-z][a-z0-9_]*)")
        return value

    def tables(self, table: dict, key: str, step: str | None) -> list[dict]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.error(step, key, "expected an array of tables")
            return []
        return value


def read(path: Path, data: bytes | None = None) -> tuple[Script | None, list[ScriptError]]:
    """The script in ``path`` (or in ``data``) and the structural errors found."""
    r = _Reader(path)
    try:
        raw = tomllib.loads((path.read_bytes() if data is None else data).decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        r.error(None, None, f"not valid TOML: {exc}")
        return None, r.errors
    head = raw.get("script")
    if not isinstance(head, dict):
        r.error(None, "script", "missing the [script] table")
        return None, r.errors
    for key in sorted(set(raw) - {"script", "step"}):
        r.error(None, key, "unknown table (expected [script] and [[step]])")
    return _script(r, path, head, r.tables(raw, "step", None)), r.errors


def _script(r: _Reader, path: Path, head: dict, raw_steps: list[dict]) -> Script:
    r.keys(head, SCRIPT_KEYS, None, "[script]")
    script_id = r.name(head, "id", None)
    if script_id and script_id != path.stem:
        r.error(None, "id", f"'{script_id}' must equal the file name '{path.stem}'")
    version = head.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        r.error(None, "version", "expected a whole number from 1 up")
        version = 0
    kinds = head.get("kinds", [])
    if not isinstance(kinds, list) or not all(isinstance(k, str) for k in kinds):
        r.error(None, "kinds", "expected a list of ticket kinds")
        kinds = []
    steps: dict[str, Step] = {}
    for n, raw in enumerate(raw_steps, start=1):
        step = _step(r, raw, n)
        if step is None:
            continue
        if step.id in steps:
            r.error(step.id, "id", "duplicate step id")
            continue
        steps[step.id] = step
    if not raw_steps:
        r.error(None, "step", "a script needs steps")
    return Script(
        id=script_id or path.stem,
        version=version,
        title=r.text(head, "title", None, required=True),
        title_zh=r.text(head, "title_zh", None, required=True),
        start=r.name(head, "start", None),
        steps=MappingProxyType(steps),
        kinds=tuple(kinds),
        summary=r.text(head, "summary", None),
        summary_zh=r.text(head, "summary_zh", None),
        path=path,
    )


def _step(r: _Reader, raw: dict, n: int) -> Step | None:
    step_id = r.name(raw, "id", f"#{n}")
    label = step_id or f"#{n}"
    kind_text = raw.get("kind")
    if kind_text not in set(StepKind):
        known = ", ".join(StepKind)
        r.error(label, "kind", f"unknown step kind {kind_text!r} (expected one of {known})")
        return None
    kind = StepKind(kind_text)
    r.keys(raw, STEP_KEYS[kind], label, f"a {kind} step")
    for key in REQUIRED[kind]:
        if key not in raw:
            r.error(label, key, f"missing (a {kind} step needs it)")
    words = {key: r.text(raw, key, label) for key in _WORDS}
    params = raw.get("params", {})
    if not isinstance(params, dict):
        r.error(label, "params", "expected a table")
        params = {}
    return Step(
        id=label,
        kind=kind,
        **words,
        next=_target(r, raw, "next", label),
        choices=tuple(_choice(r, c, label) for c in r.tables(raw, "choice", label)),
        fields=tuple(_field(r, f, label) for f in r.tables(raw, "field", label)),
        test=r.name(raw, "test", label, required=False) or None,
        yes=_target(r, raw, "yes", label),
        no=_target(r, raw, "no", label),
        do=r.text(raw, "do", label) or None,
        params=MappingProxyType(dict(params)),
        on_approved=_target(r, raw, "on_approved", label),
        on_refused=_target(r, raw, "on_refused", label),
        to=r.name(raw, "to", label, required=False) or None,
        at=_target(r, raw, "at", label),
        outcome=r.name(raw, "outcome", label, required=False) or None,
        status=r.name(raw, "status", label, required=False) or None,
    )


def _target(r: _Reader, raw: dict, key: str, step: str) -> str | None:
    return r.name(raw, key, step, required=False) or None


def _choice(r: _Reader, raw: dict, step: str) -> Choice:
    r.keys(raw, CHOICE_KEYS, step, "a choice")
    choice_id = r.name(raw, "id", step)
    where = f"choice '{choice_id}'" if choice_id else "choice"
    label, label_zh = r.text(raw, "label", step, required=True), r.text(raw, "label_zh", step)
    if not label_zh:
        r.error(step, f"{where}.label_zh", "missing")
    target = r.name(raw, "next", step, required=False)
    if not target:
        r.error(step, f"{where}.next", "missing branch: the choice leads nowhere")
    return Choice(choice_id, label, label_zh, target)


def _field(r: _Reader, raw: dict, step: str) -> Field:
    r.keys(raw, FIELD_KEYS, step, "a field")
    name = r.name(raw, "name", step)
    type_text = raw.get("type")
    if type_text not in set(FieldType):
        r.error(step, f"field '{name}'.type", f"unknown field type {type_text!r}")
        type_text = FieldType.TEXT
    required = raw.get("required", True)
    if not isinstance(required, bool):
        r.error(step, f"field '{name}'.required", "expected true or false")
        required = True
    options = tuple(_option(r, o, step, name) for o in r.tables(raw, "options", step))
    if type_text == FieldType.CHOICE and not options:
        r.error(step, f"field '{name}'.options", "a choice field needs options")
    return Field(
        name=name,
        type=FieldType(type_text),
        label=r.text(raw, "label", step, required=True),
        label_zh=r.text(raw, "label_zh", step, required=True),
        required=required,
        options=options,
        default=raw.get("default"),
        hint=r.text(raw, "hint", step),
        hint_zh=r.text(raw, "hint_zh", step),
    )


def _option(r: _Reader, raw: Any, step: str, field: str) -> Option:
    option_id = r.name(raw, "id", step)
    label = r.text(raw, "label", step, required=True)
    label_zh = r.text(raw, "label_zh", step, required=True)
    return Option(option_id, label, label_zh)
