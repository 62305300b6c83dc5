"""Inquiry conversion per agent, DSR warnings, defect feedback per product, by hand."""

from __future__ import annotations

import dataclasses

import pytest

from app.errors import InvalidInput, PermissionDenied
from app.kpis import presale
from app.kpis.presale import conversion
from app.kpis.ratings import defects, dsr
from app.models import FeedbackKind, Order, TicketKind
from app.services import assign_ticket
from app.services.dsr import enter_dsr
from app.services.feedback import send_feedback
from app.supervision_settings import settings
from tests.app.builders import snapshot
from tests.app.kpis.conftest import SOCK, TEE, both


def pay(shop, order_no: str) -> None:
    with shop.sessions.begin() as s:
        order = s.query(Order).filter_by(order_no=order_no).one()
        order.paid_at, order.paid_fen = shop.now(), order.goods_fen


def test_conversion_per_agent(shop):
    me = shop.presale.agent_id
    quick, slow, never = (shop.order([TEE])[0] for _ in range(3))
    asked = [shop.ticket(TicketKind.INQUIRY, no, assignee=me) for no in (quick, slow, never)]
    shop.ticket(TicketKind.INQUIRY, assignee=me)  # no order at all
    reminder = shop.ticket(TicketKind.PAYMENT_REMINDER, shop.order([SOCK])[0])  # unassigned
    shop.clock.advance(days=1)
    pay(shop, quick)  # a day after the inquiry: converted (window 3 days)
    shop.clock.advance(days=4)
    pay(shop, slow)  # five days after: too late
    fig = both(shop, conversion, shop.days(5, 0))
    # agent, inquiries, with an order, converted, rate
    assert fig.rows == (("售前小美", 4, 3, 1, 0.25), ("-", 1, 1, 0, 0.0))
    assert fig.notes == ("from_presale_tickets",) and fig.extra["attribution_days"] == 3
    # Handing an inquiry to another agent moves it with its conversion.
    assign_ticket(
        shop.sessions, actor=shop.agent, ticket_id=asked[0], assignee_id=shop.agent.agent_id
    )
    fig = both(shop, conversion, shop.days(5, 0))
    assert fig.rows == (("售前小美", 3, 2, 0, 0.0), ("-", 1, 1, 0, 0.0), ("售后小王", 1, 1, 1, 1.0))
    assert reminder  # counted under "-" (nobody holds it)


def test_a_wider_window_converts_more(shop, monkeypatch):
    no = shop.order([TEE])[0]
    shop.ticket(TicketKind.INQUIRY, no, assignee=shop.presale.agent_id)
    shop.clock.advance(days=5)
    pay(shop, no)
    assert both(shop, conversion, shop.days(5, 0)).rows[0][3] == 0
    monkeypatch.setattr(
        presale, "settings", lambda: dataclasses.replace(settings(), attribution_days=7)
    )
    assert both(shop, conversion, shop.days(5, 0)).rows[0][3] == 1


def test_dsr_entries_warn_under_the_threshold(shop):
    def enter(start, end, d, s, lg, **kw):  # noqa: ANN001, ANN003, ANN202
        return enter_dsr(shop.sessions, actor=shop.boss, shop_id=shop.shop_id, period_start=start,
                         period_end=end, describe_milli=d, service_milli=s, logistics_milli=lg,
                         **kw)  # fmt: skip

    today = shop.now().in_timezone("Asia/Shanghai").date()
    week = (str(today.subtract(days=6)), str(today))
    enter(*week, 4850, 4900, 4810)
    enter(*week, 4790, 4850, 4830, product_id="P-TEE", product_title="纯棉T恤")
    enter(*week, 4860, 4900, 4810)  # the same week again corrects the entry
    fig = dsr_of(shop)
    assert [(r[2], r[5], r[6], r[7], r[8]) for r in fig.rows] == [
        ("", 4.86, 4.9, 4.81, 4.81),
        ("纯棉T恤", 4.79, 4.85, 4.83, 4.79),
    ]
    assert fig.warn == (False, True) and dict(fig.summary) == {"below_threshold": 1}
    before = snapshot(shop.store)
    with pytest.raises(InvalidInput, match="describe_milli"):
        enter(*week, 5200, 4900, 4900)
    with pytest.raises(InvalidInput, match="ends"):
        enter(week[1], week[0], 4900, 4900, 4900)
    with pytest.raises(PermissionDenied):
        enter_dsr(shop.sessions, actor=shop.agent, shop_id=shop.shop_id, period_start=week[0],
                  period_end=week[1], describe_milli=4900, service_milli=4900, logistics_milli=4900)  # fmt: skip
    assert snapshot(shop.store) == before


def dsr_of(shop):  # noqa: ANN001, ANN201
    with shop.store.engine.connect() as conn:
        return dsr(conn, shop.days(6, 0))


def test_defect_feedback_and_quality_claims_per_product(shop):
    no, _oid, items = shop.order([TEE, SOCK], paid=shop.now().subtract(days=2))
    claim = shop.ticket(TicketKind.QUALITY_CLAIM, no, items=items)
    shop.ticket(TicketKind.QUALITY_CLAIM, no, items=[items[0]])
    shop.ticket(TicketKind.RETURN, no, items=[items[1]])  # not a claim
    for text in ("洗后掉色", "领口变形"):
        send_feedback(shop.sessions, actor=shop.agent, ticket_id=claim, kind=FeedbackKind.DEFECT,
                      text=text, product="纯棉T恤")  # fmt: skip
    send_feedback(shop.sessions, actor=shop.agent, ticket_id=claim, kind=FeedbackKind.CAMPAIGN,
                  text="活动力度小", product="纯棉T恤")  # fmt: skip
    fig = both(shop, defects, shop.today())
    # product, defect feedback, items claimed, total, the latest feedback
    assert fig.rows == (("纯棉T恤", 2, 2, 4, "领口变形"), ("中筒袜三双装", 0, 1, 1, ""))
