"""The console's approvals tab lists a price change above the pre-sale agent's limit, with the
amounts before and after in yuan; approving applies it, and a closed shop's change is refused
clearly."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from app.models import Customer, Order, OrderStatus, PriceChange, Shop
from app.services.price_changes import change_price
from app.services.shop_closing import close_shop
from tests.app.builders import add_order
from tests.ui.conftest import open_window, settle
from tests.ui.supervisor.conftest import as_supervisor, open_console

GOODS = 2 * 5900 + 1990  # the builder's two items


def tr(text: str) -> str:
    return QCoreApplication.translate("ApprovalsTab", text)


@pytest.fixture
def waiting(ctx, seeded):
    """售前-小李 (no price-change allowance) takes ¥10.00 off an unpaid order of 山野茶舍."""
    store = ctx.store
    with store.sessions() as s:
        shop = s.scalar(select(Shop.id).where(Shop.name == "山野茶舍"))
        buyer = s.scalar(select(Customer.id).where(Customer.nickname == "tb_买家0号"))
    oid, _ = add_order(store, shop, buyer, order_no="TB-UNPAID-1", status=OrderStatus.PLACED)
    batch = change_price(
        store.sessions,
        actor=seeded.other,
        order_id=oid,
        goods_to_pay_fen=GOODS - 1000,
        reason="老客砍价",
    ).created
    return shop, oid, batch


def console_tab(qtbot, ctx):  # noqa: ANN001, ANN201
    window = open_window(qtbot, as_supervisor(ctx), expect_rows=False)
    console = open_console(qtbot, window)
    return console, console.approvals


def test_a_price_change_is_listed_and_approving_applies_it(qtbot, ctx, waiting):
    _shop, oid, batch = waiting
    console, tab = console_tab(qtbot, ctx)
    assert tab.table.rowCount() == 1 and console.tabs.tabText(0) == "Approvals (1)"
    cells = [tab.table.item(0, c).text() for c in range(tab.table.columnCount())]
    assert cells[:6] == [
        tr("Price change"),
        "¥10.00",
        "¥0.00",
        "售前-小李",
        "tb_买家0号",
        "TB-UNPAID-1",
    ]
    goods = tr("goods %1 → %2").replace("%1", "¥137.90").replace("%2", "¥127.90")
    assert cells[6] == f"{goods} · 老客砍价"
    assert not tab.open_ticket.isEnabled()  # asked outside a ticket
    tab.text.setText("同意")
    tab.approve.click()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 0)
    settle(qtbot)
    assert tab.empty.isVisible() and console.tabs.tabText(0) == "Approvals"
    with ctx.store.sessions() as s:
        assert s.get(Order, oid).discount_fen == 1000
        record = s.scalar(select(PriceChange).where(PriceChange.batch_id == batch))
        assert (record.status, record.decision_note) == ("applied", "同意")


def test_a_closed_shop_says_so_and_the_change_can_be_refused(qtbot, ctx, waiting):
    shop, oid, batch = waiting
    console, tab = console_tab(qtbot, ctx)
    close_shop(ctx.store.sessions, actor=ctx.actor, shop_id=shop)
    tab.approve.click()
    settle(qtbot)
    assert tab.banner.isVisible() and tab.banner.property("kind") == "error"
    expected = tr(
        "The shop “%1” is closed: this can no longer be approved. Refuse it, saying why."
    ).replace("%1", "山野茶舍")
    assert tab.banner.text() == expected
    assert tab.table.rowCount() == 1
    tab.text.setText("店铺已关闭")
    tab.refuse.click()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 0)
    settle(qtbot)
    with ctx.store.sessions() as s:
        assert s.get(Order, oid).discount_fen == 0
        record = s.scalar(select(PriceChange).where(PriceChange.batch_id == batch))
        assert record.status == "refused"
