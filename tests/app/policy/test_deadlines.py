"""Every rule of every table, table-driven, evaluated in shop time (CST) with a frozen clock."""

from __future__ import annotations

import pytest

from app import clock
from app.policy import PolicyInputError, deadlines, deadlines_by_rule, load_table

from .support import cst, facts

# (platform, rule, facts keyword arguments, expected start, expected end), all in CST.
CASES = [
    # RULES.md example: signed 2025-03-01 15:20 -> 7-day window ends 2025-03-09 00:00.
    (
        "douyin",
        "no_reason_return",
        {"signed_at": "2025-03-01 15:20"},
        "2025-03-02 00:00",
        "2025-03-09 00:00",
    ),
    (
        "taobao",
        "no_reason_return",
        {"signed_at": "2026-03-01 15:20"},
        "2026-03-02 00:00",
        "2026-03-09 00:00",
    ),
    (
        "jd",
        "no_reason_return",
        {"signed_at": "2026-03-01 15:20"},
        "2026-03-02 00:00",
        "2026-03-09 00:00",
    ),
    (
        "douyin",
        "quality_claim",
        {"confirmed_at": "2026-03-01 15:20"},
        "2026-03-02 00:00",
        "2026-03-17 00:00",
    ),
    (
        "taobao",
        "quality_claim",
        {"confirmed_at": "2026-03-01 15:20"},
        "2026-03-02 00:00",
        "2026-03-17 00:00",
    ),
    (
        "douyin",
        "counterfeit_claim",
        {"confirmed_at": "2026-03-01 15:20"},
        "2026-03-01 15:20",
        "2026-05-31 00:00",
    ),
    (
        "tmall",
        "counterfeit_claim",
        {"confirmed_at": "2026-03-01 15:20"},
        "2026-03-01 15:20",
        "2026-05-31 00:00",
    ),
    (
        "taobao",
        "durable_claim",
        {"confirmed_at": "2026-08-31 10:00", "durable_goods": True},
        "2026-08-31 10:00",
        "2027-03-01 00:00",
    ),
    (
        "douyin",
        "reship_due",
        {"reship_agreed_at": "2026-03-01 15:20"},
        "2026-03-01 15:20",
        "2026-03-03 15:20",
    ),
    ("douyin", "ship_by", {"paid_at": "2026-03-01 23:30"}, "2026-03-01 23:30", "2026-03-03 23:30"),
    (
        "douyin",
        "merchant_response_due",
        {"refund_requested_at": "2026-03-01 15:20"},
        "2026-03-01 15:20",
        "2026-03-03 15:20",
    ),
    (
        "taobao",
        "merchant_response_due",
        {"refund_requested_at": "2026-03-01 15:20"},
        "2026-03-01 15:20",
        "2026-03-02 15:20",
    ),
    (
        "taobao",
        "merchant_response_due",
        {"shipped_at": "2026-02-28 10:00", "refund_requested_at": "2026-03-01 15:20"},
        "2026-03-01 15:20",
        "2026-03-03 03:20",
    ),
    (
        "taobao",
        "merchant_response_due",
        {
            "shipped_at": "2026-02-26 10:00",
            "signed_at": "2026-02-28 12:00",
            "refund_requested_at": "2026-03-01 15:20",
        },
        "2026-03-01 15:20",
        "2026-03-07 00:00",
    ),
    (
        "taobao",
        "return_ship_due",
        {"return_approved_at": "2026-03-01 15:20"},
        "2026-03-01 15:20",
        "2026-03-09 00:00",
    ),
    (
        "taobao",
        "return_receipt_due",
        {"return_shipped_at": "2026-03-01 15:20"},
        "2026-03-01 15:20",
        "2026-03-12 00:00",
    ),
    (
        "taobao",
        "return_receipt_due",
        {"return_shipped_at": "2026-03-01 15:20", "return_carrier": "post"},
        "2026-03-01 15:20",
        "2026-04-01 00:00",
    ),
    (
        "taobao",
        "buyer_auto_confirm",
        {"shipped_at": "2026-03-01 15:20"},
        "2026-03-01 15:20",
        "2026-03-12 00:00",
    ),
    (
        "douyin",
        "refund_after_return_due",
        {"return_received_at": "2026-03-01 15:20"},
        "2026-03-01 15:20",
        "2026-03-09 00:00",
    ),
    (
        "other",
        "refund_after_return_due",
        {"return_received_at": "2026-03-01 15:20"},
        "2026-03-01 15:20",
        "2026-03-09 00:00",
    ),
    (
        "douyin",
        "refund_overdue",
        {"refund_requested_at": "2026-03-01 15:20"},
        "2026-03-01 15:20",
        "2026-03-17 00:00",
    ),
    (
        "taobao",
        "refund_overdue",
        {"refund_requested_at": "2026-03-01 15:20", "return_received_at": "2026-03-05 10:00"},
        "2026-03-05 10:00",
        "2026-03-21 00:00",
    ),
    (
        "douyin",
        "three_guarantees_return",
        {"sold_at": "2026-03-01 15:20", "three_guarantees_goods": True},
        "2026-03-01 15:20",
        "2026-03-09 00:00",
    ),
    (
        "jd",
        "three_guarantees_exchange",
        {"sold_at": "2026-03-01 15:20", "three_guarantees_goods": True},
        "2026-03-01 15:20",
        "2026-03-17 00:00",
    ),
]


