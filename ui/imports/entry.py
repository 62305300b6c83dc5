"""Where the main window meets data in and out: File → Import orders… and Export the queue
view…; Ticket → Export the transcript… and Evidence pack for the appeal…"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QFileDialog

from app.exports.evidence import load_pack, write_pack
from app.exports.table import export_queue
from app.exports.transcript import load_transcript, transcript_html, transcript_text
from ui.actions import ActionId
from ui.errors import message_for
from ui.imports.dialog import ImportDialog
from ui.labels import label
from ui.ops import run_op

if TYPE_CHECKING:
    from ui.main_window import MainWindow

MESSAGE_MS = 8000


class DataEntry(QObject):
    sig_exported = Signal(object)
    """A file was written (its path)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: ImportDialog | None = None
        a = window.ctx.actions
        first = window.menu_file.actions()[0] if window.menu_file.actions() else None
        window.menu_file.insertAction(first, a[ActionId.IMPORT_ORDERS])
        window.menu_file.insertAction(first, a[ActionId.EXPORT_QUEUE])
        window.menu_file.insertSeparator(first)
        window.menu_ticket.addSeparator()
        window.menu_ticket.addAction(a[ActionId.EXPORT_TRANSCRIPT])
        window.menu_ticket.addAction(a[ActionId.EVIDENCE_PACK])
        a[ActionId.IMPORT_ORDERS].triggered.connect(self.open_import)
        a[ActionId.EXPORT_QUEUE].triggered.connect(self._on_export_queue)
        a[ActionId.EXPORT_TRANSCRIPT].triggered.connect(self._on_export_transcript)
        a[ActionId.EVIDENCE_PACK].triggered.connect(self._on_evidence_pack)

    @Slot()
    def open_import(self) -> ImportDialog:
        if self.dialog is None:
            self.dialog = ImportDialog(self.window.ctx, self.window)
            self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog.destroyed.connect(self._on_dialog_destroyed)
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    @Slot()
    def _on_dialog_destroyed(self) -> None:
        self.dialog = None

    def _ask(self, title: str, name: str, filters: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self.window, title, name, filters)
        return Path(path) if path else None

    def _done(self, path: Path) -> None:
        self.window.statusBar().showMessage(
            self.tr("Saved %1").replace("%1", str(path)), MESSAGE_MS
        )
        self.sig_exported.emit(path)

    def _failed(self, exc: BaseException) -> None:
        self.window.statusBar().showMessage(message_for(exc), MESSAGE_MS)

    # ---- the queue view ----------------------------------------------------------------

    @Slot()
    def _on_export_queue(self) -> None:
        path = self._ask(
            self.tr("Export the queue view"),
            "queue.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if path:
            self.export_queue(path)

    def export_queue(self, path: Path) -> None:
        ctx, flt = self.window.ctx, self.window.queue.current_filter
        header = [
            self.tr("Due"), self.tr("Kind"), self.tr("Status"), self.tr("Priority"), self.tr("Buyer"),
            self.tr("Order"), self.tr("Platform"), self.tr("Shop"), self.tr("Assignee"),
            self.tr("Subject"), self.tr("Tags"),
        ]  # fmt: skip
        run_op(
            self, lambda: export_queue(ctx.sessions, flt, path, header=header, label=label)
        ).on_success(lambda _n: self._done(path)).on_failure(self._failed).start()

    # ---- the ticket -------------------------------------------------------------------------

    def _ticket_id(self):  # noqa: ANN202
        detail = self.window.ticket.detail
        if detail is None:
            self.window.statusBar().showMessage(self.tr("Choose a ticket first."), MESSAGE_MS)
            return None
        return detail.id

    @Slot()
    def _on_export_transcript(self) -> None:
        tid = self._ticket_id()
        if tid is None:
            return
        path = self._ask(
            self.tr("Export the transcript"),
            "transcript.html",
            self.tr("Printable page (*.html);;Plain text (*.txt)"),
        )
        if path:
            self.export_transcript(path)

    def export_transcript(self, path: Path) -> None:
        tid, sessions = self._ticket_id(), self.window.ctx.sessions
        if tid is None:
            return

        def work() -> Path:
            t = load_transcript(sessions, tid)
            text = transcript_text(t) if path.suffix.lower() == ".txt" else transcript_html(t)
            path.write_text(text, encoding="utf-8")
            return path

        run_op(self, work).on_success(self._done).on_failure(self._failed).start()

    @Slot()
    def _on_evidence_pack(self) -> None:
        tid = self._ticket_id()
        if tid is None:
            return
        path = self._ask(
            self.tr("Save the evidence pack"), "evidence.zip", self.tr("Zip archive (*.zip)")
        )
        if path:
            self.evidence_pack(path)

    def evidence_pack(self, path: Path) -> None:
        tid, store = self._ticket_id(), self.window.ctx.store
        if tid is None:
            return
        run_op(
            self, lambda: write_pack(load_pack(store.sessions, tid), store.files_dir, path)
        ).on_success(self._done).on_failure(self._failed).start()
