"""The SOP engine: scripts as data (``resources/sops/*.toml``), walked on a ticket by a stored
run. Qt-free; see ``docs/workflows.md`` for the script format and the public API."""

from app.workflows.catalog import Library, check_files, library
from app.workflows.controller import Advance, Controller
from app.workflows.errors import (
    AnswerInvalid,
    CannotGoBack,
    RunExists,
    RunNotActive,
    ScriptError,
    ScriptUnavailable,
    WrongStep,
)
from app.workflows.model import FieldType, Script, Step, StepKind
from app.workflows.service import abandon_run, answer_step, go_back, start_run
from app.workflows.views import (
    FieldView,
    Label,
    PastStep,
    RecordRef,
    ScriptInfo,
    StepView,
    active_run,
    current,
    runs_of,
    scripts,
)

__all__ = [
    "Advance",
    "AnswerInvalid",
    "CannotGoBack",
    "Controller",
    "FieldType",
    "FieldView",
    "Label",
    "Library",
    "PastStep",
    "RecordRef",
    "RunExists",
    "RunNotActive",
    "Script",
    "ScriptError",
    "ScriptInfo",
    "ScriptUnavailable",
    "Step",
    "StepKind",
    "StepView",
    "WrongStep",
    "abandon_run",
    "active_run",
    "answer_step",
    "check_files",
    "current",
    "go_back",
    "library",
    "runs_of",
    "scripts",
    "start_run",
]
