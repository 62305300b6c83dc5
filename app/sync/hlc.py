"""Hybrid logical clock stamps for outbox mutations.

A stamp is ``"<wall ms, 13 digits>-<counter, 4 digits>-<node>"``: stamps sort as strings in
causal order, never go backwards even when the wall clock does, and two devices never make
the same stamp. The last stamp and the device's node id live in the store (``kefu_meta``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app import clock
from app.models import StoreFact


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int
    node: str

    def __str__(self) -> str:
        return f"{self.wall_ms:013d}-{self.counter:04d}-{self.node}"

    @classmethod
    def parse(cls, value: str) -> Stamp:
        wall, counter, node = value.split("-", 2)
        return cls(int(wall), int(counter), node)


MAX_COUNTER = 9999  # the text form has four digits for it


def _carry(wall_ms: int, counter: int, node: str) -> Stamp:
    """A stamp whose counter fits its four digits: past 9999 it moves on one millisecond."""
    if counter > MAX_COUNTER:
        return Stamp(wall_ms + 1, 0, node)
    return Stamp(wall_ms, counter, node)


def tick(last: Stamp | None, wall_ms: int, node: str) -> Stamp:
    """The next local stamp after ``last`` at wall time ``wall_ms``."""
    if last is None or wall_ms > last.wall_ms:
        return Stamp(wall_ms, 0, node)
    return _carry(last.wall_ms, last.counter + 1, node)


def receive(last: Stamp | None, remote: Stamp, wall_ms: int, node: str) -> Stamp:
    """The local stamp after seeing ``remote`` (keeps local stamps after everything seen)."""
    top = max(s.wall_ms for s in (last, remote) if s is not None)
    wall = max(top, wall_ms)
    if wall == wall_ms and wall > top:
        return Stamp(wall, 0, node)
    counters = [s.counter for s in (last, remote) if s is not None and s.wall_ms == wall]
    return _carry(wall, max(counters, default=-1) + 1, node)


def _fact(session: Session, key: str) -> StoreFact | None:
    return session.get(StoreFact, key)


def node_id(session: Session) -> str:
    """This store's node id, made on first use."""
    fact = _fact(session, "node_id")
    if fact is None:
        fact = StoreFact(key="node_id", value=uuid.uuid4().hex[:12])
        session.add(fact)
    return fact.value


def next_stamp(session: Session) -> Stamp:
    """Advance and persist this store's clock inside the caller's transaction."""
    node = node_id(session)
    fact = _fact(session, "hlc_last")
    last = Stamp.parse(fact.value) if fact else None
    stamp = tick(last, int(clock.now().timestamp() * 1000), node)
    if fact is None:
        session.add(StoreFact(key="hlc_last", value=str(stamp)))
    else:
        fact.value = str(stamp)
    return stamp
