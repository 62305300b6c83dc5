"""The supervisor's view of closed shops: close or reopen a shop, and see what each closed
shop still owes (its open tickets, soonest due first)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.queries.closed_shops import ClosedShop, closed_shops
from app.queries.product_knowledge import shops
from app.services.shop_closing import close_shop, reopen_shop
from ui.context import AppContext
from ui.errors import message_for
from ui.labels import label, local
from ui.ops import run_op
from ui.ticket.banner import Banner


class ClosedShopsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closedShops")
        self.ctx = ctx
        self.resize(860, 520)
        self.shop = QComboBox(self)
        self.shop.setObjectName("closedShopsShop")
        self.toggle = QPushButton(self)
        self.toggle.setObjectName("closedShopsToggle")
        self.toggle.setEnabled(False)
        self.caption = QLabel(self)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("closedShopsTree")
        self.tree.setColumnCount(6)
        self.tree.setRootIsDecorated(True)
        self.banner = Banner("closedShopsBanner", self)
        top = QHBoxLayout()
        top.addWidget(self.shop, 1)
        top.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.caption)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.banner)
        self.closed: dict[uuid.UUID, bool] = {}
        self.left: list[ClosedShop] = []
        self.retranslate()
        self.shop.currentIndexChanged.connect(self._on_shop_changed)
        self.toggle.clicked.connect(self._on_toggle_clicked)
        self.reload()

    @property
    def shop_id(self) -> uuid.UUID | None:
        return self.shop.currentData()

    def select_shop(self, shop_id: uuid.UUID) -> None:
        for i in range(self.shop.count()):
            if self.shop.itemData(i) == shop_id:
                self.shop.setCurrentIndex(i)

    def reload(self) -> None:
        sessions = self.ctx.sessions

        def fetch() -> tuple[list[tuple[uuid.UUID, str, bool]], list[ClosedShop]]:
            return shops(sessions), closed_shops(sessions)

        run_op(self, fetch).on_success(self._loaded).on_failure(
            lambda e: self.banner.error(message_for(e))
        ).start()

    def _loaded(self, result: tuple[list[tuple[uuid.UUID, str, bool]], list[ClosedShop]]) -> None:
        rows, left = result
        keep = self.shop_id
        self.shop.blockSignals(True)
        self.shop.clear()
        self.closed = {}
        for sid, name, closed in rows:
            self.closed[sid] = closed
            self.shop.addItem(name + (self.tr(" (closed)") if closed else ""), sid)
        self.shop.blockSignals(False)
        if keep is not None:
            self.select_shop(keep)
        self._on_shop_changed(self.shop.currentIndex())
        self.left = left
        self._fill_tree()

    def _fill_tree(self) -> None:
        self.tree.clear()
        for shop in self.left:
            head = QTreeWidgetItem(self.tree)
            head.setText(0, shop.name)
            head.setText(1, self.tr("closed %1").replace("%1", local(shop.closed_at)))
            head.setText(2, self.tr("%n open ticket(s)", "", len(shop.tickets)))
            head.setData(0, Qt.ItemDataRole.UserRole, shop.id)
            for t in shop.tickets:
                row = QTreeWidgetItem(head)
                row.setText(0, label(t.kind))
                row.setText(1, label(t.status))
                row.setText(2, t.order_no)
                row.setText(3, t.subject)
                row.setText(4, t.assignee or self.tr("unassigned"))
                row.setText(5, local(t.due_at))
                row.setData(0, Qt.ItemDataRole.UserRole, t.id)
            head.setExpanded(True)
        for col in range(5):
            self.tree.resizeColumnToContents(col)
        if not self.left:
            self.caption.setText(self.tr("No shop is closed."))
        else:
            total = sum(len(s.tickets) for s in self.left)
            self.caption.setText(
                self.tr(
                    "Closed shops still have %1 open tickets; each stays in the queue."
                ).replace("%1", str(total))
            )

    @Slot(int)
    def _on_shop_changed(self, _index: int) -> None:
        sid = self.shop_id
        self.toggle.setEnabled(sid is not None and self.ctx.actor.is_supervisor)
        closed = self.closed.get(sid, False) if sid is not None else False
        self.toggle.setText(self.tr("Reopen shop") if closed else self.tr("Close shop"))

    @Slot()
    def _on_toggle_clicked(self) -> None:
        ctx, sid = self.ctx, self.shop_id
        if sid is None:
            return
        service = reopen_shop if self.closed.get(sid) else close_shop

        def done(_changes) -> None:  # noqa: ANN001
            self.banner.info(self.tr("Saved."))
            self.reload()

        run_op(self, lambda: service(ctx.sessions, actor=ctx.actor, shop_id=sid)).on_success(
            done
        ).on_failure(lambda e: self.banner.error(message_for(e))).start()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Closed shops"))
        self.tree.setHeaderLabels(
            [
                self.tr("Shop / kind"),
                self.tr("Status"),
                self.tr("Order"),
                self.tr("Subject"),
                self.tr("Assignee"),
                self.tr("Due"),
            ]
        )
        self._on_shop_changed(self.shop.currentIndex())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.left:
                self._fill_tree()
        super().changeEvent(event)
