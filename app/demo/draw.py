"""Fast draws from the seeded generator.

``random.Random.choice``/``randint``/``choices`` cost around a microsecond each, and a ticket
makes about a hundred draws; these helpers use one ``random()`` call each, which is several
times faster and just as deterministic.
"""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Sequence
from itertools import accumulate
from typing import Generic, TypeVar

T = TypeVar("T")


def pick(rng: random.Random, items: Sequence[T]) -> T:
    """One of ``items``, each as likely."""
    return items[int(rng.random() * len(items))]


def between(rng: random.Random, low: int, high: int) -> int:
    """An int from ``low`` to ``high``, both included."""
    return low + int(rng.random() * (high - low + 1))


def below(rng: random.Random, bound: int) -> int:
    """An int from 0 to ``bound - 1`` (``bound`` up to 2**53)."""
    return int(rng.random() * bound)


def chance(rng: random.Random, p: float) -> bool:
    return rng.random() < p


class Weighted(Generic[T]):
    """Values drawn in proportion to their weights."""

    def __init__(self, pairs: Sequence[tuple[T, int]]) -> None:
        self.values = tuple(value for value, _ in pairs)
        self.cumulative = tuple(accumulate(weight for _, weight in pairs))
        self.total = self.cumulative[-1]

    def draw(self, rng: random.Random) -> T:
        return self.values[bisect(self.cumulative, rng.random() * self.total)]
