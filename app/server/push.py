"""Applying a workstation's pushed mutations, in groups committed together.

For each mutation, in the order sent: one already taken is answered as it was the first time;
a gap (a number skipped) stops the batch; anything else runs through the same service as on
the workstation, as the agent who owns the token, in a savepoint of its own. A business
refusal (a typed error from the service, a broken uniqueness) rolls back that savepoint but
not the mutation's bookkeeping: the result "rejected, because ..." and the device's last
mutation id are committed with the group, so a rejected mutation never blocks the ones behind
it. A database fault (the server's own trouble) drops the whole group uncommitted; the client
sends it again later.
"""

from __future__ import annotations

import logging
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app import clock
from app.db.engine import WRITE_OPTION
from app.errors import KefuError
from app.models import Agent, Device, PushResult
from app.server import changes
from app.server.lww import Stamper
from app.services import unit
from app.sync import capture

log = logging.getLogger(__name__)
BUDGET_S = 8.0
GROUP_MAX = 200  # mutations per commit
GROUP_S = 0.3  # and at most this long: other pushers wait on the stream rows meanwhile


@dataclass
class Pushed:
    mutation_id: int
    id: uuid.UUID
    name: str
    args: dict[str, Any]
    hlc: str
    agent_id: uuid.UUID | None


@dataclass
class Outcome:
    mutation_id: int
    state: str  # applied | rejected | gap | retry
    code: str = ""
    reason: str = ""
    marks: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "mutation_id": self.mutation_id,
            "state": self.state,
            "code": self.code,
            "reason": self.reason,
            "marks": self.marks,
        }


def push(
    sessions: sessionmaker[Session], agent_id: uuid.UUID, device_id: uuid.UUID, batch: list[Pushed]
) -> tuple[list[Outcome], int]:
    """Apply ``batch``; returns the outcomes and the device's last mutation id after it.

    Mutations are committed in groups (:data:`GROUP_MAX` of them, or what
    :data:`GROUP_S` allows), each in a savepoint of its own inside the group's transaction: a
    refusal rolls back that mutation alone, while one commit covers the group. A database
    fault drops the whole group, which is answered "retry" from its first mutation on.

    A batch that takes longer than ``BUDGET_S`` is answered with what was done so far (the
    workstation sends the rest next), so an answer always comes well inside its timeout."""
    outcomes: list[Outcome] = []
    started = time.monotonic()
    pos = 0
    while pos < len(batch):
        group = _group(sessions, agent_id, device_id, batch[pos:])
        outcomes.extend(group)
        pos += len(group)
        if not group or group[-1].state in ("gap", "retry"):
            break
        if time.monotonic() - started > BUDGET_S:
            break
    with sessions() as s:
        last = s.scalar(select(Device.last_mutation_id).where(Device.id == device_id)) or 0
    return outcomes, int(last)


def _group(sessions: sessionmaker[Session], agent_id: uuid.UUID, device_id: uuid.UUID,
           rest: list[Pushed]) -> list[Outcome]:  # fmt: skip
    """Take the first mutations of ``rest`` in one transaction; their outcomes, in order."""
    done: list[Outcome] = []
    began = time.monotonic()
    try:
        with sessions.begin() as s:
            s.connection(execution_options={WRITE_OPTION: True})
            _hold_loaded(s)
            device = s.get(Device, device_id, with_for_update=True)
            if device is None:
                return [
                    Outcome(rest[0].mutation_id, "gap", "unknown_device", "device not registered")
                ]
            held: set[uuid.UUID] = set()  # the streams the group has locked
            for m in rest[:GROUP_MAX]:
                try:
                    outcome = _one(s, agent_id, device, m, held)
                except changes.NewStreams:
                    break  # it begins the next group, which locks its streams first
                done.append(outcome)
                if outcome.state == "gap" or time.monotonic() - began > GROUP_S:
                    break
    except OperationalError as exc:  # the database is away or busy: the group again later
        log.warning("push of %s/%s.. not taken: %s", device_id, rest[0].mutation_id, exc)
        return [
            Outcome(rest[0].mutation_id, "retry", "server_busy", "the server's database is busy")
        ]
    return done


