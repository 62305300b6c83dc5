"""Changing the price or shipping fee of the buyer's unpaid orders (改价), as the platform
allows: Taobao the price and the shipping, Tmall only the shipping (the goods column is
locked, the table's rule on hover). Several orders' shipping fees go together in one change.
Beyond the agent's limit the change waits for a supervisor."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.queries.price_changes import ChangeOptions, change_options
from app.services import Changes
from app.services.price_changes import change_price, change_shipping_together
from ui.context import AppContext
from ui.labels import local, yuan
from ui.ops import run_op
from ui.presale.common import parse_yuan, plain_yuan, presale_message, table
from ui.ticket.banner import Banner

GOODS, SHIPPING = 3, 4


class PriceDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        customer_id: uuid.UUID,
        ticket_id: uuid.UUID | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("priceDialog")
        self.ctx, self.customer_id, self.ticket_id = ctx, customer_id, ticket_id
        self.resize(760, 380)
        self.rule = QLabel(self)
        self.rule.setObjectName("priceRule")
        self.rule.setWordWrap(True)
        self.grid = table(self, "priceOrders", 6)
        self.grid.setEditTriggers(self.grid.EditTrigger.AllEditTriggers)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("priceReason")
        self.apply_button = QPushButton(self)
        self.apply_button.setObjectName("priceApply")
        self.banner = Banner("priceBanner", self)
        row = QHBoxLayout()
        row.addWidget(self.reason, 1)
        row.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.rule)
        layout.addWidget(self.grid, 1)
        layout.addLayout(row)
        layout.addWidget(self.banner)
        self.options: ChangeOptions | None = None
        self.retranslate()
        self.apply_button.clicked.connect(self._on_apply_clicked)
        self.grid.itemChanged.connect(self._on_grid_item_changed)
        self.reload()

    def reload(self) -> None:
        sessions, cid = self.ctx.sessions, self.customer_id
        run_op(self, lambda: change_options(sessions, cid)).on_success(self._on_loaded).on_failure(
            lambda e: self.banner.error(presale_message(e))
        ).start()

    def _on_loaded(self, options: ChangeOptions) -> None:
        self.options = options
        self.grid.blockSignals(True)
        self.grid.setRowCount(len(options.orders))
        for r, o in enumerate(options.orders):
            cells = (
                o.order_no,
                local(o.placed_at),
                yuan(o.goods_fen),
                plain_yuan(o.goods_to_pay_fen),
                plain_yuan(o.shipping_fen),
                yuan(o.goods_to_pay_fen + o.shipping_fen),
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                editable = (c == GOODS and options.goods) or (c == SHIPPING and options.shipping)
                if not editable:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if c == GOODS:
                    item.setToolTip(options.goods_rule)
                if c == SHIPPING:
                    item.setToolTip(options.shipping_rule)
                self.grid.setItem(r, c, item)
        self.grid.blockSignals(False)
        self.grid.resizeColumnsToContents()
        self._show_rule()
        self.apply_button.setEnabled(bool(options.orders))

    def _show_rule(self) -> None:
        o = self.options
        if o is None:
            return
        if not o.orders:
            self.rule.setText(self.tr("This buyer has no order awaiting payment."))
        elif o.goods and o.shipping:
            self.rule.setText(self.tr("The platform allows changing the price and the shipping."))
        elif o.shipping:
            self.rule.setText(
                self.tr("The platform allows changing only the shipping fee, not the price.")
            )
        else:
            self.rule.setText(self.tr("The platform allows no change to these orders."))

    def amounts(self) -> list[tuple[int | None, int | None]]:
        """(goods to pay, shipping) in fen per row, as typed; None where not an amount."""
        return [
            (
                parse_yuan(self.grid.item(r, GOODS).text()),
                parse_yuan(self.grid.item(r, SHIPPING).text()),
            )
            for r in range(self.grid.rowCount())
        ]

    def set_amount(self, row: int, column: int, text: str) -> None:
        self.grid.item(row, column).setText(text)

    @Slot(QTableWidgetItem)
    def _on_grid_item_changed(self, item: QTableWidgetItem) -> None:
        row = item.row()
        goods, ship = self.amounts()[row]
        total = self.grid.item(row, 5)
        if total is not None and goods is not None and ship is not None:
            self.grid.blockSignals(True)
            total.setText(yuan(goods + ship))
            self.grid.blockSignals(False)

    @Slot()
    def _on_apply_clicked(self) -> None:
        o = self.options
        if o is None:
            return
        changed, bad = [], False
        for order, (goods, ship) in zip(o.orders, self.amounts(), strict=True):
            bad = bad or goods is None or ship is None
            known = goods is not None and ship is not None
            if known and (goods != order.goods_to_pay_fen or ship != order.shipping_fen):
                changed.append((order, goods, ship))
        if bad:
            self.banner.error(self.tr("Type amounts in yuan, e.g. 12.50."))
            return
        if not changed:
            self.banner.error(self.tr("Nothing changed."))
            return
        self._write(self._call(changed))

    def _call(self, changed: list) -> object:
        ctx, reason, tid = self.ctx, self.reason.text(), self.ticket_id
        if len(changed) == 1:
            order, goods, ship = changed[0]
            return lambda: change_price(
                ctx.sessions,
                actor=ctx.actor,
                order_id=order.order_id,
                goods_to_pay_fen=goods if goods != order.goods_to_pay_fen else None,
                shipping_fen=ship if ship != order.shipping_fen else None,
                reason=reason,
                ticket_id=tid,
            )
        if any(goods != order.goods_to_pay_fen for order, goods, _ in changed):
            return None
        return lambda: change_shipping_together(
            ctx.sessions,
            actor=ctx.actor,
            order_ids=[order.order_id for order, _, _ in changed],
            shipping_fen=[ship for _, _, ship in changed],
            reason=reason,
            ticket_id=tid,
        )

    def _write(self, fn) -> None:  # noqa: ANN001
        if fn is None:
            self.banner.error(
                self.tr("Change one order's price at a time; shipping fees go together.")
            )
            return

        def ok(changes: Changes) -> None:
            self.ctx.publish(changes, self)
            self.reload()
            self.banner.info(self.tr("Changed. The record keeps the amounts before and after."))
            self.check_pending(changes)

        run_op(self, fn).on_success(ok).on_failure(
            lambda e: self.banner.error(presale_message(e))
        ).start()

    def check_pending(self, changes: Changes) -> None:
        """Say so when the change waits for a supervisor (the order's amounts stayed)."""
        from app.queries.price_changes import pending_price_changes

        sessions, batch = self.ctx.sessions, changes.created

        def seen(pending: list) -> None:
            if any(p.batch_id == batch for p in pending):
                self.banner.info(
                    self.tr("Beyond your limit: the change waits for a supervisor's approval."),
                    ms=10_000,
                )

        run_op(self, lambda: pending_price_changes(sessions)).on_success(seen).start()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change price or shipping"))
        self.grid.setHorizontalHeaderLabels(
            [
                self.tr("Order no."),
                self.tr("Placed"),
                self.tr("List price"),
                self.tr("Goods to pay (yuan)"),
                self.tr("Shipping (yuan)"),
                self.tr("Total"),
            ]
        )
        self.reason.setPlaceholderText(self.tr("Reason (required), e.g. regular customer"))
        self.apply_button.setText(self.tr("Apply"))
        self._show_rule()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
