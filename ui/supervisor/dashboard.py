"""The dashboard: every key figure over a period, computed side by side on worker threads
while a progress bar counts them in; pick one to see its chart, table and exports."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.kpis.figure import Figure
from app.kpis.registry import FIGURES, compute
from ui.context import AppContext
from ui.errors import message_for
from ui.ops import run_op
from ui.supervisor.figure_card import FigureCard
from ui.supervisor.names import figure_title
from ui.supervisor.period import PeriodPicker
from ui.ticket.banner import Banner

ID_ROLE = Qt.ItemDataRole.UserRole + 3


class DashboardTab(QWidget):
    sig_computed = Signal()
    """Every figure of the current period has arrived (or failed)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardTab")
        self.ctx = ctx
        self.figures: dict[str, Figure] = {}
        self._generation = 0
        self._pending = 0
        self.period = PeriodPicker(self, preset="30d")
        self.refresh = QPushButton(self.tr("Refresh"), self)
        self.refresh.setObjectName("dashboardRefresh")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("dashboardProgress")
        self.progress.setRange(0, len(FIGURES))
        self.progress.setMaximumWidth(260)
        self.list = QListWidget(self)
        self.list.setObjectName("dashboardFigures")
        self.list.setMaximumWidth(300)
        for figure_id in FIGURES:
            item = QListWidgetItem(figure_title(figure_id))
            item.setData(ID_ROLE, figure_id)
            self.list.addItem(item)
        self.card = FigureCard(ctx, self)
        self.banner = Banner("dashboardBanner", self)
        top = QHBoxLayout()
        top.addWidget(self.period)
        top.addWidget(self.refresh)
        top.addStretch(1)
        top.addWidget(self.progress)
        split = QSplitter(self)
        split.addWidget(self.list)
        split.addWidget(self.card)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.period.sig_changed.connect(self.load)
        self.refresh.clicked.connect(self.load)
        self.list.currentRowChanged.connect(self._on_figure_picked)
        self.card.sig_changed.connect(self._on_figure_changed)

    def current_id(self) -> str:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item else next(iter(FIGURES))

    def select(self, figure_id: str) -> None:
        self.list.setCurrentRow(list(FIGURES).index(figure_id))

    @Slot()
    def load(self) -> None:
        """Compute every figure of the period, each on a worker, the chosen one first."""
        self._generation += 1
        gen, period = self._generation, self.period.period()
        self.figures.clear()
        self.banner.clear_message()
        self._pending = len(FIGURES)
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("Computing: %v of %m"))
        self.progress.show()
        first = self.current_id() if self.list.currentItem() else next(iter(FIGURES))
        order = [first, *[f for f in FIGURES if f != first]]
        for figure_id in order:
            self._compute(gen, figure_id, period)
        if self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        self._retitle()

    def _compute(self, gen: int, figure_id: str, period) -> None:  # noqa: ANN001
        ctx = self.ctx
        run_op(
            self, lambda: compute(ctx.sessions, actor=ctx.actor, figure=figure_id, period=period)
        ).on_success(lambda fig: self._on_figure(gen, fig)).on_failure(
            lambda exc: self._on_failed(gen, exc)
        ).start()

    def _on_figure(self, gen: int, figure: Figure) -> None:
        if gen != self._generation:
            return
        self.figures[figure.id] = figure
        self._count_in()
        self._retitle()
        if figure.id == self.current_id():
            self.card.show_figure(figure)

    def _on_failed(self, gen: int, exc: BaseException) -> None:
        if gen != self._generation:
            return
        self.banner.error(message_for(exc))
        self._count_in()

    def _count_in(self) -> None:
        self._pending -= 1
        self.progress.setValue(len(FIGURES) - self._pending)
        if self._pending <= 0:
            self.progress.hide()
            self.sig_computed.emit()

    def _retitle(self) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            fig = self.figures.get(item.data(ID_ROLE))
            warn = fig is not None and any(fig.warn)
            item.setText(("⚠ " if warn else "") + figure_title(item.data(ID_ROLE)))
            item.setForeground(Qt.GlobalColor.darkRed if warn else Qt.GlobalColor.black)

    @Slot(int)
    def _on_figure_picked(self, _row: int) -> None:
        self.card.show_figure(self.figures.get(self.current_id()))

    @Slot(str)
    def _on_figure_changed(self, figure_id: str) -> None:
        """A QC request or a DSR entry: compute that figure (and its sibling) again."""
        gen, period = self._generation, self.period.period()
        ids = (
            ("refund_rate_product", "refund_rate_sku")
            if figure_id.startswith("refund_rate")
            else (figure_id,)
        )
        for fid in ids:
            self._pending += 1
            self._compute(gen, fid, period)
