"""Refund speed and refund rates, on a shop small enough to work out by hand."""

from __future__ import annotations

import dataclasses
from functools import partial

import pytest

from app.kpis import refunds
from app.kpis.refunds import refund_rate, refund_speed
from app.services.qc import request_qc
from app.supervision_settings import settings
from tests.app.kpis.conftest import SOCK, TEE, TEE_M, both


@pytest.fixture
def sold(shop):
    """Day 0, 15:20: o1 = 2 x TEE-W-L; o2 = TEE-W-M + SOCK-3; o3 = 3 x TEE-W-L, all paid.
    Then SOCK-3 of o2 is refunded after 30 hours, and o1's tees after 2 hours more."""
    paid = shop.now().subtract(hours=1)
    o1 = shop.order([(*TEE[:3], 2, 5900)], paid=paid)
    o2 = shop.order([TEE_M, SOCK], paid=paid)
    shop.order([(*TEE[:3], 3, 5900)], paid=paid)
    shop.refund(o2[0], o2[2][1], 1990, after_hours=30)  # back on day 1, 21:20
    shop.refund(o1[0], o1[2][0], 11800, after_hours=2)  # back on day 1, 23:20
    return shop.days(1, 0)  # day 0 and day 1


def test_refund_speed(shop, sold):
    fig = both(shop, refund_speed, sold)
    # Two refunds back on day 1: 30 h and 2 h -> 16 h on average; one within 24 h.
    (day, n, avg, in24, in48), = fig.rows  # fmt: skip
    assert (str(day), n, avg, in24, in48) == (str(sold.last_day), 2, 16.0, 0.5, 1.0)
    assert dict(fig.summary) == {
        "refunds": 2, "average_hours": 16.0, "within_24h": 0.5, "within_48h": 1.0,
    }  # fmt: skip
    assert both(shop, refund_speed, shop.days(3, 2)).rows == ()


def test_refund_rate_per_product(shop, sold, monkeypatch):
    monkeypatch.setattr(
        refunds, "settings", lambda: dataclasses.replace(settings(), qc_min_units=1)
    )
    fig = both(shop, refund_rate, sold)
    # Sold: 6 tees, 1 pair of socks. Back: 2 tees, 1 socks. Shop: 3 / 7.
    assert [(r[0], r[3], r[4], r[5], r[6], r[7]) for r in fig.rows] == [
        ("P-SOCK", 1, 1, 1, 1.0, True),  # 1.0 >= 1.5 x 3/7: flagged for QC
        ("P-TEE", 6, 2, 1, 0.3333, False),
    ]
    assert dict(fig.summary) == {"units_sold": 7, "units_refunded": 3, "refund_rate": 0.4286}
    assert fig.warn == (True, False)


def test_refund_rate_per_sku_and_qc_asked(shop, sold, monkeypatch):
    monkeypatch.setattr(
        refunds, "settings", lambda: dataclasses.replace(settings(), qc_min_units=1)
    )
    request_qc(shop.sessions, actor=shop.boss, product_id="P-SOCK", sku="SOCK-3",
               period_start=str(sold.first_day), period_end=str(sold.last_day),
               units_sold=1, units_refunded=1)  # fmt: skip
    fig = both(shop, partial(refund_rate, by_sku=True), sold)
    assert [(r[1], r[3], r[4], r[6], r[7], r[8]) for r in fig.rows] == [
        ("SOCK-3", 1, 1, 1.0, True, True),
        ("TEE-W-L", 5, 2, 0.4, False, False),
        ("TEE-W-M", 1, 0, 0.0, False, False),
    ]


def test_the_qc_flag_needs_enough_units_and_a_standout_rate(shop, sold):
    fig = both(shop, refund_rate, sold)  # the shipped settings: at least 20 units sold
    assert fig.warn == (False, False)


def test_a_whole_order_refund_counts_every_item(shop):
    paid = shop.now().subtract(hours=1)
    no, _oid, _items = shop.order([(*TEE[:3], 2, 5900), SOCK], paid=paid)
    shop.refund(no, None, 2 * 5900 + 1990, after_hours=1)
    fig = both(shop, refund_rate, shop.today())
    # both wholly refunded; the one with more units back first
    assert [(r[0], r[3], r[4], r[5]) for r in fig.rows] == [("P-TEE", 2, 2, 1), ("P-SOCK", 1, 1, 1)]


def test_sales_count_by_the_day_paid_refunds_by_the_day_back(shop, sold):
    day0 = shop.days(1, 1)
    fig = both(shop, refund_rate, day0)
    assert dict(fig.summary) == {"units_sold": 7, "units_refunded": 0, "refund_rate": 0.0}
    day1 = shop.days(0, 0)
    fig = both(shop, refund_rate, day1)
    # nothing sold that day: no rate, more units back first
    assert [(r[0], r[3], r[4], r[6]) for r in fig.rows] == [
        ("P-TEE", 0, 2, None),
        ("P-SOCK", 0, 1, None),
    ]
