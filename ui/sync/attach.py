"""Putting the team sync into a main window: the status widget, "sync now" (F9), the
sync-conflicts list, and logging in again when the kept login is refused."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from app.sync.session import Connected
from ui.actions import ActionId
from ui.sync.conflicts_dialog import ConflictsDialog
from ui.sync.login import ServerLoginDialog
from ui.sync.runner import SyncRunner
from ui.sync.status import SyncStatus


class SyncHook:
    def __init__(self, window: QMainWindow, connected: Connected, runner: SyncRunner) -> None:
        self.window = window
        self.connected = connected
        self.runner = runner
        self.status = SyncStatus(window)
        self.status.server = connected.client.url
        window.statusBar().insertPermanentWidget(0, self.status)
        a = window.ctx.actions
        self.status.add_actions(a[ActionId.SYNC_NOW], a[ActionId.SYNC_CONFLICTS])
        first = window.menu_file.actions()[0] if window.menu_file.actions() else None
        window.menu_file.insertAction(first, a[ActionId.SYNC_NOW])
        window.menu_file.insertAction(first, a[ActionId.SYNC_CONFLICTS])
        window.menu_file.insertSeparator(first)
        a[ActionId.SYNC_NOW].triggered.connect(runner.sync_now)
        a[ActionId.SYNC_CONFLICTS].triggered.connect(self.show_conflicts)
        runner.sig_state.connect(self.status.show_state)
        runner.sig_needs_login.connect(self.ask_login)
        self.dialog: ConflictsDialog | None = None
        self._asking = False

    def show_conflicts(self) -> ConflictsDialog:
        dialog = ConflictsDialog(self.window.ctx, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_open_ticket.connect(self._open_ticket)
        dialog.show()
        self.dialog = dialog
        return dialog

    def _open_ticket(self, ticket_id) -> None:  # noqa: ANN001
        if not self.window.queue.select_ticket(ticket_id):
            self.window._on_queue_ticket_selected(ticket_id)

    def ask_login(self) -> None:
        if self._asking:
            return
        self._asking = True
        c = self.connected
        dialog = ServerLoginDialog(c.client.url, c.username, self.window, connected=c)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(self._login_finished)
        dialog.show()
        self.login_dialog = dialog

    def _login_finished(self, result: int) -> None:
        self._asking = False
        if result:
            self.runner.logged_in_again()
