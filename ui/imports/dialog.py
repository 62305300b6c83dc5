"""File → Import orders…: choose the export files, the platform and the shop, watch the
progress (cancel stops between batches of whole orders), then read the rejected rows and save
them as a report to fix and import again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.connectors import mappings
from app.connectors.report import write_report
from app.queries import lookups
from app.services import Changes
from ui.context import AppContext
from ui.errors import message_for
from ui.imports.mapping import MappingEditor
from ui.imports.rejected import RejectedModel
from ui.imports.worker import ImportJob
from ui.ops import run_op
from ui.ticket.banner import Banner

PLATFORMS = ("", "douyin", "taobao", "tmall", "other")
STEPS = 1000


class ImportDialog(QDialog):
    sig_finished = Signal(object)
    """An import ended: its summary (cancelled or not)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.ctx = ctx
        self.job: ImportJob | None = None
        self.summary = None
        self.what = QComboBox(self)
        self.what.setObjectName("importWhat")
        self.files = QListWidget(self)
        self.files.setObjectName("importFiles")
        self.files.setMaximumHeight(120)
        self.add_files = QPushButton(self)
        self.add_files.setObjectName("importAddFiles")
        self.remove_file = QPushButton(self)
        self.remove_file.setObjectName("importRemoveFile")
        self.platform = QComboBox(self)
        self.platform.setObjectName("importPlatform")
        self.shop = QComboBox(self)
        self.shop.setObjectName("importShop")
        self.shop.setEditable(True)
        self.mapping = QComboBox(self)
        self.mapping.setObjectName("importMapping")
        self.edit_mapping = QPushButton(self)
        self.edit_mapping.setObjectName("importEditMapping")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("importProgress")
        self.progress.setRange(0, STEPS)
        self.stage = QLabel(self)
        self.stage.setObjectName("importStage")
        self.banner = Banner("importBanner", self)
        self.result = QLabel(self)
        self.result.setObjectName("importResult")
        self.result.setWordWrap(True)
        self.rejected = RejectedModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("importRejected")
        self.table.setModel(self.rejected)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.save_report = QPushButton(self)
        self.save_report.setObjectName("importSaveReport")
        self.save_report.setEnabled(False)
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("importStart")
        self.start_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("importCancel")
        self.cancel_button.setEnabled(False)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("importClose")
        self._layout()
        self.retranslate()
        self._connect_signals()
        self._refresh_mappings()
        self._on_platform_changed()
        self.resize(760, 620)
        run_op(self, lambda: lookups.shops(ctx.sessions)).on_success(self._show_shops).start()

    def _layout(self) -> None:
        self.form = QFormLayout()
        self.what_label, self.files_label = QLabel(self), QLabel(self)
        self.platform_label, self.shop_label, self.mapping_label = (
            QLabel(self),
            QLabel(self),
            QLabel(self),
        )
        self.form.addRow(self.what_label, self.what)
        file_buttons = QVBoxLayout()
        file_buttons.addWidget(self.add_files)
        file_buttons.addWidget(self.remove_file)
        file_buttons.addStretch(1)
        file_row = QHBoxLayout()
        file_row.addWidget(self.files, 1)
        file_row.addLayout(file_buttons)
        self.form.addRow(self.files_label, file_row)
        self.form.addRow(self.platform_label, self.platform)
        self.form.addRow(self.shop_label, self.shop)
        mapping_row = QHBoxLayout()
        mapping_row.addWidget(self.mapping, 1)
        mapping_row.addWidget(self.edit_mapping)
        self.form.addRow(self.mapping_label, mapping_row)
        run_row = QHBoxLayout()
        run_row.addWidget(self.progress, 1)
        run_row.addWidget(self.stage)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_report)
        buttons.addStretch(1)
        for b in (self.start_button, self.cancel_button, self.close_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(run_row)
        layout.addWidget(self.banner)
        layout.addWidget(self.result)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.add_files.clicked.connect(self._on_add_files_clicked)
        self.remove_file.clicked.connect(self._on_remove_file_clicked)
        self.platform.currentIndexChanged.connect(self._on_platform_changed)
        self.what.currentIndexChanged.connect(self._on_platform_changed)
        self.edit_mapping.clicked.connect(self._on_edit_mapping_clicked)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        self.save_report.clicked.connect(self._on_save_report_clicked)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import orders"))
        self.what_label.setText(self.tr("Import"))
        self.files_label.setText(self.tr("Files"))
        self.platform_label.setText(self.tr("Platform"))
        self.shop_label.setText(self.tr("Shop"))
        self.mapping_label.setText(self.tr("Column mapping"))
        self.add_files.setText(self.tr("Add files…"))
        self.remove_file.setText(self.tr("Remove"))
        self.edit_mapping.setText(self.tr("Edit mapping…"))
        self.save_report.setText(self.tr("Save report…"))
        self.start_button.setText(self.tr("Import"))
        self.cancel_button.setText(self.tr("Cancel import"))
        self.close_button.setText(self.tr("Close"))
        self.shop.lineEdit().setPlaceholderText(self.tr("A shop, or the name of a new one"))
        what, platform = self.what.currentIndex(), self.platform.currentIndex()
        self.what.clear()
        self.what.addItem(self.tr("Orders (order exports)"), "orders")
        self.what.addItem(self.tr("After-sales (after-sale and refund exports)"), "aftersales")
        self.what.setCurrentIndex(max(0, what))
        names = {
            "": self.tr("Recognise from the files"),
            "douyin": self.tr("Douyin"),
            "taobao": self.tr("Taobao"),
            "tmall": self.tr("Tmall"),
            "other": self.tr("Another file (column mapping)"),
        }
        self.platform.clear()
        for key in PLATFORMS:
            self.platform.addItem(names[key], key)
        self.platform.setCurrentIndex(max(0, platform))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- choosing ------------------------------------------------------------------------

    def set_files(self, paths: list[Path | str]) -> None:
        self.files.clear()
        self.files.addItems([str(p) for p in paths])

    def paths(self) -> list[Path]:
        return [Path(self.files.item(i).text()) for i in range(self.files.count())]

    def _show_shops(self, shops: list) -> None:  # noqa: ANN001
        typed = self.shop.currentText()
        self.shop.clear()
        for info in shops:
            self.shop.addItem(info.name, info.platform.value)
        self.shop.setEditText(typed or (shops[0].name if len(shops) == 1 else ""))

    def _refresh_mappings(self, chosen: str = "") -> None:
        self.mapping.clear()
        for name in mappings.names():
            self.mapping.addItem(name, name)
        if chosen:
            self.mapping.setCurrentIndex(self.mapping.findData(chosen))

    @Slot()
    def _on_platform_changed(self) -> None:
        other = self.platform.currentData() == "other" and self.what.currentData() == "orders"
        for w in (self.mapping, self.edit_mapping, self.mapping_label):
            w.setVisible(other)

    @Slot()
    def _on_add_files_clicked(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose export files"),
            "",
            self.tr("Exports (*.csv *.xlsx);;All files (*)"),
        )
        if files:
            self.set_files([*self.paths(), *files])

    @Slot()
    def _on_remove_file_clicked(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))

    @Slot()
    def _on_edit_mapping_clicked(self) -> None:
        if not self.paths():
            self.banner.error(self.tr("Add the file first: the mapping is built from its columns."))
            return
        editor = MappingEditor(self.paths()[0], self.mapping.currentText(), self)
        editor.sig_saved.connect(self._refresh_mappings)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.open()
        self.mapping_editor = editor

    # ---- running -------------------------------------------------------------------------

    @Slot()
    def start(self) -> None:
        paths = self.paths()
        if not paths:
            self.banner.error(self.tr("Add the export files to import."))
            return
        what = self.what.currentData()
        platform = self.platform.currentData() or None
        shop = self.shop.currentText().strip() or None
        mapping = None
        if what == "orders" and platform == "other":
            if not self.mapping.currentText():
                self.banner.error(self.tr("Build a column mapping for this file first."))
                return
            mapping = mappings.load(self.mapping.currentText())
        self.banner.clear_message()
        self.result.clear()
        self.rejected.set_rows([])
        self.summary = None
        self.job = ImportJob(self._work(what, paths, platform, shop, mapping), self)
        self.job.sig_progress.connect(self._on_job_progress)
        self.job.sig_done.connect(self._on_job_done)
        self.job.sig_failed.connect(self._on_job_failed)
        self._running(True)
        self.job.start()

    def _work(
        self,
        what: str,
        paths: list[Path],
        platform: str | None,
        shop: str | None,
        mapping: dict | None,
    ):  # noqa: ANN202
        store, actor = self.ctx.store, self.ctx.actor

        def work(progress, cancelled):  # noqa: ANN001, ANN202
            if what == "aftersales":
                from app.connectors.aftersale_runner import import_aftersale_files

                return import_aftersale_files(
                    store,
                    actor,
                    paths,
                    platform=platform,
                    shop=shop,
                    progress=progress,
                    cancelled=cancelled,
                )
            from app.connectors.runner import import_files

            return import_files(
                store,
                actor,
                paths,
                platform=platform,
                shop=shop,
                mapping=mapping,
                progress=progress,
                cancelled=cancelled,
            )

        return work

    @Slot()
    def cancel(self) -> None:
        if self.job is not None and self.job.running:
            self.job.cancel()
            self.stage.setText(self.tr("Stopping after the current batch…"))

    def _running(self, running: bool) -> None:
        self.start_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.close_button.setEnabled(not running)
        self.save_report.setEnabled(False)
        if running:
            self.progress.setValue(0)
            self.stage.setText(self.tr("Reading the files…"))

    @Slot(float, str)
    def _on_job_progress(self, fraction: float, stage: str) -> None:
        self.progress.setValue(int(fraction * STEPS))
        words = {
            "reading": self.tr("Reading the files…"),
            "grouping": self.tr("Saving orders…"),
            "saving": self.tr("Saving after-sale cases…"),
        }
        self.stage.setText(words.get(stage, stage))

    @Slot(object)
    def _on_job_done(self, summary) -> None:  # noqa: ANN001
        self._running(False)
        self.summary = summary
        self.progress.setValue(STEPS if not summary.cancelled else self.progress.value())
        self.stage.setText(self.tr("Cancelled") if summary.cancelled else self.tr("Done"))
        self.result.setText(self._result_text(summary))
        for problem in summary.problems:
            self.banner.error(str(problem))
        self.rejected.set_rows(summary.errors)
        self.table.resizeColumnsToContents()
        self.save_report.setEnabled(bool(summary.errors))
        self.ctx.publish(Changes(queue=True), self)
        self.sig_finished.emit(summary)

    def _result_text(self, summary) -> str:  # noqa: ANN001
        return (
            self.tr("%1 created, %2 updated, %3 unchanged, %4 rows rejected")
            .replace("%1", f"{summary.created:,}")
            .replace("%2", f"{summary.updated:,}")
            .replace("%3", f"{summary.unchanged:,}")
            .replace("%4", f"{summary.rejected:,}")
        )

    @Slot(object)
    def _on_job_failed(self, error: BaseException) -> None:
        self._running(False)
        self.stage.setText("")
        self.banner.error(message_for(error))

    @Slot()
    def _on_save_report_clicked(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the rejected rows"), "rejected-rows.csv", self.tr("CSV (*.csv)")
        )
        if target:
            self.write_report(Path(target))

    def write_report(self, target: Path) -> None:
        summary = self.summary
        if summary is None:
            return
        mapping = None
        if self.platform.currentData() == "other" and self.mapping.currentText():
            mapping = mappings.load(self.mapping.currentText())
        run_op(
            self, lambda: write_report(target, summary.files, summary.errors, mapping)
        ).on_success(
            lambda written: self.banner.info(
                self.tr("Rejected rows saved to %1").replace(
                    "%1", ", ".join(p.name for p in written)
                )
            )
        ).on_failure(lambda exc: self.banner.error(message_for(exc))).start()

    def reject(self) -> None:
        if self.job is not None and self.job.running:
            self.cancel()
            return
        super().reject()
