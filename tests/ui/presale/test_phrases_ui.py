"""The quick-phrase picker from the conversation pane, and the red-line warning on a reply."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.models import QuickPhrase, Role
from app.services.phrases import save_phrase
from tests.app.builders import add_agent
from tests.app.service_support import get
from tests.ui.conftest import settle
from tests.ui.presale.support import open_ticket, trigger
from ui.actions import ActionId


def phrases(store, seeded) -> dict[str, object]:  # noqa: ANN001
    boss = add_agent(store, name="boss", role=Role.SUPERVISOR)
    made = {}
    for title, body, actor, personal in (
        ("已发货", "{buyer}您好，订单{order_no}已发货", boss, False),
        ("欢迎", "亲，您好～", boss, False),
        ("发票", "支持开发票，{coupon}", seeded.agent, True),
    ):
        made[title] = save_phrase(
            store.sessions, actor=actor, title=title, body=body, personal=personal
        ).created
    return made


def test_picker_filters_by_initials_and_inserts_with_number_key(qtbot, store, seeded, window):
    made = phrases(store, seeded)
    open_ticket(qtbot, window, seeded.tickets[0])
    trigger(qtbot, window, ActionId.QUICK_PHRASES)
    picker = window.presale.dialogs["phrases"]
    qtbot.waitUntil(lambda: picker.list.count() == 3, timeout=5000)
    picker.query.setText("fh")
    assert [p.title for p in picker.shown] == ["已发货"]
    qtbot.keyClick(picker.query, Qt.Key.Key_1)
    settle(qtbot)
    reply = window.conversation.reply.editor.toPlainText()
    assert reply == "tb_买家0号您好，订单24031500000088已发货"
    qtbot.waitUntil(lambda: get(store, QuickPhrase, made["已发货"]).use_count == 1, timeout=5000)
    assert "phrases" not in window.presale.dialogs  # closed after inserting


def test_arrows_in_the_filter_move_the_choice_and_enter_takes_it(qtbot, store, seeded, window):
    phrases(store, seeded)
    open_ticket(qtbot, window, seeded.tickets[0])
    trigger(qtbot, window, ActionId.QUICK_PHRASES)
    picker = window.presale.dialogs["phrases"]
    qtbot.waitUntil(lambda: picker.list.count() == 3, timeout=5000)
    titles = [p.title for p in picker.shown]
    qtbot.keyClick(picker.query, Qt.Key.Key_Down)
    qtbot.keyClick(picker.query, Qt.Key.Key_Down)
    qtbot.keyClick(picker.query, Qt.Key.Key_Down)  # stops at the last row
    assert picker.list.currentRow() == 2
    qtbot.keyClick(picker.query, Qt.Key.Key_Up)
    assert picker.list.currentRow() == 1
    qtbot.keyClick(picker.query, Qt.Key.Key_Return)
    settle(qtbot)
    inserted = {
        "已发货": "tb_买家0号您好，订单24031500000088已发货",
        "欢迎": "亲，您好～",
        "发票": "支持开发票，〔优惠券〕",
    }
    assert window.conversation.reply.editor.toPlainText() == inserted[titles[1]]
    assert "phrases" not in window.presale.dialogs


def test_missing_placeholder_is_pointed_at(qtbot, store, seeded, window):
    phrases(store, seeded)
    open_ticket(qtbot, window, seeded.tickets[0])
    trigger(qtbot, window, ActionId.QUICK_PHRASES)
    picker = window.presale.dialogs["phrases"]
    qtbot.waitUntil(lambda: picker.list.count() == 3, timeout=5000)
    picker.query.setText("fp")
    qtbot.keyClick(picker.list, Qt.Key.Key_Return)
    settle(qtbot)
    assert window.conversation.reply.editor.toPlainText() == "支持开发票，〔优惠券〕"
    assert "{coupon}" in window.conversation.banner.text()


def test_reply_crossing_a_red_line_is_held_until_sent_again(qtbot, store, seeded, window):
    open_ticket(qtbot, window, seeded.tickets[0])  # a Taobao shop
    conv = window.conversation
    conv.reply.editor.setPlainText("亲，加我微信，微信转账便宜点")
    conv.reply.button.click()
    settle(qtbot)
    assert "引导站外交易" in conv.banner.text()
    assert conv.reply.editor.toPlainText()  # nothing recorded, the text stays
    assert all(m.body != "亲，加我微信，微信转账便宜点" for m in conv.transcript.messages())
    conv.reply.button.click()  # sent anyway, the agent read the warning
    settle(qtbot)
    qtbot.waitUntil(lambda: conv.reply.editor.toPlainText() == "", timeout=5000)


def test_clean_reply_goes_straight_through(qtbot, store, seeded, window):
    open_ticket(qtbot, window, seeded.tickets[0])
    conv = window.conversation
    conv.reply.editor.setPlainText("亲，已经帮您催仓库了")
    conv.reply.button.click()
    settle(qtbot)
    qtbot.waitUntil(lambda: conv.reply.editor.toPlainText() == "", timeout=5000)


def test_agent_saves_an_own_phrase_in_the_manager(qtbot, store, seeded, window):
    trigger(qtbot, window, ActionId.MANAGE_PHRASES)
    manager = window.presale.dialogs["manage_phrases"]
    assert not manager.scope.isEnabled()  # an agent keeps to their own library
    manager.new_button.click()
    manager.group.setText("物流")
    manager.title_edit.setText("催件")
    manager.body.setPlainText("亲，{carrier}已加急")
    manager.save_button.click()
    settle(qtbot)
    qtbot.waitUntil(lambda: manager.list.count() == 1, timeout=5000)
    assert manager.rows[0].personal and manager.rows[0].title == "催件"
    manager.body.setPlainText("亲，{price}")
    manager.save_button.click()
    settle(qtbot)
    assert "price" in manager.banner.text()
