"""The engine's input: plain frozen data about one order (and one after-sale case on it).

Services build these from ORM rows; the engine never sees a Session. All times are aware
instants; the engine evaluates them in ``shop_tz``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from pendulum import DateTime

from app.policy import vocab
from app.policy.errors import PolicyInputError, UnknownEventError
from app.policy.instants import aware, zone


def _choice(value: str, allowed: Iterable[str], name: str) -> None:
    allowed = tuple(allowed)
    if value not in allowed:
        raise PolicyInputError(name, f"'{value}' is not one of {', '.join(allowed)}")


def _fen(value: object, name: str) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise PolicyInputError(name, f"expected a non-negative integer of fen, got {value!r}")


def checked_events(events: Mapping[str, object]) -> Mapping[str, DateTime]:
    """Validate event names and times; returns a read-only mapping of aware DateTimes."""
    checked: dict[str, DateTime] = {}
    for name, value in events.items():
        if name not in vocab.EVENTS:
            raise UnknownEventError(name)
        checked[name] = aware(value, field=name)
    return MappingProxyType(checked)


@dataclass(frozen=True)
class PlatformDeadline:
    """A deadline the platform itself reported for one rule of this order or case.

    ``field`` names where it came from, e.g. ``exp_ship_time`` (Douyin order -> ``ship_by``),
    ``status_deadline`` (Douyin after-sale node -> the rule of that node) or
    ``refund_remind_timeout`` (Taobao refund -> usually ``merchant_response_due``).
    """

    rule_id: str
    ends_at: DateTime
    field: str = "platform"

    def __post_init__(self) -> None:
        object.__setattr__(self, "ends_at", aware(self.ends_at, field=self.rule_id))


@dataclass(frozen=True)
class ItemFacts:
    """One order line: its amount in fen and the state of its after-sale."""

    item_id: str
    amount_fen: int = 0
    aftersale_state: str = "none"
    refunded_fen: int = 0
    normal_goods: bool = True

    def __post_init__(self) -> None:
        _choice(self.aftersale_state, vocab.AFTERSALE_STATES, "aftersale_state")
        _fen(self.amount_fen, "amount_fen")
        _fen(self.refunded_fen, "refunded_fen")


@dataclass(frozen=True)
class OrderFacts:
    """What the engine may know about an order and the after-sale case being handled.

    ``events`` maps names from :data:`app.policy.vocab.EVENTS` to aware instants; order events
    (``paid_at``, ``signed_at``...) and the case's events (``refund_requested_at``...) share
    it, so build one ``OrderFacts`` per (order, case). Category flags select rule variants
    (a table row's ``when`` list names them).
    """

    platform: str
    events: Mapping[str, DateTime] = field(default_factory=dict)
    shop_tz: str = "Asia/Shanghai"
    payment: str = "online"
    state: str = "placed"
    items: tuple[ItemFacts, ...] = ()
    no_reason_eligible: bool = True
    three_guarantees_goods: bool = False
    durable_goods: bool = False
    return_carrier: str = "express"
    platform_deadlines: tuple[PlatformDeadline, ...] = ()

    def __post_init__(self) -> None:
        _choice(self.platform, vocab.PLATFORMS, "platform")
        _choice(self.payment, vocab.PAYMENTS, "payment")
        _choice(self.state, vocab.ORDER_STATES, "state")
        _choice(self.return_carrier, vocab.RETURN_CARRIERS, "return_carrier")
        zone(self.shop_tz)
        object.__setattr__(self, "events", checked_events(self.events))
        object.__setattr__(self, "items", tuple(self.items))
        object.__setattr__(self, "platform_deadlines", tuple(self.platform_deadlines))

    def event(self, name: str) -> DateTime | None:
        """The instant of event ``name``, or ``None`` when it has not happened."""
        if name not in vocab.EVENTS:
            raise UnknownEventError(name)
        return self.events.get(name)

    def item(self, item_id: str) -> ItemFacts:
        """The item with ``item_id``; a typed error when the order has no such item."""
        for item in self.items:
            if item.item_id == item_id:
                return item
        raise PolicyInputError("item_id", f"no item '{item_id}' in this order")

    def platform_deadline(self, rule_id: str) -> PlatformDeadline | None:
        """The platform-reported deadline for ``rule_id``, if the record carried one."""
        return next((d for d in self.platform_deadlines if d.rule_id == rule_id), None)