@pytest.mark.parametrize(("platform", "rule_id", "given", "start", "end"), CASES)
def test_rule_window(platform, rule_id, given, start, end, frozen):
    window = deadlines_by_rule(load_table(platform), facts(platform, **given))[rule_id]
    assert (window.starts_at, window.ends_at) == (cst(start), cst(end))
    assert window.ends_at.timezone_name == "Asia/Shanghai"
    assert window.source == "local" and window.explanation and window.explanation_zh


# Shop-day boundaries against UTC, month and year ends, leap days.
NEXT_MIDNIGHT = [
    ("2026-03-01 23:30", "2026-03-02 00:00", "2026-03-09 00:00"),  # 15:30 UTC the same day
    ("2026-03-02 00:10", "2026-03-03 00:00", "2026-03-10 00:00"),  # 16:10 UTC the day before
    ("2026-01-31 10:00", "2026-02-01 00:00", "2026-02-08 00:00"),
    ("2026-12-31 23:59", "2027-01-01 00:00", "2027-01-08 00:00"),
    ("2026-12-28 15:20", "2026-12-29 00:00", "2027-01-05 00:00"),
    ("2028-02-28 12:00", "2028-02-29 00:00", "2028-03-07 00:00"),
    ("2028-02-29 12:00", "2028-03-01 00:00", "2028-03-08 00:00"),
    ("2027-02-28 12:00", "2027-03-01 00:00", "2027-03-08 00:00"),
]


@pytest.mark.parametrize(("signed", "start", "end"), NEXT_MIDNIGHT)
def test_no_reason_return_boundaries(signed, start, end, process_tz):
    window = deadlines_by_rule(load_table("douyin"), facts(signed_at=signed))["no_reason_return"]
    assert (window.starts_at, window.ends_at) == (cst(start), cst(end))


@pytest.mark.parametrize(
    ("confirmed", "end"),
    [
        ("2026-08-31 10:00", "2027-03-01 00:00"),  # no 02-31: month end is the last day
        ("2027-08-31 10:00", "2028-03-01 00:00"),  # 2028-02-29 is the last day
        ("2028-02-29 10:00", "2028-08-30 00:00"),
        ("2026-06-30 23:50", "2026-12-31 00:00"),
        ("2026-07-31 23:50", "2027-02-01 00:00"),  # across the year end
        ("2026-07-01 00:05", "2027-01-02 00:00"),  # 2026-06-30 16:05 UTC
    ],
)
def test_durable_claim_calendar_months(confirmed, end, process_tz):
    given = facts("taobao", confirmed_at=confirmed, durable_goods=True)
    assert deadlines_by_rule(load_table("taobao"), given)["durable_claim"].ends_at == cst(end)


def test_event_given_in_utc_counts_by_shop_day(process_tz):
    utc = cst("2026-03-02 00:10").in_timezone("UTC")  # 2026-03-01 16:10 UTC
    window = deadlines_by_rule(load_table("douyin"), facts_with(signed_at=utc))["no_reason_return"]
    assert window.ends_at == cst("2026-03-10 00:00")
    assert window.ends_at.isoformat() == "2026-03-10T00:00:00+08:00"


def facts_with(platform: str = "douyin", **events):
    from app.policy import OrderFacts

    return OrderFacts(platform=platform, events=events)


def test_explanations_both_languages():
    window = deadlines_by_rule(load_table("douyin"), facts(signed_at="2025-03-01 15:20"))[
        "no_reason_return"
    ]
    assert window.explanation == (
        "7-day no-reason return ends 03-09 00:00: counted from 00:00 the day after signing "
        "at 03-01 15:20"
    )
    assert (
        window.explanation_zh == "7天无理由退货截止 03-09 00:00:自签收(03-01 15:20)次日 00:00 起算"
    )
    assert window.explain("en") == window.explanation
    assert window.explain() == window.explanation_zh


