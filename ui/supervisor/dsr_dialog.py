"""Entering the DSR the platform shows for a period (the shop's, or one product's)."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from app import clock
from app.queries.lookups import ShopInfo, shops
from app.services.dsr import enter_dsr
from ui.context import AppContext
from ui.errors import message_for
from ui.ops import run_op
from ui.ticket.banner import Banner


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DsrDialog(QDialog):
    sig_saved = Signal()
    """An entry was saved."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dsrDialog")
        self.ctx = ctx
        self.shop = QComboBox(self)
        self.shop.setObjectName("dsrShop")
        self.product_id = QLineEdit(self)
        self.product_id.setObjectName("dsrProductId")
        self.product_id.setPlaceholderText(self.tr("Empty: the shop's own rating"))
        self.product_title = QLineEdit(self)
        self.product_title.setObjectName("dsrProductTitle")
        today = clock.now().in_timezone("Asia/Shanghai").date()
        self.first = QDateEdit(_qdate(today - dt.timedelta(days=29)), self)
        self.first.setObjectName("dsrFirst")
        self.last = QDateEdit(_qdate(today), self)
        self.last.setObjectName("dsrLast")
        self.scores = {}
        for key in ("describe", "service", "logistics"):
            box = QDoubleSpinBox(self)
            box.setObjectName(f"dsr_{key}")
            box.setDecimals(3)
            box.setRange(1.0, 5.0)
            box.setSingleStep(0.01)
            box.setValue(4.8)
            self.scores[key] = box
        self.note = QLineEdit(self)
        self.note.setObjectName("dsrNote")
        self.banner = Banner("dsrBanner", self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save.setObjectName("dsrSave")
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Shop:"), self.shop)
        form.addRow(self.tr("Product id:"), self.product_id)
        form.addRow(self.tr("Product:"), self.product_title)
        form.addRow(self.tr("From:"), self.first)
        form.addRow(self.tr("To:"), self.last)
        form.addRow(self.tr("Item as described:"), self.scores["describe"])
        form.addRow(self.tr("Service:"), self.scores["service"])
        form.addRow(self.tr("Logistics:"), self.scores["logistics"])
        form.addRow(self.tr("Note:"), self.note)
        form.addRow(self.banner)
        form.addRow(buttons)
        self.setWindowTitle(self.tr("Enter DSR"))
        run_op(self, lambda: shops(ctx.sessions)).on_success(self._show_shops).start()

    def _show_shops(self, found: list[ShopInfo]) -> None:
        for shop in found:
            self.shop.addItem(shop.name, shop.id.hex)

    @staticmethod
    def _day(date: QDate) -> str:
        return dt.date(date.year(), date.month(), date.day()).isoformat()

    @Slot()
    def _on_save(self) -> None:
        raw, ctx = self.shop.currentData(), self.ctx
        if not raw:
            return
        values = {k: round(box.value() * 1000) for k, box in self.scores.items()}
        args = {
            "shop_id": uuid.UUID(raw),
            "period_start": self._day(self.first.date()),
            "period_end": self._day(self.last.date()),
            "describe_milli": values["describe"],
            "service_milli": values["service"],
            "logistics_milli": values["logistics"],
            "product_id": self.product_id.text(),
            "product_title": self.product_title.text(),
            "note": self.note.text(),
        }

        def done(_changes) -> None:  # noqa: ANN001
            self.sig_saved.emit()
            self.accept()

        run_op(self, lambda: enter_dsr(ctx.sessions, actor=ctx.actor, **args)).on_success(
            done
        ).on_failure(lambda exc: self.banner.error(message_for(exc))).start()
