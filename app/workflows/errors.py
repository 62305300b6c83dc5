"""Typed errors of the workflow layer (codes are stable; ``ui/`` translates them)."""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import Conflict, InvalidInput, KefuError


@dataclass(frozen=True)
class ScriptError:
    """One problem in one script file: where (file, step, field) and what."""

    file: str
    step: str | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = [self.file]
        if self.step is not None:
            where.append(f"step '{self.step}'")
        if self.field is not None:
            where.append(f"field '{self.field}'")
        return ": ".join([*where, self.message])


class ScriptUnavailable(KefuError):
    """The script does not exist or did not load; ``errors`` says why."""

    code = "workflow_script_unavailable"

    def __init__(self, script_id: str, errors: tuple[ScriptError, ...] = ()) -> None:
        detail = "; ".join(str(e) for e in errors[:3]) or "no such script"
        super().__init__(f"script {script_id!r} cannot be used: {detail}", script=script_id)
        self.errors = errors


class RunExists(Conflict):
    """The ticket already has a run going (finish or abandon it first)."""

    code = "workflow_run_exists"


class WrongStep(Conflict):
    """The answer is for a step the run no longer stands at (another agent, or a sync)."""

    code = "workflow_wrong_step"


class RunNotActive(KefuError):
    """The run has ended, was abandoned, or waits for a supervisor's decision."""

    code = "workflow_run_not_active"


class CannotGoBack(KefuError):
    """Back is refused: at the first step, past records already made, or not running."""

    code = "workflow_cannot_go_back"


class AnswerInvalid(InvalidInput):
    """The answer does not fit the step (unknown choice, a missing or malformed value)."""

    code = "workflow_answer_invalid"
