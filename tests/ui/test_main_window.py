"""The three panes working together on a real store, driven as an agent would."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTextBrowser,
)

from app import services
from app.models import Message, MessageKind, Ticket, TicketStatus
from app.queries import queue as q
from tests.ui.conftest import open_window, settle
from ui.actions import ActionId

OBJECT_NAMES = {
    "queueView": QTableView,
    "queueFilter": object,
    "searchBox": QLineEdit,
    "ticketPane": object,
    "ticketStatus": QComboBox,
    "conversationView": QTextBrowser,
    "replyEditor": QPlainTextEdit,
    "sendReplyButton": QPushButton,
    "addNoteButton": QPushButton,
}


def _messages(store, ticket_id):
    with store.sessions() as s:
        return [
            (m.kind, m.body)
            for m in s.query(Message).filter_by(ticket_id=ticket_id).order_by(Message.at)
        ]


def _status(store, ticket_id):
    with store.sessions() as s:
        return s.get(Ticket, ticket_id).status


def test_stable_object_names_for_automation(window):
    assert window.objectName() == "MainWindow"
    for name, kind in OBJECT_NAMES.items():
        found = window.findChild(
            kind if kind is not object else type(window.ticket).__mro__[-3], name
        )
        assert found is not None, name


def test_queue_opens_on_my_tickets_and_shows_the_selected_ticket(window, seeded):
    model = window.queue.model
    assert model.rowCount() == 4  # four of the six seeded tickets are the agent's
    first = model.row_at(0)
    assert window.ticket.detail.id == first.id
    assert window.ticket.status.currentText() == "新建"
    assert (
        "你好" in window.conversation.transcript.toPlainText()
        or "掉色" in window.conversation.transcript.toPlainText()
    )
    assert window.ticket.order.isVisible()


def test_next_and_previous_ticket_shortcuts(window, qtbot):
    model = window.queue.model
    window.ctx.actions[ActionId.NEXT_TICKET].trigger()
    qtbot.waitUntil(lambda: window.ticket.detail.id == model.row_at(1).id)
    window.ctx.actions[ActionId.PREV_TICKET].trigger()
    qtbot.waitUntil(lambda: window.ticket.detail.id == model.row_at(0).id)


def test_send_reply_records_it_copies_it_and_clears_the_editor(window, qtbot, store):
    tid = window.ticket.detail.id
    window.conversation.focus(window.conversation.reply)
    window.conversation.reply.editor.setPlainText(
        "亲，非常抱歉给您带来不好的体验，我们马上为您处理。"
    )
    window.conversation.reply.button.click()
    qtbot.waitUntil(lambda: window.conversation.reply.editor.toPlainText() == "")
    settle(qtbot)
    assert (MessageKind.REPLY, "亲，非常抱歉给您带来不好的体验，我们马上为您处理。") in _messages(
        store, tid
    )
    assert (
        QGuiApplication.clipboard().text() == "亲，非常抱歉给您带来不好的体验，我们马上为您处理。"
    )
    assert _status(store, tid) == TicketStatus.OPEN  # the first reply opens a new ticket
    qtbot.waitUntil(lambda: "马上为您处理" in window.conversation.transcript.toPlainText())
    qtbot.waitUntil(lambda: window.ticket.status.currentText() == "处理中")


def test_note_stays_internal_and_does_not_change_status(window, qtbot, store):
    tid = window.ticket.detail.id
    before = _status(store, tid)
    window.conversation.focus(window.conversation.note)
    window.conversation.note.editor.setPlainText("仓库说这批货有色差，注意跟进")
    window.ctx.actions[ActionId.SEND].trigger()
    qtbot.waitUntil(lambda: window.conversation.note.editor.toPlainText() == "")
    settle(qtbot)
    assert (MessageKind.NOTE, "仓库说这批货有色差，注意跟进") in _messages(store, tid)
    assert _status(store, tid) == before
    assert QGuiApplication.clipboard().text() != "仓库说这批货有色差，注意跟进"


def test_empty_reply_is_refused_inline(window, qtbot, store):
    tid = window.ticket.detail.id
    count = len(_messages(store, tid))
    window.conversation.reply.editor.setPlainText("   ")
    window.conversation.reply.button.click()
    assert window.conversation.banner.isVisible()
    assert "请先输入内容" in window.conversation.banner.text()
    assert len(_messages(store, tid)) == count


def test_status_change_through_the_combo(window, qtbot, store):
    tid = window.ticket.detail.id
    combo = window.ticket.status
    index = combo.findData(TicketStatus.WAITING_WAREHOUSE.value)
    assert index > 0
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    qtbot.waitUntil(lambda: _status(store, tid) == TicketStatus.WAITING_WAREHOUSE)
    qtbot.waitUntil(lambda: window.ticket.status.currentText() == "等待仓库")
    assert "状态已改为" in window.ticket.banner.text()


def test_illegal_transition_is_shown_inline_not_raised(window, qtbot, store, seeded):
    """The pane offered 'escalated', but meanwhile the ticket was resolved and closed."""
    tid = window.ticket.detail.id
    combo = window.ticket.status
    index = combo.findData(TicketStatus.ESCALATED.value)
    for status in (TicketStatus.RESOLVED, TicketStatus.CLOSED):
        services.change_status(store.sessions, actor=seeded.other, ticket_id=tid, status=status)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    qtbot.waitUntil(lambda: window.ticket.banner.isVisible(), timeout=5000)
    settle(qtbot)
    assert _status(store, tid) == TicketStatus.CLOSED
    assert window.ticket.banner.property("kind") == "error"
    assert window.ticket.banner.text()


def test_search_box_filters_the_queue(window, qtbot, seeded):
    window.queue.show_view(q.View.ALL)
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == len(seeded.tickets))
    window.search.setText("掉色")
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == 1, timeout=5000)
    assert window.queue.model.row_at(0).id == seeded.tickets[0]
    window.search.clear()
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == len(seeded.tickets), timeout=5000)


def test_saved_views_and_filters(window, qtbot, seeded):
    window.ctx.actions[ActionId.VIEW_UNASSIGNED].trigger()
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == 2)
    assert all(window.queue.model.row_at(r).assignee == "" for r in range(2))
    window.ctx.actions[ActionId.VIEW_ALL].trigger()
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == 6)
    bar = window.queue.filters
    bar.select(bar.kind, "return")
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == 2)
    assert {window.queue.model.row_at(r).kind.value for r in range(2)} == {"return"}
    bar.clear.click()
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == 6)


def test_tagging_the_buyer_shows_the_tag_to_everyone(window, qtbot, store, seeded, ctx):
    window.ticket.customer.sig_tag.emit(seeded.tag_ids[1], True)
    qtbot.waitUntil(lambda: "疑似恶意退款" in window.ticket.customer.tags.text(), timeout=5000)
    qtbot.waitUntil(
        lambda: "疑似恶意退款" in window.queue.model.data(window.queue.model.index(0, 6))
    )
    window.ticket.customer.sig_tag.emit(seeded.tag_ids[1], False)
    qtbot.waitUntil(lambda: "疑似恶意退款" not in window.ticket.customer.tags.text(), timeout=5000)


def test_drafts_survive_a_restart(window, qtbot, ctx):
    tid = window.ticket.detail.id
    window.conversation.reply.editor.setPlainText("亲，您的包裹我这边正在")
    window.conversation.flush_drafts()
    window.close()
    again = open_window(qtbot, ctx)
    qtbot.waitUntil(lambda: again.ticket.detail.id == tid)
    assert again.conversation.reply.editor.toPlainText() == "亲，您的包裹我这边正在"


def test_a_full_disk_keeps_the_typed_note(window, qtbot, store):
    """SQLite cannot grow the file: the note is refused, nothing half-written, text kept."""
    from sqlalchemy import event

    tid = window.ticket.detail.id
    before = _messages(store, tid)

    def no_room(dbapi_conn, _record):
        cur = dbapi_conn.cursor()
        pages = cur.execute("PRAGMA page_count").fetchone()[0]
        cur.execute(f"PRAGMA max_page_count={pages}")
        cur.close()

    store.engine.dispose()
    event.listen(store.engine, "connect", no_room)
    text = "很长的备注" * 1800  # under the length limit, over the room left
    window.conversation.focus(window.conversation.note)
    window.conversation.note.editor.setPlainText(text)
    window.conversation.note.button.click()
    qtbot.waitUntil(lambda: window.conversation.banner.isVisible(), timeout=5000)
    settle(qtbot)
    assert "磁盘已满" in window.conversation.banner.text()
    assert window.conversation.note.editor.toPlainText() == text
    event.remove(store.engine, "connect", no_room)
    store.engine.dispose()
    assert _messages(store, tid) == before


def test_english_can_be_chosen_and_chinese_is_the_default(window, qtbot, qapp):
    from ui import i18n

    assert window.ctx.actions[ActionId.SEARCH].text() == "搜索"
    assert window.queue.views.tabText(0).startswith("我的")
    i18n.install(qapp, "en")
    qtbot.waitUntil(lambda: window.queue.views.tabText(0).startswith("Mine"))
    assert window.ctx.actions[ActionId.SEARCH].text() == "Search"
    assert window.conversation.reply.button.text() == "Send and copy"


def test_an_overlong_note_is_refused_with_a_reason(window, qtbot, store):
    tid = window.ticket.detail.id
    before = _messages(store, tid)
    text = "字" * 10_001
    window.conversation.note.editor.setPlainText(text)
    window.conversation.note.button.click()
    qtbot.waitUntil(lambda: window.conversation.banner.isVisible(), timeout=5000)
    settle(qtbot)
    assert "10000" in window.conversation.banner.text()
    assert window.conversation.note.editor.toPlainText() == text
    assert _messages(store, tid) == before


def test_ticket_shows_its_platform_windows_with_explanations(window, qtbot, seeded):
    window.queue.show_view(q.View.ALL)
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == len(seeded.tickets))
    assert window.queue.select_ticket(seeded.tickets[0])  # a Taobao return, parcel signed
    qtbot.waitUntil(lambda: window.ticket.detail.id == seeded.tickets[0])
    settle(qtbot)
    box = window.ticket.windows
    assert box.isVisible()
    line = box.findChild(QLabel, "window_no_reason_return")
    assert "7天无理由" in line.text() or "无理由" in line.text()
    assert "次日" in line.toolTip()  # the explanation: counted from 00:00 the day after signing
