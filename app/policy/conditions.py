"""Named conditions a table row may require in its ``when`` list (all must hold).

A condition is a predicate over :class:`~app.policy.facts.OrderFacts`. The order-stage
conditions compare the refund request with shipping and signing, so they describe the
order as it stood when the buyer asked, whatever its state is now.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from app.policy.facts import OrderFacts


def _requested_before(facts: OrderFacts, event: str) -> bool:
    """True when ``event`` happened no later than the refund request."""
    requested = facts.event("refund_requested_at")
    happened = facts.event(event)
    return requested is not None and happened is not None and happened <= requested


def unshipped(facts: OrderFacts) -> bool:
    """The refund was requested before the order shipped."""
    return facts.event("refund_requested_at") is not None and not _requested_before(
        facts, "shipped_at"
    )


def shipped_not_received(facts: OrderFacts) -> bool:
    """The refund was requested after shipping but before the parcel was signed for."""
    return _requested_before(facts, "shipped_at") and not _requested_before(facts, "signed_at")


def received(facts: OrderFacts) -> bool:
    """The refund (or return) was requested after the parcel was signed for."""
    return _requested_before(facts, "signed_at")


def return_received(facts: OrderFacts) -> bool:
    """The merchant has received the returned goods."""
    return facts.event("return_received_at") is not None


CONDITIONS: Final[dict[str, Callable[[OrderFacts], bool]]] = {
    "no_reason_eligible": lambda f: f.no_reason_eligible,
    "three_guarantees_goods": lambda f: f.three_guarantees_goods,
    "durable_goods": lambda f: f.durable_goods,
    "return_by_express": lambda f: f.return_carrier == "express",
    "return_by_post": lambda f: f.return_carrier == "post",
    "unshipped": unshipped,
    "shipped_not_received": shipped_not_received,
    "received": received,
    "return_received": return_received,
}


def holds(names: tuple[str, ...], facts: OrderFacts) -> bool:
    """True when every condition in ``names`` holds for ``facts``."""
    return all(CONDITIONS[name](facts) for name in names)
