"""Money in integer fen: discount allocation, refundable amounts, refund sources, entries."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.policy import (
    ItemFacts,
    MoneyError,
    OrderFacts,
    allocate_discount,
    load_table,
    refund_entries,
    refund_sources,
    refundable_by_item,
    refundable_fen,
    split_vat,
)


@pytest.mark.parametrize(
    ("discount", "amounts", "parts"),
    [
        (100, [1000, 2000, 3000], (17, 33, 50)),  # one fen left over -> largest remainder
        (1, [100, 100], (1, 0)),  # tie on remainder and amount -> the earlier item
        (1, [100, 200], (0, 1)),
        (2, [1, 1, 1], (1, 1, 0)),
        (3, [1, 1, 1], (1, 1, 1)),
        (10, [0, 10], (0, 10)),
        (0, [5, 7], (0, 0)),
        (0, [], ()),
        (0, [0, 0], (0, 0)),
        (999, [333, 333, 334], (333, 333, 333)),
    ],
)
def test_allocation_examples(discount, amounts, parts):
    assert allocate_discount(discount, amounts) == parts


@pytest.mark.parametrize(
    ("discount", "amounts", "reason"),
    [
        (11, [5, 5], "discount_exceeds_total"),
        (1.5, [5, 5], "not_integer_fen"),
        (1, [5.0, 5], "not_integer_fen"),
        (True, [5, 5], "not_integer_fen"),
        (-1, [5, 5], "negative"),
        (1, [5, -5], "negative"),
    ],
)
def test_allocation_refusals(discount, amounts, reason):
    with pytest.raises(MoneyError) as info:
        allocate_discount(discount, amounts)
    assert info.value.reason == reason and info.value.code == "policy_money_invalid"


@st.composite
def orders(draw):
    amounts = draw(st.lists(st.integers(0, 10**8), min_size=1, max_size=12))
    discount = draw(st.integers(0, sum(amounts)))
    return discount, amounts


@given(orders())
def test_allocation_properties(order):
    discount, amounts = order
    parts = allocate_discount(discount, amounts)
    assert sum(parts) == discount
    assert all(isinstance(p, int) and 0 <= p <= a for p, a in zip(parts, amounts, strict=True))
    exact = [Fraction(discount * a, sum(amounts) or 1) for a in amounts]
    assert all(abs(p - e) < 1 for p, e in zip(parts, exact, strict=True))


def test_refundable_amounts():
    assert refundable_fen(amount_fen=1000, discount_fen=17, refunded_fen=500) == 483
    with pytest.raises(MoneyError) as info:
        refundable_fen(amount_fen=1000, discount_fen=17, refunded_fen=984)
    assert info.value.reason == "over_refunded"
    with pytest.raises(MoneyError):
        refundable_fen(amount_fen=10, discount_fen=11)


def test_refundable_by_item_allocates_first():
    facts = OrderFacts(
        platform="taobao",
        items=(
            ItemFacts("A", amount_fen=1000),
            ItemFacts("B", amount_fen=2000, refunded_fen=500),
            ItemFacts("C", amount_fen=3000),
        ),
    )
    assert refundable_by_item(facts, 100) == {"A": 983, "B": 1467, "C": 2950}


@pytest.mark.parametrize(
    ("refund", "settled", "payout", "deposit", "expected"),
    [
        (500, False, 0, 0, (500, 0, 0, 0)),
        (500, True, 800, 1000, (0, 500, 0, 0)),
        (500, True, 200, 1000, (0, 200, 300, 0)),
        (500, True, 0, 100, (0, 0, 100, 400)),
    ],
)
def test_refund_sources_payout_then_deposit(refund, settled, payout, deposit, expected):
    got = refund_sources(
        refund, settled=settled, payout_balance_fen=payout, deposit_balance_fen=deposit
    )
    assert (got.escrow_fen, got.payout_fen, got.deposit_fen, got.shortfall_fen) == expected
    assert got.total_fen == refund


@pytest.mark.parametrize(
    ("sold_on", "refund", "net", "vat"),
    [
        (dt.date(2026, 3, 1), 11300, 10000, 1300),
        (dt.date(2019, 4, 1), 11300, 10000, 1300),
        (dt.date(2019, 3, 31), 11600, 10000, 1600),
        (dt.date(2018, 4, 30), 11700, 10000, 1700),
        (dt.date(2026, 3, 1), 100, 88, 12),  # 88.495... -> 88
        (dt.date(2026, 3, 1), 1, 1, 0),
    ],
)
def test_refund_entries_reverse_sale_and_cost(sold_on, refund, net, vat):
    sale, cost = refund_entries(
        load_table("douyin"), refund_fen=refund, sold_on=sold_on, returned_cost_fen=6000
    )
    lines = {line.account_zh: (line.debit_fen, line.credit_fen) for line in sale.lines}
    assert lines["主营业务收入"] == (net, 0)
    assert lines.get("应交税费——应交增值税(销项税额)", (0, 0)) == (vat, 0)
    assert lines["银行存款"] == (0, refund)
    assert [(x.account_zh, x.debit_fen, x.credit_fen) for x in cost.lines] == [
        ("库存商品", 6000, 0),
        ("主营业务成本", 0, 6000),
    ]
    assert sale.balanced and cost.balanced


def test_refund_without_return_has_no_cost_reversal():
    entries = refund_entries(load_table("taobao"), refund_fen=500, sold_on=dt.date(2026, 1, 1))
    assert [e.memo for e in entries] == ["reverse the sale"]


@given(st.integers(0, 10**10), st.sampled_from([Fraction(13, 100), Fraction(9, 100), Fraction(0)]))
def test_vat_split_sums(gross, rate):
    net, vat = split_vat(gross, rate)
    assert net + vat == gross and net >= 0 and vat >= 0
    assert abs(net - Fraction(gross) / (1 + rate)) <= Fraction(1, 2)
