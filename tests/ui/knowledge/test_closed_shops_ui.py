"""The supervisor's closed-shops dialog (Knowledge ▸ Closed shops…): close a shop, see its
open tickets under it, reopen it; agents cannot open it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.models import Role
from app.queries.product_knowledge import ticket_products
from tests.app.builders import add_agent
from tests.ui.conftest import settle
from tests.ui.knowledge.test_knowledge_ui import _boss_window
from tests.ui.presale.support import trigger
from ui.actions import ActionId


def test_an_agent_cannot_open_closed_shops(window):
    assert not window.ctx.actions[ActionId.CLOSED_SHOPS].isEnabled()
    assert window.ctx.actions[ActionId.CLOSED_SHOPS] in window.knowledge.menu.actions()


def test_a_supervisor_closes_a_shop_and_sees_its_open_tickets(qtbot, store, seeded, ctx, tmp_path):
    boss = add_agent(store, name="boss", role=Role.SUPERVISOR)
    shop = ticket_products(store.sessions, seeded.tickets[0]).shop_id
    boss_window = _boss_window(qtbot, store, ctx, boss)
    assert boss_window.ctx.actions[ActionId.CLOSED_SHOPS].isEnabled()
    trigger(qtbot, boss_window, ActionId.CLOSED_SHOPS)
    dialog = boss_window.knowledge.dialogs["closed_shops"]
    qtbot.waitUntil(lambda: dialog.shop.count() == 2, timeout=5000)
    assert dialog.tree.topLevelItemCount() == 0
    assert dialog.caption.text() == dialog.tr("No shop is closed.")
    dialog.select_shop(shop)
    assert dialog.toggle.text() == dialog.tr("Close shop")
    dialog.toggle.click()
    settle(qtbot)
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 1, timeout=5000)
    head = dialog.tree.topLevelItem(0)
    assert dialog.shop.currentData() == shop
    assert dialog.toggle.text() == dialog.tr("Reopen shop")
    assert dialog.shop.currentText().endswith(dialog.tr(" (closed)"))
    shown = {head.child(i).data(0, Qt.ItemDataRole.UserRole) for i in range(head.childCount())}
    assert seeded.tickets[0] in shown and head.childCount() >= 1
    dialog.grab().save(str(tmp_path / "closed_shops.png"))
    dialog.toggle.click()
    settle(qtbot)
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 0, timeout=5000)
    assert dialog.toggle.text() == dialog.tr("Close shop")
