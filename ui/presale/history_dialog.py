"""A buyer's history, one click from the ticket (Ctrl+H): orders with their flags, tickets,
tags, the buyer's note (editable, every agent sees it) and the internal notes of all their
tickets, newest first."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.queries.customers import BuyerHistory, buyer_history
from app.services import Changes
from app.services.customer_groups import set_customer_note
from ui.context import AppContext
from ui.labels import label, local, yuan
from ui.ops import run_op
from ui.presale.common import presale_message, table
from ui.ticket.banner import Banner
from ui.ticket.customer_box import chips_html


class HistoryDialog(QDialog):
    def __init__(
        self, ctx: AppContext, customer_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.ctx, self.customer_id = ctx, customer_id
        self.resize(820, 540)
        self.head = QLabel(self)
        self.head.setObjectName("historyHead")
        self.head.setTextFormat(Qt.TextFormat.RichText)
        self.note = QLineEdit(self)
        self.note.setObjectName("historyNote")
        self.save_note = QPushButton(self)
        self.save_note.setObjectName("historySaveNote")
        self.tabs = QTabWidget(self)
        self.orders = table(self, "historyOrders", 5)
        self.tickets = table(self, "historyTickets", 4)
        self.notes = QListWidget(self)
        self.notes.setObjectName("historyNotes")
        self.notes.setWordWrap(True)
        for widget in (self.orders, self.tickets, self.notes):
            self.tabs.addTab(widget, "")
        self.banner = Banner("historyBanner", self)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.save_note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.head)
        layout.addLayout(row)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self.history: BuyerHistory | None = None
        self.retranslate()
        self.save_note.clicked.connect(self._on_save_note_clicked)
        self.reload()

    def reload(self) -> None:
        sessions, cid = self.ctx.sessions, self.customer_id
        run_op(self, lambda: buyer_history(sessions, cid)).on_success(self._on_loaded).on_failure(
            lambda e: self.banner.error(presale_message(e))
        ).start()

    def _on_loaded(self, h: BuyerHistory) -> None:
        self.history = h
        self.render()

    def render(self) -> None:
        h = self.history
        if h is None:
            return
        self.head.setText(
            f"<b>{h.nickname}</b> · {h.platform_buyer_id} · {h.shop}<br>{chips_html(h)}"
        )
        self.note.setText(h.note)
        self._fill(
            self.orders,
            [
                (
                    o.order_no,
                    label(o.status),
                    local(o.placed_at, h.shop_tz, "YYYY-MM-DD HH:mm"),
                    yuan(o.total_fen),
                    (f"⚑ {label(o.flag)} " if o.flag.value != "none" else "") + o.flag_remark,
                )
                for o in h.orders
            ],
        )
        self._fill(
            self.tickets,
            [
                (
                    label(t.kind),
                    label(t.status),
                    local(t.created_at, h.shop_tz, "YYYY-MM-DD HH:mm"),
                    t.subject,
                )
                for t in h.tickets
            ],
        )
        self.notes.clear()
        for n in h.notes:
            who = n.author or self.tr("Buyer's note")
            self.notes.addItem(f"{local(n.at, h.shop_tz, 'YYYY-MM-DD HH:mm')} · {who}\n{n.body}")
        self._titles()

    def _fill(self, grid, rows: list[tuple[str, ...]]) -> None:  # noqa: ANN001
        grid.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                grid.setItem(r, c, QTableWidgetItem(text))
        grid.resizeColumnsToContents()

    @Slot()
    def _on_save_note_clicked(self) -> None:
        ctx, cid, text = self.ctx, self.customer_id, self.note.text()

        def ok(changes: Changes) -> None:
            ctx.publish(changes, self)
            self.banner.info(self.tr("Saved: every agent sees this note."))
            self.reload()

        run_op(
            self,
            lambda: set_customer_note(ctx.sessions, actor=ctx.actor, customer_id=cid, note=text),
        ).on_success(ok).on_failure(lambda e: self.banner.error(presale_message(e))).start()

    def _titles(self) -> None:
        h = self.history
        counts = (len(h.orders), len(h.tickets), len(h.notes)) if h else (0, 0, 0)
        names = (self.tr("Orders (%1)"), self.tr("Tickets (%1)"), self.tr("Notes (%1)"))
        for i, (name, n) in enumerate(zip(names, counts, strict=True)):
            self.tabs.setTabText(i, name.replace("%1", str(n)))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Buyer history"))
        self.note.setPlaceholderText(self.tr("The buyer's note: preferences, what to watch for"))
        self.save_note.setText(self.tr("Save note"))
        self.orders.setHorizontalHeaderLabels(
            [
                self.tr("Order no."),
                self.tr("State"),
                self.tr("Placed"),
                self.tr("Total"),
                self.tr("Flag"),
            ]
        )
        self.tickets.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Status"), self.tr("Opened"), self.tr("Subject")]
        )
        self._titles()
        self.render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
