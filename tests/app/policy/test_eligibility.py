"""Cancel, exchange, new after-sale, closing: verdicts with stable reason codes."""

from __future__ import annotations

import pytest

from app.policy import (
    ItemFacts,
    OrderFacts,
    PolicyInputError,
    can_exchange,
    can_merchant_cancel,
    can_start_aftersale,
    is_order_closable,
)

from .support import cst


def order(state="signed", payment="online", items=(), signed=True, **kwargs):
    events = {"signed_at": cst("2026-03-01 10:00")} if signed else {}
    return OrderFacts(
        platform="douyin", state=state, payment=payment, items=tuple(items), events=events, **kwargs
    )


def item(state="none", item_id="A", **kwargs):
    return ItemFacts(item_id=item_id, amount_fen=1000, aftersale_state=state, **kwargs)


@pytest.mark.parametrize(
    ("payment", "state", "allowed", "code"),
    [
        ("cod", "awaiting_confirmation", True, "cod_before_shipment"),
        ("cod", "stocking", True, "cod_before_shipment"),
        ("cod", "shipped", False, "cod_shipped"),
        ("cod", "signed", False, "cod_shipped"),
        ("online", "placed", True, "online_unpaid"),
        ("online", "stocking", False, "online_paid"),
        ("online", "shipped", False, "online_paid"),
        ("online", "cancelled", False, "order_ended"),
        ("cod", "closed", False, "order_ended"),
    ],
)
def test_merchant_cancel(payment, state, allowed, code):
    verdict = can_merchant_cancel(order(state=state, payment=payment, signed=False))
    assert (bool(verdict), verdict.codes) == (allowed, (code,))
    assert verdict.reasons[0].text and verdict.reasons[0].text_zh


@pytest.mark.parametrize(
    ("state", "signed", "goods", "aftersale", "allowed", "codes"),
    [
        ("signed", True, True, "none", True, ("exchange_ok",)),
        ("shipped", True, True, "none", True, ("exchange_ok",)),
        ("confirmed", True, True, "finished", True, ("exchange_ok",)),
        ("shipped", False, True, "none", False, ("not_signed",)),
        ("stocking", False, True, "none", False, ("order_state", "not_signed")),
        ("signed", True, False, "none", False, ("not_normal_goods",)),
        ("signed", True, True, "in_progress", False, ("aftersale_open",)),
        ("completed", True, True, "none", False, ("order_state",)),
        ("closed", True, True, "none", False, ("order_ended",)),
    ],
)
def test_exchange(state, signed, goods, aftersale, allowed, codes):
    facts = order(state=state, signed=signed, items=[item(aftersale, normal_goods=goods)])
    verdict = can_exchange(facts, "A")
    assert (verdict.allowed, verdict.codes) == (allowed, codes)


@pytest.mark.parametrize(
    ("state", "aftersale", "allowed", "codes"),
    [
        ("signed", "none", True, ("no_aftersale_yet",)),
        ("stocking", "none", True, ("no_aftersale_yet",)),
        ("signed", "requested", False, ("aftersale_open",)),
        ("signed", "in_progress", False, ("aftersale_open",)),
        ("signed", "finished", True, ("previous_aftersale_closed",)),
        ("signed", "refused", True, ("previous_aftersale_closed",)),
        ("placed", "none", False, ("order_unpaid",)),
        ("cancelled", "none", False, ("order_ended",)),
    ],
)
def test_new_aftersale_one_at_a_time(state, aftersale, allowed, codes):
    verdict = can_start_aftersale(order(state=state, items=[item(aftersale)]), "A")
    assert (verdict.allowed, verdict.codes) == (allowed, codes)


def test_unknown_item_is_a_typed_error():
    with pytest.raises(PolicyInputError):
        can_start_aftersale(order(items=[item()]), "Z")


@pytest.mark.parametrize(
    ("states", "allowed", "codes"),
    [
        (("finished", "finished"), True, ("all_aftersales_finished",)),
        (("finished", "in_progress"), False, ("aftersale_unfinished",)),
        (("none", "finished"), False, ("item_without_aftersale",)),
        (("requested", "none"), False, ("aftersale_unfinished", "item_without_aftersale")),
        ((), False, ("no_items",)),
    ],
)
def test_order_closable_only_when_every_item_finished(states, allowed, codes):
    items = [item(s, item_id=f"I{i}") for i, s in enumerate(states)]
    facts = order(state="confirmed", items=items)
    verdict = is_order_closable(facts)
    assert (verdict.allowed, verdict.codes) == (allowed, codes)
    assert facts.state == "confirmed"  # the verdict never rewrites the order's status


def test_closed_order_is_not_closable_again():
    facts = order(state="closed", items=[item("finished")])
    assert is_order_closable(facts).codes == ("already_closed",)


def test_reason_language():
    reason = can_merchant_cancel(order(state="shipped", payment="cod")).reasons[0]
    assert reason.say("en").startswith("COD order already shipped")
    assert "平台客服" in reason.say()


@pytest.mark.parametrize(
    "kwargs",
    [
        {"state": "lost"},
        {"payment": "cheque"},
        {"platform": "amazon"},
        {"shop_tz": "Mars/Olympus"},
        {"return_carrier": "pigeon"},
    ],
)
def test_bad_facts_are_refused(kwargs):
    base = {"platform": "douyin"}
    with pytest.raises(PolicyInputError):
        OrderFacts(**{**base, **kwargs})


def test_bad_events_are_refused():
    from datetime import datetime

    from app.policy import UnknownEventError

    with pytest.raises(UnknownEventError):
        OrderFacts(platform="douyin", events={"delivered_at": cst("2026-03-01 10:00")})
    with pytest.raises(PolicyInputError) as info:
        OrderFacts(platform="douyin", events={"signed_at": datetime(2026, 3, 1, 10)})
    assert info.value.reason == "naive"