def _hold_loaded(s: Session) -> None:
    """Keep every row the group loads (the identity map holds clean objects weakly): the
    group's next mutation on the same ticket then reads it without another statement."""
    held: list[object] = []
    s.info["kefu_group_rows"] = held
    event.listen(s, "loaded_as_persistent", lambda _s, obj: held.append(obj))


def _one(
    s: Session, agent_id: uuid.UUID, device: Device, m: Pushed, held: set[uuid.UUID]
) -> Outcome:
    if m.mutation_id <= device.last_mutation_id:
        return _earlier(s, device.id, m)
    if m.mutation_id != device.last_mutation_id + 1:
        return Outcome(
            m.mutation_id,
            "gap",
            "gap",
            f"expected mutation {device.last_mutation_id + 1}, got {m.mutation_id}",
        )
    outcome = _apply(s, agent_id, device.id, m, held)
    s.add(
        PushResult(
            device_id=device.id,
            mutation_id=m.mutation_id,
            mutation=m.id,
            name=m.name,
            hlc=m.hlc,
            state=outcome.state,
            code=outcome.code,
            reason=outcome.reason[:2000],
            marks=outcome.marks,
            at=clock.now(),
        )
    )
    device.last_mutation_id = m.mutation_id
    device.last_seen_at = clock.now()
    return outcome


def _earlier(s: Session, device_id: uuid.UUID, m: Pushed) -> Outcome:
    done = s.get(PushResult, (device_id, m.mutation_id))
    if done is None:  # taken before results were kept: nothing more to say
        return Outcome(m.mutation_id, "applied")
    if done.mutation != m.id:
        return Outcome(
            m.mutation_id, "gap", "reused_id", "this mutation id was taken by another mutation"
        )
    return Outcome(done.mutation_id, done.state, done.code, done.reason, dict(done.marks))


def _apply(
    s: Session, agent_id: uuid.UUID, device_id: uuid.UUID, m: Pushed, held: set[uuid.UUID]
) -> Outcome:
    agent = s.get(Agent, agent_id)
    if agent is None or not agent.active:
        return Outcome(m.mutation_id, "rejected", "permission_denied", "account disabled")
    if m.agent_id is not None and m.agent_id != agent_id:
        return Outcome(
            m.mutation_id,
            "rejected",
            "permission_denied",
            "a mutation can only be pushed by the agent who made it",
        )
    service = unit.REGISTRY.get(m.name)
    if service is None:
        return Outcome(
            m.mutation_id, "rejected", "unknown_mutation", f"this server has no {m.name!r}"
        )
    actor = unit.Actor(agent_id=agent.id, role=agent.role, name=agent.display_name)
    stamper = Stamper(m.hlc)
    try:
        with s.begin_nested():
            tracker = capture.track(s, before_images="deleted", after_images=True, on_dirty=stamper)
            try:
                kwargs = service.prepare(m.args)  # type: ignore[attr-defined]
                unit.check_actor(s, actor)
                service.apply(s, actor, **kwargs)  # type: ignore[attr-defined]
                unit.run_deferred(s)
                s.flush()
                marks = changes.record(
                    s, tracker, device_id=device_id, mutation_id=m.mutation_id, held=held
                )
            finally:
                capture.untrack(s)
                s.info.pop(unit._DEFERRED, None)
    except changes.NewStreams:
        raise  # rolled back; the mutation starts the next group
    except KefuError as exc:
        return Outcome(m.mutation_id, "rejected", exc.code, str(exc))
    except IntegrityError as exc:
        return Outcome(m.mutation_id, "rejected", "duplicate", f"already exists: {exc.orig}")
    except OperationalError:
        raise  # the database's trouble, not the mutation's: taken again later
    except DBAPIError as exc:  # a value the database refuses (too long, out of range)
        return Outcome(m.mutation_id, "rejected", "invalid_input", f"refused: {exc.orig}")
    except Exception as exc:  # noqa: BLE001 - arguments the service cannot use
        log.warning("mutation %s from %s/%s failed", m.name, device_id, m.mutation_id,
                    exc_info=True)  # fmt: skip
        return Outcome(
            m.mutation_id, "rejected", "invalid_input",
            f"the server could not apply it ({type(exc).__name__}: {exc})",
        )  # fmt: skip
    result: dict[str, Any] = {"streams": marks}
    if stamper.superseded:
        result["superseded"] = sorted(set(stamper.superseded))
    return Outcome(m.mutation_id, "applied", marks=result)
