"""More time to return (延长退货期) on the open ticket: record the buyer's request for one
item with its evidence, then grant it (the windows box shows the new end) or refuse it with
a reason."""

from __future__ import annotations

import uuid

import pendulum
from PySide6.QtCore import QDate, QDateTime, QEvent, Qt, QTime, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.models import ExtensionStatus
from app.queries.window_extensions import ExtensionRow, TicketExtensions, ticket_extensions
from app.services.window_extensions import decide_extension, request_extension
from ui.context import AppContext
from ui.errors import message_for
from ui.labels import local
from ui.ops import run_op
from ui.ticket.banner import Banner

TZ = "Asia/Shanghai"


class ExtensionDialog(QDialog):
    sig_changed = Signal(object)  # Changes, so the ticket pane reloads its windows

    def __init__(self, ctx: AppContext, ticket_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("extensionDialog")
        self.ctx, self.ticket_id = ctx, ticket_id
        self.resize(640, 520)
        self.item = QComboBox(self)
        self.until = QDateTimeEdit(self)
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd HH:mm")
        start = clock.now().in_timezone(TZ).add(days=7).replace(minute=0, second=0, microsecond=0)
        # the shop's wall clock, whatever the workstation's own zone
        self.until.setDateTime(
            QDateTime(QDate(start.year, start.month, start.day), QTime(start.hour, 0))
        )
        self.reason = QLineEdit(self)
        self.evidence = QPlainTextEdit(self)
        self.evidence.setMaximumHeight(70)
        self.evidence.setTabChangesFocus(True)
        self.record_button = QPushButton(self)
        self.requests = QListWidget(self)
        self.requests.setObjectName("extensionRequests")
        self.note = QLineEdit(self)
        self.grant_button = QPushButton(self)
        self.refuse_button = QPushButton(self)
        self.banner = Banner("extensionBanner", self)
        self.form = QFormLayout()
        self._labels = [QLabel(self) for _ in range(4)]
        for lbl, field in zip(
            self._labels, (self.item, self.until, self.reason, self.evidence), strict=True
        ):
            self.form.addRow(lbl, field)
        decide = QHBoxLayout()
        decide.addWidget(self.note, 1)
        decide.addWidget(self.grant_button)
        decide.addWidget(self.refuse_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.requests, 1)
        layout.addLayout(decide)
        layout.addWidget(self.banner)
        self.view: TicketExtensions | None = None
        self.retranslate()
        self.record_button.clicked.connect(self._on_record_clicked)
        self.grant_button.clicked.connect(lambda: self._decide(True))
        self.refuse_button.clicked.connect(lambda: self._decide(False))
        self.requests.currentRowChanged.connect(self._on_request_row_changed)
        self.reload()

    def reload(self) -> None:
        sessions, tid = self.ctx.sessions, self.ticket_id
        run_op(self, lambda: ticket_extensions(sessions, tid)).on_success(self._loaded).on_failure(
            lambda e: self.banner.error(message_for(e))
        ).start()

    def _loaded(self, view: TicketExtensions) -> None:
        self.view = view
        keep = self.item.currentData()
        self.item.clear()
        for iid, sku, title in view.items:
            self.item.addItem(f"{sku} {title}", iid)
        if keep is not None:
            self.item.setCurrentIndex(max(0, self.item.findData(keep)))
        self.requests.clear()
        for row in view.rows:
            entry = QListWidgetItem(self._describe(row), self.requests)
            entry.setData(Qt.ItemDataRole.UserRole, row.id)
            entry.setToolTip(row.evidence)
        self._on_request_row_changed(self.requests.currentRow())

    def _describe(self, row: ExtensionRow) -> str:
        until = local(row.requested_until, TZ, "YYYY-MM-DD HH:mm")
        if row.status == ExtensionStatus.GRANTED:
            state = self.tr("granted until %1").replace(
                "%1", local(row.new_deadline, TZ, "YYYY-MM-DD HH:mm")
            )
        elif row.status == ExtensionStatus.REFUSED:
            state = self.tr("refused: %1").replace("%1", row.decision_note)
        else:
            state = self.tr("waiting for a decision")
        asked = self.tr("%1 asks until %2").replace("%1", row.sku).replace("%2", until)
        return f"{asked} · {state} · {row.evidence}"

    def selected(self) -> ExtensionRow | None:
        item = self.requests.currentItem()
        if item is None or self.view is None:
            return None
        rid = item.data(Qt.ItemDataRole.UserRole)
        return next((r for r in self.view.rows if r.id == rid), None)

    @Slot(int)
    def _on_request_row_changed(self, _row: int) -> None:
        row = self.selected()
        waiting = row is not None and row.status == ExtensionStatus.REQUESTED
        self.grant_button.setEnabled(waiting)
        self.refuse_button.setEnabled(waiting)

    def _requested_until(self) -> pendulum.DateTime:
        d, t = self.until.date(), self.until.time()
        return pendulum.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tz=TZ)

    @Slot()
    def _on_record_clicked(self) -> None:
        ctx, tid, iid = self.ctx, self.ticket_id, self.item.currentData()
        if iid is None:
            return
        until, reason = self._requested_until(), self.reason.text()
        evidence = self.evidence.toPlainText()

        def recorded(changes) -> None:  # noqa: ANN001
            self.banner.info(self.tr("Request recorded."))
            self.reason.clear()
            self.evidence.clear()
            self.sig_changed.emit(changes)
            self.reload()

        run_op(
            self,
            lambda: request_extension(
                ctx.sessions,
                actor=ctx.actor,
                ticket_id=tid,
                order_item_id=iid,
                requested_until=until,
                reason=reason,
                evidence=evidence,
            ),
        ).on_success(recorded).on_failure(lambda e: self.banner.error(message_for(e))).start()

    def _decide(self, grant: bool) -> None:
        row, ctx, note = self.selected(), self.ctx, self.note.text()
        if row is None:
            return

        def decided(changes) -> None:  # noqa: ANN001
            self.banner.info(self.tr("Granted.") if grant else self.tr("Refused."))
            self.note.clear()
            self.sig_changed.emit(changes)
            self.reload()

        run_op(
            self,
            lambda: decide_extension(
                ctx.sessions, actor=ctx.actor, extension_id=row.id, grant=grant, note=note
            ),
        ).on_success(decided).on_failure(lambda e: self.banner.error(message_for(e))).start()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("More time to return"))
        names = (self.tr("Item"), self.tr("Until"), self.tr("Buyer's reason"), self.tr("Evidence"))
        for lbl, text in zip(self._labels, names, strict=True):
            lbl.setText(text)
        self.evidence.setPlaceholderText(self.tr("What the buyer showed (required)"))
        self.record_button.setText(self.tr("Record request"))
        self.note.setPlaceholderText(self.tr("Decision note (required to refuse)"))
        self.grant_button.setText(self.tr("Grant"))
        self.refuse_button.setText(self.tr("Refuse"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
