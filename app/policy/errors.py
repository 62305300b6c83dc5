"""Typed errors of the rules engine.

Every error carries a stable ``code`` that the UI maps to translated text; ``str(error)`` is a
single English line meant for logs and the command line.
"""

from __future__ import annotations

from pathlib import Path

from app.errors import KefuError


class PolicyError(KefuError):
    """Base class of every error raised by :mod:`app.policy` (a :class:`KefuError`)."""

    code = "policy_error"


class PolicyTableError(PolicyError):
    """A rule table (or the overrides file) is malformed; names file, row and field.

    ``row`` is the 1-based position of the row in its array (``[[rule]]`` or ``[[rate]]``),
    ``None`` for file-level problems; ``field`` is ``None`` when no single field is at fault.
    ``reason`` is a finer stable code: ``syntax``, ``missing_field``, ``unknown_field``,
    ``bad_value``, ``duplicate_version``, ``missing_file``, ``bad_inheritance``.
    """

    code = "policy_table_invalid"

    def __init__(
        self,
        file: Path | str,
        row: int | None,
        field: str | None,
        message: str,
        *,
        reason: str = "bad_value",
        section: str = "rule",
    ) -> None:
        self.file = str(file)
        self.row = row
        self.field = field
        self.message = message
        self.reason = reason
        self.section = section
        super().__init__(self._line(), file=self.file, row=row, field=field, detail=message)

    def _line(self) -> str:
        parts = [self.file]
        if self.row is not None:
            parts.append(f"{self.section} {self.row}")
        if self.field is not None:
            parts.append(f"field '{self.field}'")
        parts.append(self.message)
        return ": ".join(parts)


class PolicyInputError(PolicyError, ValueError):
    """The facts handed to the engine are unusable (unknown event, naive time, bad state...)."""

    code = "policy_input_invalid"

    def __init__(self, field: str, message: str, *, reason: str = "bad_value") -> None:
        self.field = field
        self.message = message
        self.reason = reason
        super().__init__(f"{field}: {message}", field=field, detail=message)


class UnknownEventError(PolicyInputError):
    """An event name outside :data:`app.policy.vocab.EVENTS`."""

    code = "policy_unknown_event"

    def __init__(self, name: str) -> None:
        super().__init__(name, f"unknown event '{name}'", reason="unknown_event")
        self.name = name


class UnknownRateError(PolicyError, LookupError):
    """No rate row with that id is in force on the date asked."""

    code = "policy_unknown_rate"

    def __init__(self, rate_id: str, on: object) -> None:
        self.rate_id = rate_id
        super().__init__(f"no rate '{rate_id}' in force on {on}", rate_id=rate_id, on=str(on))


class MoneyError(PolicyError, ValueError):
    """A money computation got amounts it cannot honour (negative, float, over-allocation)."""

    code = "policy_money_invalid"

    def __init__(self, reason: str, message: str) -> None:
        self.reason = reason
        super().__init__(message, reason=reason)
