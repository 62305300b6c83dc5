"""A read-only table model over keyset pages: ``fetch(after, limit)`` gives the rows after the
last one held (``after`` is None for the first page), loaded off the GUI thread.

Columns are (header, text-of-row) pairs; the raw row rides on ``ROW_ROLE``. ``fetchMore`` is
guarded against re-entry and returns early when nothing more can come (Qt's model tester
calls it from its own slots).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ui.ops import run_op

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
Fetch = Callable[[Any, int], list[Any]]


class PagedModel(QAbstractTableModel):
    sig_page_loaded = Signal(int)
    """A page arrived; the argument is the number of rows now held."""

    sig_failed = Signal(object)
    """Loading failed; the argument is the exception."""

    PAGE = 100

    def __init__(
        self,
        columns: Sequence[tuple[Callable[[], str], Callable[[Any], str]]],
        cursor: Callable[[Any], Any],
        parent: QObject | None = None,
        *,
        tooltip: Callable[[Any], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._cursor = cursor
        self._tooltip = tooltip
        self._fetch: Fetch | None = None
        self._rows: list[Any] = []
        self._exhausted = True
        self._loading = False
        self._generation = 0

    # ---- loading ------------------------------------------------------------------------
    def load(self, fetch: Fetch) -> None:
        """Start again with ``fetch``: the rows go, the first page comes."""
        self._fetch = fetch
        self._generation += 1
        gen = self._generation
        self.beginResetModel()
        self._rows, self._exhausted = [], True
        self.endResetModel()
        self._loading = True
        run_op(self, lambda: fetch(None, self.PAGE)).on_success(
            lambda rows: self._on_page(gen, rows)
        ).on_failure(lambda exc: self._on_failed(gen, exc)).start()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._exhausted or self._loading or not self._rows:
            return
        fetch, gen, after = self._fetch, self._generation, self._cursor(self._rows[-1])
        if fetch is None:
            return
        self._loading = True
        run_op(self, lambda: fetch(after, self.PAGE)).on_success(
            lambda rows: self._on_page(gen, rows)
        ).on_failure(lambda exc: self._on_failed(gen, exc)).start()

    def _on_page(self, gen: int, rows: list[Any]) -> None:
        if gen != self._generation:
            return
        self._loading = False
        self._exhausted = len(rows) < self.PAGE
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.sig_page_loaded.emit(len(self._rows))

    def _on_failed(self, gen: int, exc: BaseException) -> None:
        if gen != self._generation:
            return
        self._loading, self._exhausted = False, True
        self.sig_failed.emit(exc)

    @property
    def loading(self) -> bool:
        return self._loading

    # ---- reading ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def row_at(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._columns):
            return self._columns[section][0]()
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[index.column()][1](row)
        if role == Qt.ItemDataRole.ToolTipRole and self._tooltip is not None:
            return self._tooltip(row)
        if role == ROW_ROLE:
            return row
        return None
