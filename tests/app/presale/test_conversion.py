"""Inquiry conversion: hand-computed small cases of the definition in docs/presale.md."""

from __future__ import annotations

import pendulum
import pytest

from app import clock
from app.models import OrderStatus, Role
from app.queries.conversion import conversion, my_rates
from app.services import add_reply, create_ticket
from tests.app.builders import add_agent, add_customer, add_order


@pytest.fixture
def presale(store, w):
    return add_agent(store, name="售前小美", role=Role.PRESALE)


def inquiry(store, actor, customer, *, replier=None):  # noqa: ANN001, ANN201
    tid = create_ticket(store.sessions, actor=actor, kind="inquiry", customer_id=customer).created
    if replier is not None:
        add_reply(store.sessions, actor=replier, ticket_id=tid, body="亲，在的")
    return tid


def order(store, w, customer, no: str, *, after_hours: float) -> None:  # noqa: ANN001
    add_order(
        store,
        w.shop_id,
        customer,
        order_no=no,
        status=OrderStatus.PLACED,
        placed_at=clock.now().add(hours=after_hours),
    )


def test_converted_within_the_window_counted_per_buyer(store, w, presale, frozen_clock):
    start = clock.now()
    a = add_customer(store, w.shop_id, nickname="A")
    b = add_customer(store, w.shop_id, nickname="B")
    c = add_customer(store, w.shop_id, nickname="C")
    d = add_customer(store, w.shop_id, nickname="D")
    inquiry(store, presale, a, replier=presale)  # orders 2 h later: converted
    inquiry(store, presale, a, replier=presale)  # the same buyer again: counted once
    inquiry(store, presale, b, replier=presale)  # orders 30 h later: outside 24 h
    inquiry(store, presale, c, replier=w.actor)  # someone else answered first
    inquiry(store, presale, d)  # nobody answered
    order(store, w, a, "A-1", after_hours=2)
    order(store, w, b, "B-1", after_hours=30)
    order(store, w, c, "C-1", after_hours=1)
    end = clock.now().add(minutes=1)
    got = conversion(store.sessions, presale.agent_id, start, end, attribution_hours=24)
    assert (got.inquiries, got.converted) == (2, 1)
    assert got.rate == 0.5
    other = conversion(store.sessions, w.actor.agent_id, start, end, attribution_hours=24)
    assert (other.inquiries, other.converted) == (1, 1)


def test_an_order_before_the_inquiry_does_not_count(store, w, presale, frozen_clock):
    start = clock.now().subtract(hours=5)
    a = add_customer(store, w.shop_id, nickname="A")
    order(store, w, a, "A-0", after_hours=-1)
    inquiry(store, presale, a, replier=presale)
    got = conversion(store.sessions, presale.agent_id, start, clock.now().add(minutes=1))
    assert (got.inquiries, got.converted, got.rate) == (1, 0, 0.0)


def test_no_inquiries_no_rate(store, w, presale, frozen_clock):
    got = conversion(store.sessions, presale.agent_id, clock.now(), clock.now().add(hours=1))
    assert got.rate is None


def test_today_and_this_week_in_shop_time(store, w, presale, frozen_clock):
    # The frozen clock stands on Sunday 2026-03-01 15:20 CST; the week began Monday 02-23.
    a = add_customer(store, w.shop_id, nickname="A")
    frozen_clock.at = pendulum.datetime(2026, 2, 24, 10, tz="Asia/Shanghai").in_timezone("UTC")
    inquiry(store, presale, a, replier=presale)
    order(store, w, a, "A-1", after_hours=3)
    frozen_clock.at = pendulum.datetime(2026, 3, 1, 15, 20, tz="Asia/Shanghai").in_timezone("UTC")
    b = add_customer(store, w.shop_id, nickname="B")
    inquiry(store, presale, b, replier=presale)
    rates = my_rates(store.sessions, presale.agent_id)
    assert (rates.today.inquiries, rates.today.converted) == (1, 0)
    assert (rates.week.inquiries, rates.week.converted) == (2, 1)
