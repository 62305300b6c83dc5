"""Feedback to operations: from any ticket, what the buyer said about a product or a campaign
(kind, product, text); and the list operations read, filter and export to CSV."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models import FeedbackKind
from app.queries.feedback import FeedbackRow, feedback_rows, write_csv
from app.services import Changes
from app.services.feedback import send_feedback
from ui.context import AppContext
from ui.labels import local
from ui.ops import run_op
from ui.presale.common import presale_message, table
from ui.ticket.banner import Banner


def kind_label(kind: FeedbackKind) -> str:
    names = {
        FeedbackKind.PRODUCT: QCoreApplication.translate("Feedback", "Product wish"),
        FeedbackKind.DEFECT: QCoreApplication.translate("Feedback", "Defect"),
        FeedbackKind.CAMPAIGN: QCoreApplication.translate("Feedback", "Campaign"),
        FeedbackKind.LOGISTICS: QCoreApplication.translate("Feedback", "Logistics"),
        FeedbackKind.OTHER: QCoreApplication.translate("Feedback", "Other"),
    }
    return names[kind]


class FeedbackDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        ticket_id: uuid.UUID,
        products: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackDialog")
        self.ctx, self.ticket_id, self.products = ctx, ticket_id, products
        self.resize(520, 320)
        self.kind = QComboBox(self)
        self.kind.setObjectName("feedbackKind")
        self.product = QComboBox(self)
        self.product.setObjectName("feedbackProduct")
        self.product.setEditable(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("feedbackText")
        self.send = QPushButton(self)
        self.send.setObjectName("feedbackSend")
        self.banner = Banner("feedbackBanner", self)
        self._labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout()
        for lbl, field in zip(self._labels, (self.kind, self.product, self.text), strict=True):
            form.addRow(lbl, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(self.send)
        for title, sku in products:
            self.product.addItem(title, sku)
        self.retranslate()
        self.send.clicked.connect(self._on_send_clicked)

    @Slot()
    def _on_send_clicked(self) -> None:
        ctx, tid = self.ctx, self.ticket_id
        kind, text = self.kind.currentData(), self.text.toPlainText()
        product = self.product.currentText()
        sku = self.product.currentData() if self.product.currentIndex() >= 0 else ""
        if product != self.product.itemText(self.product.currentIndex()):
            sku = ""  # typed by hand: no SKU

        def ok(changes: Changes) -> None:
            ctx.publish(changes, self)
            self.accept()

        run_op(
            self,
            lambda: send_feedback(
                ctx.sessions,
                actor=ctx.actor,
                ticket_id=tid,
                kind=kind,
                text=text,
                product=product,
                sku=sku or "",
            ),
        ).on_success(ok).on_failure(lambda e: self.banner.error(presale_message(e))).start()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Feedback to operations"))
        for lbl, text in zip(
            self._labels,
            (self.tr("Kind"), self.tr("Product"), self.tr("What the buyer said")),
            strict=True,
        ):
            lbl.setText(text)
        current = self.kind.currentData()
        self.kind.clear()
        for kind in FeedbackKind:
            self.kind.addItem(kind_label(kind), kind)
        if current is not None:
            self.kind.setCurrentIndex(list(FeedbackKind).index(current))
        self.send.setText(self.tr("Send to operations"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class FeedbackList(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackList")
        self.ctx = ctx
        self.resize(960, 520)
        self.kind = QComboBox(self)
        self.kind.setObjectName("feedbackListKind")
        self.search = QLineEdit(self)
        self.search.setObjectName("feedbackListSearch")
        self.export = QPushButton(self)
        self.export.setObjectName("feedbackExport")
        self.grid = table(self, "feedbackGrid", 6)
        self.banner = Banner("feedbackListBanner", self)
        row = QHBoxLayout()
        row.addWidget(self.kind)
        row.addWidget(self.search, 1)
        row.addWidget(self.export)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.banner)
        self.rows: list[FeedbackRow] = []
        self.retranslate()
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.search.returnPressed.connect(self.reload)
        self.export.clicked.connect(self._on_export_clicked)
        self.reload()

    def reload(self) -> None:
        sessions, kind, text = self.ctx.sessions, self.kind.currentData(), self.search.text()
        run_op(self, lambda: feedback_rows(sessions, kind=kind, text=text)).on_success(
            self._on_loaded
        ).start()

    def _on_loaded(self, rows: list[FeedbackRow]) -> None:
        self.rows = rows
        self.grid.setRowCount(len(rows))
        for r, f in enumerate(rows):
            cells = (
                local(f.at, f.shop_tz, "YYYY-MM-DD HH:mm"),
                f.shop,
                kind_label(f.kind),
                f.product,
                f.text,
                f.agent,
            )
            for c, text in enumerate(cells):
                self.grid.setItem(r, c, QTableWidgetItem(text))
        self.grid.resizeColumnsToContents()

    @Slot()
    def _on_export_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export feedback"), "feedback.csv", self.tr("CSV files (*.csv)")
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        rows = list(self.rows)

        def done(n: int) -> None:
            self.banner.info(self.tr("Exported %n row(s).", "", n))

        run_op(self, lambda: write_csv(rows, path)).on_success(done).on_failure(
            lambda e: self.banner.error(presale_message(e))
        ).start()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Feedback from buyers"))
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in FeedbackKind:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.setCurrentIndex(0 if current is None else list(FeedbackKind).index(current) + 1)
        self.kind.blockSignals(False)
        self.search.setPlaceholderText(self.tr("Words in the text or the product, then Enter"))
        self.export.setText(self.tr("Export CSV…"))
        self.grid.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("Shop"),
                self.tr("Kind"),
                self.tr("Product"),
                self.tr("Text"),
                self.tr("Agent"),
            ]
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
