"""The workstation against a real team server: log in, sync in the background, show the state
in ``syncStatus``, work on while the server is away, and list the conflicts."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import func, select

from app.drafts import Drafts
from app.models import Message, TicketKind, TicketStatus
from app.queries import lookups
from app.services.attachments import attach_files, store_file
from app.services.messages import add_note
from app.services.tickets import change_status, create_ticket
from app.sync.client import SyncError
from tests.sync.harness import PASSWORD, ThreadServer
from tests.ui.conftest import open_window, settle
from ui.bus import ChangeBus
from ui.context import AppContext
from ui.sync.attach import SyncHook
from ui.sync.login import ServerLoginDialog
from ui.sync.runner import SyncRunner


def _login(qtbot, url: str, user: str, password: str = PASSWORD) -> ServerLoginDialog:
    dialog = ServerLoginDialog(url, user)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.password.setText(password)
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    return dialog


def _workstation(qtbot, connected, tmp_path, *, expect_rows: bool = False):
    agent = next(
        a for a in lookups.agents(connected.store.sessions) if a.username == connected.username
    )
    ctx = AppContext(
        store=connected.store, agent=agent, bus=ChangeBus(), drafts=Drafts(tmp_path / "drafts")
    )
    window = open_window(qtbot, ctx, expect_rows=expect_rows)
    runner = SyncRunner(ctx, connected.client, window)
    hook = SyncHook(window, connected, runner)
    return window, runner, hook


def _notes(store, body):  # noqa: ANN001, ANN202
    with store.sessions() as s:
        return s.scalar(select(func.count()).select_from(Message).where(Message.body == body))


def test_login_refuses_a_wrong_password_and_a_bad_address(qtbot, server):
    dialog = _login(qtbot, server.url, "bob", "wrong password")
    qtbot.waitUntil(
        lambda: dialog.buttons.isEnabled() and dialog.message.text() != "", timeout=10000
    )
    settle(qtbot)
    assert dialog.result_ is None and dialog.isVisible()
    assert dialog.message.text()
    dialog.server.setText("not a url")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert "http://" in dialog.message.text()


def test_the_workstation_syncs_in_the_background_and_works_offline(qtbot, team, server, tmp_path):
    store, w = team
    dialog = _login(qtbot, server.url, "bob")
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=20000)
    connected = dialog.result_
    window, runner, hook = _workstation(qtbot, connected, tmp_path)
    status = window.findChild(type(hook.status), "syncStatus")
    assert status is hook.status
    with qtbot.waitSignal(runner.sig_state, timeout=10000, check_params_cb=lambda st: st.online):
        runner.start()
    settle(qtbot)
    assert runner.state.pending == 0 and runner.state.last_synced
    # a note made here goes to the server soon after, without asking
    ctx = window.ctx
    tid = create_ticket(ctx.sessions, actor=ctx.actor, kind=TicketKind.QUALITY_CLAIM,
                        order_no=w.order_no).created  # fmt: skip
    changes = add_note(ctx.sessions, actor=ctx.actor, ticket_id=tid, body="界面里写的备注")
    ctx.publish(changes)
    qtbot.waitUntil(lambda: _notes(store, "界面里写的备注") == 1, timeout=15000)
    # the server goes away: work goes on, the widget says offline with what waits
    server.stop()
    ctx.publish(add_note(ctx.sessions, actor=ctx.actor, ticket_id=tid, body="离线时写的"))
    with qtbot.waitSignal(runner.sig_state, timeout=15000,
                          check_params_cb=lambda st: st.online is False):  # fmt: skip
        runner.sync_now()
    settle(qtbot)
    assert runner.state.pending == 1
    assert runner.state.retry_in_ms > 0
    assert "1" in status.text()
    # back: the next sync sends it
    again = ThreadServer(store, port=server.port).start()
    try:
        with qtbot.waitSignal(runner.sig_state, timeout=15000,
                              check_params_cb=lambda st: st.online and st.pending == 0):  # fmt: skip
            runner.sync_now()
        settle(qtbot)
        assert _notes(store, "离线时写的") == 1
    finally:
        runner.stop()
        again.stop()


def test_conflicts_are_listed_and_can_be_let_go(qtbot, team, server, desks, tmp_path):
    store, w = team
    a = desks["小王"]
    tid = create_ticket(a.store.sessions, actor=a.actor, kind=TicketKind.QUALITY_CLAIM,
                        order_no=w.order_no).created  # fmt: skip
    a.sync()
    dialog = _login(qtbot, server.url, "bob")
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=20000)
    window, runner, hook = _workstation(qtbot, dialog.result_, tmp_path)
    ctx = window.ctx
    change_status(a.store.sessions, actor=a.actor, ticket_id=tid, status=TicketStatus.RESOLVED)
    a.sync()
    # bob, not yet synced, answers the ticket differently: the server will refuse it
    change_status(ctx.sessions, actor=ctx.actor, ticket_id=tid, status=TicketStatus.ESCALATED)
    with qtbot.waitSignal(runner.sig_state, timeout=15000,
                          check_params_cb=lambda st: st.conflicts == 1 and not st.busy):  # fmt: skip
        runner.sync_now()
    settle(qtbot)
    conflicts = hook.show_conflicts()
    qtbot.waitUntil(lambda: conflicts.table.rowCount() == 1, timeout=5000)
    assert conflicts.redo_button.isEnabled()
    why = conflicts.table.item(0, 3).text()
    assert why
    qtbot.mouseClick(conflicts.dismiss_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: conflicts.table.rowCount() == 0, timeout=5000)
    settle(qtbot)
    assert isinstance(conflicts.status, QLabel)
    runner.stop()


def test_the_status_tooltip_says_how_many_files_still_travel(
    qtbot, team, server, desks, tmp_path, monkeypatch
):
    _store, w = team
    a = desks["小王"]
    for n in range(3):
        source = tmp_path / f"照片{n}.jpg"
        source.write_bytes(os.urandom(2000))
        tid = create_ticket(a.store.sessions, actor=a.actor, kind=TicketKind.QUALITY_CLAIM,
                            order_no=w.order_no).created  # fmt: skip
        stored = store_file(a.store.files_dir, source)
        attach_files(a.store.sessions, actor=a.actor, ticket_id=tid, files=[stored.as_dict()])

    def dropped(*_args: object) -> dict:
        raise SyncError("offline", "the network dropped")

    monkeypatch.setattr(a.client, "upload_blob", dropped)
    assert a.sync().waiting == 3  # the records reached the server, the photos did not
    dialog = _login(qtbot, server.url, "bob")
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=20000)
    window, runner, hook = _workstation(qtbot, dialog.result_, tmp_path)
    with qtbot.waitSignal(runner.sig_state, timeout=15000,
                          check_params_cb=lambda st: st.online and not st.busy):  # fmt: skip
        runner.start()
    settle(qtbot)
    assert runner.state.files_waiting == 3
    still = QCoreApplication.translate("SyncStatus", "%n evidence file(s) still to travel", "", 3)
    assert "3" in still and still in hook.status.toolTip()
    # 小王's desk sends them: bob's next sync brings them, and the tooltip no longer says so
    monkeypatch.undo()
    assert a.sync().uploaded == 3
    with qtbot.waitSignal(runner.sig_state, timeout=15000,
                          check_params_cb=lambda st: st.online and not st.busy):  # fmt: skip
        runner.sync_now()
    settle(qtbot)
    assert runner.state.files_waiting == 0
    assert still not in hook.status.toolTip() and hook.status.toolTip()
    runner.stop()
