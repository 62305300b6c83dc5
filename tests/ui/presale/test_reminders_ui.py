"""The payment-reminder view: unpaid orders with their time left, remind once, then wait."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from sqlalchemy import select

from app import clock
from app.models import OrderStatus, PaymentReminder, Role, Shop
from app.services.phrases import save_phrase
from tests.app.builders import add_agent, add_customer, add_order
from tests.app.service_support import rows
from tests.ui.conftest import settle
from tests.ui.presale.support import trigger
from ui.actions import ActionId
from ui.labels import local


def unpaid(store) -> None:  # noqa: ANN001
    with store.sessions() as s:
        shop = s.scalar(select(Shop.id).where(Shop.name == "山野茶舍"))
    buyer = add_customer(store, shop, nickname="tb_茶友")
    for n, hours in ((1, 5), (2, 30)):
        add_order(
            store,
            shop,
            buyer,
            order_no=f"TB-UNPAID-{n}",
            status=OrderStatus.PLACED,
            placed_at=clock.now().subtract(hours=hours),
        )
    boss = add_agent(store, name="boss", role=Role.SUPERVISOR)
    save_phrase(
        store.sessions,
        actor=boss,
        title="库存紧张",
        body="{buyer}，订单{order_no}还没付款哦",
        group="催付",
        personal=False,
    )


def test_remind_the_soonest_closing_order_then_the_buyer_waits(qtbot, store, seeded, window):
    unpaid(store)
    trigger(qtbot, window, ActionId.PAYMENT_REMINDERS)
    view = window.presale.dialogs["reminders"]
    qtbot.waitUntil(lambda: view.grid.rowCount() == 2, timeout=5000)
    assert [o.order_no for o in view.orders] == ["TB-UNPAID-2", "TB-UNPAID-1"]
    first = view.orders[0]
    assert first.closes_at == first.placed_at.add(hours=72)  # the Taobao table's figure
    assert view.grid.item(0, 0).text() == "1天17小时"  # 72 h - 30 h, less the seconds gone
    settle(qtbot)
    assert view.words.toPlainText() == "tb_茶友，订单TB-UNPAID-2还没付款哦"
    view.remind.click()
    settle(qtbot)
    qtbot.waitUntil(lambda: len(rows(store, PaymentReminder)) == 1, timeout=5000)
    assert QGuiApplication.clipboard().text() == "tb_茶友，订单TB-UNPAID-2还没付款哦"
    settle(qtbot)
    assert view.orders[0].reminders == 1
    view.grid.setCurrentCell(1, 0)  # the same buyer's other order
    settle(qtbot)
    assert not view.remind.isEnabled()
    assert view.orders[1].next_reminder_at is not None
    second = view.orders[1]
    when = local(second.next_reminder_at, second.shop_tz)
    assert view.grid.item(1, 7).text() == view.tr("again from %1").replace("%1", when)
