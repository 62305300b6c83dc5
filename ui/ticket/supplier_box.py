"""The ticket's supplier after-sale requests (供应链售后单): one line per request with its
status and the supplier's answer deadline; the agent records the supplier's answer, marks it
done, or passes a supplied item to its supplier; a supervisor closes a refusal (the shop pays).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.models import SupplierRequestStatus
from app.models.enums import PRESALE_KINDS
from app.queries.suppliers import RequestRow, SuppliedItem, TicketSuppliers, ticket_suppliers
from app.queries.tickets import TicketDetail
from app.services import Changes
from app.services.supplier_requests import (
    finish_supplier_request,
    record_supplier_answer,
    send_to_supplier,
)
from ui.context import AppContext
from ui.errors import message_for
from ui.ops import run_op
from ui.ticket.supplier_lines import OVERDUE, request_line, request_tip

S = SupplierRequestStatus


class SupplierBox(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supplierBox")
        self.ctx = ctx
        self.detail: TicketDetail | None = None
        self.found: TicketSuppliers | None = None
        self._mode = ""  # what the inline editor asks for: refuse | close | send
        self._busy = False
        self.list = QListWidget(self)
        self.list.setObjectName("supplierRequests")
        self.list.setMaximumHeight(130)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)  # the tooltip has it all
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        self.message = QLabel(self)
        self.message.setObjectName("supplierMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {OVERDUE};")
        self.message.hide()
        self.accept_button = self._button("supplierAccept", self._accept)
        self.refuse_button = self._button("supplierRefuse", lambda: self._ask("refuse"))
        self.done_button = self._button("supplierDone", self._done)
        self.close_button = self._button("supplierClose", lambda: self._ask("close"))
        self.send_button = self._button("supplierSend", lambda: self._ask("send"))
        buttons = QGridLayout()  # two rows, so the box fits a narrow ticket pane
        for col, b in enumerate((self.accept_button, self.refuse_button, self.done_button)):
            buttons.addWidget(b, 0, col)
        buttons.addWidget(self.close_button, 1, 0, 1, 2)
        buttons.addWidget(self.send_button, 1, 2)
        self.editor = self._make_editor()
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.editor)
        layout.addWidget(self.message)
        self._timer = QTimer(self)
        self._timer.setInterval(30_000)
        self._timer.timeout.connect(self.refresh)  # "overdue" appears without a reload
        self._timer.start()
        ctx.bus.sig_changed.connect(self._on_changed)
        self.hide()
        self.retranslate()

    def _button(self, name: str, slot) -> QPushButton:  # noqa: ANN001
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _make_editor(self) -> QWidget:
        editor = QWidget(self)
        editor.setObjectName("supplierEditor")
        self.prompt = QLabel(editor)
        self.prompt.setWordWrap(True)  # a long question must not widen the narrow pane
        self.item_choice = QComboBox(editor)
        self.item_choice.setObjectName("supplierItem")
        self.text = QLineEdit(editor)
        self.text.setObjectName("supplierText")
        self.text.returnPressed.connect(self._confirm)
        self.ok_button = self._button("supplierOk", self._confirm)
        self.cancel_button = self._button("supplierCancel", self._cancel)
        row = QHBoxLayout()
        row.addWidget(self.text, 1)
        row.addWidget(self.ok_button)
        row.addWidget(self.cancel_button)
        col = QVBoxLayout(editor)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.prompt)
        col.addWidget(self.item_choice)
        col.addLayout(row)
        editor.hide()
        return editor

    # -- showing ----------------------------------------------------------------------------

    def show_ticket(self, detail: TicketDetail | None) -> None:
        if detail is None or self.detail is None or detail.id != self.detail.id:
            self.found = None
            self._set_message("")
            self._cancel()
        self.detail = detail
        if detail is None:
            self.hide()
            return
        sessions, tid = self.ctx.sessions, detail.id
        run_op(self, lambda: ticket_suppliers(sessions, tid)).on_success(
            lambda found: self._show(found) if self._current(found.ticket_id) else None
        ).on_failure(lambda exc: self._set_message(message_for(exc))).start()

    def _current(self, ticket_id: uuid.UUID) -> bool:
        return self.detail is not None and self.detail.id == ticket_id

    def _show(self, found: TicketSuppliers) -> None:
        self.found = found
        presale = self.detail.kind in PRESALE_KINDS
        self.setVisible(bool(found.rows) or (bool(found.items) and not presale))
        self.refresh()

    def refresh(self) -> None:
        """Draw the requests again (the clock may have made one overdue)."""
        if self.found is None or self.detail is None:
            return
        keep = self.selected()
        self.list.clear()
        now, tz = clock.now(), self.detail.shop_tz
        for r in self.found.rows:
            item = QListWidgetItem(request_line(r, now, tz), self.list)
            item.setData(Qt.ItemDataRole.UserRole, r.id.hex)
            item.setToolTip(request_tip(r))
            if r.overdue(now):
                item.setForeground(QBrush(QColor(OVERDUE)))
        rows = self.found.rows
        ids = [r.id for r in rows]
        if keep is not None and keep.id in ids:
            self.list.setCurrentRow(ids.index(keep.id))
        elif rows:
            waiting = [i for i, r in enumerate(rows) if r.status != S.DONE]
            self.list.setCurrentRow(waiting[0] if waiting else len(rows) - 1)
        self.list.setVisible(bool(rows))
        self._enable()

    def selected(self) -> RequestRow | None:
        item = self.list.currentItem()
        if item is None or self.found is None:
            return None
        raw = item.data(Qt.ItemDataRole.UserRole)
        return next((r for r in self.found.rows if r.id.hex == raw), None)

    def passable(self) -> list[SuppliedItem]:
        """Supplied items with no open request, the ones the ticket is about first."""
        if self.found is None or self.detail is None or self.detail.kind in PRESALE_KINDS:
            return []
        free = [i for i in self.found.items if not i.open_request]
        return sorted(free, key=lambda i: not i.named)

    def _enable(self) -> None:
        row, idle = self.selected(), not self._busy
        status = row.status if row is not None else None
        self.accept_button.setEnabled(idle and status == S.SENT)
        self.refuse_button.setEnabled(idle and status == S.SENT)
        self.done_button.setEnabled(idle and status == S.ACCEPTED)
        self.close_button.setVisible(self.ctx.actor.is_supervisor)
        self.close_button.setEnabled(idle and status == S.REFUSED)
        self.send_button.setEnabled(idle and bool(self.passable()))
        self.ok_button.setEnabled(idle)

    def _on_changed(self, changes: Changes) -> None:
        if self.detail is not None and self.detail.id in changes.tickets:
            self.show_ticket(self.detail)

    def _set_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- acting -----------------------------------------------------------------------------

    def _accept(self) -> None:
        if (row := self.selected()) is not None:
            self._call(record_supplier_answer, request_id=row.id, accepted=True)

    def _done(self) -> None:
        if (row := self.selected()) is not None:
            self._call(finish_supplier_request, request_id=row.id)

    def _ask(self, mode: str) -> None:
        """Open the inline editor for the supplier's reason, the supervisor's note, or what
        the shop asks the supplier for."""
        self._mode = mode
        self.item_choice.clear()
        self.text.clear()
        if mode == "send":
            for i in self.passable():
                self.item_choice.addItem(
                    f"{i.sku} · {i.title} · {i.supplier_name}", i.order_item_id
                )
            self.text.setText(self.detail.subject if self.detail else "")
        self.item_choice.setVisible(self.item_choice.count() > 1)
        self._retranslate_editor()
        self.editor.show()
        self.text.setFocus()

    def _cancel(self) -> None:
        self._mode = ""
        self.editor.hide()

    def _confirm(self) -> None:
        words, mode, row = self.text.text(), self._mode, self.selected()
        if mode == "send" and self.detail is not None and self.item_choice.count():
            self._call(send_to_supplier, ticket_id=self.detail.id,
                       order_item_id=self.item_choice.currentData(), reason=words)  # fmt: skip
        elif mode == "refuse" and row is not None:
            self._call(record_supplier_answer, request_id=row.id, accepted=False, refusal=words)
        elif mode == "close" and row is not None:
            self._call(finish_supplier_request, request_id=row.id, note=words)

    def _call(self, service, **values: object) -> None:  # noqa: ANN001
        """Run the service as the agent off the GUI thread; publish what it changed."""
        ctx = self.ctx
        self._busy = True
        self._enable()
        run_op(self, lambda: service(ctx.sessions, actor=ctx.actor, **values)).on_success(
            self._written
        ).on_failure(self._failed).start()

    def _written(self, changes: Changes) -> None:
        self._busy = False
        self._set_message("")
        self._cancel()
        self._enable()
        self.ctx.publish(changes, self)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self._set_message(message_for(exc))  # the typed words stay in the editor
        self._enable()

    # -- language ---------------------------------------------------------------------------

    def _retranslate_editor(self) -> None:
        self.prompt.setText(
            {
                "refuse": self.tr("The supplier's reason for refusing:"),
                "close": self.tr("Why the shop closes it and bears the cost:"),
                "send": self.tr("What the shop asks the supplier for:"),
            }.get(self._mode, "")
        )

    def retranslate(self) -> None:
        self.setTitle(self.tr("Supplier after-sale"))
        self.accept_button.setText(self.tr("Accepted"))
        self.accept_button.setToolTip(self.tr("The supplier accepted the after-sale"))
        self.refuse_button.setText(self.tr("Refused…"))
        self.refuse_button.setToolTip(self.tr("The supplier refused: record its reason"))
        self.done_button.setText(self.tr("Done"))
        self.done_button.setToolTip(self.tr("The supplier did what it accepted"))
        self.close_button.setText(self.tr("Close (shop pays)…"))
        self.send_button.setText(self.tr("Pass to supplier…"))
        self.ok_button.setText(self.tr("OK"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._retranslate_editor()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
