"""The order a ticket is about: state, money, times, shipping, flag, and its items."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models import ItemAfterSale
from app.queries.tickets import OrderInfo
from ui.labels import FLAG_COLORS, label, local, yuan

ACTIVE_AFTERSALE = {ItemAfterSale.REQUESTED, ItemAfterSale.IN_PROGRESS}


class OrderBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orderBox")
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(3)
        self.items = QTableWidget(0, 5, self)
        self.items.setObjectName("orderItems")
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.items.verticalHeader().hide()
        header = self.items.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.items.setMaximumHeight(140)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.items)
        self._order: OrderInfo | None = None
        self._tz = "Asia/Shanghai"
        self._meaning = ""  # what the flag's colour means in this shop

    def show_flag_meaning(self, meaning: str) -> None:
        """The shop's meaning of the order's flag colour (e.g. 顺丰发货), shown by the flag."""
        if meaning != self._meaning:
            self._meaning = meaning
            self.retranslate()

    def show_order(self, order: OrderInfo | None, tz: str) -> None:
        self._order, self._tz = order, tz
        self.setVisible(order is not None)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("OrderBox", "Order"))
        self.items.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("OrderBox", "Item"),
                QCoreApplication.translate("OrderBox", "Qty"),
                QCoreApplication.translate("OrderBox", "Paid"),
                QCoreApplication.translate("OrderBox", "Discount"),
                QCoreApplication.translate("OrderBox", "After-sale"),
            ]
        )
        while self.form.rowCount():
            self.form.removeRow(0)
        o = self._order
        if o is None:
            return
        self._row(QCoreApplication.translate("OrderBox", "Order no."), o.order_no, selectable=True)
        self._row(
            QCoreApplication.translate("OrderBox", "State"),
            f"{label(o.status)} · {label(o.payment_method)}"
            + (" · " + QCoreApplication.translate("OrderBox", "settled") if o.settled else ""),
        )
        money = QCoreApplication.translate(
            "OrderBox", "goods %1, discount %2, shipping %3, paid %4"
        )
        for key, fen in (
            ("%1", o.goods_fen),
            ("%2", o.discount_fen),
            ("%3", o.shipping_fen),
            ("%4", o.paid_fen),
        ):
            money = money.replace(key, yuan(fen))
        self._row(QCoreApplication.translate("OrderBox", "Amounts"), money)
        self._row(QCoreApplication.translate("OrderBox", "Times"), self._times(o))
        if o.ship_by:
            self._row(
                QCoreApplication.translate("OrderBox", "Ship by"),
                local(o.ship_by, self._tz, "YYYY-MM-DD HH:mm"),
            )
        if o.carrier or o.tracking_no:
            self._row(
                QCoreApplication.translate("OrderBox", "Shipping"),
                f"{o.carrier} {o.tracking_no}".strip(),
                selectable=True,
            )
        if o.flag.value != "none" or o.flag_remark:
            color = FLAG_COLORS.get(o.flag, "#666")
            self._row(
                QCoreApplication.translate("OrderBox", "Flag"),
                f"<span style='color:{color}'>⚑ {label(o.flag)}</span>"
                + (f" ({html.escape(self._meaning)})" if self._meaning else "")
                + f" {html.escape(o.flag_remark)}",
                rich=True,
            )
        if o.buyer_remark:
            self._row(QCoreApplication.translate("OrderBox", "Buyer remark"), o.buyer_remark)
        self._fill_items(o)

    def _times(self, o: OrderInfo) -> str:
        parts = [
            (QCoreApplication.translate("OrderBox", "placed"), o.placed_at),
            (QCoreApplication.translate("OrderBox", "paid"), o.paid_at),
            (QCoreApplication.translate("OrderBox", "shipped"), o.shipped_at),
            (QCoreApplication.translate("OrderBox", "signed"), o.signed_at),
            (QCoreApplication.translate("OrderBox", "confirmed"), o.confirmed_at),
        ]
        return "  ".join(f"{name} {local(at, self._tz)}" for name, at in parts if at)

    def _row(self, name: str, value: str, *, selectable: bool = False, rich: bool = False) -> None:
        lbl = QLabel(value)
        lbl.setWordWrap(True)
        if rich:
            lbl.setTextFormat(Qt.TextFormat.RichText)
        if selectable:
            lbl.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(name, lbl)

    def _fill_items(self, o: OrderInfo) -> None:
        self.items.setRowCount(len(o.items))
        bold = QFont()
        bold.setBold(True)
        for r, item in enumerate(o.items):
            cells = [
                item.title,
                str(item.quantity),
                yuan(item.amount_fen),
                yuan(item.discount_fen),
                label(item.aftersale),
            ]
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(f"{item.title}\n{item.sku} · {item.category}" if c == 0 else text)
                if item.covered:
                    cell.setFont(bold)
                if c == 4 and item.aftersale in ACTIVE_AFTERSALE:
                    cell.setForeground(QBrush(QColor("#c27803")))
                self.items.setItem(r, c, cell)
        for col in (1, 2, 3, 4):
            self.items.resizeColumnToContents(col)
