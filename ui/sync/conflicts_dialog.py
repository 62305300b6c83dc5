"""The sync-conflicts list: each change the team server refused (or where a later change kept
its value), what it was, why, and what to do: do it again, let it go, or open the ticket."""

from __future__ import annotations

import json

import pendulum
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import Changes
from app.sync import conflicts
from app.sync.client import SyncError
from app.sync.conflicts import Conflict
from ui.context import AppContext
from ui.errors import message_for
from ui.ops import run_op

WHAT = {
    "ticket.create": QT_TRANSLATE_NOOP("SyncConflicts", "New ticket"),
    "ticket.status": QT_TRANSLATE_NOOP("SyncConflicts", "Status change"),
    "ticket.assign": QT_TRANSLATE_NOOP("SyncConflicts", "Assignment"),
    "ticket.priority": QT_TRANSLATE_NOOP("SyncConflicts", "Priority"),
    "ticket.note": QT_TRANSLATE_NOOP("SyncConflicts", "Internal note"),
    "ticket.reply": QT_TRANSLATE_NOOP("SyncConflicts", "Reply"),
    "refund.request": QT_TRANSLATE_NOOP("SyncConflicts", "Refund request"),
    "compensation.register": QT_TRANSLATE_NOOP("SyncConflicts", "Compensation"),
    "customer.tag": QT_TRANSLATE_NOOP("SyncConflicts", "Buyer tag"),
    "tag.create": QT_TRANSLATE_NOOP("SyncConflicts", "New tag"),
    "order.flag": QT_TRANSLATE_NOOP("SyncConflicts", "Order flag"),
}
SHOWN_ARGS = ("status", "priority", "body", "amount_fen", "reason", "name", "flag", "remark")


def describe(conflict: Conflict) -> tuple[str, str]:
    """What the change was, and the arguments an agent recognises it by."""
    base = conflict.name.split("/")[0]
    what = QCoreApplication.translate("SyncConflicts", WHAT[base]) if base in WHAT else base
    shown = {k: v for k, v in conflict.args.items() if k in SHOWN_ARGS and v not in (None, "")}
    return what, json.dumps(shown, ensure_ascii=False)[1:-1] if shown else ""


class ConflictsDialog(QDialog):
    sig_open_ticket = Signal(object)  # a ticket id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncConflicts")
        self.ctx = ctx
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.resize(820, 420)
        self.items: list[Conflict] = []
        self.intro = QLabel(
            self.tr(
                "The team server refused these changes, or a later change kept its value. "
                "Nothing was lost: do a change again, or let it go."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("conflictTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made"), self.tr("Change"), self.tr("Content"), self.tr("Why")]
        )
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.status = QLabel(self)
        self.status.setObjectName("conflictStatus")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.redo_button = QPushButton(self.tr("Do again"), self)
        self.redo_button.setObjectName("conflictRedo")
        self.dismiss_button = QPushButton(self.tr("Let it go"), self)
        self.dismiss_button.setObjectName("conflictDismiss")
        self.open_button = QPushButton(self.tr("Open ticket"), self)
        for b in (self.redo_button, self.dismiss_button, self.open_button):
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.redo_button.clicked.connect(self._redo)
        self.dismiss_button.clicked.connect(self._dismiss)
        self.open_button.clicked.connect(self._open)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._update_buttons()
        self.reload()

    def reload(self) -> None:
        sessions = self.ctx.sessions
        run_op(self, lambda: conflicts.open_conflicts(sessions)).on_success(self._show).start()

    def _show(self, items: list[Conflict]) -> None:
        self.items = items
        self.table.setRowCount(len(items))
        tz = pendulum.local_timezone()
        for row, c in enumerate(items):
            what, content = describe(c)
            why = (
                message_for(SyncError(c.code, c.reason))
                if c.redoable
                else self.tr("Applied, but a later change kept its value")
            )
            cells = (c.made_at.in_timezone(tz).format("MM-DD HH:mm"), what, content, why)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(c.reason if col == 3 else text)
                self.table.setItem(row, col, item)
        if items:
            self.table.selectRow(0)
        else:
            self.status.setText(self.tr("No conflicts."))
        self._update_buttons()

    def current(self) -> Conflict | None:
        row = self.table.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _update_buttons(self) -> None:
        c = self.current()
        self.redo_button.setEnabled(c is not None and c.redoable)
        self.dismiss_button.setEnabled(c is not None)
        self.open_button.setEnabled(c is not None and c.ticket_id is not None)

    def _redo(self) -> None:
        c = self.current()
        if c is None:
            return
        ctx, cid = self.ctx, c.id
        run_op(self, lambda: conflicts.redo(ctx.sessions, cid, ctx.actor)).on_success(
            self._redone
        ).on_failure(self._refused).start()

    def _redone(self, changes) -> None:  # noqa: ANN001
        self.status.setText(self.tr("Done again; it goes to the server with the next sync."))
        self.ctx.publish(changes, initiator=self)
        self.reload()

    def _refused(self, exc: BaseException) -> None:
        self.status.setText(message_for(exc))

    def _dismiss(self) -> None:
        c = self.current()
        if c is None:
            return
        sessions, cid = self.ctx.sessions, c.id
        run_op(self, lambda: conflicts.dismiss(sessions, cid)).on_success(
            lambda _r: (self.ctx.publish(Changes(), initiator=self), self.reload())
        ).on_failure(self._refused).start()

    def _open(self) -> None:
        c = self.current()
        if c is not None and c.ticket_id is not None:
            self.sig_open_ticket.emit(c.ticket_id)
