"""Picking a ticket's due time from its windows."""

from __future__ import annotations

from app.policy import deadlines, load_table, overdue, tightest

from .support import cst, facts

GIVEN = facts(
    paid_at="2026-03-01 10:00",  # ship_by ends 03-03 10:00 (merchant)
    signed_at="2026-03-01 12:00",  # no_reason_return ends 03-09 00:00 (buyer)
    reship_agreed_at="2026-03-02 10:00",  # reship_due ends 03-04 10:00 (merchant)
)


def windows():
    return deadlines(load_table("douyin"), GIVEN)


def test_earliest_open_merchant_window():
    assert tightest(windows(), cst("2026-03-02 00:00"), parties={"merchant"}).rule_id == "ship_by"
    assert (
        tightest(windows(), cst("2026-03-03 11:00"), parties={"merchant"}).rule_id == "reship_due"
    )


def test_most_overdue_when_nothing_is_open():
    chosen = tightest(windows(), cst("2026-03-20 00:00"), parties={"merchant"})
    assert chosen.rule_id == "ship_by"
    assert [w.rule_id for w in overdue(windows(), cst("2026-03-20 00:00"))] == [
        "ship_by",
        "reship_due",
        "no_reason_return",
    ]


def test_all_parties_by_default_and_met_windows_ignored():
    assert tightest(windows(), cst("2026-03-05 00:00")).rule_id == "no_reason_return"
    done = facts(paid_at="2026-03-01 10:00", shipped_at="2026-03-01 18:00")
    assert tightest(deadlines(load_table("douyin"), done), cst("2026-03-02 00:00")) is None


def test_nothing_pending():
    assert tightest([], cst("2026-03-02 00:00")) is None


def test_uses_the_app_clock(frozen):
    from app import clock

    assert tightest(windows(), clock.now(), parties={"merchant"}).rule_id == "ship_by"
