"""A pre-sale agent sees their own inquiry conversion in the status bar."""

from __future__ import annotations

from app import clock
from app.models import OrderStatus
from app.queries import lookups
from app.services import add_reply, create_ticket
from tests.app.builders import add_customer, add_order
from tests.ui.conftest import open_window, settle
from ui.bus import ChangeBus
from ui.context import AppContext


def test_presale_agent_sees_today_and_this_week(qtbot, store, seeded, ctx):
    li = next(a for a in lookups.agents(store.sessions) if a.username == "li")  # 售前-小李
    with store.sessions() as s:
        from app.models import Shop

        shop = s.query(Shop).filter(Shop.name == "山野茶舍").one().id
    buyers = [add_customer(store, shop, nickname=f"询单{n}") for n in range(2)]
    for buyer in buyers:
        tid = create_ticket(
            store.sessions, actor=seeded.other, kind="inquiry", customer_id=buyer
        ).created
        add_reply(store.sessions, actor=seeded.other, ticket_id=tid, body="亲，在的～")
    add_order(
        store,
        shop,
        buyers[0],
        order_no="CONV-1",
        status=OrderStatus.PLACED,
        placed_at=clock.now().add(minutes=1),
    )
    presale_ctx = AppContext(store=store, agent=li, bus=ChangeBus(), drafts=ctx.drafts)
    window = open_window(qtbot, presale_ctx, expect_rows=False)
    label = window.presale.conversion
    qtbot.waitUntil(lambda: label.rates is not None, timeout=5000)
    assert (label.rates.today.inquiries, label.rates.today.converted) == (2, 1)
    assert "1/2 50%" in label.text()
    settle(qtbot)


def test_after_sale_agent_has_no_conversion_label(window):
    assert window.presale.conversion is None
