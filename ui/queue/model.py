"""The queue as a lazy, keyset-paged table model.

Rows are :class:`app.queries.queue.QueueRow` values fetched a page at a time; ``fetchMore``
asks for the page after the last row's (due time, id). By default pages load on a worker
thread and arrive as a reset (first page) or an insert (later pages); ``synchronous=True``
loads in place, for tests and tools.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from enum import IntEnum

from pendulum import DateTime
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from app import clock
from app.models import TagKind
from app.queries.queue import Cursor, QueueFilter, QueueRow
from app.services.due import sla
from ui.labels import FLAG_COLORS, countdown, label
from ui.ops import run_op

Fetch = Callable[[QueueFilter, Cursor | None, int], list[QueueRow]]
Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
DUE_ROLE = Qt.ItemDataRole.UserRole + 3

OVERDUE = QColor("#d92d20")
CRITICAL = QColor("#e5484d")
SOON = QColor("#c27803")
CALM = QColor("#4b5563")


class Col(IntEnum):
    DUE = 0
    KIND = 1
    STATUS = 2
    BUYER = 3
    ORDER = 4
    PLATFORM = 5
    TAGS = 6
    ASSIGNEE = 7


HEADERS = {
    Col.DUE: QT_TRANSLATE_NOOP("QueueModel", "Due in"),
    Col.KIND: QT_TRANSLATE_NOOP("QueueModel", "Kind"),
    Col.STATUS: QT_TRANSLATE_NOOP("QueueModel", "Status"),
    Col.BUYER: QT_TRANSLATE_NOOP("QueueModel", "Buyer"),
    Col.ORDER: QT_TRANSLATE_NOOP("QueueModel", "Order"),
    Col.PLATFORM: QT_TRANSLATE_NOOP("QueueModel", "Platform"),
    Col.TAGS: QT_TRANSLATE_NOOP("QueueModel", "Tags"),
    Col.ASSIGNEE: QT_TRANSLATE_NOOP("QueueModel", "Assignee"),
}


def urgency_color(due: DateTime, now: DateTime) -> QColor:
    minutes = (due - now).total_seconds() / 60
    if minutes < 0:
        return OVERDUE
    if minutes <= sla().critical:
        return CRITICAL
    if minutes <= sla().due_soon:
        return SOON
    return CALM


class QueueModel(QAbstractTableModel):
    sig_loading = Signal(bool)
    """True while a page is being fetched."""

    sig_page_loaded = Signal(int)
    """A page arrived; the argument is the number of rows now held."""

    sig_failed = Signal(object)
    """Fetching failed; the argument is the exception."""

    PAGE = 100

    def __init__(self, fetch: Fetch, *, synchronous: bool = False, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._fetch = fetch
        self._sync = synchronous
        self._rows: list[QueueRow] = []
        self._filter = QueueFilter()
        self._exhausted = True
        self._loading = False
        self._generation = 0
        self._now = clock.now()

    # --- loading -------------------------------------------------------------------------
    @property
    def filter(self) -> QueueFilter:
        return self._filter

    @property
    def loading(self) -> bool:
        return self._loading

    def set_filter(self, flt: QueueFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self, *, keep: int = 0) -> None:
        """Fetch the first page again (at least ``keep`` rows) and replace the rows."""
        self._generation += 1
        gen = self._generation
        flt = self._filter
        size = max(self.PAGE, keep)
        self._set_loading(True)
        self._run(
            lambda: self._fetch(flt, None, size), lambda rows: self._on_first(gen, size, rows)
        )

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._exhausted or self._loading or not self._rows:
            return
        gen = self._generation
        flt, after = self._filter, self._rows[-1].cursor
        self._set_loading(True)
        self._run(lambda: self._fetch(flt, after, self.PAGE), lambda rows: self._on_more(gen, rows))

    def _run(
        self, fn: Callable[[], list[QueueRow]], done: Callable[[list[QueueRow]], None]
    ) -> None:
        if self._sync:
            try:
                rows = fn()
            except Exception as exc:  # noqa: BLE001
                self._on_error(exc)
                return
            done(rows)
            return
        run_op(self, fn).on_success(done).on_failure(self._on_error).start()

    def _on_first(self, gen: int, size: int, rows: list[QueueRow]) -> None:
        if gen != self._generation:
            return
        self.beginResetModel()
        self._rows = list(rows)
        self._exhausted = len(rows) < size
        self._now = clock.now()
        self.endResetModel()
        self._set_loading(False)
        self.sig_page_loaded.emit(len(self._rows))

    def _on_more(self, gen: int, rows: list[QueueRow]) -> None:
        if gen != self._generation:
            return
        self._exhausted = len(rows) < self.PAGE
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self._set_loading(False)
        self.sig_page_loaded.emit(len(self._rows))

    def _on_error(self, exc: BaseException) -> None:
        self._exhausted = True
        self._set_loading(False)
        self.sig_failed.emit(exc)

    def _set_loading(self, loading: bool) -> None:
        if self._loading != loading:
            self._loading = loading
            self.sig_loading.emit(loading)

    # --- reading -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Col)

    def row_at(self, row: int) -> QueueRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, ticket_id: uuid.UUID) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == ticket_id), -1)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):  # noqa: N802, ANN201
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(Col):
            return QCoreApplication.translate("QueueModel", HEADERS[Col(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        col = Col(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return str(row.id)
        if role == DUE_ROLE:
            return row.due_at.isoformat()
        return None

    def _display(self, row: QueueRow, col: Col) -> str:
        match col:
            case Col.DUE:
                return countdown(row.due_at, self._now)
            case Col.KIND:
                return label(row.kind)
            case Col.STATUS:
                return label(row.status)
            case Col.BUYER:
                return row.nickname
            case Col.ORDER:
                return ("⚑ " if row.flag.value != "none" else "") + row.order_no
            case Col.PLATFORM:
                return label(row.platform)
            case Col.TAGS:
                return " · ".join(t.name for t in row.tags)
            case Col.ASSIGNEE:
                return row.assignee
        return ""

    def _foreground(self, row: QueueRow, col: Col) -> QBrush | None:
        if col == Col.DUE:
            return QBrush(urgency_color(row.due_at, self._now))
        if col == Col.TAGS and any(t.kind == TagKind.RISK for t in row.tags):
            return QBrush(OVERDUE)
        if col == Col.ORDER and row.flag in FLAG_COLORS:
            return QBrush(QColor(FLAG_COLORS[row.flag]))
        return None

    def _tooltip(self, row: QueueRow, col: Col) -> str | None:
        if col == Col.DUE:
            return row.due_at.in_timezone("Asia/Shanghai").format("YYYY-MM-DD HH:mm")
        if col == Col.ORDER and row.flag.value != "none":
            return label(row.flag)
        return row.subject or None

    # --- time ----------------------------------------------------------------------------
    def tick(self, now: DateTime | None = None) -> None:
        """Move the countdowns to ``now`` (the pane calls this on a timer)."""
        self._now = now or clock.now()
        if self._rows:
            top = self.index(0, Col.DUE)
            bottom = self.index(len(self._rows) - 1, Col.DUE)
            self.dataChanged.emit(
                top, bottom, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole]
            )