def test_explanation_shows_years_across_year_end():
    window = deadlines_by_rule(load_table("douyin"), facts(signed_at="2026-12-28 15:20"))[
        "no_reason_return"
    ]
    assert "2027-01-05 00:00" in window.explanation and "2026-12-28 15:20" in window.explanation


def test_conditions_select_rules():
    table = load_table("douyin")
    assert "no_reason_return" not in deadlines_by_rule(
        table, facts(signed_at="2026-03-01 10:00", no_reason_eligible=False)
    )
    assert "three_guarantees_return" not in deadlines_by_rule(
        table, facts(sold_at="2026-03-01 10:00")
    )
    assert "durable_claim" not in deadlines_by_rule(
        load_table("taobao"), facts("taobao", confirmed_at="2026-03-01 10:00")
    )


def test_douyin_has_no_local_shipped_not_received_rule():
    given = facts(shipped_at="2026-02-28 10:00", refund_requested_at="2026-03-01 15:20")
    assert "merchant_response_due" not in deadlines_by_rule(load_table("douyin"), given)


def test_jd_and_other_use_law_only():
    given = dict(
        signed_at="2026-03-01 10:00", confirmed_at="2026-03-02 10:00", paid_at="2026-02-27 10:00"
    )
    for platform in ("jd", "other"):
        ids = set(deadlines_by_rule(load_table(platform), facts(platform, **given)))
        assert ids == {"no_reason_return"}


def test_tmall_inherits_taobao():
    given = facts("tmall", shipped_at="2026-03-01 15:20")
    window = deadlines_by_rule(load_table("tmall"), given)["buyer_auto_confirm"]
    assert window.ends_at == cst("2026-03-12 00:00") and window.rule.origin == "taobao"


@pytest.mark.parametrize(
    ("requested", "end"),
    [
        ("2023-12-31 23:30", "2024-01-02 23:30"),  # 48 h version (15:30 UTC on 12-31)
        ("2024-01-01 00:10", "2024-01-02 00:10"),  # 24 h version: shop date 01-01, UTC 12-31
    ],
)
def test_version_in_force_at_start_event(requested, end, process_tz):
    given = facts("taobao", refund_requested_at=requested)
    assert deadlines_by_rule(load_table("taobao"), given)["merchant_response_due"].ends_at == cst(
        end
    )


def test_rule_not_yet_in_force_gives_no_window():
    given = facts("taobao", refund_requested_at="2010-01-01 10:00")
    assert "merchant_response_due" not in deadlines_by_rule(load_table("taobao"), given)


def test_deadlines_sorted_by_end_and_unique():
    given = facts(
        paid_at="2026-02-27 10:00",
        signed_at="2026-03-01 10:00",
        confirmed_at="2026-03-02 10:00",
        reship_agreed_at="2026-03-03 10:00",
    )
    windows = deadlines(load_table("douyin"), given)
    ends = [w.ends_at for w in windows]
    assert ends == sorted(ends)
    assert len({w.rule_id for w in windows}) == len(windows)


def test_fulfilling_event_marks_window_met(frozen):
    given = facts(paid_at="2026-03-01 10:00", shipped_at="2026-03-02 09:00")
    window = deadlines_by_rule(load_table("douyin"), given)["ship_by"]
    assert window.met_at == cst("2026-03-02 09:00") and window.status(clock.now()) == "met"
    assert "done at 03-02 09:00" in window.explanation


def test_table_of_another_platform_is_refused():
    with pytest.raises(PolicyInputError) as info:
        deadlines(load_table("douyin"), facts("taobao", signed_at="2026-03-01 10:00"))
    assert info.value.reason == "table_mismatch"


def test_law_table_serves_any_platform():
    windows = deadlines(load_table("law"), facts("taobao", signed_at="2026-03-01 10:00"))
    assert [w.rule_id for w in windows] == ["no_reason_return"]


def test_result_independent_of_process_tz(process_tz):
    given = facts(
        paid_at="2026-02-27 23:30",
        signed_at="2026-03-01 23:30",
        confirmed_at="2026-03-02 00:10",
        refund_requested_at="2026-03-02 00:20",
    )
    got = {w.rule_id: w.ends_at.isoformat() for w in deadlines(load_table("douyin"), given)}
    assert got == {
        "ship_by": "2026-03-01T23:30:00+08:00",
        "merchant_response_due": "2026-03-04T00:20:00+08:00",
        "no_reason_return": "2026-03-09T00:00:00+08:00",
        "refund_overdue": "2026-03-18T00:00:00+08:00",
        "quality_claim": "2026-03-18T00:00:00+08:00",
        "counterfeit_claim": "2026-06-01T00:00:00+08:00",
    }
