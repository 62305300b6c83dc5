"""The accounting export: a period's refunds as journal entries (reverse the sale; reverse the
cost of goods that came back) with where the money came from, to CSV or XLSX for finance."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QLocale, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.kpis.accounting import Journal, journal
from app.kpis.export import write_table
from app.queries.lookups import ShopInfo, shops
from app.services.costs import set_sku_cost
from ui.context import AppContext
from ui.errors import message_for
from ui.labels import yuan
from ui.ops import run_op
from ui.supervisor.common import fill_table, make_table
from ui.supervisor.period import PeriodPicker
from ui.ticket.banner import Banner

PREVIEW = 500  # lines shown; the export holds them all


class AccountingTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountingTab")
        self.ctx = ctx
        self.journal: Journal | None = None
        self.period = PeriodPicker(self, preset="last_month")
        self.summary = QLabel(self)
        self.summary.setObjectName("accountingSummary")
        self.summary.setWordWrap(True)
        self.missing = QLabel(self)
        self.missing.setObjectName("accountingMissing")
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #b42318;")
        self.table = make_table(self, "accountingTable", self._headers(), stretch=7)
        self.csv = QPushButton(self.tr("Export CSV…"), self)
        self.csv.setObjectName("accountingCsv")
        self.xlsx = QPushButton(self.tr("Export XLSX…"), self)
        self.xlsx.setObjectName("accountingXlsx")
        self.cost = QPushButton(self.tr("Set a unit cost…"), self)
        self.cost.setObjectName("accountingCost")
        self.banner = Banner("accountingBanner", self)
        top = QHBoxLayout()
        top.addWidget(self.period)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.cost)
        bottom.addStretch(1)
        bottom.addWidget(self.csv)
        bottom.addWidget(self.xlsx)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.missing)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.period.sig_changed.connect(self.load)
        self.csv.clicked.connect(lambda: self._export(".csv"))
        self.xlsx.clicked.connect(lambda: self._export(".xlsx"))
        self.cost.clicked.connect(self._on_cost_clicked)
        self._update_buttons()

    def _headers(self) -> list[str]:
        return [
            self.tr("Refunded on"),
            self.tr("Order"),
            self.tr("Shop"),
            self.tr("SKU"),
            self.tr("Money from"),
            self.tr("Entry"),
            self.tr("Account"),
            self.tr("Account (Chinese)"),
            self.tr("Debit"),
            self.tr("Credit"),
        ]

    def source_name(self, source: str) -> str:
        return {
            "payout": self.tr("payout"),
            "deposit": self.tr("deposit"),
            "mixed": self.tr("payout and deposit"),
            "escrow": self.tr("before settlement"),
        }.get(source, source)

    @Slot()
    def load(self) -> None:
        ctx, period = self.ctx, self.period.period()
        self.banner.clear_message()
        run_op(self, lambda: journal(ctx.sessions, actor=ctx.actor, period=period)).on_success(
            self._show
        ).on_failure(lambda exc: self.banner.error(message_for(exc))).with_progress(
            self.tr("Working out the journal entries…")
        ).start()

    def _cells(self, journal_: Journal) -> list[list[object]]:
        """Every line, for the table and the export (fen stay fen; the export makes yuan)."""
        return [
            [
                r.refunded_on.isoformat(),
                r.order_no,
                r.shop,
                r.item,
                self.source_name(r.source),
                r.entry_zh if self._chinese() else r.entry,
                r.account,
                r.account_zh,
                r.debit_fen,
                r.credit_fen,
            ]  # fmt: skip
            for r in journal_.rows
        ]

    @staticmethod
    def _chinese() -> bool:
        return QLocale().language() == QLocale.Language.Chinese

    def _show(self, got: Journal) -> None:
        self.journal = got
        parts = [
            self.tr("%1 refunds, %2 back to buyers")
            .replace("%1", str(got.refunds))
            .replace("%2", yuan(got.refunded_fen))
        ]
        for source, (n, fen) in got.by_source.items():
            parts.append(f"{self.source_name(source)}: {n} · {yuan(fen)}")
        self.summary.setText("  ·  ".join(parts))
        self.missing.setText(
            self.tr("No unit cost for %1: their cost reversal is left out.").replace(
                "%1",
                ", ".join(got.missing_costs[:12]) + (" …" if len(got.missing_costs) > 12 else ""),
            )
            if got.missing_costs
            else ""
        )
        self.missing.setVisible(bool(got.missing_costs))
        rows = [
            [*row[:8], yuan(row[8]) if row[8] else "", yuan(row[9]) if row[9] else ""]
            for row in self._cells(got)[:PREVIEW]
        ]
        fill_table(self.table, rows)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.journal is not None and bool(self.journal.rows)
        self.csv.setEnabled(has)
        self.xlsx.setEnabled(has)

    def ask_path(self, suffix: str) -> str:
        """Where to save (a file dialog; tests replace it)."""
        period = self.period.period()
        name = self.tr("refund journal") + f" {period.first_day}_{period.last_day}{suffix}"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export"), str(Path.home() / name), f"*{suffix}"
        )
        return path

    def _export(self, suffix: str) -> None:
        if self.journal is None or not self.journal.rows:
            return
        path = self.ask_path(suffix)
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        kinds = ["date", "text", "text", "text", "text", "text", "text", "text", "fen", "fen"]
        headers, rows, title = self._headers(), self._cells(self.journal), self.tr("Refund journal")
        run_op(
            self,
            lambda: write_table(path, title=title, headers=headers, kinds=kinds, rows=rows),
        ).on_success(
            lambda written: self.banner.info(self.tr("Saved to %1").replace("%1", str(written)))
        ).on_failure(lambda exc: self.banner.error(message_for(exc))).start()

    @Slot()
    def _on_cost_clicked(self) -> None:
        dialog = CostDialog(self.ctx, self.journal.missing_costs if self.journal else [], self)
        dialog.accepted.connect(self.load)
        dialog.show()
        self.cost_dialog = dialog


class CostDialog(QDialog):
    """Set the unit cost of a SKU (the cost reversed when its goods come back)."""

    def __init__(self, ctx: AppContext, missing: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("costDialog")
        self.ctx = ctx
        self.shop = QComboBox(self)
        self.shop.setObjectName("costShop")
        self.sku = QComboBox(self)
        self.sku.setObjectName("costSku")
        self.sku.setEditable(True)
        self.sku.addItems(missing)
        self.amount = QDoubleSpinBox(self)
        self.amount.setObjectName("costAmount")
        self.amount.setDecimals(2)
        self.amount.setRange(0, 1_000_000)
        self.amount.setPrefix("¥")
        self.banner = Banner("costBanner", self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Shop:"), self.shop)
        form.addRow(self.tr("SKU:"), self.sku)
        form.addRow(self.tr("Unit cost:"), self.amount)
        form.addRow(self.banner)
        form.addRow(buttons)
        self.setWindowTitle(self.tr("Unit cost"))
        run_op(self, lambda: shops(ctx.sessions)).on_success(self._show_shops).start()

    def _show_shops(self, found: list[ShopInfo]) -> None:
        for shop in found:
            self.shop.addItem(shop.name, shop.id.hex)

    @Slot()
    def _on_save(self) -> None:
        raw, ctx, sku = self.shop.currentData(), self.ctx, self.sku.currentText()
        fen = round(self.amount.value() * 100)
        if not raw:
            return
        run_op(
            self,
            lambda: set_sku_cost(
                ctx.sessions, actor=ctx.actor, shop_id=uuid.UUID(raw), sku=sku, unit_cost_fen=fen
            ),
        ).on_success(lambda _c: self.accept()).on_failure(
            lambda exc: self.banner.error(message_for(exc))
        ).start()
