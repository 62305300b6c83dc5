"""Typed errors with stable codes. ``ui/`` maps each code to a translated message.

The English ``str()`` of an error is complete on its own, for the command line and logs.
"""

from __future__ import annotations

from typing import Any


class KefuError(Exception):
    """Base of every expected error. ``code`` is stable; ``params`` fill the message."""

    code = "error"

    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message)
        self.params = params


class StoreError(KefuError):
    """The local database cannot be opened or written."""

    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(message, **params)
        self.code = code


class NotFound(KefuError):
    code = "not_found"


class InvalidInput(KefuError):
    code = "invalid_input"


class PermissionDenied(KefuError):
    code = "permission_denied"


class IllegalTransition(KefuError):
    """A ticket status change that the workflow does not allow."""

    code = "illegal_transition"

    def __init__(self, current: str, target: str, allowed: list[str]) -> None:
        super().__init__(
            f"cannot change a ticket from {current} to {target}; "
            f"allowed: {', '.join(allowed) or 'none'}",
            current=current,
            target=target,
            allowed=allowed,
        )


class Conflict(KefuError):
    """The record changed underneath (another agent, or a sync) since it was read."""

    code = "conflict"


class RemedyTransition(KefuError):
    """A remedy record asked to move to a status its flow does not allow from where it is."""

    code = "remedy_illegal_transition"

    def __init__(self, entity: str, current: str, target: str, allowed: list[str]) -> None:
        super().__init__(
            f"cannot move a {entity} from {current} to {target}; "
            f"allowed: {', '.join(allowed) or 'none'}",
            entity=entity,
            current=current,
            target=target,
            allowed=allowed,
        )


class NotEligible(KefuError):
    """The rules engine refuses: ``reasons`` are its codes, ``text``/``text_zh`` its words."""

    code = "not_eligible"

    def __init__(self, message: str, *, reasons: list[str], text_zh: str = "") -> None:
        super().__init__(message, reasons=reasons, text_zh=text_zh)
        self.reasons = reasons


class PromiseOpen(KefuError):
    """The ticket cannot be resolved while a promise to the buyer is still open."""

    code = "promise_open"
