"""One key figure: its chart, the table behind it, the headline numbers, and exports to CSV
and XLSX. Refund-rate figures ask for QC; the DSR figure takes new entries."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.kpis.export import write_table
from app.kpis.figure import Column, Figure
from app.services.qc import request_qc
from ui.context import AppContext
from ui.errors import message_for
from ui.ops import run_op
from ui.supervisor.cells import cell_text, export_rows
from ui.supervisor.charts import FigureChart
from ui.supervisor.common import fill_table, make_table
from ui.supervisor.names import column_title, figure_title
from ui.ticket.banner import Banner

QC_FIGURES = ("refund_rate_product", "refund_rate_sku")


class FigureCard(QWidget):
    sig_changed = Signal(str)
    """Something behind the figure changed (a QC request, a DSR entry): reload it (its id)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.ctx = ctx
        self.figure: Figure | None = None
        self.title = QLabel(self)
        self.title.setObjectName("figureTitle")
        self.summary = QLabel(self)
        self.summary.setObjectName("figureSummary")
        self.summary.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setObjectName("figureNote")
        self.note.setWordWrap(True)
        self.chart = FigureChart(self)
        self.table = make_table(self, "figureTable", [])
        self.csv = QPushButton(self.tr("Export CSV…"), self)
        self.csv.setObjectName("exportCsv")
        self.xlsx = QPushButton(self.tr("Export XLSX…"), self)
        self.xlsx.setObjectName("exportXlsx")
        self.qc = QPushButton(self.tr("Ask warehouse and purchasing for QC"), self)
        self.qc.setObjectName("askQc")
        self.dsr = QPushButton(self.tr("Enter DSR…"), self)
        self.dsr.setObjectName("enterDsr")
        self.banner = Banner("figureBanner", self)
        self._build()
        self._connect_signals()
        self.show_figure(None)

    def _build(self) -> None:
        self.title.setStyleSheet("font-size: 15px; color: #111827;")
        self.summary.setStyleSheet("color: #374151;")
        self.note.setStyleSheet("color: #6b7280;")
        buttons = QHBoxLayout()
        for button in (self.qc, self.dsr):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.csv)
        buttons.addWidget(self.xlsx)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.chart)
        split.addWidget(self.table)
        split.setSizes([330, 260])
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.note)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.csv.clicked.connect(lambda: self._export(".csv"))
        self.xlsx.clicked.connect(lambda: self._export(".xlsx"))
        self.qc.clicked.connect(self._on_qc_clicked)
        self.dsr.clicked.connect(self._on_dsr_clicked)
        self.table.itemSelectionChanged.connect(self._update_buttons)

    # ---- showing ----------------------------------------------------------------------
    def show_figure(self, figure: Figure | None) -> None:
        self.figure = figure
        self.banner.clear_message()
        if figure is None:
            self.title.setText("")
            self.summary.setText("")
            self.note.setText("")
            self.chart.show_figure(None)
            self.table.setColumnCount(0)
            self.table.setRowCount(0)
            self._update_buttons()
            return
        self.title.setText(figure_title(figure.id))
        self.summary.setText(self._summary(figure))
        self.note.setText(self._note(figure))
        self.note.setVisible(bool(self.note.text()))
        self.chart.show_figure(figure)
        self.table.setColumnCount(len(figure.columns))
        self.table.setHorizontalHeaderLabels([column_title(c.key) for c in figure.columns])
        cells = [
            [cell_text(c, v) for c, v in zip(figure.columns, row, strict=True)]
            for row in figure.rows
        ]
        fill_table(self.table, cells, data=list(range(len(cells))), warn=list(figure.warn) or None)
        if figure.id == "refund_rate_product":
            self.table.setColumnHidden(1, True)  # the SKU column is empty per product
        else:
            self.table.setColumnHidden(1, False)
        self._update_buttons()

    def _summary(self, figure: Figure) -> str:
        kinds = {c.key: c for c in figure.columns}
        parts = []
        for key, value in figure.summary:
            column = kinds.get(key, Column(key, "int"))
            parts.append(f"{column_title(key)}: {cell_text(column, value)}")
        return "  ·  ".join(parts) or self.tr("No data in this period.")

    def _note(self, figure: Figure) -> str:
        extra = figure.extra
        if figure.id == "conversion":
            return self.tr(
                "Worked out from pre-sale tickets whose order was paid within %1 days after "
                "they opened (the pre-sale desk's own conversion records are not in this "
                "database yet)."
            ).replace("%1", str(extra.get("attribution_days", "")))
        if figure.id == "dsr":
            return self.tr("Ratings under %1 are marked in red.").replace(
                "%1", f"{extra.get('warn_below', 4.8):.1f}"
            )
        if figure.id == "sla":
            return self.tr(
                "A refund counts as deliberately delayed after %1 days from the request "
                "(the law's rule table). Rules kept less than 95 % of the time are in red."
            ).replace("%1", str(extra.get("refund_days", "")))
        if figure.id in QC_FIGURES:
            return self.tr(
                "Rows in red stand out: flag them for stricter QC with the warehouse and "
                "purchasing."
            )
        return ""

    def selected_row(self) -> tuple | None:
        if self.figure is None:
            return None
        r = self.table.currentRow()
        return self.figure.rows[r] if 0 <= r < len(self.figure.rows) else None

    @Slot()
    def _update_buttons(self) -> None:
        fig = self.figure
        has_rows = fig is not None and bool(fig.rows)
        self.csv.setEnabled(has_rows)
        self.xlsx.setEnabled(has_rows)
        self.qc.setVisible(fig is not None and fig.id in QC_FIGURES)
        row = self.selected_row()
        self.qc.setEnabled(row is not None and fig is not None and fig.id in QC_FIGURES)
        self.dsr.setVisible(fig is not None and fig.id == "dsr")

    # ---- exporting ----------------------------------------------------------------------
    def ask_path(self, suffix: str) -> str:
        """Where to save (a file dialog; tests replace it)."""
        fig = self.figure
        name = f"{figure_title(fig.id)} {fig.period[0]}_{fig.period[1]}{suffix}" if fig else ""
        start = str(Path.home() / name)
        kinds = self.tr("Spreadsheet (*%1)").replace("%1", suffix)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), start, kinds)
        return path

    def _export(self, suffix: str) -> None:
        fig = self.figure
        if fig is None or not fig.rows:
            return
        path = self.ask_path(suffix)
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        headers, kinds, rows = export_rows(fig)
        title = figure_title(fig.id)
        run_op(
            self,
            lambda: write_table(path, title=title, headers=headers, kinds=kinds, rows=rows),
        ).on_success(
            lambda written: self.banner.info(self.tr("Saved to %1").replace("%1", str(written)))
        ).on_failure(lambda exc: self.banner.error(message_for(exc))).start()

    # ---- acting -------------------------------------------------------------------------
    @Slot()
    def _on_qc_clicked(self) -> None:
        fig, row, ctx = self.figure, self.selected_row(), self.ctx
        if fig is None or row is None:
            return
        product, sku, title, sold, back = row[0], row[1], row[2], row[3], row[4]
        first, last = fig.period

        def done(_changes) -> None:  # noqa: ANN001
            self.banner.info(self.tr("QC asked for %1.").replace("%1", sku or title))
            self.sig_changed.emit(fig.id)

        run_op(
            self,
            lambda: request_qc(
                ctx.sessions,
                actor=ctx.actor,
                product_id=product,
                sku=sku,
                title=title,
                units_sold=sold,
                units_refunded=back,
                period_start=str(first),
                period_end=str(last),
            ),
        ).on_success(done).on_failure(lambda exc: self.banner.error(message_for(exc))).start()

    @Slot()
    def _on_dsr_clicked(self) -> None:
        from ui.supervisor.dsr_dialog import DsrDialog

        dialog = DsrDialog(self.ctx, self)
        dialog.sig_saved.connect(lambda: self.sig_changed.emit("dsr"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.dsr_dialog = dialog
