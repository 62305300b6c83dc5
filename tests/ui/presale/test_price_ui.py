"""The price dialog from the ticket: Taobao lets the price change, beyond the limit it waits."""

from __future__ import annotations

from sqlalchemy import select

from app.models import Agent, Order, OrderStatus, PriceChange, Ticket
from tests.app.builders import add_order
from tests.app.service_support import get, rows
from tests.ui.conftest import settle
from tests.ui.presale.support import open_ticket, trigger
from ui.actions import ActionId


def unpaid_for(store, ticket_id, n: int = 2) -> list:  # noqa: ANN001
    with store.sessions.begin() as s:
        t = s.get(Ticket, ticket_id)
        shop, buyer = t.shop_id, t.customer_id
        s.scalar(select(Agent).where(Agent.username == "demo")).price_change_limit_fen = 1000
    out = []
    for i in range(n):
        oid, _ = add_order(store, shop, buyer, order_no=f"UNPAID-{i}", status=OrderStatus.PLACED)
        with store.sessions.begin() as s:
            s.get(Order, oid).shipping_fen = 800
        out.append(oid)
    return out


def open_dialog(qtbot, window, seeded):  # noqa: ANN001, ANN201
    open_ticket(qtbot, window, seeded.tickets[0])  # 山野茶舍, a Taobao shop
    trigger(qtbot, window, ActionId.CHANGE_PRICE)
    dialog = window.presale.dialogs["price"]
    qtbot.waitUntil(lambda: dialog.options is not None, timeout=5000)
    return dialog


def test_price_change_within_the_limit(qtbot, store, seeded, window):
    first, _second = unpaid_for(store, seeded.tickets[0])
    dialog = open_dialog(qtbot, window, seeded)
    assert dialog.grid.rowCount() == 2
    goods = dialog.options.orders[0].goods_to_pay_fen
    dialog.set_amount(0, 3, f"{(goods - 500) / 100:.2f}")
    dialog.reason.setText("老客砍价")
    dialog.apply_button.click()
    settle(qtbot)
    qtbot.waitUntil(lambda: get(store, Order, first).discount_fen == 500, timeout=5000)
    (change,) = rows(store, PriceChange)
    assert change.status == "applied" and change.reason == "老客砍价"


def test_shipping_of_both_orders_together_beyond_the_limit_waits(qtbot, store, seeded, window):
    oids = unpaid_for(store, seeded.tickets[0])
    dialog = open_dialog(qtbot, window, seeded)
    dialog.set_amount(0, 4, "0")
    dialog.set_amount(1, 4, "0")
    dialog.reason.setText("合并运费")
    dialog.apply_button.click()
    settle(qtbot)
    qtbot.waitUntil(lambda: len(rows(store, PriceChange)) == 2, timeout=5000)
    assert {c.status for c in rows(store, PriceChange)} == {"pending"}  # 1600 > 1000
    assert [get(store, Order, o).shipping_fen for o in oids] == [800, 800]
    settle(qtbot)
    assert dialog.banner.text() == dialog.tr(
        "Beyond your limit: the change waits for a supervisor's approval."
    )


def test_bad_amount_and_missing_reason_are_said_inline(qtbot, store, seeded, window):
    unpaid_for(store, seeded.tickets[0], n=1)
    dialog = open_dialog(qtbot, window, seeded)
    dialog.set_amount(0, 4, "abc")
    dialog.apply_button.click()
    assert dialog.banner.text() == dialog.tr("Type amounts in yuan, e.g. 12.50.")
    dialog.set_amount(0, 4, "1.5")
    dialog.apply_button.click()
    settle(qtbot)
    assert "why" in dialog.banner.text()
    assert rows(store, PriceChange) == []
