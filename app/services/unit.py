"""The write path: every change is a service function run as one unit of work.

A service is a plain function ``fn(s: Session, actor: Actor, **kwargs) -> Changes`` decorated
with :func:`mutation`. The decorator:

- coerces keyword arguments to the types the function declares (ids from strings, times
  from ISO text, enums from values), so the same call can be replayed from JSON;
- fills the ids of records it creates and the instant it happens, *before* recording, so a
  replay on the team server makes the same rows at the same time;
- runs the function in one transaction that also appends the outbox mutation;
- turns database failures (disk full, locked, damaged) into :class:`StoreError`.

Service functions write their own audit entry and timeline events with :func:`audit` and
:func:`timeline`. The undecorated function is kept as ``.apply`` for the sync server.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import inspect
import types
import typing
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import pendulum
from pendulum import DateTime
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from app import clock
from app.db.engine import WRITE_OPTION
from app.errors import InvalidInput, PermissionDenied, StoreError
from app.models import Agent, AuditEntry, Role, TicketEvent, new_id
from app.sync import capture, outbox

# Session info key: this store is a replica of a team server, so each local write keeps the
# undo images of the rows it touched until the server confirms it (see app.sync.replica).
REPLICA = "kefu_replica"


@dataclass(frozen=True)
class Actor:
    """Who is acting: the logged-in agent."""

    agent_id: uuid.UUID
    role: Role
    name: str = ""

    @property
    def is_supervisor(self) -> bool:
        return self.role in (Role.SUPERVISOR, Role.ADMIN)


@dataclass
class Changes:
    """What a write changed, so each pane can decide whether to refresh."""

    tickets: set[uuid.UUID] = field(default_factory=set)
    customers: set[uuid.UUID] = field(default_factory=set)
    orders: set[uuid.UUID] = field(default_factory=set)
    queue: bool = False  # rows may have moved, appeared or vanished
    conversation: bool = False
    created: uuid.UUID | None = None
    initiator: object | None = None  # the pane that asked, set by the UI

    def merge(self, other: Changes) -> Changes:
        self.tickets |= other.tickets
        self.customers |= other.customers
        self.orders |= other.orders
        self.queue = self.queue or other.queue
        self.conversation = self.conversation or other.conversation
        return self


Service = Callable[..., Changes]
REGISTRY: dict[str, Service] = {}


def mutation(
    name: str, version: int = 1, *, creates: tuple[str, ...] = (), stamps: tuple[str, ...] = ()
) -> Callable[[Callable[..., Changes]], Service]:
    full = f"{name}/{version}"

    def decorate(fn: Callable[..., Changes]) -> Service:
        hints = typing.get_type_hints(fn)
        params = inspect.signature(fn).parameters

        @functools.wraps(fn)
        def run(sessions: sessionmaker[Session], *, actor: Actor, **kwargs: Any) -> Changes:
            kwargs = _prepare(kwargs, hints, params, creates, stamps)
            try:
                with sessions.begin() as s:
                    s.connection(execution_options={WRITE_OPTION: True})
                    replica = s.info.get(REPLICA)
                    tracker = capture.track(s, before_images=True) if replica else None
                    check_actor(s, actor)
                    changes = fn(s, actor, **kwargs)
                    run_deferred(s)
                    s.flush()
                    if tracker is not None:
                        capture.untrack(s)
                    entry = outbox.append(
                        s, name=full, args=encode(kwargs), agent_id=actor.agent_id
                    )
                    if tracker is not None:
                        outbox.keep_undo(s, entry, tracker)
            except DBAPIError as exc:
                raise store_error(exc) from exc
            return changes

        run.apply = fn  # type: ignore[attr-defined]
        run.prepare = lambda kwargs: _prepare(  # type: ignore[attr-defined]
            dict(kwargs), hints, params, creates, stamps
        )
        run.mutation_name = full  # type: ignore[attr-defined]
        REGISTRY[full] = run
        return run

    return decorate


def defer(s: Session, key: object, work: Callable[[], None]) -> None:
    """Run ``work`` once at the end of this unit of work, however often it is asked for
    under the same ``key`` (the last request wins): e.g. a ticket's due time, recomputed once
    after every record the unit changed."""
    s.info.setdefault(_DEFERRED, {})[key] = work


def forget(s: Session, key: object) -> None:
    """Drop deferred work that is no longer needed (it was just done)."""
    s.info.get(_DEFERRED, {}).pop(key, None)


def run_deferred(s: Session) -> None:
    """Run the deferred work in the order it was first asked for (more may be deferred
    meanwhile; it runs too)."""
    while s.info.get(_DEFERRED):
        pending = s.info.pop(_DEFERRED)
        for work in pending.values():
            work()


_DEFERRED = "kefu_deferred"


def _prepare(
    kwargs: dict[str, Any],
    hints: dict[str, Any],
    params: typing.Mapping[str, inspect.Parameter],
    creates: tuple[str, ...],
    stamps: tuple[str, ...],
) -> dict[str, Any]:
    unknown = set(kwargs) - set(params)
    if unknown:
        raise InvalidInput(f"unknown arguments: {', '.join(sorted(unknown))}")
    out = {k: coerce(v, hints.get(k), k) for k, v in kwargs.items()}
    for key in creates:
        if out.get(key) is None:
            out[key] = new_id()
    for key in stamps:
        if out.get(key) is None:
            out[key] = clock.now()
    return out


def coerce(value: Any, hint: Any, name: str = "value") -> Any:
    """Turn a JSON-ish value into the declared type (UUID, DateTime, enum, lists of them)."""
    if value is None or hint is None:
        return value
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        return coerce(value, options[0], name) if len(options) == 1 else value
    if origin in (list, tuple, set, frozenset):
        (inner, *_) = typing.get_args(hint) or (None,)
        return [coerce(v, inner, name) for v in value]
    try:
        if hint is uuid.UUID and not isinstance(value, uuid.UUID):
            return uuid.UUID(str(value))
        if hint is DateTime:
            return _as_datetime(value)
        if isinstance(hint, type) and issubclass(hint, enum.Enum):
            return hint(value)
    except (ValueError, TypeError) as exc:
        raise InvalidInput(f"bad {name}: {value!r}", field=name) from exc
    return value


def _as_datetime(value: Any) -> DateTime:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("naive datetime")
        return pendulum.instance(value)
    parsed = pendulum.parse(str(value), tz=None)  # text without an offset stays naive
    if not isinstance(parsed, DateTime) or parsed.tzinfo is None:
        raise ValueError("not an aware timestamp")
    return parsed


def encode(value: Any) -> Any:
    """A JSON-safe copy: ids and enums as strings, times as ISO 8601 in UTC, dataclasses as
    dicts."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return encode(dataclasses.asdict(value))
    if isinstance(value, dict):
        return {k: encode(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [encode(v) for v in value]
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        return pendulum.instance(value).in_timezone("UTC").isoformat()
    return value


def check_actor(s: Session, actor: Actor) -> Agent:
    agent = s.get(Agent, actor.agent_id)
    if agent is None or not agent.active:
        raise PermissionDenied("this agent account does not exist or is disabled")
    if agent.role != actor.role:
        raise PermissionDenied("the agent's role changed; log in again")
    s.info[_AGENT] = agent  # held for the unit of work (the identity map holds it weakly)
    return agent


def acting_agent(s: Session, actor: Actor) -> Agent:
    """The acting agent's row, as checked at the start of this unit of work."""
    agent = s.info.get(_AGENT)
    return (
        agent if agent is not None and agent.id == actor.agent_id else s.get(Agent, actor.agent_id)
    )


_AGENT = "kefu_agent"


def keep(s: Session, obj: object) -> None:
    """Hold ``obj`` for the rest of the unit of work: the identity map holds clean objects
    weakly, and one looked up again later would cost another statement."""
    s.info.setdefault(_KEPT, []).append(obj)


_KEPT = "kefu_kept"


def audit(
    s: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: uuid.UUID | None,
    *,
    ticket_id: uuid.UUID | None = None,
    order_id: uuid.UUID | None = None,
    at: DateTime | None = None,
    **details: Any,
) -> None:
    s.add(
        AuditEntry(
            at=at or clock.now(),
            agent_id=actor.agent_id,
            action=action,
            entity=entity,
            entity_id=entity_id,
            ticket_id=ticket_id,
            order_id=order_id,
            details=encode(details),
        )
    )


def timeline(
    s: Session,
    actor: Actor | None,
    ticket_id: uuid.UUID,
    what: str,
    *,
    at: DateTime | None = None,
    **data: Any,
) -> None:
    s.add(
        TicketEvent(
            ticket_id=ticket_id,
            at=at or clock.now(),
            actor_id=actor.agent_id if actor else None,
            kind=what,
            data=encode(data),
        )
    )


def store_error(exc: DBAPIError) -> StoreError:
    msg = str(exc.orig)
    low = msg.lower()
    if "disk is full" in low or "no space" in low:
        return StoreError("disk_full", f"the disk is full; nothing was saved ({msg})")
    if "locked" in low or "busy" in low:
        return StoreError("locked", f"the database is busy; nothing was saved ({msg})")
    if "readonly" in low or "read-only" in low:
        return StoreError("read_only", f"the database is read-only; nothing was saved ({msg})")
    if "malformed" in low or "not a database" in low:
        return StoreError("damaged", f"the database is damaged; nothing was saved ({msg})")
    return StoreError("write_failed", f"the database refused the change; nothing was saved ({msg})")
