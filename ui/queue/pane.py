"""The queue pane: saved views with counts, the filter bar and the ticket table."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.queries import lookups
from app.queries import queue as q
from app.services import Changes
from ui.actions import ActionId
from ui.context import AppContext
from ui.ops import run_op
from ui.queue.filters import FilterBar
from ui.queue.model import Col, QueueModel

VIEWS = [
    q.View.MINE,
    q.View.WAITING_ON_ME,
    q.View.DUE_SOON,
    q.View.OVERDUE,
    q.View.UNASSIGNED,
    q.View.WAITING_ON_SUPPLIERS,
    q.View.ALL,
]
VIEW_ACTIONS = {
    q.View.MINE: ActionId.VIEW_MINE,
    q.View.UNASSIGNED: ActionId.VIEW_UNASSIGNED,
    q.View.DUE_SOON: ActionId.VIEW_DUE_SOON,
    q.View.OVERDUE: ActionId.VIEW_OVERDUE,
    q.View.WAITING_ON_ME: ActionId.VIEW_WAITING_ON_ME,
    q.View.WAITING_ON_SUPPLIERS: ActionId.VIEW_WAITING_ON_SUPPLIERS,
    q.View.ALL: ActionId.VIEW_ALL,
}
TICK_MS = 30_000


class QueuePane(QWidget):
    sig_ticket_selected = Signal(object)
    """The agent selected a ticket (its UUID), or None when the selection emptied."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, synchronous: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("queuePane")
        self.ctx = ctx
        self._want: uuid.UUID | None = None  # ticket to reselect after a reload
        self.views = QTabBar(self)
        self.views.setObjectName("queueViews")
        self.views.setExpanding(False)
        self.views.setDrawBase(False)
        for _ in VIEWS:
            self.views.addTab("")
        self.filters = FilterBar(self)
        self.model = QueueModel(
            lambda flt, after, n: q.fetch_page(ctx.sessions, flt, after=after, limit=n),
            synchronous=synchronous,
            parent=self,
        )
        self.table = self._make_table()
        self.footer = QLabel(self)
        self.footer.setObjectName("queueFooter")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.views)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.footer)
        self._counts: dict[q.View, int] = {}
        self._filter = q.QueueFilter(view=q.View.MINE, me=ctx.agent.id)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self.retranslate()
        self._connect_signals()

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("queueView")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(28)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(Col.DUE, Qt.SortOrder.AscendingOrder)
        header.setSectionsClickable(True)
        for col, width in {
            Col.DUE: 118,
            Col.KIND: 84,
            Col.STATUS: 84,
            Col.BUYER: 120,
            Col.ORDER: 150,
            Col.PLATFORM: 50,
            Col.TAGS: 120,
        }.items():
            table.setColumnWidth(col, width)
        return table

    def _connect_signals(self) -> None:
        self.views.currentChanged.connect(self._on_views_changed)
        self.filters.sig_changed.connect(self._on_filters_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_row_changed)
        self.table.horizontalHeader().sectionClicked.connect(self._on_header_clicked)
        self.model.modelReset.connect(self._on_model_reset)
        self.model.sig_page_loaded.connect(self._on_model_page_loaded)
        self.model.sig_failed.connect(self._on_model_failed)
        self.ctx.bus.sig_changed.connect(self._on_bus_changed)
        self._timer.timeout.connect(self._on_timer)
        for view, action_id in VIEW_ACTIONS.items():
            action = self.ctx.actions.get(action_id)
            if action is not None:
                action.triggered.connect(lambda _=False, v=view: self.show_view(v))
        for action_id, step in ((ActionId.NEXT_TICKET, 1), (ActionId.PREV_TICKET, -1)):
            action = self.ctx.actions.get(action_id)
            if action is not None:
                action.triggered.connect(lambda _=False, s=step: self.step(s))
        refresh = self.ctx.actions.get(ActionId.REFRESH)
        if refresh is not None:
            refresh.triggered.connect(self.refresh)

    # --- public ------------------------------------------------------------------------
    def start(self) -> None:
        """Load the choices and the first page."""
        self._timer.start()
        run_op(
            self, lambda: (lookups.agents(self.ctx.sessions), lookups.tags(self.ctx.sessions))
        ).on_success(lambda res: self.filters.set_choices(*res)).start()
        self._apply()

    @property
    def current_filter(self) -> q.QueueFilter:
        return self._filter

    def show_view(self, view: q.View) -> None:
        self.views.setCurrentIndex(VIEWS.index(view))

    def set_search(self, text: str) -> None:
        if text != self._filter.text:
            self._filter = self._filter.with_(text=text)
            self._apply()

    def refresh(self) -> None:
        self._want = self.selected_id()
        self.model.reload(keep=self.model.rowCount())
        self._load_counts()

    def selected_id(self) -> uuid.UUID | None:
        row = self.model.row_at(self.table.currentIndex().row())
        return row.id if row else None

    def select_ticket(self, ticket_id: uuid.UUID) -> bool:
        row = self.model.row_of(ticket_id)
        if row < 0:
            return False
        self.table.setCurrentIndex(self.model.index(row, 0))
        return True

    def step(self, delta: int) -> None:
        """Select the next (1) or previous (-1) ticket, fetching more rows at the end."""
        current = self.table.currentIndex().row()
        target = 0 if current < 0 else current + delta
        if target >= self.model.rowCount() and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        if 0 <= target < self.model.rowCount():
            index = self.model.index(target, 0)
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)

    # --- internals -----------------------------------------------------------------------
    def _apply(self) -> None:
        view = VIEWS[max(self.views.currentIndex(), 0)]
        self._filter = self.filters.apply(self._filter.with_(view=view))
        self._want = self.selected_id()
        self.model.set_filter(self._filter)
        self._load_counts()

    def _load_counts(self) -> None:
        me = self.ctx.agent.id
        run_op(self, lambda: q.view_counts(self.ctx.sessions, me)).on_success(
            self._on_counts
        ).start()

    def _on_counts(self, counts: dict[q.View, int]) -> None:
        self._counts = counts
        self.retranslate()

    def retranslate(self) -> None:
        names = {
            q.View.MINE: self.tr("Mine"),
            q.View.UNASSIGNED: self.tr("Unassigned"),
            q.View.DUE_SOON: self.tr("Due soon"),
            q.View.OVERDUE: self.tr("Overdue"),
            q.View.WAITING_ON_ME: self.tr("Waiting on me"),
            q.View.WAITING_ON_SUPPLIERS: self.tr("Suppliers"),
            q.View.ALL: self.tr("All"),
        }
        for i, view in enumerate(VIEWS):
            n = self._counts.get(view)
            shown = "" if n is None else (" 999+" if n >= 999 else f" {n}")
            self.views.setTabText(i, names[view] + shown)
            self.views.setTabData(i, view.value)
        self._update_footer()

    def _update_footer(self) -> None:
        rows = self.model.rowCount()
        more = "+" if self.model.canFetchMore(QModelIndex()) else ""
        text = self.tr("%n ticket(s)", "", rows) + more
        if self.model.loading:
            text += " · " + self.tr("loading…")
        self.footer.setText(text)

    @Slot(int)
    def _on_views_changed(self, _index: int) -> None:
        self._apply()

    @Slot()
    def _on_filters_changed(self) -> None:
        self._apply()

    @Slot(int)
    def _on_header_clicked(self, section: int) -> None:
        if section != Col.DUE:
            header = self.table.horizontalHeader()
            header.setSortIndicator(
                Col.DUE,
                Qt.SortOrder.DescendingOrder
                if self._filter.descending
                else Qt.SortOrder.AscendingOrder,
            )
            return
        self._filter = self._filter.with_(descending=not self._filter.descending)
        order = (
            Qt.SortOrder.DescendingOrder if self._filter.descending else Qt.SortOrder.AscendingOrder
        )
        self.table.horizontalHeader().setSortIndicator(Col.DUE, order)
        self.model.set_filter(self._filter)

    @Slot(QModelIndex, QModelIndex)
    def _on_table_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row())
        self.sig_ticket_selected.emit(row.id if row else None)

    @Slot()
    def _on_model_reset(self) -> None:
        want = self._want
        self._want = None
        if want is not None and self.select_ticket(want):
            return
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
        else:
            self.sig_ticket_selected.emit(None)

    @Slot(int)
    def _on_model_page_loaded(self, _rows: int) -> None:
        self._update_footer()

    @Slot(object)
    def _on_model_failed(self, exc: BaseException) -> None:
        self.footer.setText(self.tr("Could not load the queue: %1").replace("%1", str(exc)))

    @Slot(object)
    def _on_bus_changed(self, changes: Changes) -> None:
        if changes.queue or changes.customers or changes.orders:
            self.refresh()

    @Slot()
    def _on_timer(self) -> None:
        self.model.tick()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
