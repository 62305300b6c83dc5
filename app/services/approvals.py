"""The approvals inbox: everything that waits for a supervisor's decision, whatever its kind.

Each kind of approval plugs in as an :class:`ApprovalSource`: how to list what waits, and how
to approve or refuse one record (the kind's own services, which keep their own checks, audit
and the waiting workflow run's continuation). The inbox merges the sources, the longest
waiting first, and refuses anyone who is not a supervisor before any source is asked.

To add a kind, write a module that calls :func:`register` at import and name it in
:data:`SOURCE_MODULES` (compensations above an agent's limit, in
:mod:`app.services.approvals_compensation`; price changes above it, in
:mod:`app.services.approvals_price`).
"""

from __future__ import annotations

import importlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from pendulum import DateTime
from sqlalchemy.orm import Session, sessionmaker

from app.errors import InvalidInput, PermissionDenied
from app.services.unit import Actor, Changes

# Modules that register an approval source when imported (one line per kind).
SOURCE_MODULES: tuple[str, ...] = (
    "app.services.approvals_compensation",
    "app.services.approvals_price",
)
MAX_TEXT = 1000


@dataclass(frozen=True)
class AmountChange:
    """One amount the approval would change, before and after (a price change's goods or
    shipping on one order)."""

    part: str  # a code the UI words: "goods", "shipping"
    before_fen: int
    after_fen: int
    order_no: str = ""


@dataclass(frozen=True)
class Pending:
    """One row of the inbox."""

    kind: str  # the source's kind, e.g. "compensation"
    id: uuid.UUID  # the record waiting
    ticket_id: uuid.UUID | None
    order_no: str
    buyer: str
    requested_by: str
    requested_by_id: uuid.UUID | None
    amount_fen: int  # what is asked for
    limit_fen: int | None  # the asking agent's own limit, when the kind has one
    summary: str  # what it is, in the record's own words (the reason given)
    requested_at: DateTime
    method: str = ""  # how it would be paid or applied (a code the UI words), if any
    changes: tuple[AmountChange, ...] = ()  # the amounts it would change, if the kind has any


Lister = Callable[[sessionmaker[Session]], list[Pending]]
Decider = Callable[[sessionmaker[Session], Actor, uuid.UUID, str], Changes]


@dataclass(frozen=True)
class ApprovalSource:
    kind: str
    pending: Lister
    approve: Decider  # (sessions, actor, record id, note)
    refuse: Decider  # (sessions, actor, record id, reason)


_SOURCES: dict[str, ApprovalSource] = {}
_loaded = False


def register(source: ApprovalSource) -> None:
    """Add (or replace) the source of one kind of approval."""
    _SOURCES[source.kind] = source


def sources() -> dict[str, ApprovalSource]:
    global _loaded
    if not _loaded:
        for name in SOURCE_MODULES:
            importlib.import_module(name)
        _loaded = True
    return dict(_SOURCES)


def require_supervisor(actor: Actor, what: str = "this") -> None:
    """Refuse anyone who is not a supervisor or an administrator."""
    if not actor.is_supervisor:
        raise PermissionDenied(f"only a supervisor can see or do {what}", role=actor.role.value)


def inbox(sessions: sessionmaker[Session], *, actor: Actor) -> list[Pending]:
    """Everything waiting for a supervisor, the longest-waiting first."""
    require_supervisor(actor, "the approvals inbox")
    rows = [row for source in sources().values() for row in source.pending(sessions)]
    return sorted(rows, key=lambda r: (r.requested_at, str(r.id)))


def decide(
    sessions: sessionmaker[Session],
    *,
    actor: Actor,
    kind: str,
    record_id: uuid.UUID,
    approve: bool,
    text: str = "",
) -> Changes:
    """Approve (``text`` is an optional note) or refuse (``text`` is the required reason)."""
    require_supervisor(actor, "approvals")
    source = sources().get(kind)
    if source is None:
        known = ", ".join(sorted(sources()))
        raise InvalidInput(f"unknown approval kind {kind!r}: one of {known}", field="kind")
    text = (text or "").strip()
    if len(text) > MAX_TEXT:
        raise InvalidInput(f"the text is longer than {MAX_TEXT} characters", field="text")
    if not approve and not text:
        raise InvalidInput("a refusal needs a reason", field="reason")
    decider = source.approve if approve else source.refuse
    return decider(sessions, actor, record_id, text)
