"""The approvals inbox: what waits above an agent's authority, approved or refused with a
reason; the agent's waiting procedure continues on the decision."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app import clock
from app.errors import KefuError
from app.services import approvals
from app.services.approvals import AmountChange, Pending
from ui.context import AppContext
from ui.errors import message_for
from ui.labels import local, yuan
from ui.ops import run_op
from ui.supervisor.common import fill_table, make_table, row_data
from ui.ticket.banner import Banner


def kind_label(kind: str) -> str:
    names = {
        "compensation": QCoreApplication.translate("ApprovalsTab", "Compensation"),
        "price_change": QCoreApplication.translate("ApprovalsTab", "Price change"),
    }
    return names.get(kind, kind)


def method_label(method: str) -> str:
    names = {
        "platform": QCoreApplication.translate("ApprovalsTab", "via the platform"),
        "alipay": QCoreApplication.translate("ApprovalsTab", "Alipay"),
        "wechat": QCoreApplication.translate("ApprovalsTab", "WeChat Pay"),
        "bank": QCoreApplication.translate("ApprovalsTab", "bank transfer"),
        "coupon": QCoreApplication.translate("ApprovalsTab", "coupon"),
    }
    return names.get(method, method)


def change_label(change: AmountChange, order_no: str = "") -> str:
    """'goods ¥131.90 → ¥123.90', the order named when the row has several."""
    names = {
        "goods": QCoreApplication.translate("ApprovalsTab", "goods %1 → %2"),
        "shipping": QCoreApplication.translate("ApprovalsTab", "shipping %1 → %2"),
    }
    text = (
        names.get(change.part, f"{change.part} %1 → %2")
        .replace("%1", yuan(change.before_fen))
        .replace("%2", yuan(change.after_fen))
    )
    return f"{change.order_no} {text}" if change.order_no not in ("", order_no) else text


def what(row: Pending) -> str:
    """The "What" cell: the amounts that would change, how it is paid, the reason given."""
    parts = [change_label(c, row.order_no) for c in row.changes]
    return " · ".join(x for x in (*parts, method_label(row.method), row.summary) if x)


def decision_message(exc: BaseException) -> str:
    """The error of a decision; a closed shop's in the words of an approval."""
    if isinstance(exc, KefuError) and exc.code == "shop_closed":
        return QCoreApplication.translate(
            "ApprovalsTab",
            "The shop “%1” is closed: this can no longer be approved. Refuse it, saying why.",
        ).replace("%1", str(exc.params.get("shop", "")))
    return message_for(exc)


def waited(since, now) -> str:  # noqa: ANN001
    minutes = max(0, int((now - since).total_seconds() // 60))
    hours, mins = divmod(minutes, 60)
    if hours >= 24:
        return (
            QCoreApplication.translate("ApprovalsTab", "%1 d %2 h")
            .replace("%1", str(hours // 24))
            .replace("%2", str(hours % 24))
        )
    return (
        QCoreApplication.translate("ApprovalsTab", "%1 h %2 min")
        .replace("%1", str(hours))
        .replace("%2", str(mins))
    )


class ApprovalsTab(QWidget):
    sig_open_ticket = Signal(object)
    """The supervisor wants to see the ticket of an approval (its id)."""

    sig_count = Signal(int)
    """How many approvals wait (for the tab's title)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approvalsTab")
        self.ctx = ctx
        self.rows: list[Pending] = []
        self.table = make_table(
            self,
            "approvalsTable",
            [
                self.tr("Kind"),
                self.tr("Amount"),
                self.tr("Agent's limit"),
                self.tr("Asked by"),
                self.tr("Buyer"),
                self.tr("Order"),
                self.tr("What"),
                self.tr("Waiting"),
            ],
            stretch=6,
        )
        self.text = QLineEdit(self)
        self.text.setObjectName("approvalText")
        self.text.setPlaceholderText(self.tr("A note for the agent; required when refusing"))
        self.approve = QPushButton(self.tr("Approve"), self)
        self.approve.setObjectName("approveButton")
        self.refuse = QPushButton(self.tr("Refuse"), self)
        self.refuse.setObjectName("refuseButton")
        self.open_ticket = QPushButton(self.tr("Open the ticket"), self)
        self.open_ticket.setObjectName("approvalOpenTicket")
        self.empty = QLabel(self.tr("Nothing waits for your approval."), self)
        self.empty.setObjectName("approvalsEmpty")
        self.banner = Banner("approvalsBanner", self)
        actions = QHBoxLayout()
        actions.addWidget(self.text, 1)
        for button in (self.approve, self.refuse, self.open_ticket):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self._connect_signals()
        self._update_buttons()

    def _connect_signals(self) -> None:
        self.approve.clicked.connect(self._on_approve_clicked)
        self.refuse.clicked.connect(self._on_refuse_clicked)
        self.open_ticket.clicked.connect(self._on_open_ticket_clicked)
        self.table.itemSelectionChanged.connect(self._update_buttons)

    def load(self) -> None:
        ctx = self.ctx
        run_op(self, lambda: approvals.inbox(ctx.sessions, actor=ctx.actor)).on_success(
            self._show
        ).on_failure(lambda exc: self.banner.error(message_for(exc))).start()

    def _show(self, rows: list[Pending]) -> None:
        self.rows = rows
        now = clock.now()
        cells = [
            [
                kind_label(r.kind),
                yuan(r.amount_fen),
                yuan(r.limit_fen) if r.limit_fen is not None else "",
                r.requested_by,
                r.buyer,
                r.order_no,
                what(r),
                waited(r.requested_at, now),
            ]
            for r in rows
        ]
        tips = [local(r.requested_at, fmt="YYYY-MM-DD HH:mm") for r in rows]
        fill_table(self.table, cells, data=list(range(len(rows))), tips=tips)
        self.empty.setVisible(not rows)
        if rows:
            self.table.selectRow(0)
        self._update_buttons()
        self.sig_count.emit(len(rows))

    def current(self) -> Pending | None:
        index = row_data(self.table)
        return self.rows[index] if isinstance(index, int) and index < len(self.rows) else None

    @Slot()
    def _update_buttons(self) -> None:
        chosen = self.current() is not None
        for button in (self.approve, self.refuse):
            button.setEnabled(chosen)
        row = self.current()
        self.open_ticket.setEnabled(row is not None and row.ticket_id is not None)

    @Slot()
    def _on_approve_clicked(self) -> None:
        self._decide(approve=True)

    @Slot()
    def _on_refuse_clicked(self) -> None:
        if not self.text.text().strip():
            self.banner.error(self.tr("Say why you refuse: the agent tells the buyer."))
            self.text.setFocus()
            return
        self._decide(approve=False)

    def _decide(self, *, approve: bool) -> None:
        row, ctx, text = self.current(), self.ctx, self.text.text()
        if row is None:
            return

        def done(changes) -> None:  # noqa: ANN001
            self.text.clear()
            self.banner.info(
                self.tr("Approved: the agent's procedure goes on.")
                if approve
                else self.tr("Refused: the agent's procedure offers the alternatives.")
            )
            ctx.publish(changes, self)
            self.load()

        run_op(
            self,
            lambda: approvals.decide(
                ctx.sessions,
                actor=ctx.actor,
                kind=row.kind,
                record_id=row.id,
                approve=approve,
                text=text,
            ),
        ).on_success(done).on_failure(lambda exc: self.banner.error(decision_message(exc))).start()

    @Slot()
    def _on_open_ticket_clicked(self) -> None:
        row = self.current()
        if row is not None and row.ticket_id is not None:
            self.sig_open_ticket.emit(row.ticket_id)
