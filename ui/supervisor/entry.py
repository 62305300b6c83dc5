"""Where the main window meets supervision: the "Supervisor" menu for supervisors and
administrators only, and "My quality reviews" for everyone."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtWidgets import QMenu, QWidget

from app.queries.quality import unseen_count
from ui.actions import ActionId
from ui.ops import run_op

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class SupervisorMenu(QMenu):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("supervisorMenu")
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("S&upervisor"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class SupervisorEntry(QObject):
    """Adds the menus to ``window`` and opens the console and the agent's reviews."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.console = None
        self.reviews = None
        actions = window.ctx.actions
        allowed = window.ctx.actor.is_supervisor
        console_action = actions[ActionId.SUPERVISOR_CONSOLE]
        console_action.setEnabled(allowed)
        console_action.setVisible(allowed)
        self.menu: SupervisorMenu | None = None
        if allowed:
            self.menu = SupervisorMenu(window)
            self.menu.addAction(console_action)
            window.menuBar().insertMenu(window.menu_settings.menuAction(), self.menu)
        window.menu_view.addSeparator()
        window.menu_view.addAction(actions[ActionId.MY_REVIEWS])
        console_action.triggered.connect(self._on_console)
        actions[ActionId.MY_REVIEWS].triggered.connect(self._on_my_reviews)
        # The console's audit log follows the ticket open here (the bus says which one).
        window.queue.sig_ticket_selected.connect(window.ctx.bus.sig_ticket_selected)

    def start(self) -> None:
        """Tell the agent, in the status bar, about quality reviews they have not read."""
        ctx = self.window.ctx
        run_op(self.window, lambda: unseen_count(ctx.sessions, actor=ctx.actor)).on_success(
            self._on_unseen
        ).start()

    def _on_unseen(self, count: int) -> None:
        if count:
            text = self.tr("New quality reviews for you: %1 (View → My quality reviews)")
            text = text.replace("%1", str(count))
            self.window.statusBar().showMessage(text, 30_000)

    @Slot()
    def _on_console(self) -> None:
        if not self.window.ctx.actor.is_supervisor:
            return
        from ui.supervisor.console import SupervisorConsole  # charts load on first use

        if self.console is None:
            self.console = SupervisorConsole(self.window.ctx, self.window)
            self.console.setWindowFlag(Qt.WindowType.Window, True)
            self.console.sig_open_ticket.connect(self._on_open_ticket)
            detail = self.window.ticket.detail
            self.console.audit.ticket_selected(detail.id if detail else None)
            self.console.start()
        else:
            self.console.refresh()
        self.console.show()
        self.console.raise_()
        self.console.activateWindow()

    @Slot()
    def _on_my_reviews(self) -> None:
        from ui.supervisor.my_reviews import MyReviewsDialog

        if self.reviews is None:
            self.reviews = MyReviewsDialog(self.window.ctx, self.window)
        self.reviews.load()
        self.reviews.show()
        self.reviews.raise_()

    @Slot(object)
    def _on_open_ticket(self, ticket_id: uuid.UUID) -> None:
        self.window.ticket.show_ticket(ticket_id)
        self.window.conversation.show_ticket(ticket_id)
        self.window.raise_()
        self.window.activateWindow()
