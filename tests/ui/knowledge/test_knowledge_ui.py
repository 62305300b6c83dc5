"""Product knowledge from a ticket (Ctrl+K): its own SKU first, pinyin initials, a hit into
the reply editor; the supervisor's editor and its sheet import."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt

from app.models import Role
from app.queries.product_knowledge import entries, ticket_products
from app.services.product_knowledge import save_entry
from tests.app.builders import add_agent
from tests.ui.conftest import open_window, settle
from tests.ui.presale.support import open_ticket, trigger
from ui.actions import ActionId
from ui.context import AppContext


def knowledge(store, seeded):  # noqa: ANN001, ANN201
    boss = add_agent(store, name="boss", role=Role.SUPERVISOR)
    shop = ticket_products(store.sessions, seeded.tickets[0]).shop_id
    for values in (
        {"product_id": "P-A", "title": "安吉白茶 100g", "faq": "会掉色吗｜茶汤颜色是正常的"},
        {
            "product_id": "P-LJ",
            "sku": "SKU-0",
            "title": "明前龙井 250g 礼盒装",
            "material_care": "密封冷藏,避光防潮",
            "faq": "怎么保存｜开封后密封放冰箱冷藏",
        },
    ):
        save_entry(store.sessions, actor=boss, shop_id=shop, values=values)
    return boss, shop


def test_search_puts_the_tickets_product_first_and_inserts_a_hit(qtbot, store, seeded, window):
    knowledge(store, seeded)
    open_ticket(qtbot, window, seeded.tickets[0])
    trigger(qtbot, window, ActionId.PRODUCT_KNOWLEDGE)
    search = window.knowledge.dialogs["search"]
    qtbot.waitUntil(lambda: search.list.count() == 2, timeout=5000)
    assert [h.entry.title for h in search.shown] == ["明前龙井 250g 礼盒装", "安吉白茶 100g"]
    assert search.list.item(0).text().startswith("1. ● 明前龙井")
    assert "密封冷藏" in search.detail.toPlainText()
    search.query.setText("zmbc")  # 怎么保存
    assert [h.text for h in search.shown] == ["开封后密封放冰箱冷藏"]
    qtbot.keyClick(search.query, Qt.Key.Key_1)
    settle(qtbot)
    assert window.conversation.reply.editor.toPlainText() == "开封后密封放冰箱冷藏"
    assert not search.isVisible()


def test_enter_inserts_the_chosen_row_and_nothing_found_says_so(qtbot, store, seeded, window):
    knowledge(store, seeded)
    open_ticket(qtbot, window, seeded.tickets[0])
    trigger(qtbot, window, ActionId.PRODUCT_KNOWLEDGE)
    search = window.knowledge.dialogs["search"]
    qtbot.waitUntil(lambda: search.list.count() == 2, timeout=5000)
    search.query.setText("没有的词")
    assert search.list.count() == 0 and search.hint.text() == search.tr(
        "Nothing found. Esc closes."
    )
    search.query.setText("掉色")
    qtbot.keyClick(search.list, Qt.Key.Key_Return)
    settle(qtbot)
    assert window.conversation.reply.editor.toPlainText() == "茶汤颜色是正常的"


def test_an_agent_cannot_open_the_editor(window):
    assert not window.ctx.actions[ActionId.EDIT_KNOWLEDGE].isEnabled()


def _boss_window(qtbot, store, ctx, boss):  # noqa: ANN001, ANN202
    from app.queries import lookups

    agent = next(a for a in lookups.agents(store.sessions) if a.id == boss.agent_id)
    boss_ctx = AppContext(store=store, agent=agent, bus=ctx.bus, drafts=ctx.drafts)
    return open_window(qtbot, boss_ctx, expect_rows=False)


def test_a_supervisor_edits_and_imports_a_sheet(qtbot, store, seeded, ctx, tmp_path):
    boss, shop = knowledge(store, seeded)
    boss_window = _boss_window(qtbot, store, ctx, boss)
    assert boss_window.ctx.actions[ActionId.EDIT_KNOWLEDGE].isEnabled()
    trigger(qtbot, boss_window, ActionId.EDIT_KNOWLEDGE)
    editor = boss_window.knowledge.dialogs["editor"]
    qtbot.waitUntil(lambda: editor.shop.count() == 2, timeout=5000)
    editor.select_shop(shop)
    settle(qtbot)
    assert editor.list.count() == 2
    editor.new_button.click()
    editor.lines["product_id"].setText("P-NEW")
    editor.lines["title"].setText("碧螺春")
    editor.texts["faq"].setPlainText("是新茶吗")
    editor.save_button.click()
    settle(qtbot)
    assert editor.banner.isVisible() and entries(store.sessions, shop)[0].title != "碧螺春"
    assert "碧螺春" not in [e.title for e in entries(store.sessions, shop)]
    editor.texts["faq"].setPlainText("是新茶吗｜今年春茶")
    editor.save_button.click()
    settle(qtbot)
    assert "碧螺春" in [e.title for e in entries(store.sessions, shop)]
    sheet = tmp_path / "k.csv"
    with sheet.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(
            [["商品ID", "商品名称", "卖点"], ["P-X", "普洱", "陈香"], ["", "缺ID", "x"]]
        )
    editor.import_file(sheet)
    settle(qtbot)
    row = editor.tr("Row %1: %2").replace("%1", "3").replace("%2", "the product id is empty")
    assert editor.report.toPlainText() == row
    assert "普洱" in [e.title for e in entries(store.sessions, shop)]
    editor.grab().save(str(tmp_path / "editor.png"))
