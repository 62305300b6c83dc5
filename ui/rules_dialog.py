"""Supervisor settings: the platform rule figures in force, adjustable without editing the
shipped tables (each change is an override row, and can be reset)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.queries.rule_figures import FigureRow, figures
from app.services.policy_settings import PLATFORMS, override_rule, reset_rule
from ui.context import AppContext
from ui.errors import message_for
from ui.ops import run_op
from ui.ticket.banner import Banner


class RulesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rulesDialog")
        self.ctx = ctx
        self.rows: list[FigureRow] = []
        self.platform = QComboBox(self)
        self.platform.setObjectName("rulesPlatform")
        names = {
            "law": self.tr("Law (all platforms)"),
            "douyin": self.tr("Douyin"),
            "taobao": self.tr("Taobao"),
            "tmall": self.tr("Tmall"),
        }
        for key in PLATFORMS:
            self.platform.addItem(names[key], key)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("rulesTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Rule"),
                self.tr("Conditions"),
                self.tr("Figure"),
                self.tr("From"),
                self.tr("Table"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.figure = QSpinBox(self)
        self.figure.setObjectName("rulesFigure")
        self.figure.setRange(1, 10_000)
        self.unit = QLabel(self)
        self.apply = QPushButton(self.tr("Apply"), self)
        self.apply.setObjectName("rulesApply")
        self.reset = QPushButton(self.tr("Back to the shipped figure"), self)
        self.reset.setObjectName("rulesReset")
        self.banner = Banner("rulesBanner", self)
        self.source = QLabel(self)
        self.source.setWordWrap(True)
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        edit = QHBoxLayout()
        for w in (
            QLabel(self.tr("New figure:"), self),
            self.figure,
            self.unit,
            self.apply,
            self.reset,
        ):
            edit.addWidget(w)
        edit.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.platform)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.source)
        layout.addLayout(edit)
        layout.addWidget(self.banner)
        self.setWindowTitle(self.tr("Platform rule figures"))
        self.resize(860, 560)
        self._connect_signals()
        self.load()

    def _connect_signals(self) -> None:
        self.platform.currentIndexChanged.connect(self._on_platform_changed)
        self.table.currentCellChanged.connect(self._on_table_cell_changed)
        self.apply.clicked.connect(self._on_apply_clicked)
        self.reset.clicked.connect(self._on_reset_clicked)

    def load(self) -> None:
        platform = self.platform.currentData()
        today = clock.now().in_timezone("Asia/Shanghai").date()
        run_op(self, lambda: figures(platform, today)).on_success(self._show).on_failure(
            lambda exc: self.banner.error(message_for(exc))
        ).start()

    def _show(self, rows: list[FigureRow]) -> None:
        if rows and rows[0].platform != self.platform.currentData():
            return  # the answer for a table the supervisor has already left
        self.rows = rows
        zh = QLocale().language() == QLocale.Language.Chinese
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = [
                row.title_zh if zh else row.title,
                ", ".join(row.when) or "-",
                f"{row.duration} {self._unit(row.unit)}",
                row.effective_from.isoformat(),
                self.tr("override") if row.overridden else row.table,
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(row.source)
                if row.overridden:
                    item.setForeground(Qt.GlobalColor.darkBlue)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        if rows:
            self.table.setCurrentCell(0, 0)

    def _unit(self, unit: str) -> str:
        return {
            "hours": self.tr("hours"),
            "days": self.tr("days"),
            "months": self.tr("months"),
        }.get(unit, unit)

    def current(self) -> FigureRow | None:
        r = self.table.currentRow()
        return self.rows[r] if 0 <= r < len(self.rows) else None

    @Slot(int)
    def _on_platform_changed(self, _index: int) -> None:
        self.load()

    @Slot(int, int, int, int)
    def _on_table_cell_changed(self, row: int, _col: int, _prev_row: int, _prev_col: int) -> None:
        fig = self.current()
        if fig is None:
            return
        self.figure.setValue(fig.duration)
        self.unit.setText(self._unit(fig.unit))
        self.source.setText(fig.source)
        self.reset.setEnabled(fig.overridden)

    @Slot()
    def _on_apply_clicked(self) -> None:
        fig, value, ctx = self.current(), self.figure.value(), self.ctx
        if fig is None:
            return
        self._write(
            lambda: override_rule(
                ctx.sessions,
                actor=ctx.actor,
                platform=fig.platform,
                rule_id=fig.rule_id,
                duration=value,
                when=list(fig.when),
            )
        )

    @Slot()
    def _on_reset_clicked(self) -> None:
        fig, ctx = self.current(), self.ctx
        if fig is None:
            return
        self._write(
            lambda: reset_rule(
                ctx.sessions,
                actor=ctx.actor,
                platform=fig.platform,
                rule_id=fig.rule_id,
                when=list(fig.when),
            )
        )

    def _write(self, fn) -> None:  # noqa: ANN001
        def done(changes) -> None:  # noqa: ANN001
            self.banner.info(self.tr("Saved. New deadlines use the new figure."))
            self.ctx.publish(changes, self)
            self.load()

        run_op(self, fn).on_success(done).on_failure(
            lambda exc: self.banner.error(message_for(exc))
        ).start()
