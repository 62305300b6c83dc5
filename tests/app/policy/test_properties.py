"""Hypothesis properties of the deadline computation."""

from __future__ import annotations

import datetime as dt

import pendulum
from hypothesis import given, settings
from hypothesis import strategies as st

from app.policy import OrderFacts, bounds, deadlines, load_table
from app.policy.vocab import EVENTS

from .support import SHOP_TZ

ZONES = ["UTC", "Asia/Shanghai", "America/Los_Angeles", "Europe/London", "Pacific/Kiritimati"]
PLATFORMS = ["douyin", "taobao", "tmall", "jd", "other"]
ALL_RULES = [rule for p in ("douyin", "taobao", "law") for rule in load_table(p).rules]

instants = st.builds(
    lambda seconds, zone: pendulum.from_timestamp(seconds, tz=zone),
    st.integers(
        int(pendulum.datetime(2016, 1, 1).timestamp()),
        int(pendulum.datetime(2035, 12, 31).timestamp()),
    ),
    st.sampled_from(ZONES),
)


@given(st.sampled_from(ALL_RULES), instants)
def test_end_never_before_start_nor_event(rule, event):
    start, end = bounds(rule, event, SHOP_TZ)
    assert start <= end and event < end and start >= event


@given(st.sampled_from(ALL_RULES), instants, st.integers(0, 400 * 24 * 3600))
def test_later_event_never_gives_earlier_deadline(rule, event, later_by):
    assert bounds(rule, event, SHOP_TZ)[1] <= bounds(rule, event.add(seconds=later_by), SHOP_TZ)[1]


@given(st.sampled_from(ALL_RULES), instants)
def test_offset_of_the_input_does_not_matter(rule, event):
    as_given = bounds(rule, event, SHOP_TZ)
    as_utc = bounds(rule, event.in_timezone("UTC"), SHOP_TZ)
    assert as_given == as_utc
    assert all(x.timezone_name == SHOP_TZ for x in as_given)


@settings(max_examples=60)
@given(
    st.sampled_from(PLATFORMS),
    st.dictionaries(st.sampled_from(sorted(EVENTS)), instants, max_size=8),
    st.booleans(),
    st.booleans(),
    st.sampled_from(["express", "post"]),
)
def test_every_window_is_well_formed(platform, events, three, durable, carrier):
    facts = OrderFacts(
        platform=platform,
        events=events,
        three_guarantees_goods=three,
        durable_goods=durable,
        return_carrier=carrier,
    )
    windows = deadlines(load_table(platform), facts)
    assert len({w.rule_id for w in windows}) == len(windows)
    for window in windows:
        assert window.starts_at is None or window.starts_at <= window.ends_at
        assert window.ends_at.timezone_name == SHOP_TZ
        assert window.explanation and window.explanation_zh


def test_version_boundary_is_the_one_place_a_later_event_ends_earlier():
    # Documented: Taobao's unshipped-refund response fell from 48 h to 24 h on 2024-01-01.
    table = load_table("taobao")
    early = OrderFacts(
        platform="taobao",
        events={"refund_requested_at": pendulum.datetime(2023, 12, 31, 23, 0, tz=SHOP_TZ)},
    )
    late = OrderFacts(
        platform="taobao",
        events={"refund_requested_at": pendulum.datetime(2024, 1, 1, 1, 0, tz=SHOP_TZ)},
    )
    first = {w.rule_id: w for w in deadlines(table, early)}["merchant_response_due"]
    second = {w.rule_id: w for w in deadlines(table, late)}["merchant_response_due"]
    assert second.ends_at < first.ends_at
    assert first.rule.effective_from < dt.date(2024, 1, 1) == second.rule.effective_from
