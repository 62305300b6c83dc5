"""A deadline window and how to pick the one that matters for a ticket."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from pendulum import DateTime

from app.policy.rules import Rule

MET, OPEN, PASSED = "met", "open", "passed"


@dataclass(frozen=True)
class Window:
    """The window of one rule for one order or case, times in the shop's time zone.

    ``source`` is ``"local"`` (computed from the table) or ``"platform"`` (the platform's own
    deadline, which wins). For a platform window ``local_ends_at`` keeps the local computation
    for display, ``disagrees_with_local`` flags a difference beyond the table's tolerance, and
    ``starts_at`` is ``None`` when no local rule applies. ``met_at`` is set once the event that
    fulfils the window (the rule's ``ends_with``) has happened.
    """

    rule_id: str
    starts_at: DateTime | None
    ends_at: DateTime
    explanation: str
    explanation_zh: str
    source: str = "local"
    local_ends_at: DateTime | None = None
    platform_field: str | None = None
    disagrees_with_local: bool = False
    party: str = "merchant"
    start_event: str | None = None
    event_at: DateTime | None = None
    met_at: DateTime | None = None
    rule: Rule | None = None

    def explain(self, lang: str = "zh") -> str:
        """The explanation in ``lang`` (``zh`` or ``en``)."""
        return self.explanation_zh if lang.startswith("zh") else self.explanation

    def status(self, now: DateTime) -> str:
        """``met`` (fulfilled), ``open`` (ends after ``now``) or ``passed``."""
        if self.met_at is not None:
            return MET
        return OPEN if self.ends_at > now else PASSED


def tightest(
    windows: Iterable[Window], now: DateTime, *, parties: Collection[str] | None = None
) -> Window | None:
    """The window that sets a ticket's due time.

    Among windows not yet fulfilled (and owed by one of ``parties``, when given): the open one
    that ends first; when none is open, the most overdue one (the earliest end). ``None`` when
    nothing is pending. Services usually pass ``parties={"merchant"}``.
    """
    pending = [w for w in windows if w.met_at is None and (parties is None or w.party in parties)]
    open_ = [w for w in pending if w.ends_at > now]
    candidates = open_ or pending
    return min(candidates, key=lambda w: (w.ends_at, w.rule_id), default=None)


def overdue(windows: Iterable[Window], now: DateTime) -> list[Window]:
    """Unfulfilled windows whose end has passed, most overdue first."""
    late = [w for w in windows if w.status(now) == PASSED]
    return sorted(late, key=lambda w: (w.ends_at, w.rule_id))
