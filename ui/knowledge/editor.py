"""Editing the product knowledge (supervisors): pick a shop, pick an entry or start a new
one, fill in its sections, save; or import a CSV/XLSX sheet (one row per product or SKU),
after which the rows that could not be imported are listed by their row numbers."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.queries.product_knowledge import KnowledgeRow, entries, shops
from app.services.knowledge_import import ImportReport, import_sheet
from app.services.knowledge_text import FIELDS
from app.services.product_knowledge import delete_entry, save_entry
from ui.context import AppContext
from ui.errors import message_for
from ui.knowledge.sections import section_label
from ui.ops import run_op
from ui.ticket.banner import Banner


class KnowledgeEditor(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("knowledgeEditor")
        self.ctx = ctx
        self.resize(980, 640)
        self.shop = QComboBox(self)
        self.shop.setObjectName("knowledgeShop")
        self.list = QListWidget(self)
        self.list.setObjectName("knowledgeEntries")
        self.lines = {n: QLineEdit(self) for n in ("product_id", "sku", "title", "warehouse")}
        self.texts = {n: QPlainTextEdit(self) for n in FIELDS}
        for name, edit in [*self.lines.items(), *self.texts.items()]:
            edit.setObjectName(f"knowledge_{name}")
        for edit in self.texts.values():
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(72)
        self.form = QFormLayout()
        self._labels: dict[str, QLabel] = {}
        for name, edit in [*self.lines.items(), *self.texts.items()]:
            self._labels[name] = QLabel(self)
            self.form.addRow(self._labels[name], edit)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("knowledgeNew")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("knowledgeSave")
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("knowledgeDelete")
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("knowledgeImport")
        self.banner = Banner("knowledgeBanner", self)
        self.report = QPlainTextEdit(self)
        self.report.setObjectName("knowledgeImportReport")
        self.report.setReadOnly(True)
        self.report.setMaximumHeight(90)
        self.report.hide()
        buttons = QHBoxLayout()
        for b in (self.new_button, self.delete_button, self.import_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        left = QVBoxLayout()
        left.addWidget(self.shop)
        left.addWidget(self.list, 1)
        right = QVBoxLayout()
        right.addLayout(self.form)
        right.addWidget(self.banner)
        right.addWidget(self.report)
        right.addLayout(buttons)
        row = QHBoxLayout(self)
        row.addLayout(left, 2)
        row.addLayout(right, 5)
        self.rows: list[KnowledgeRow] = []
        self.editing: uuid.UUID | None = None
        self.retranslate()
        self._connect_signals()
        self._load_shops()

    def _connect_signals(self) -> None:
        self.shop.currentIndexChanged.connect(self._on_shop_changed)
        self.list.currentRowChanged.connect(self._on_list_row_changed)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.import_button.clicked.connect(self._on_import_clicked)

    @property
    def shop_id(self) -> uuid.UUID | None:
        return self.shop.currentData()

    def select_shop(self, shop_id: uuid.UUID) -> None:
        for i in range(self.shop.count()):
            if self.shop.itemData(i) == shop_id:
                self.shop.setCurrentIndex(i)

    def _load_shops(self) -> None:
        sessions = self.ctx.sessions

        def loaded(rows: list[tuple[uuid.UUID, str, bool]]) -> None:
            self.shop.blockSignals(True)
            for sid, name, closed in rows:
                suffix = self.tr(" (closed)") if closed else ""
                self.shop.addItem(name + suffix, sid)
            self.shop.blockSignals(False)
            self.reload()

        run_op(self, lambda: shops(sessions)).on_success(loaded).start()

    def reload(self, select: uuid.UUID | None = None) -> None:
        sessions, shop_id = self.ctx.sessions, self.shop_id
        if shop_id is None:
            return

        def loaded(rows: list[KnowledgeRow]) -> None:
            self.rows = rows
            self.list.blockSignals(True)
            self.list.clear()
            for r in rows:
                self.list.addItem(f"{r.title} · {r.sku}" if r.sku else r.title)
            self.list.blockSignals(False)
            ids = [r.id for r in rows]
            if select in ids:
                self.list.setCurrentRow(ids.index(select))

        run_op(self, lambda: entries(sessions, shop_id)).on_success(loaded).start()

    def values(self) -> dict[str, str]:
        out = {n: e.text() for n, e in self.lines.items()}
        out.update({n: e.toPlainText() for n, e in self.texts.items()})
        return out

    @Slot(int)
    def _on_shop_changed(self, _index: int) -> None:
        self._on_new_clicked()
        self.reload()

    @Slot(int)
    def _on_list_row_changed(self, index: int) -> None:
        if not 0 <= index < len(self.rows):
            return
        r = self.rows[index]
        self.editing = r.id
        for name, edit in self.lines.items():
            edit.setText(getattr(r, name))
        for name, edit in self.texts.items():
            edit.setPlainText(r.section(name))
        self.delete_button.setEnabled(True)

    @Slot()
    def _on_new_clicked(self) -> None:
        self.editing = None
        self.list.clearSelection()
        for edit in [*self.lines.values(), *self.texts.values()]:
            edit.clear()
        self.delete_button.setEnabled(False)
        self.lines["product_id"].setFocus()

    @Slot()
    def _on_save_clicked(self) -> None:
        ctx, shop_id, values, editing = self.ctx, self.shop_id, self.values(), self.editing
        if shop_id is None:
            return

        def saved(changes) -> None:  # noqa: ANN001
            self.editing = changes.created
            self.banner.info(self.tr("Saved."))
            self.reload(select=changes.created)

        run_op(
            self,
            lambda: save_entry(
                ctx.sessions, actor=ctx.actor, shop_id=shop_id, values=values, entry_id=editing
            ),
        ).on_success(saved).on_failure(lambda e: self.banner.error(message_for(e))).start()

    @Slot()
    def _on_delete_clicked(self) -> None:
        ctx, eid = self.ctx, self.editing
        if eid is None:
            return

        def deleted(_changes) -> None:  # noqa: ANN001
            self._on_new_clicked()
            self.banner.info(self.tr("Deleted."))
            self.reload()

        run_op(self, lambda: delete_entry(ctx.sessions, actor=ctx.actor, entry_id=eid)).on_success(
            deleted
        ).on_failure(lambda e: self.banner.error(message_for(e))).start()

    @Slot()
    def _on_import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import product knowledge"), "", self.tr("Sheets (*.csv *.xlsx)")
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        ctx, shop_id = self.ctx, self.shop_id
        if shop_id is None:
            return
        run_op(
            self, lambda: import_sheet(ctx.sessions, actor=ctx.actor, shop_id=shop_id, path=path)
        ).on_success(self._on_imported).on_failure(
            lambda e: self.banner.error(message_for(e))
        ).start()

    def _on_imported(self, report: ImportReport) -> None:
        text = self.tr("%1: %2 rows imported, %3 not imported.")
        text = text.replace("%1", report.file).replace("%2", str(report.imported))
        self.banner.info(text.replace("%3", str(len(report.bad))), ms=15000)
        lines = [
            self.tr("Row %1: %2").replace("%1", str(b.row)).replace("%2", b.problem)
            for b in report.bad
        ]
        self.report.setPlainText("\n".join(lines))
        self.report.setVisible(bool(lines))
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit product knowledge"))
        names = {
            "product_id": self.tr("Product id"),
            "sku": self.tr("SKU (empty: whole product)"),
            "title": self.tr("Title"),
            "warehouse": self.tr("Ships from warehouse"),
        }
        for name, lbl in self._labels.items():
            lbl.setText(names.get(name) or section_label(name))
        self.texts["faq"].setPlaceholderText(self.tr("One per line: question｜answer"))
        self.new_button.setText(self.tr("New"))
        self.save_button.setText(self.tr("Save"))
        self.delete_button.setText(self.tr("Delete"))
        self.import_button.setText(self.tr("Import sheet…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
