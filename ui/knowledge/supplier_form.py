"""The form of one supplier: its shop, name, contacts, its time to answer, a note and the SKUs
it supplies (one per line, or separated by commas)."""

from __future__ import annotations

import re
import uuid

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.queries.suppliers import SupplierInfo

LINES = ("name", "contact_name", "phone", "im")
MIN_HOURS, MAX_HOURS, DEFAULT_HOURS = 1, 720, 48
_SEPARATORS = re.compile(r"[\n,，;；、]+")


def split_skus(text: str) -> list[str]:
    """The SKUs typed in the box, in their order, each once."""
    return list(dict.fromkeys(k.strip() for k in _SEPARATORS.split(text) if k.strip()))


class SupplierForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supplierForm")
        self.shop = QComboBox(self)
        self.shop.setObjectName("supplierShop")
        self.lines = {n: QLineEdit(self) for n in LINES}
        for name, edit in self.lines.items():
            edit.setObjectName(f"supplier_{name}")
        self.hours = QSpinBox(self)
        self.hours.setObjectName("supplierAnswerHours")
        self.hours.setRange(MIN_HOURS, MAX_HOURS)
        self.hours.setValue(DEFAULT_HOURS)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("supplierNote")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(64)
        self.skus = QPlainTextEdit(self)
        self.skus.setObjectName("supplierSkus")
        self.skus.setTabChangesFocus(True)
        fields: list[tuple[str, QWidget]] = [
            ("shop", self.shop),
            *self.lines.items(),
            ("answer_hours", self.hours),
            ("note", self.note),
            ("skus", self.skus),
        ]
        self._labels: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for name, widget in fields:
            self._labels[name] = QLabel(self)
            self._labels[name].setBuddy(widget)
            form.addRow(self._labels[name], widget)
        self.retranslate()

    @property
    def shop_id(self) -> uuid.UUID | None:
        return self.shop.currentData()

    def set_shops(self, rows: list[tuple[uuid.UUID, str, bool]]) -> None:
        keep = self.shop_id
        self.shop.blockSignals(True)
        self.shop.clear()
        for sid, name, closed in rows:
            self.shop.addItem(name + (self.tr(" (closed)") if closed else ""), sid)
        self.shop.blockSignals(False)
        if keep is not None:
            self.select_shop(keep)

    def select_shop(self, shop_id: uuid.UUID) -> None:
        for i in range(self.shop.count()):
            if self.shop.itemData(i) == shop_id:
                self.shop.setCurrentIndex(i)

    def values(self) -> dict[str, object]:
        out: dict[str, object] = {n: e.text() for n, e in self.lines.items()}
        out["note"] = self.note.toPlainText()
        out["answer_hours"] = self.hours.value()
        return out

    def sku_list(self) -> list[str]:
        return split_skus(self.skus.toPlainText())

    def fill(self, info: SupplierInfo) -> None:
        self.select_shop(info.shop_id)
        for name, edit in self.lines.items():
            edit.setText(getattr(info, name))
        self.hours.setValue(info.answer_hours)
        self.note.setPlainText(info.note)
        self.skus.setPlainText("\n".join(info.skus))

    def clear(self) -> None:
        for edit in self.lines.values():
            edit.clear()
        self.hours.setValue(DEFAULT_HOURS)
        self.note.clear()
        self.skus.clear()

    def set_editable(self, editable: bool, *, new: bool) -> None:
        """Read-only for those who may not change suppliers; the shop is chosen only for a
        new supplier."""
        self.shop.setEnabled(editable and new)
        for edit in self.lines.values():
            edit.setReadOnly(not editable)
        self.hours.setReadOnly(not editable)
        self.note.setReadOnly(not editable)
        self.skus.setReadOnly(not editable)

    def retranslate(self) -> None:
        names = {
            "shop": self.tr("Shop"),
            "name": self.tr("Supplier name"),
            "contact_name": self.tr("Contact person"),
            "phone": self.tr("Phone"),
            "im": self.tr("Other contact"),
            "answer_hours": self.tr("Hours to answer"),
            "note": self.tr("Note"),
            "skus": self.tr("Supplied SKUs"),
        }
        for name, label in self._labels.items():
            label.setText(names[name])
        self.lines["im"].setPlaceholderText(self.tr("WeChat, QQ or e-mail"))
        self.hours.setSuffix(self.tr(" h"))
        self.skus.setPlaceholderText(self.tr("One SKU per line, or separated by commas"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
