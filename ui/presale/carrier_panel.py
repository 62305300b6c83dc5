"""Carrier knowledge for the agent: the shop's carriers with speed, cost, coverage and note.
Shown as a strip in the conversation when the buyer's last message asks about carriers, and
as a table (Ctrl+Shift+L); double-clicking a carrier puts a sentence about it in the reply."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import QDialog, QLabel, QTableWidgetItem, QVBoxLayout, QWidget

from app.queries.carriers import CarrierRow
from ui.labels import yuan
from ui.presale.common import table


def sentence(c: CarrierRow) -> str:
    """What the agent tells the buyer about a carrier (edited before sending)."""
    parts = [p for p in (c.speed, c.coverage, c.cost) if p]
    extra = f"，需补{yuan(c.extra_fen)}" if c.extra_fen else ""
    return f"亲，可以发{c.name}：{'，'.join(parts)}{extra}。"


def asks_about_carriers(text: str, words: tuple[str, ...]) -> bool:
    return any(word in text for word in words)


class CarrierStrip(QLabel):
    """One line in the conversation pane: the shop's carriers at a glance."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("carrierStrip")
        self.setWordWrap(True)
        self.hide()

    def show_carriers(self, rows: list[CarrierRow]) -> None:
        if not rows:
            self.hide()
            return
        lines = " ｜ ".join(f"{c.name}: {c.speed} {c.cost}".strip() for c in rows)
        self.setText(
            self.tr("The buyer asks about carriers: %1 (Ctrl+Shift+L)").replace("%1", lines)
        )
        self.show()


class CarrierTable(QDialog):
    sig_use = Signal(str)
    """The agent chose a carrier: words about it for the reply."""

    def __init__(self, rows: list[CarrierRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("carrierTable")
        self.resize(760, 300)
        self.rows = rows
        self.grid = table(self, "carrierGrid", 6)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid)
        self.grid.setRowCount(len(rows))
        for r, c in enumerate(rows):
            cells = (
                c.name,
                c.speed,
                c.cost,
                yuan(c.extra_fen) if c.extra_fen else "",
                c.coverage,
                c.note,
            )
            for col, text in enumerate(cells):
                self.grid.setItem(r, col, QTableWidgetItem(text))
        self.grid.resizeColumnsToContents()
        self.grid.cellDoubleClicked.connect(self._on_grid_double_clicked)
        self.retranslate()

    def use(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.sig_use.emit(sentence(self.rows[row]))
            self.accept()

    @Slot(int, int)
    def _on_grid_double_clicked(self, row: int, _column: int) -> None:
        self.use(row)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Carriers: double-click to tell the buyer"))
        self.grid.setHorizontalHeaderLabels(
            [
                self.tr("Carrier"),
                self.tr("Speed"),
                self.tr("Cost"),
                self.tr("Buyer adds"),
                self.tr("Coverage"),
                self.tr("Note"),
            ]
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
