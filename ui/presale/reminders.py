"""The payment-reminder view (催付): placed-but-unpaid orders with the time left before the
platform closes them, the soonest first. Choosing an order suggests the shop's reminder
phrase filled for it; one button records the reminder and copies the words for the
platform's chat. A buyer reminded within the interval cannot be reminded again yet."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Slot
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.queries.payment_reminders import UnpaidOrder, suggested_phrases, unpaid_orders
from app.services import Changes
from app.services.payment_reminders import remind_payment
from app.services.phrase_text import fill
from ui.context import AppContext
from ui.labels import countdown, local, yuan
from ui.ops import run_op
from ui.presale.common import presale_message, table
from ui.queue.model import urgency_color
from ui.ticket.banner import Banner

TICK_MS = 30_000


class ReminderView(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderView")
        self.ctx = ctx
        self.resize(980, 560)
        self.grid = table(self, "unpaidOrders", 8)
        self.phrase = QComboBox(self)
        self.phrase.setObjectName("reminderPhrase")
        self.words = QPlainTextEdit(self)
        self.words.setObjectName("reminderWords")
        self.words.setMaximumHeight(90)
        self.remind = QPushButton(self)
        self.remind.setObjectName("remindButton")
        self.state = QLabel(self)
        self.state.setObjectName("reminderState")
        self.banner = Banner("reminderBanner", self)
        row = QHBoxLayout()
        row.addWidget(self.phrase, 1)
        row.addWidget(self.remind)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.state)
        layout.addLayout(row)
        layout.addWidget(self.words)
        layout.addWidget(self.banner)
        self.orders: list[UnpaidOrder] = []
        self._phrases: dict = {}
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self.retranslate()
        self._connect_signals()
        self._timer.start()
        self.reload()

    def _connect_signals(self) -> None:
        self.grid.currentCellChanged.connect(self._on_grid_current_changed)
        self.phrase.activated.connect(self._on_phrase_activated)
        self.remind.clicked.connect(self._on_remind_clicked)
        self._timer.timeout.connect(self.render)

    def reload(self) -> None:
        sessions = self.ctx.sessions
        run_op(self, lambda: unpaid_orders(sessions)).on_success(self._on_loaded).on_failure(
            lambda e: self.banner.error(presale_message(e))
        ).start()

    def _on_loaded(self, orders: list[UnpaidOrder]) -> None:
        keep = self.current()
        self.orders = orders
        self.render()
        ids = [o.order_id for o in orders]
        row = ids.index(keep.order_id) if keep and keep.order_id in ids else 0
        if orders:
            self.grid.setCurrentCell(row, 0)
        else:
            self._show_state()

    def current(self) -> UnpaidOrder | None:
        row = self.grid.currentRow()
        return self.orders[row] if 0 <= row < len(self.orders) else None

    @Slot()
    def render(self) -> None:
        now = clock.now()
        self.grid.setRowCount(len(self.orders))
        for r, o in enumerate(self.orders):
            left = countdown(o.closes_at, now) if o.closes_at else self.tr("no figure")
            cells = (
                left,
                o.buyer,
                o.order_no,
                o.title,
                yuan(o.total_fen),
                local(o.placed_at, o.shop_tz),
                str(o.reminders),
                self._reminder_cell(o, now),
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0 and o.closes_at:
                    item.setForeground(QBrush(urgency_color(o.closes_at, now)))
                    item.setToolTip(
                        self.tr("The platform closes it at %1").replace(
                            "%1", local(o.closes_at, o.shop_tz, "YYYY-MM-DD HH:mm")
                        )
                    )
                if c == 7 and not o.may_remind(now):
                    item.setForeground(QBrush(QColor("#8b8d98")))
                self.grid.setItem(r, c, item)
        self.grid.resizeColumnsToContents()

    def _reminder_cell(self, o: UnpaidOrder, now) -> str:  # noqa: ANN001
        if o.may_remind(now):
            return self.tr("may remind now")
        return self.tr("again from %1").replace("%1", local(o.next_reminder_at, o.shop_tz))

    @Slot(int, int, int, int)
    def _on_grid_current_changed(self, row: int, _c: int, _pr: int, _pc: int) -> None:
        o = self.current()
        self._show_state()
        if o is None:
            return
        if o.shop_id in self._phrases:
            self._fill_phrases(o)
            return
        sessions, me, shop = self.ctx.sessions, self.ctx.agent.id, o.shop_id

        def loaded(phrases: list) -> None:
            self._phrases[shop] = phrases
            if self.current() is o:
                self._fill_phrases(o)

        run_op(self, lambda: suggested_phrases(sessions, me, shop)).on_success(loaded).start()

    def _show_state(self) -> None:
        o = self.current()
        may = o is not None and o.may_remind(clock.now())
        self.remind.setEnabled(may)
        if o is None:
            self.state.setText(self.tr("No unpaid orders."))
        else:
            self.state.setText(f"{o.shop_name} · {o.buyer} · {o.order_no}")

    def _fill_phrases(self, o: UnpaidOrder) -> None:
        self.phrase.clear()
        for p in self._phrases.get(o.shop_id, []):
            self.phrase.addItem(p.title, p)
        self._on_phrase_activated(0)

    @Slot(int)
    def _on_phrase_activated(self, index: int) -> None:
        o, phrase = self.current(), self.phrase.itemData(index)
        if o is None or phrase is None:
            return
        values = {"buyer": o.buyer, "order_no": o.order_no, "product": o.title}
        self.words.setPlainText(fill(phrase.body, values).text)

    @Slot()
    def _on_remind_clicked(self) -> None:
        o, text = self.current(), self.words.toPlainText()
        if o is None:
            return
        phrase = self.phrase.currentData()
        ctx = self.ctx

        def ok(changes: Changes) -> None:
            QGuiApplication.clipboard().setText(text.strip())
            self.banner.info(self.tr("Reminder recorded and copied: paste it into the chat."))
            ctx.publish(changes, self)
            self.reload()

        run_op(
            self,
            lambda: remind_payment(
                ctx.sessions,
                actor=ctx.actor,
                order_id=o.order_id,
                text=text,
                phrase_id=phrase.id if phrase else None,
                ticket_id=o.ticket_id,
            ),
        ).on_success(ok).on_failure(lambda e: self.banner.error(presale_message(e))).start()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Unpaid orders: payment reminders"))
        self.grid.setHorizontalHeaderLabels(
            [
                self.tr("Closes in"),
                self.tr("Buyer"),
                self.tr("Order no."),
                self.tr("Item"),
                self.tr("To pay"),
                self.tr("Placed"),
                self.tr("Reminders"),
                self.tr("Reminder"),
            ]
        )
        self.remind.setText(self.tr("Remind and copy"))
        self.words.setPlaceholderText(self.tr("The words sent to the buyer…"))
        self.render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
