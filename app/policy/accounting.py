"""The accounting entries of a refund (seed 002), amounts in integer fen.

1. Reverse the sale: Dr main business revenue (net), Dr VAT payable - output VAT; Cr bank.
2. Reverse the cost, when goods come back: Dr inventory; Cr cost of goods sold.

The VAT rate is a table row (``[[rate]] id = "vat_general"``), the version in force on the
date of the sale being reversed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction

from app.policy.errors import MoneyError
from app.policy.money import check_fen
from app.policy.rules import RuleTable

REVENUE = ("main business revenue", "主营业务收入")
OUTPUT_VAT = ("VAT payable - output VAT", "应交税费——应交增值税(销项税额)")
BANK = ("bank deposits", "银行存款")
INVENTORY = ("inventory goods", "库存商品")
COST = ("cost of goods sold", "主营业务成本")


@dataclass(frozen=True)
class JournalLine:
    """One side of an entry: exactly one of ``debit_fen`` / ``credit_fen`` is non-zero."""

    account: str
    account_zh: str
    debit_fen: int = 0
    credit_fen: int = 0


@dataclass(frozen=True)
class JournalEntry:
    """A balanced entry: debits equal credits."""

    memo: str
    memo_zh: str
    lines: tuple[JournalLine, ...]

    @property
    def balanced(self) -> bool:
        return sum(x.debit_fen for x in self.lines) == sum(x.credit_fen for x in self.lines)


def split_vat(gross_fen: int, rate: Fraction) -> tuple[int, int]:
    """(net, VAT) of a VAT-inclusive amount: net = gross / (1 + rate) rounded half up to the
    fen, VAT = gross - net, so the two always sum to ``gross_fen``."""
    gross = check_fen(gross_fen, "gross_fen")
    if rate < 0:
        raise MoneyError("negative", f"rate must not be negative, got {rate}")
    exact = Fraction(gross) / (1 + rate)
    net = int((exact + Fraction(1, 2)) // 1)
    return net, gross - net


def _dr(account: tuple[str, str], fen: int) -> JournalLine:
    return JournalLine(account[0], account[1], debit_fen=fen)


def _cr(account: tuple[str, str], fen: int) -> JournalLine:
    return JournalLine(account[0], account[1], credit_fen=fen)


def refund_entries(
    table: RuleTable, *, refund_fen: int, sold_on: dt.date, returned_cost_fen: int = 0
) -> tuple[JournalEntry, ...]:
    """The entries of a refund of ``refund_fen`` (VAT included) for a sale made on ``sold_on``.

    ``returned_cost_fen`` is the cost of the goods that came back; zero (a refund without a
    return) leaves out the cost reversal. Zero-amount lines are left out.
    """
    rate = table.rate("vat_general", sold_on).fraction
    net, vat = split_vat(refund_fen, rate)
    sale = JournalEntry(
        "reverse the sale",
        "冲回收入",
        tuple(
            x
            for x in (_dr(REVENUE, net), _dr(OUTPUT_VAT, vat), _cr(BANK, refund_fen))
            if _nonzero(x)
        ),
    )
    cost = check_fen(returned_cost_fen, "returned_cost_fen")
    if cost == 0:
        return (sale,)
    reversal = JournalEntry("reverse the cost", "结转成本", (_dr(INVENTORY, cost), _cr(COST, cost)))
    return (sale, reversal)


def _nonzero(line: JournalLine) -> bool:
    return bool(line.debit_fen or line.credit_fen)
