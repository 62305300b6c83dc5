"""Flag orders for the warehouse (插旗备注): pick one or several of the buyer's orders, a
colour (with what it means in this shop), a remark; a carrier from the shop's table can be
put into the remark ("发顺丰速运")."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models import FlagColor
from app.queries.carriers import CarrierRow, FlaggableOrder, buyer_orders, carriers, flag_meanings
from app.services import Changes, flag_orders
from ui.context import AppContext
from ui.labels import FLAG_COLORS, label, local, yuan
from ui.ops import run_op
from ui.presale.common import presale_message
from ui.ticket.banner import Banner


def flag_text(flag: FlagColor, meanings: dict[FlagColor, str]) -> str:
    meaning = meanings.get(flag, "")
    return f"⚑ {label(flag)}" + (f" — {meaning}" if meaning else "")


class FlagDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        *,
        shop_id: uuid.UUID,
        customer_id: uuid.UUID,
        order_id: uuid.UUID | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("flagDialog")
        self.ctx, self.shop_id, self.customer_id, self.order_id = (
            ctx,
            shop_id,
            customer_id,
            order_id,
        )
        self.resize(560, 460)
        self.orders = QListWidget(self)
        self.orders.setObjectName("flagOrders")
        self.colour = QComboBox(self)
        self.colour.setObjectName("flagColour")
        self.carrier = QComboBox(self)
        self.carrier.setObjectName("flagCarrier")
        self.remark = QLineEdit(self)
        self.remark.setObjectName("flagRemark")
        self.apply_button = QPushButton(self)
        self.apply_button.setObjectName("flagApply")
        self.banner = Banner("flagBanner", self)
        self.form = QFormLayout()
        self._labels = [QLabel(self) for _ in range(3)]
        for lbl, field in zip(self._labels, (self.colour, self.carrier, self.remark), strict=True):
            self.form.addRow(lbl, field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.orders, 1)
        layout.addLayout(self.form)
        layout.addWidget(self.banner)
        layout.addWidget(self.apply_button)
        self.rows: list[FlaggableOrder] = []
        self.meanings: dict[FlagColor, str] = {}
        self.carriers: list[CarrierRow] = []
        self.loaded = False
        self.retranslate()
        self.carrier.activated.connect(self._on_carrier_activated)
        self.apply_button.clicked.connect(self._on_apply_clicked)
        self.reload()

    def reload(self) -> None:
        sessions, shop, buyer = self.ctx.sessions, self.shop_id, self.customer_id

        def fetch() -> tuple:
            return (
                buyer_orders(sessions, buyer),
                flag_meanings(sessions, shop),
                carriers(sessions, shop),
            )

        run_op(self, fetch).on_success(self._on_loaded).on_failure(
            lambda e: self.banner.error(presale_message(e))
        ).start()

    def _on_loaded(self, result: tuple) -> None:
        self.rows, self.meanings, self.carriers = result
        self.orders.clear()
        for o in self.rows:
            flag = f"  ⚑ {label(o.flag)} {o.remark}" if o.flag != FlagColor.NONE else ""
            item = QListWidgetItem(f"{o.order_no} · {label(o.status)} · {local(o.placed_at)}{flag}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if o.order_id == self.order_id else Qt.CheckState.Unchecked
            )
            if o.flag in FLAG_COLORS:
                item.setForeground(QBrush(QColor(FLAG_COLORS[o.flag])))
            self.orders.addItem(item)
        self._fill_combos()
        self.loaded = True

    def _fill_combos(self) -> None:
        self.colour.clear()
        for flag in FlagColor:
            self.colour.addItem(flag_text(flag, self.meanings), flag)
            if flag in FLAG_COLORS:
                index = self.colour.count() - 1
                self.colour.setItemData(
                    index, QBrush(QColor(FLAG_COLORS[flag])), Qt.ItemDataRole.ForegroundRole
                )
        self.colour.setCurrentIndex(1)
        self.carrier.clear()
        self.carrier.addItem(self.tr("Carrier for the remark…"), None)
        for c in self.carriers:
            extra = f", +{yuan(c.extra_fen)}" if c.extra_fen else ""
            self.carrier.addItem(f"{c.name} ({c.speed}, {c.cost}{extra})", c.name)

    def checked(self) -> list[uuid.UUID]:
        return [
            o.order_id
            for i, o in enumerate(self.rows)
            if self.orders.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, order_ids: set[uuid.UUID]) -> None:
        for i, o in enumerate(self.rows):
            state = Qt.CheckState.Checked if o.order_id in order_ids else Qt.CheckState.Unchecked
            self.orders.item(i).setCheckState(state)

    @Slot(int)
    def _on_carrier_activated(self, index: int) -> None:
        name = self.carrier.itemData(index)
        if name:
            words = self.tr("Ship with %1").replace("%1", name)
            text = self.remark.text().strip()
            self.remark.setText(f"{text}，{words}" if text else words)

    @Slot()
    def _on_apply_clicked(self) -> None:
        ids = self.checked()
        if not ids:
            self.banner.error(self.tr("Tick at least one order."))
            return
        ctx, flag, remark = self.ctx, self.colour.currentData(), self.remark.text()

        def ok(changes: Changes) -> None:
            ctx.publish(changes, self)
            self.banner.info(self.tr("Flagged %n order(s).", "", len(ids)))
            self.reload()

        run_op(
            self,
            lambda: flag_orders(
                ctx.sessions, actor=ctx.actor, order_ids=ids, flag=flag, remark=remark
            ),
        ).on_success(ok).on_failure(lambda e: self.banner.error(presale_message(e))).start()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Flag orders for the warehouse"))
        labels = (self.tr("Flag"), self.tr("Carrier"), self.tr("Remark"))
        for lbl, text in zip(self._labels, labels, strict=True):
            lbl.setText(text)
        self.remark.setPlaceholderText(self.tr("What the warehouse must know, e.g. ship with SF"))
        self.apply_button.setText(self.tr("Flag the ticked orders"))
        if self.loaded:
            self._fill_combos()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
