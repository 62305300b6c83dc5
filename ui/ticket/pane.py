"""The ticket-detail pane: what the case is, its status and assignee, the buyer, the order,
and the timeline."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app import clock, services
from app.models import Priority, TicketStatus
from app.queries import lookups
from app.queries.tickets import TicketDetail, load_ticket
from app.services import Changes
from ui.actions import ActionId
from ui.context import AppContext
from ui.errors import message_for
from ui.labels import countdown, label, local
from ui.ops import run_op
from ui.queue.model import urgency_color
from ui.ticket.attachments_box import AttachmentsBox
from ui.ticket.banner import Banner
from ui.ticket.customer_box import CustomerBox
from ui.ticket.order_box import OrderBox
from ui.ticket.supplier_box import SupplierBox
from ui.ticket.timeline import Timeline
from ui.ticket.windows_box import WindowsBox


class TicketPane(QWidget):
    sig_detail = Signal(object)
    """The open ticket's detail was (re)loaded (a TicketDetail), or None: nothing is open."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticketPane")
        self.ctx = ctx
        self.detail: TicketDetail | None = None
        self._loading_id: uuid.UUID | None = None
        self.title = QLabel(self)
        self.title.setObjectName("ticketTitle")
        self.title.setWordWrap(True)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("ticketSubtitle")
        self.due = QLabel(self)
        self.due.setObjectName("ticketDue")
        self.status = QComboBox(self)
        self.status.setObjectName("ticketStatus")
        self.assignee = QComboBox(self)
        self.assignee.setObjectName("ticketAssignee")
        self.take = QPushButton(self)
        self.take.setObjectName("assignToMe")
        self.priority = QComboBox(self)
        self.priority.setObjectName("ticketPriority")
        for combo, shortest in ((self.status, 5), (self.assignee, 8), (self.priority, 3)):
            # the pane is narrow: a long name shrinks its combo instead of widening the pane
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(shortest)
        self.banner = Banner("ticketBanner", self)
        self.windows = WindowsBox(self)
        self.customer = CustomerBox(self)
        self.order = OrderBox(self)
        self.attachments = AttachmentsBox(ctx, self)
        self.suppliers = SupplierBox(ctx, self)
        self.timeline = Timeline(self)
        self.timeline_box = QGroupBox(self)
        QVBoxLayout(self.timeline_box).addWidget(self.timeline)
        self.empty = QLabel(self)
        self.empty.setObjectName("ticketEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout()
        self._timer = QTimer(self)
        self._timer.setInterval(30_000)
        self._agents: list[lookups.AgentInfo] = []
        self.retranslate()
        self._connect_signals()
        self._show_empty(True)

    def _layout(self) -> None:
        controls = QHBoxLayout()
        for w in (self.status, self.assignee, self.take, self.priority):
            controls.addWidget(w)
        controls.addStretch(1)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.due)
        body = QWidget(self)
        col = QVBoxLayout(body)
        col.setContentsMargins(0, 0, 0, 0)
        col.addLayout(head)
        col.addWidget(self.subtitle)
        col.addLayout(controls)
        col.addWidget(self.banner)
        col.addWidget(self.windows)
        col.addWidget(self.customer)
        col.addWidget(self.order)
        col.addWidget(self.suppliers)
        col.addWidget(self.attachments)
        col.addWidget(self.timeline_box, 1)
        self.body = body
        self.scroll = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.addWidget(scroll)
        outer.addWidget(self.empty)

    def _connect_signals(self) -> None:
        self.status.activated.connect(self._on_status_activated)
        self.assignee.activated.connect(self._on_assignee_activated)
        self.priority.activated.connect(self._on_priority_activated)
        self.take.clicked.connect(self._on_take_clicked)
        self.customer.sig_tag.connect(self._on_customer_tag)
        self.ctx.bus.sig_changed.connect(self._on_bus_changed)
        self._timer.timeout.connect(self._update_due)
        self._timer.timeout.connect(self.windows.refresh)
        acts = self.ctx.actions
        if ActionId.STATUS in acts:
            acts[ActionId.STATUS].triggered.connect(self._on_status_shortcut)
        if ActionId.TAG_BUYER in acts:
            acts[ActionId.TAG_BUYER].triggered.connect(self._on_tag_shortcut)
        if ActionId.ASSIGN_TO_ME in acts:
            acts[ActionId.ASSIGN_TO_ME].triggered.connect(self._on_take_clicked)
        if ActionId.PASTE_SCREENSHOT in acts:
            acts[ActionId.PASTE_SCREENSHOT].triggered.connect(self.attachments.paste)

    def start(self) -> None:
        self._timer.start()
        sessions = self.ctx.sessions
        run_op(self, lambda: (lookups.agents(sessions), lookups.tags(sessions))).on_success(
            self._on_choices
        ).start()

    def _on_choices(self, result: tuple[list[lookups.AgentInfo], list[lookups.TagInfo]]) -> None:
        self._agents, tags = result
        self.customer.set_tag_choices(tags)
        self._fill_assignees()

    # --- loading -----------------------------------------------------------------------
    def show_ticket(self, ticket_id: uuid.UUID | None) -> None:
        self._loading_id = ticket_id
        if ticket_id is None:
            self.detail = None
            self.sig_detail.emit(None)
            self._show_empty(True)
            return
        sessions = self.ctx.sessions
        run_op(self, lambda: load_ticket(sessions, ticket_id)).on_success(
            self._on_loaded
        ).on_failure(self._on_load_failed).start()

    def _on_loaded(self, detail: TicketDetail) -> None:
        if detail.id != self._loading_id:
            return  # the agent moved on meanwhile
        changed_ticket = self.detail is None or self.detail.id != detail.id
        self.detail = detail
        self.sig_detail.emit(detail)
        if changed_ticket:
            self.banner.clear_message()
        self._show_empty(False)
        self._render()

    def _on_load_failed(self, exc: BaseException) -> None:
        self.banner.error(message_for(exc))

    def _show_empty(self, empty: bool) -> None:
        self.scroll.setVisible(not empty)
        self.empty.setVisible(empty)

    def _render(self) -> None:
        d = self.detail
        if d is None:
            return
        self.title.setText(f"<b>{label(d.kind)}</b> · {d.subject or d.customer.nickname}")
        self.subtitle.setText(
            f"{d.shop_name} · {label(d.platform)} · "
            + self.tr("opened %1").replace("%1", local(d.created_at, d.shop_tz))
        )
        self._fill_status()
        self._fill_assignees()
        self._fill_priority()
        self.windows.show_windows(d.windows, d.shop_tz)
        self.customer.show_customer(d.customer)
        self.order.show_order(d.order, d.shop_tz)
        self.attachments.show_ticket(d.id)
        self.suppliers.show_ticket(d)
        self.timeline.show_events(d.timeline, d.shop_tz)
        self._update_due()

    def _fill_status(self) -> None:
        d = self.detail
        self.status.clear()
        self.status.addItem(label(d.status), d.status.value)
        for nxt in d.next_statuses:
            self.status.addItem("→ " + label(nxt), nxt.value)
        self.status.setEnabled(bool(d.next_statuses))

    def _fill_assignees(self) -> None:
        self.assignee.clear()
        self.assignee.addItem(self.tr("Unassigned"), None)
        for agent in self._agents:
            self.assignee.addItem(f"{agent.display_name} ({label(agent.role)})", agent.id.hex)
        if self.detail and self.detail.assignee_id:
            self.assignee.setCurrentIndex(
                max(self.assignee.findData(self.detail.assignee_id.hex), 0)
            )
        self.take.setVisible(bool(self.detail) and self.detail.assignee_id != self.ctx.agent.id)

    def _fill_priority(self) -> None:
        self.priority.clear()
        for p in Priority:
            self.priority.addItem(label(p), p.value)
        self.priority.setCurrentIndex(self.priority.findData(self.detail.priority.value))

    @Slot()
    def _update_due(self) -> None:
        d = self.detail
        if d is None:
            return
        now = clock.now()
        if d.status in (TicketStatus.RESOLVED, TicketStatus.CLOSED):
            self.due.setText("")
            return
        color = urgency_color(d.due_at, now).name()
        self.due.setText(
            f"<span style='color:{color};font-weight:bold'>{countdown(d.due_at, now)}</span>"
        )
        self.due.setToolTip(
            self.tr("Due %1").replace("%1", local(d.due_at, d.shop_tz, "YYYY-MM-DD HH:mm"))
        )

    # --- writing -----------------------------------------------------------------------
    def _write(self, fn, done_text: str = "") -> None:  # noqa: ANN001
        """Run a service call off the GUI thread; publish its changes or show why not."""
        ctx = self.ctx

        def ok(changes: Changes) -> None:
            if done_text:
                self.banner.info(done_text)
            else:
                self.banner.clear_message()
            ctx.publish(changes, self)

        def failed(exc: BaseException) -> None:
            self.banner.error(message_for(exc))
            if self.detail:
                self.show_ticket(self.detail.id)

        run_op(self, fn).on_success(ok).on_failure(failed).start()

    @Slot(int)
    def _on_status_activated(self, index: int) -> None:
        d = self.detail
        target = self.status.itemData(index)
        if d is None or index <= 0 or target is None:
            return
        self.change_status(TicketStatus(target))

    def change_status(self, target: TicketStatus) -> None:
        d = self.detail
        if d is None:
            return
        ctx, tid, version = self.ctx, d.id, d.version
        self._write(
            lambda: services.change_status(
                ctx.sessions,
                actor=ctx.actor,
                ticket_id=tid,
                status=target,
                expected_version=version,
            ),
            self.tr("Status changed to %1").replace("%1", label(target)),
        )

    @Slot(int)
    def _on_assignee_activated(self, index: int) -> None:
        d = self.detail
        if d is None:
            return
        raw = self.assignee.itemData(index)
        self.assign(uuid.UUID(raw) if raw else None)

    def assign(self, agent_id: uuid.UUID | None) -> None:
        ctx, tid = self.ctx, self.detail.id
        self._write(
            lambda: services.assign_ticket(
                ctx.sessions, actor=ctx.actor, ticket_id=tid, assignee_id=agent_id
            )
        )

    @Slot()
    def _on_take_clicked(self) -> None:
        if self.detail is not None:
            self.assign(self.ctx.agent.id)

    @Slot(int)
    def _on_priority_activated(self, index: int) -> None:
        if self.detail is None:
            return
        ctx, tid, p = self.ctx, self.detail.id, Priority(self.priority.itemData(index))
        self._write(
            lambda: services.set_priority(ctx.sessions, actor=ctx.actor, ticket_id=tid, priority=p)
        )

    @Slot(object, bool)
    def _on_customer_tag(self, tag_id: uuid.UUID, add: bool) -> None:
        if self.detail is None:
            return
        ctx, cid = self.ctx, self.detail.customer.id
        fn = services.tag_customer if add else services.untag_customer
        self._write(lambda: fn(ctx.sessions, actor=ctx.actor, customer_id=cid, tag_id=tag_id))

    @Slot()
    def _on_status_shortcut(self) -> None:
        if self.detail is not None and self.status.isEnabled():
            self.status.setFocus()
            self.status.showPopup()

    @Slot()
    def _on_tag_shortcut(self) -> None:
        if self.detail is not None:
            self.customer.open_tag_menu()

    @Slot(object)
    def _on_bus_changed(self, changes: Changes) -> None:
        d = self.detail
        if d is None:
            return
        if (
            d.id in changes.tickets
            or d.customer.id in changes.customers
            or (d.order and d.order.id in changes.orders)
        ):
            self.show_ticket(d.id)

    def retranslate(self) -> None:
        self.take.setText(self.tr("Assign to me"))
        self.timeline_box.setTitle(self.tr("Timeline"))
        self.empty.setText(self.tr("Select a ticket in the queue"))
        self.status.setToolTip(self.tr("Status (F2)"))
        self.windows.retranslate()
        self.customer.retranslate()
        self.order.retranslate()
        self.timeline.retranslate()
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
