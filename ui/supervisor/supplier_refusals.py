"""Supplier requests the supervisor must look at: refused ones (sent again with what the shop
asks for, or closed with the shop bearing the cost) and sent ones whose answer is overdue."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models import SupplierRequestStatus
from app.queries.suppliers import SupervisorRow, supplier_attention
from app.services import Changes
from app.services.supplier_requests import finish_supplier_request, send_to_supplier
from ui.context import AppContext
from ui.errors import message_for
from ui.labels import local
from ui.ops import run_op
from ui.supervisor.common import fill_table, make_table, row_data
from ui.supervisor.note_prompt import NotePrompt
from ui.ticket.banner import Banner

REFUSED = SupplierRequestStatus.REFUSED


class SupplierRefusalsTab(QWidget):
    sig_open_ticket = Signal(object)
    """Show this ticket (its id) in the main window."""

    sig_count = Signal(int)
    """How many requests wait for the supervisor (for the tab's title)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supplierRefusalsTab")
        self.ctx = ctx
        self.rows: list[SupervisorRow] = []
        self.loaded = False
        self.prompt: NotePrompt | None = None
        self.table = make_table(self, "supplierRefusalsTable", self._headers(), stretch=4)
        self.empty = QLabel(self)
        self.empty.setObjectName("supplierRefusalsEmpty")
        self.open_ticket = QPushButton(self)
        self.open_ticket.setObjectName("supplierOpenTicket")
        self.send_again = QPushButton(self)
        self.send_again.setObjectName("supplierSendAgain")
        self.close_request = QPushButton(self)
        self.close_request.setObjectName("supplierCloseShopPays")
        self.banner = Banner("supplierRefusalsBanner", self)
        actions = QHBoxLayout()
        actions.addStretch(1)
        for button in (self.open_ticket, self.send_again, self.close_request):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.retranslate()
        self._connect_signals()
        self._update_buttons()

    def _connect_signals(self) -> None:
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(self._on_double_clicked)
        self.open_ticket.clicked.connect(self._on_open_ticket_clicked)
        self.send_again.clicked.connect(self._on_send_again_clicked)
        self.close_request.clicked.connect(self._on_close_clicked)
        self.ctx.bus.sig_changed.connect(self._on_changed)

    def _headers(self) -> list[str]:
        return [
            self.tr("Shop"),
            self.tr("Order"),
            self.tr("SKU"),
            self.tr("Supplier"),
            self.tr("Status"),
            self.tr("Sent"),
        ]

    # ---- loading ---------------------------------------------------------------------
    def load(self) -> None:
        self.loaded = True
        sessions = self.ctx.sessions
        run_op(self, lambda: supplier_attention(sessions)).on_success(self._show).on_failure(
            self._on_failed
        ).start()

    @Slot(object)
    def _on_changed(self, changes: Changes) -> None:
        if self.loaded and changes.initiator is not self:
            self.load()

    def _show(self, rows: list[SupervisorRow]) -> None:
        self.rows = rows
        self._fill()
        if rows:
            self.table.selectRow(0)
        self._update_buttons()
        self.sig_count.emit(len(rows))

    def _fill(self) -> None:
        cells = [
            [
                r.shop_name,
                r.order_no,
                r.request.sku,
                r.request.supplier_name,
                self.status_text(r),
                local(r.request.sent_at, fmt="MM-DD HH:mm"),
            ]
            for r in self.rows
        ]
        tips = [
            "\n".join(x for x in (r.subject, r.request.reason, r.request.contact) if x)
            for r in self.rows
        ]
        warn = [r.request.status == REFUSED for r in self.rows]
        fill_table(self.table, cells, data=list(range(len(cells))), warn=warn, tips=tips)
        self.empty.setVisible(not self.rows)

    def status_text(self, row: SupervisorRow) -> str:
        if row.request.status == REFUSED:
            return self.tr("Refused: %1").replace("%1", row.request.refusal)
        return self.tr("Overdue since %1").replace("%1", local(row.request.due_at))

    def _on_failed(self, exc: BaseException) -> None:
        self.banner.error(message_for(exc))

    # ---- acting ----------------------------------------------------------------------
    def current(self) -> SupervisorRow | None:
        index = row_data(self.table)
        return self.rows[index] if isinstance(index, int) and index < len(self.rows) else None

    @Slot()
    def _update_buttons(self) -> None:
        row = self.current()
        refused = row is not None and row.request.status == REFUSED
        self.open_ticket.setEnabled(row is not None)
        self.send_again.setEnabled(refused)
        self.close_request.setEnabled(refused)

    @Slot(QTableWidgetItem)
    def _on_double_clicked(self, item: QTableWidgetItem) -> None:
        index = row_data(self.table, item.row())
        if isinstance(index, int) and index < len(self.rows):
            self.sig_open_ticket.emit(self.rows[index].request.ticket_id)

    @Slot()
    def _on_open_ticket_clicked(self) -> None:
        row = self.current()
        if row is not None:
            self.sig_open_ticket.emit(row.request.ticket_id)

    def _ask(self, title: str, question: str, text: str, then) -> None:  # noqa: ANN001
        if self.prompt is not None:
            self.prompt.close()
        prompt = NotePrompt(title, question, text, self)
        prompt.sig_text.connect(then)
        prompt.finished.connect(lambda _r, p=prompt: self._forget_prompt(p))
        self.prompt = prompt
        prompt.open()

    def _forget_prompt(self, prompt: NotePrompt) -> None:
        if self.prompt is prompt:
            self.prompt = None
        prompt.deleteLater()

    @Slot()
    def _on_send_again_clicked(self) -> None:
        row = self.current()
        if row is None or row.request.status != REFUSED:
            return
        req, ctx = row.request, self.ctx

        def send(reason: str) -> None:
            fn = lambda: send_to_supplier(  # noqa: E731
                ctx.sessions, actor=ctx.actor, ticket_id=req.ticket_id,
                order_item_id=req.order_item_id, reason=reason,
            )  # fmt: skip
            text = self.tr("Sent again to %1.").replace("%1", req.supplier_name)
            run_op(self, fn).on_success(lambda ch: self._done(ch, text)).on_failure(
                self._on_failed
            ).start()

        question = self.tr("What does the shop ask %1 for this time?")
        self._ask(
            self.tr("Send again to the supplier"),
            question.replace("%1", req.supplier_name),
            req.reason,
            send,
        )

    @Slot()
    def _on_close_clicked(self) -> None:
        row = self.current()
        if row is None or row.request.status != REFUSED:
            return
        req, ctx = row.request, self.ctx

        def close(note: str) -> None:
            fn = lambda: finish_supplier_request(  # noqa: E731
                ctx.sessions, actor=ctx.actor, request_id=req.id, note=note
            )
            text = self.tr("Closed: the shop bears the cost.")
            run_op(self, fn).on_success(lambda ch: self._done(ch, text)).on_failure(
                self._on_failed
            ).start()

        self._ask(
            self.tr("Close, shop pays"),
            self.tr("Why does the shop bear the cost? (required)"),
            "",
            close,
        )

    def _done(self, changes: Changes, text: str) -> None:
        self.banner.info(text)
        self.ctx.publish(changes, self)
        self.load()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(self._headers())
        self.empty.setText(self.tr("No supplier has refused, and no answer is overdue."))
        self.open_ticket.setText(self.tr("Open the ticket"))
        self.send_again.setText(self.tr("Send again…"))
        self.close_request.setText(self.tr("Close, shop pays…"))
        if self.rows:
            self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
