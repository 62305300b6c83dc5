"""The review queues: tagged buyers (risk first), flagged, exception and unpaid orders, and
disputes; each item closed with a decision and a note. "Reviewed" lists what was decided."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.models import FlagColor, ReviewDecision, ReviewQueue
from app.queries import review_queues
from app.queries.review_queues import QueueItem, QueuePage, ReviewRow
from app.services.reviews import close_review
from ui.context import AppContext
from ui.errors import message_for
from ui.labels import FLAG_COLORS, local, yuan
from ui.ops import run_op
from ui.supervisor.common import fill_table, make_table, row_data
from ui.supervisor.names import name, reasons
from ui.ticket.banner import Banner

QUEUE_ROLE = Qt.ItemDataRole.UserRole + 7


class ReviewsTab(QWidget):
    sig_open_ticket = Signal(object)
    """Show this ticket (its id) in the main window."""

    sig_count = Signal(int)
    """Open items over every queue (for the tab's title)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewsTab")
        self.ctx = ctx
        self.items: list[QueueItem] = []
        self.done: list[ReviewRow] = []
        self.queues = QListWidget(self)
        self.queues.setObjectName("reviewQueues")
        for queue in ReviewQueue:
            item = QListWidgetItem(name(queue))
            item.setData(QUEUE_ROLE, queue.value)
            self.queues.addItem(item)
        self.queues.setCurrentRow(0)
        self.queues.setMaximumWidth(220)
        self.show_open = QRadioButton(self.tr("To review"), self)
        self.show_open.setObjectName("reviewShowOpen")
        self.show_done = QRadioButton(self.tr("Reviewed"), self)
        self.show_done.setObjectName("reviewShowDone")
        self.show_open.setChecked(True)
        self._which = QButtonGroup(self)
        self._which.addButton(self.show_open)
        self._which.addButton(self.show_done)
        self.footer = QLabel(self)
        self.footer.setObjectName("reviewFooter")
        self.table = make_table(self, "reviewTable", self._open_headers(), stretch=3)
        self.decision = QComboBox(self)
        self.decision.setObjectName("reviewDecision")
        for decision in ReviewDecision:
            self.decision.addItem(name(decision), decision.value)
        self.note = QLineEdit(self)
        self.note.setObjectName("reviewNote")
        self.note.setPlaceholderText(self.tr("What you decided and why (required)"))
        self.close_item = QPushButton(self.tr("Close the item"), self)
        self.close_item.setObjectName("reviewClose")
        self.open_ticket = QPushButton(self.tr("Open the ticket"), self)
        self.open_ticket.setObjectName("reviewOpenTicket")
        self.banner = Banner("reviewBanner", self)
        self._build()
        self._connect_signals()
        self._update_buttons()

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.show_open)
        top.addWidget(self.show_done)
        top.addStretch(1)
        top.addWidget(self.footer)
        act = QHBoxLayout()
        act.addWidget(self.decision)
        act.addWidget(self.note, 1)
        act.addWidget(self.close_item)
        act.addWidget(self.open_ticket)
        right = QWidget(self)
        box = QVBoxLayout(right)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(top)
        box.addWidget(self.table, 1)
        box.addLayout(act)
        split = QSplitter(self)
        split.addWidget(self.queues)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)

    def _connect_signals(self) -> None:
        self.queues.currentRowChanged.connect(self._on_queue_changed)
        self.show_open.toggled.connect(self._on_which_toggled)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.close_item.clicked.connect(self._on_close_clicked)
        self.open_ticket.clicked.connect(self._on_open_ticket_clicked)

    def _open_headers(self) -> list[str]:
        return [
            self.tr("Buyer"),
            self.tr("Order"),
            self.tr("Shop"),
            self.tr("What"),
            self.tr("Amount"),
            self.tr("Since"),
            self.tr("Last reviewed"),
        ]

    def _done_headers(self) -> list[str]:
        return [
            self.tr("Buyer"),
            self.tr("Order"),
            self.tr("Decision"),
            self.tr("Note"),
            self.tr("By"),
            self.tr("When"),
        ]

    def queue(self) -> ReviewQueue:
        item = self.queues.currentItem()
        return ReviewQueue(item.data(QUEUE_ROLE)) if item else ReviewQueue.TAGGED_CUSTOMER

    def select_queue(self, queue: ReviewQueue) -> None:
        self.queues.setCurrentRow(list(ReviewQueue).index(queue))

    # ---- loading ---------------------------------------------------------------------
    def load(self) -> None:
        self._load_counts()
        self._load_rows()

    def _load_counts(self) -> None:
        ctx = self.ctx
        run_op(self, lambda: review_queues.counts(ctx.sessions, actor=ctx.actor)).on_success(
            self._show_counts
        ).on_failure(self._on_failed).start()

    def _load_rows(self) -> None:
        ctx, queue = self.ctx, self.queue()
        if self.show_open.isChecked():
            fn = lambda: review_queues.open_items(ctx.sessions, actor=ctx.actor, queue=queue)  # noqa: E731
            run_op(self, fn).on_success(lambda page: self._show_open(queue, page)).on_failure(
                self._on_failed
            ).start()
        else:
            fn = lambda: review_queues.recent_reviews(ctx.sessions, actor=ctx.actor, queue=queue)  # noqa: E731
            run_op(self, fn).on_success(lambda rows: self._show_done(queue, rows)).on_failure(
                self._on_failed
            ).start()

    def _show_counts(self, counts: dict[ReviewQueue, int]) -> None:
        for row, queue in enumerate(ReviewQueue):
            n = counts.get(queue, 0)
            self.queues.item(row).setText(f"{name(queue)} ({n})" if n else name(queue))
        self.sig_count.emit(sum(counts.values()))

    def _show_open(self, queue: ReviewQueue, page: QueuePage) -> None:
        if queue != self.queue() or not self.show_open.isChecked():
            return
        self.items, self.done = page.items, []
        self.table.setColumnCount(len(self._open_headers()))
        self.table.setHorizontalHeaderLabels(self._open_headers())
        cells = [self._cells(i) for i in page.items]
        tips = [i.detail for i in page.items]
        fill_table(
            self.table, cells, data=list(range(len(cells))), warn=[i.risk for i in page.items],
            tips=tips,
        )  # fmt: skip
        buyers = queue == ReviewQueue.TAGGED_CUSTOMER
        for column in (1, 4):  # a buyer has no order or amount
            self.table.setColumnHidden(column, buyers)
        for r, item in enumerate(page.items):
            if item.flag in FLAG_COLORS:
                self.table.item(r, 1).setForeground(self._flag_brush(item.flag))
        shown = len(page.items)
        self.footer.setText(
            self.tr("%1 to review").replace("%1", str(page.total))
            if shown == page.total
            else self.tr("showing %1 of %2")
            .replace("%1", str(shown))
            .replace("%2", str(page.total))
        )
        if cells:
            self.table.selectRow(0)
        self._update_buttons()

    def _cells(self, item: QueueItem) -> list[str]:
        what = reasons(item.detail) if item.queue == ReviewQueue.EXCEPTION_ORDER else item.detail
        if item.queue == ReviewQueue.UNPAID_ORDER:
            what = name("unpaid")
        return [
            item.title,
            item.order_no,
            item.shop,
            what,
            yuan(item.amount_fen) if item.amount_fen is not None else "",
            local(item.since, fmt="MM-DD HH:mm"),
            local(item.reviewed_at, fmt="MM-DD HH:mm") if item.reviewed_at else "",
        ]

    @staticmethod
    def _flag_brush(flag: str) -> QBrush:
        return QBrush(QColor(FLAG_COLORS[FlagColor(flag)]))

    def _show_done(self, queue: ReviewQueue, rows: list[ReviewRow]) -> None:
        if queue != self.queue() or self.show_open.isChecked():
            return
        self.items, self.done = [], rows
        for column in (1, 4):
            self.table.setColumnHidden(column, False)
        self.table.setColumnCount(len(self._done_headers()))
        self.table.setHorizontalHeaderLabels(self._done_headers())
        cells = [
            [r.title, r.order_no, name(r.decision), r.note, r.reviewer, local(r.reviewed_at)]
            for r in rows
        ]
        fill_table(self.table, cells, data=list(range(len(cells))), tips=[r.note for r in rows])
        self.footer.setText(self.tr("%1 reviewed").replace("%1", str(len(rows))))
        self._update_buttons()

    def _on_failed(self, exc: BaseException) -> None:
        self.banner.error(message_for(exc))

    # ---- acting ----------------------------------------------------------------------
    def current(self) -> QueueItem | None:
        index = row_data(self.table)
        if not isinstance(index, int) or not self.show_open.isChecked():
            return None
        return self.items[index] if index < len(self.items) else None

    @Slot()
    def _update_buttons(self) -> None:
        item = self.current()
        self.close_item.setEnabled(item is not None)
        self.decision.setEnabled(self.show_open.isChecked())
        self.note.setEnabled(self.show_open.isChecked())
        self.open_ticket.setEnabled(item is not None and item.ticket_id is not None)

    @Slot(int)
    def _on_queue_changed(self, _row: int) -> None:
        self.table.setRowCount(0)
        self._load_rows()

    @Slot(bool)
    def _on_which_toggled(self, _checked: bool) -> None:
        self.table.setRowCount(0)
        self._load_rows()

    @Slot()
    def _on_close_clicked(self) -> None:
        item, ctx = self.current(), self.ctx
        note = self.note.text()
        if item is None:
            return
        if not note.strip():
            self.banner.error(self.tr("Write a note: what you decided and why."))
            self.note.setFocus()
            return
        decision = ReviewDecision(self.decision.currentData())

        def done(changes) -> None:  # noqa: ANN001
            self.note.clear()
            self.banner.info(self.tr("Closed. It comes back if it changes."))
            ctx.publish(changes, self)
            self.load()

        run_op(
            self,
            lambda: close_review(
                ctx.sessions,
                actor=ctx.actor,
                queue=item.queue,
                subject_id=item.subject_id,
                decision=decision,
                note=note,
            ),
        ).on_success(done).on_failure(self._on_failed).start()

    @Slot()
    def _on_open_ticket_clicked(self) -> None:
        item = self.current()
        if item is not None and item.ticket_id is not None:
            self.sig_open_ticket.emit(item.ticket_id)
