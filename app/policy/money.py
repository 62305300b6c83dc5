"""Money rules in integer fen (分): discount allocation, refundable amounts, refund sources.

No floats anywhere: every input must be an ``int`` (``bool`` refused) and every output is one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.policy.errors import MoneyError
from app.policy.facts import OrderFacts


def check_fen(value: object, name: str) -> int:
    """``value`` if it is a non-negative ``int`` of fen; a :class:`MoneyError` otherwise."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise MoneyError(
            "not_integer_fen", f"{name} must be an integer number of fen, got {value!r}"
        )
    if value < 0:
        raise MoneyError("negative", f"{name} must not be negative, got {value}")
    return value


def allocate_discount(discount_fen: int, amounts_fen: Sequence[int]) -> tuple[int, ...]:
    """Split an order-level discount over the items, in proportion to their amounts.

    Remainder rule (largest remainder, Hamilton's method): each item first gets
    ``floor(discount * amount / total)``; the fen left over (fewer than the number of items)
    go one each to the items with the largest remainder ``discount * amount mod total``; ties
    go to the larger amount, then to the earlier item.

    The parts always sum to ``discount_fen``, none is negative, and none exceeds its item's
    amount (an item's part is at most the ceiling of its exact share, which is at most its
    amount). A discount larger than the order total is refused.
    """
    discount = check_fen(discount_fen, "discount_fen")
    amounts = [check_fen(a, f"amounts_fen[{i}]") for i, a in enumerate(amounts_fen)]
    total = sum(amounts)
    if discount > total:
        raise MoneyError("discount_exceeds_total", f"discount {discount} exceeds the total {total}")
    if discount == 0:
        return tuple(0 for _ in amounts)
    parts = [discount * amount // total for amount in amounts]
    left = discount - sum(parts)
    order = sorted(
        range(len(amounts)), key=lambda i: (-(discount * amounts[i] % total), -amounts[i], i)
    )
    for index in order[:left]:
        parts[index] += 1
    return tuple(parts)


def refundable_fen(*, amount_fen: int, discount_fen: int = 0, refunded_fen: int = 0) -> int:
    """What may still be refunded for one item: its amount, less its share of the order
    discount, less what was refunded already. Refuses inputs that would make it negative."""
    paid = check_fen(amount_fen, "amount_fen") - check_fen(discount_fen, "discount_fen")
    if paid < 0:
        raise MoneyError("discount_exceeds_amount", f"discount {discount_fen} exceeds {amount_fen}")
    left = paid - check_fen(refunded_fen, "refunded_fen")
    if left < 0:
        raise MoneyError("over_refunded", f"refunded {refunded_fen} exceeds the paid {paid}")
    return left


def refundable_by_item(facts: OrderFacts, order_discount_fen: int) -> dict[str, int]:
    """:func:`refundable_fen` of every item of ``facts``, the order discount allocated first."""
    shares = allocate_discount(order_discount_fen, [item.amount_fen for item in facts.items])
    return {
        item.item_id: refundable_fen(
            amount_fen=item.amount_fen, discount_fen=share, refunded_fen=item.refunded_fen
        )
        for item, share in zip(facts.items, shares, strict=True)
    }


@dataclass(frozen=True)
class RefundSources:
    """Where the money of one refund comes from, in fen.

    Before settlement the platform still holds the buyer's payment (``escrow_fen``). After
    settlement it is taken from the merchant's payout balance first, then from the deposit;
    ``shortfall_fen`` is what neither covers (the merchant owes it to the platform).
    """

    escrow_fen: int = 0
    payout_fen: int = 0
    deposit_fen: int = 0
    shortfall_fen: int = 0

    @property
    def total_fen(self) -> int:
        return self.escrow_fen + self.payout_fen + self.deposit_fen + self.shortfall_fen


def refund_sources(
    refund_fen: int, *, settled: bool, payout_balance_fen: int = 0, deposit_balance_fen: int = 0
) -> RefundSources:
    """Split ``refund_fen`` over its sources (seed 000: payout first, then the deposit)."""
    refund = check_fen(refund_fen, "refund_fen")
    if not settled:
        return RefundSources(escrow_fen=refund)
    from_payout = min(refund, check_fen(payout_balance_fen, "payout_balance_fen"))
    from_deposit = min(refund - from_payout, check_fen(deposit_balance_fen, "deposit_balance_fen"))
    return RefundSources(
        payout_fen=from_payout,
        deposit_fen=from_deposit,
        shortfall_fen=refund - from_payout - from_deposit,
    )
