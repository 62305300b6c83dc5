"""Platform-reported deadlines win; disagreement with the local computation is flagged."""

from __future__ import annotations

from app.policy import OrderFacts, PlatformDeadline, deadlines_by_rule, load_table

from .support import cst


def order(*reported: PlatformDeadline, **events: str) -> OrderFacts:
    return OrderFacts(
        platform="douyin",
        events={name: cst(value) for name, value in events.items()},
        platform_deadlines=reported,
    )


def test_exp_ship_time_wins_and_disagreement_is_flagged():
    reported = PlatformDeadline("ship_by", cst("2026-03-03 12:00"), field="exp_ship_time")
    window = deadlines_by_rule(load_table("douyin"), order(reported, paid_at="2026-03-01 23:30"))[
        "ship_by"
    ]
    assert window.source == "platform" and window.platform_field == "exp_ship_time"
    assert window.ends_at == cst("2026-03-03 12:00")
    assert window.local_ends_at == cst("2026-03-03 23:30")
    assert window.disagrees_with_local
    assert window.starts_at == cst("2026-03-01 23:30")
    assert "exp_ship_time" in window.explanation and "disagrees" in window.explanation
    assert "不一致" in window.explanation_zh


def test_agreement_within_the_tables_tolerance():
    table = load_table("douyin")
    assert table.tolerance_seconds == 60
    reported = PlatformDeadline("ship_by", cst("2026-03-03 23:30").add(seconds=30))
    window = deadlines_by_rule(table, order(reported, paid_at="2026-03-01 23:30"))["ship_by"]
    assert window.source == "platform" and not window.disagrees_with_local
    assert "agrees" in window.explanation


def test_reported_deadline_without_a_local_rule_still_gives_a_window():
    reported = PlatformDeadline(
        "return_receipt_due", cst("2026-03-12 10:00").in_timezone("UTC"), field="status_deadline"
    )
    window = deadlines_by_rule(load_table("douyin"), order(reported))["return_receipt_due"]
    assert window.starts_at is None and window.local_ends_at is None
    assert window.ends_at.isoformat() == "2026-03-12T10:00:00+08:00"
    assert not window.disagrees_with_local
    assert "status_deadline" in window.explanation and "no local rule" in window.explanation


def test_reported_deadline_for_a_rule_the_table_knows_but_not_opened():
    reported = PlatformDeadline("reship_due", cst("2026-03-04 10:00"), field="status_deadline")
    window = deadlines_by_rule(load_table("douyin"), order(reported))["reship_due"]
    assert window.local_ends_at is None and window.party == "merchant"
    assert window.explanation.startswith("reship after agreeing ends 03-04 10:00")


def test_platform_window_met_by_its_fulfilling_event():
    reported = PlatformDeadline("ship_by", cst("2026-03-03 12:00"), field="exp_ship_time")
    given = order(reported, paid_at="2026-03-01 10:00", shipped_at="2026-03-02 10:00")
    assert deadlines_by_rule(load_table("douyin"), given)["ship_by"].met_at == cst(
        "2026-03-02 10:00"
    )


def test_platform_deadline_before_local_start_keeps_end_after_start():
    reported = PlatformDeadline("no_reason_return", cst("2026-03-01 20:00"))
    window = deadlines_by_rule(load_table("douyin"), order(reported, signed_at="2026-03-01 15:20"))[
        "no_reason_return"
    ]
    assert window.starts_at <= window.ends_at and window.disagrees_with_local
