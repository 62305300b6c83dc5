"""The audit log tab: entries newest first, filters, pages loaded as the list scrolls."""

from __future__ import annotations

from app.models import Role
from app.services import add_note
from tests.ui.conftest import open_window, settle
from tests.ui.supervisor.conftest import agent_actor, as_supervisor, open_console, show_tab
from ui.supervisor.paged import PagedModel


def test_filters_and_the_ticket_open_in_the_main_window(qtbot, ctx, seeded):
    agent = agent_actor(ctx)
    for i in range(3):
        add_note(ctx.store.sessions, actor=agent, ticket_id=seeded.tickets[0], body=f"备注{i}")
    window = open_window(qtbot, as_supervisor(ctx), expect_rows=False)
    console = open_console(qtbot, window)
    tab = console.audit
    show_tab(qtbot, console, tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    total = tab.model.rowCount()
    assert tab.agent.itemText(0) == "Everyone" and tab.action.findData("message.note") >= 0
    tab.action.setCurrentIndex(tab.action.findData("message.note"))
    tab.action.activated.emit(tab.action.currentIndex())
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3)
    assert {tab.model.index(r, 2).data() for r in range(3)} == {"message.note"}
    assert tab.count.text() == "3 entries"
    tab.table.selectRow(0)
    assert "备注2" not in tab.detail.toPlainText() and "message.note" in tab.detail.toPlainText()
    tab.action.setCurrentIndex(0)
    tab.action.activated.emit(0)
    qtbot.waitUntil(lambda: tab.model.rowCount() == total)
    # The ticket selected in the main window narrows the log to it.
    other = seeded.tickets[2]
    window.queue.sig_ticket_selected.emit(other)
    assert tab.this_ticket.isEnabled()
    tab.this_ticket.setChecked(True)
    qtbot.waitUntil(lambda: 0 < tab.model.rowCount() < total)
    assert {tab.model.row_at(r).ticket_id for r in range(tab.model.rowCount())} == {other}


def test_pages_load_as_the_list_scrolls(qtbot, ctx, seeded, qtmodeltester, monkeypatch):
    monkeypatch.setattr(PagedModel, "PAGE", 5)
    agent = agent_actor(ctx)
    for i in range(12):
        add_note(ctx.store.sessions, actor=agent, ticket_id=seeded.tickets[1], body=f"第{i}条")
    window = open_window(qtbot, as_supervisor(ctx, Role.ADMIN), expect_rows=False)
    console = open_console(qtbot, window)
    tab = console.audit
    show_tab(qtbot, console, tab)
    tab.action.setCurrentIndex(tab.action.findData("message.note"))
    tab.action.activated.emit(tab.action.currentIndex())
    qtbot.waitUntil(lambda: tab.model.rowCount() >= 5)
    settle(qtbot)
    while tab.model.canFetchMore():
        tab.model.fetchMore()
        settle(qtbot)
    assert tab.model.rowCount() == 12 and not tab.model.canFetchMore()
    ids = [tab.model.row_at(r).id for r in range(12)]
    assert len(set(ids)) == 12
    qtmodeltester.check(tab.model)
