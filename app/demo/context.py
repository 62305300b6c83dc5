"""The parameters of a demo build and the state of one chunk of tickets being generated.

Chunks are independent: chunk ``k`` draws from its own ``random.Random`` seeded with the demo
seed and ``k``, and numbers its orders and buyers from ``k``. So chunks can be generated in
any order or in another process, and the database comes out the same.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from app.demo import rows

CHUNK = 1_000  # tickets per chunk; part of the seed's meaning, keep it fixed
SERIALS = 100_000  # order and buyer numbers per chunk


@dataclass(frozen=True)
class Plan:
    """What every chunk needs to know (plain values, so it pickles for a worker process)."""

    seed: int
    tickets: int
    anchor: int  # ms
    span: int  # ms of history the tickets spread over
    opened: int  # ms: when the shops opened on the platforms
    shops: dict[str, int]  # shop key -> id
    agents: dict[str, int]  # username -> id
    tags: tuple[int, ...]  # ids, in the order of staff.TAGS

    @property
    def chunks(self) -> int:
        return -(-self.tickets // CHUNK)


@dataclass
class Buyer:
    id: int
    shop: str
    created: int


@dataclass
class Chunk:
    plan: Plan
    index: int
    rng: random.Random = field(init=False)
    out: dict[str, list[tuple]] = field(init=False)
    buyers: dict[str, list[Buyer]] = field(init=False)
    _orders: int = 0
    _buyers: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(f"kefu-demo:{self.plan.seed}:{self.index}")
        self.out = {name: [] for name in rows.ORDER}
        self.buyers = {key: [] for key in self.plan.shops}

    @property
    def first(self) -> int:
        return self.index * CHUNK

    @property
    def last(self) -> int:
        return min(self.plan.tickets, self.first + CHUNK)

    def order_serial(self) -> int:
        self._orders += 1
        return self.index * SERIALS + self._orders

    def buyer_serial(self) -> int:
        self._buyers += 1
        return self.index * SERIALS + self._buyers

    def agent(self, username: str) -> int:
        return self.plan.agents[username]
