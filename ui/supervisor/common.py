"""Small pieces the console's tabs share: a read-only table and how to fill it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

WARN = QColor("#b42318")
DATA_ROLE = Qt.ItemDataRole.UserRole + 1


def make_table(
    parent: QWidget, name: str, headers: Sequence[str], *, stretch: int = -1
) -> QTableWidget:
    """A read-only, row-selecting table; ``stretch`` names the column that takes the room."""
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    if stretch >= 0:
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def fill_table(
    table: QTableWidget,
    rows: Sequence[Sequence[str]],
    *,
    data: Sequence[object] | None = None,
    warn: Sequence[bool] | None = None,
    tips: Sequence[str] | None = None,
) -> None:
    """Replace the rows; ``data[i]`` rides on the first cell of row ``i`` (``DATA_ROLE``),
    ``warn[i]`` paints the row red, ``tips[i]`` is the row's tooltip."""
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if c == 0 and data is not None:
                item.setData(DATA_ROLE, data[r])
            if warn is not None and warn[r]:
                item.setForeground(QBrush(WARN))
            if tips is not None and tips[r]:
                item.setToolTip(tips[r])
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


def row_data(table: QTableWidget, row: int | None = None) -> object | None:
    """What :func:`fill_table` put on the row (the current row by default)."""
    r = table.currentRow() if row is None else row
    item = table.item(r, 0) if r >= 0 else None
    return item.data(DATA_ROLE) if item is not None else None
