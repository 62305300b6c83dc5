"""The one injectable clock.

Everything that needs "now" asks :func:`now`; tests freeze or move time with :func:`use`.
Time is always UTC at rest; convert to the shop's time zone at the edges.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pendulum
from pendulum import DateTime

_source: Callable[[], DateTime] = lambda: pendulum.now("UTC")  # noqa: E731


def now() -> DateTime:
    """The current instant as a UTC pendulum DateTime."""
    return _source().in_timezone("UTC")


def set_source(source: Callable[[], DateTime]) -> None:
    """Replace the clock source for the whole process (tests, demos, benchmarks)."""
    global _source
    _source = source


class FrozenClock:
    """A clock that stands still until moved."""

    def __init__(self, at: DateTime) -> None:
        self.at = at.in_timezone("UTC")

    def __call__(self) -> DateTime:
        return self.at

    def advance(self, **delta: float) -> DateTime:
        self.at = self.at.add(**delta)
        return self.at


@contextmanager
def use(source: Callable[[], DateTime]) -> Iterator[Callable[[], DateTime]]:
    """Use ``source`` as the clock inside the block, then restore the previous one."""
    global _source
    previous = _source
    _source = source
    try:
        yield source
    finally:
        _source = previous
