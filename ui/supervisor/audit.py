"""The audit log, searched by agent, order (with its tickets), the ticket open in the main
window, action and period; newest first, a page at a time as the list scrolls."""

from __future__ import annotations

import json
import uuid

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.queries import audit_search
from app.queries.audit_search import AuditFilter, AuditRow
from app.queries.lookups import AgentInfo, agents
from ui.context import AppContext
from ui.errors import message_for
from ui.labels import label, local
from ui.ops import run_op
from ui.supervisor.paged import PagedModel
from ui.supervisor.period import PeriodPicker
from ui.ticket.banner import Banner


def details_text(row: AuditRow) -> str:
    return "; ".join(f"{k}={v}" for k, v in row.details.items())


class AuditTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditTab")
        self.ctx = ctx
        self.ticket_id: uuid.UUID | None = None  # the ticket open in the main window
        self.agent = QComboBox(self)
        self.agent.setObjectName("auditAgent")
        self.agent.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.order_no = QLineEdit(self)
        self.order_no.setObjectName("auditOrder")
        self.order_no.setPlaceholderText(self.tr("Order number"))
        self.this_ticket = QCheckBox(self.tr("Only the ticket open in the main window"), self)
        self.this_ticket.setObjectName("auditThisTicket")
        self.this_ticket.setEnabled(False)
        self.action = QComboBox(self)
        self.action.setObjectName("auditAction")
        self.action.setEditable(True)
        self.action.setMinimumWidth(200)
        self.period = PeriodPicker(self, preset="30d")
        self.count = QLabel(self)
        self.count.setObjectName("auditCount")
        self.model = PagedModel(
            [
                (lambda: self.tr("When"), lambda r: local(r.at, fmt="YYYY-MM-DD HH:mm:ss")),
                (lambda: self.tr("Agent"), lambda r: r.agent),
                (lambda: self.tr("Action"), lambda r: r.action),
                (lambda: self.tr("Order"), lambda r: r.order_no),
                (lambda: self.tr("Details"), details_text),
            ],
            lambda r: r.cursor,
            self,
            tooltip=details_text,
        )
        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.detail = QPlainTextEdit(self)
        self.detail.setObjectName("auditDetail")
        self.detail.setReadOnly(True)
        self.banner = Banner("auditBanner", self)
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        row1 = QHBoxLayout()
        for w in (QLabel(self.tr("Agent:"), self), self.agent, self.order_no, self.this_ticket):
            row1.addWidget(w)
        row1.addStretch(1)
        row2 = QHBoxLayout()
        for w in (QLabel(self.tr("Action:"), self), self.action, self.period):
            row2.addWidget(w)
        row2.addStretch(1)
        row2.addWidget(self.count)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([560, 140])
        layout = QVBoxLayout(self)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)

    def _connect_signals(self) -> None:
        self.agent.currentIndexChanged.connect(self._on_filter_changed)
        self.order_no.editingFinished.connect(self._on_filter_changed)
        self.this_ticket.toggled.connect(self._on_filter_changed)
        self.action.activated.connect(self._on_filter_changed)
        self.action.lineEdit().editingFinished.connect(self._on_filter_changed)
        self.period.sig_changed.connect(self._on_filter_changed)
        self.model.sig_page_loaded.connect(self._on_page_loaded)
        self.model.sig_failed.connect(lambda exc: self.banner.error(message_for(exc)))
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.ctx.bus.sig_ticket_selected.connect(self._on_ticket_selected)

    def load(self) -> None:
        ctx = self.ctx

        def fetch() -> tuple[list[AgentInfo], list[str]]:
            names = audit_search.actions(ctx.sessions, actor=ctx.actor)
            return agents(ctx.sessions, active_only=False), names

        run_op(self, fetch).on_success(self._show_pickers).on_failure(
            lambda exc: self.banner.error(message_for(exc))
        ).start()

    def _show_pickers(self, got: tuple[list[AgentInfo], list[str]]) -> None:
        people, names = got
        self.agent.blockSignals(True)
        self.agent.clear()
        self.agent.addItem(self.tr("Everyone"), "")
        for a in people:
            self.agent.addItem(f"{a.display_name} · {label(a.role)}", a.id.hex)
        self.agent.blockSignals(False)
        families = sorted({n.split(".")[0] + "." for n in names if "." in n})
        self.action.blockSignals(True)
        self.action.clear()
        self.action.addItem(self.tr("All actions"), "")
        for name in [*families, *names]:
            self.action.addItem(name, name)
        self.action.blockSignals(False)
        self.search()

    def filter(self) -> AuditFilter:
        raw_agent = self.agent.currentData()
        text = self.action.currentText().strip()
        action = (
            self.action.currentData()
            if text == self.action.itemText(self.action.currentIndex())
            else text
        )
        return AuditFilter(
            agent_id=uuid.UUID(raw_agent) if raw_agent else None,
            ticket_id=self.ticket_id if self.this_ticket.isChecked() else None,
            order_no=self.order_no.text().strip(),
            action=action or "",
            period=self.period.period(),
        )

    def search(self) -> None:
        ctx, flt = self.ctx, self.filter()
        self.banner.clear_message()
        self.detail.clear()
        self.model.load(
            lambda after, limit: audit_search.search(
                ctx.sessions, actor=ctx.actor, flt=flt, after=after, limit=limit
            )
        )

    @Slot()
    def _on_filter_changed(self, *_args: object) -> None:
        self.search()

    @Slot(int)
    def _on_page_loaded(self, rows: int) -> None:
        more = self.model.canFetchMore()
        text = self.tr("%1 entries").replace("%1", str(rows))
        self.count.setText(text + (" · " + self.tr("scroll for more") if more else ""))

    def ticket_selected(self, ticket_id: uuid.UUID | None) -> None:
        """The ticket open in the main window (None: none)."""
        self._on_ticket_selected(ticket_id)

    @Slot(object)
    def _on_ticket_selected(self, ticket_id: object) -> None:
        self.ticket_id = ticket_id if isinstance(ticket_id, uuid.UUID) else None
        self.this_ticket.setEnabled(self.ticket_id is not None)
        if self.this_ticket.isChecked():
            self.search()

    def _on_row_changed(self, current, _previous) -> None:  # noqa: ANN001
        row = self.model.row_at(current.row())
        if row is None:
            self.detail.clear()
            return
        body = json.dumps(row.details, ensure_ascii=False, indent=2)
        head = f"{local(row.at, fmt='YYYY-MM-DD HH:mm:ss')} · {row.agent} · {row.action}"
        ids = f"{row.entity} {row.entity_id or ''}  ticket {row.ticket_id or ''}"
        self.detail.setPlainText(f"{head}\n{ids}\n{body}")
