"""The script model: what a TOML file under ``resources/sops/`` becomes once loaded.

Frozen data only; loading and validation live in :mod:`app.workflows.loader` and
:mod:`app.workflows.validate`, the behaviour of each step kind in :mod:`app.workflows.engine`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import Any


class StepKind(StrEnum):
    SAY = "say"  # suggested words to the buyer
    ASK = "ask"  # the agent records the buyer's answer as a choice
    INPUT = "input"  # the agent enters values (amounts, files, tracking numbers, weights)
    CHECK = "check"  # an automatic test against the rules engine or the record
    ACTION = "action"  # create or advance a record (a service call)
    HANDOFF = "handoff"  # continue in another script
    END = "end"  # the outcome, and the ticket's new status


#: Steps the agent answers; the others run by themselves when the run reaches them.
INTERACTIVE = frozenset({StepKind.SAY, StepKind.ASK, StepKind.INPUT, StepKind.ACTION})


class FieldType(StrEnum):
    TEXT = "text"  # one line
    LONG_TEXT = "long_text"  # a paragraph (a written reason)
    LINES = "lines"  # several lines, kept as a list (quoted chat lines)
    MONEY = "money"  # integer fen; text is read as yuan ("12.50")
    WEIGHT = "weight"  # grams
    NUMBER = "number"  # a whole number
    TRACKING = "tracking"  # a tracking number
    CARRIER = "carrier"  # a carrier's name
    CHOICE = "choice"  # one of ``options``
    DATETIME = "datetime"  # an aware instant
    FILES = "files"  # stored evidence files (app.services.attachments.store_file)
    ITEM = "item"  # an item of the ticket's order
    BOOL = "bool"


@dataclass(frozen=True)
class Option:
    id: str
    label: str
    label_zh: str


@dataclass(frozen=True)
class Field:
    name: str
    type: FieldType
    label: str
    label_zh: str
    required: bool = True
    options: tuple[Option, ...] = ()
    default: Any = None  # a literal, or "@name" (a built-in value such as "@carrier")
    hint: str = ""
    hint_zh: str = ""


@dataclass(frozen=True)
class Choice:
    id: str
    label: str
    label_zh: str
    next: str


@dataclass(frozen=True)
class Step:
    id: str
    kind: StepKind
    title: str = ""  # for the agent: what this step is about
    title_zh: str = ""
    text: str = ""  # suggested words to the buyer (placeholders allowed)
    text_zh: str = ""
    hint: str = ""  # advice to the agent, never sent
    hint_zh: str = ""
    next: str | None = None
    choices: tuple[Choice, ...] = ()
    fields: tuple[Field, ...] = ()
    test: str | None = None  # check: the check's name
    yes: str | None = None
    no: str | None = None
    do: str | None = None  # action: the action's name
    params: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    on_approved: str | None = None  # action: after a supervisor's decision
    on_refused: str | None = None
    to: str | None = None  # handoff: the script to continue in
    at: str | None = None  # handoff: the step to start at (default: its start)
    outcome: str | None = None  # end
    status: str | None = None  # end: the ticket's new status; others: status on arrival

    def targets(self) -> list[tuple[str, str]]:
        """(field, step id) of every step this one can lead to within its script."""
        found = [("next", self.next), ("yes", self.yes), ("no", self.no)]
        found += [("on_approved", self.on_approved), ("on_refused", self.on_refused)]
        found += [(f"choice '{c.id}'", c.next) for c in self.choices]
        return [(name, target) for name, target in found if target]


@dataclass(frozen=True)
class Script:
    id: str
    version: int
    title: str
    title_zh: str
    start: str
    steps: Mapping[str, Step]
    kinds: tuple[str, ...] = ()  # ticket kinds the script is offered for
    summary: str = ""
    summary_zh: str = ""
    path: Path | None = None

    def step(self, step_id: str) -> Step:
        return self.steps[step_id]

    def fields(self) -> dict[str, Field]:
        """Every field any step of the script asks for, by name."""
        return {f.name: f for s in self.steps.values() for f in s.fields}
