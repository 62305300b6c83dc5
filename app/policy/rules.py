"""Rule rows, rate rows and the resolved table of one platform."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction

from app.policy.errors import UnknownRateError


@dataclass(frozen=True)
class Rule:
    """One version of one rule: a row of ``[[rule]]`` in a table or in the overrides file.

    ``when`` names conditions (see :mod:`app.policy.conditions`) that must all hold for the row
    to apply; rows of one ``id`` with different ``when`` lists are variants of the rule.
    ``ends_with`` names the event that fulfils the window (e.g. ``shipped_at`` for ``ship_by``).
    ``origin`` is the table the row came from (``law``, ``douyin``...) or ``override``.
    """

    id: str
    duration: int
    unit: str
    start_event: str
    clock: str
    effective_from: dt.date
    source: str
    when: tuple[str, ...] = ()
    party: str = "merchant"
    ends_with: str | None = None
    title: str = ""
    title_zh: str = ""
    confidence: str | None = None
    note: str = ""
    origin: str = ""
    file: str = ""
    row: int = 0

    @property
    def variant(self) -> tuple[str, tuple[str, ...]]:
        """The key a version belongs to: (rule id, sorted conditions)."""
        return (self.id, tuple(sorted(self.when)))

    def in_force_on(self, day: dt.date) -> bool:
        return self.effective_from <= day


@dataclass(frozen=True)
class Rate:
    """One version of a rate, e.g. the general VAT rate (``vat_general``, 13 percent)."""

    id: str
    value: int
    unit: str
    effective_from: dt.date
    source: str
    title: str = ""
    title_zh: str = ""
    note: str = ""
    origin: str = ""
    file: str = ""
    row: int = 0

    @property
    def fraction(self) -> Fraction:
        """The rate as an exact fraction (13 percent -> 13/100)."""
        return Fraction(self.value, 100)


@dataclass(frozen=True)
class RuleTable:
    """Every rule and rate row that applies to ``platform``, inheritance and overrides done."""

    platform: str
    rules: tuple[Rule, ...]
    rates: tuple[Rate, ...] = ()
    files: tuple[str, ...] = ()
    tolerance_seconds: int = 0

    def rule_ids(self) -> tuple[str, ...]:
        """Rule ids in table order, each once."""
        return tuple(dict.fromkeys(rule.id for rule in self.rules))

    def versions(self, rule_id: str) -> tuple[Rule, ...]:
        """Every row (all variants and versions) of ``rule_id``."""
        return tuple(rule for rule in self.rules if rule.id == rule_id)

    def rate(self, rate_id: str, on: dt.date) -> Rate:
        """The version of rate ``rate_id`` in force on ``on`` (latest effective date wins)."""
        in_force = [r for r in self.rates if r.id == rate_id and r.effective_from <= on]
        if not in_force:
            raise UnknownRateError(rate_id, on)
        return max(in_force, key=lambda r: r.effective_from)
