"""The fields of one return address: warehouse, contact, phone, the four parts of the place and
"make it the shop's default". The warehouse names the address, so it is fixed while an
existing address is edited (a new one is added with New)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QWidget

from app.queries.return_addresses import AddressRow
from app.services.return_addresses import PARTS

FIELDS = ("warehouse", *PARTS)


class ReturnAddressForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returnAddressForm")
        self.lines = {name: QLineEdit(self) for name in FIELDS}
        for name, edit in self.lines.items():
            edit.setObjectName(f"returnAddress_{name}")
        self.make_default = QCheckBox(self)
        self.make_default.setObjectName("returnAddressDefault")
        self.labels = {name: QLabel(self) for name in FIELDS}
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for name in FIELDS:
            self.labels[name].setBuddy(self.lines[name])
            layout.addRow(self.labels[name], self.lines[name])
        layout.addRow("", self.make_default)
        self.editable = True
        self.existing = False  # an existing address is loaded
        self.already_default = False
        self.retranslate()

    def part_name(self, part: str) -> str:
        """A part's name as the form shows it, for "… missing"."""
        return {
            "warehouse": self.tr("Warehouse"),
            "contact_name": self.tr("Contact name"),
            "phone": self.tr("Phone"),
            "province": self.tr("Province"),
            "city": self.tr("City"),
            "district": self.tr("District"),
            "street": self.tr("Street address"),
        }[part]

    def values(self) -> dict[str, str]:
        return {name: edit.text() for name, edit in self.lines.items()}

    def load(self, row: AddressRow) -> None:
        for name, value in row.values().items():
            self.lines[name].setText(value)
        self.existing, self.already_default = True, row.is_default
        self.make_default.setChecked(row.is_default)
        self._update_state()

    def clear(self, *, first: bool) -> None:
        """An empty form for a new address; ``first``: the shop has none yet, so it will be
        the default whatever the box says."""
        for edit in self.lines.values():
            edit.clear()
        self.existing, self.already_default = False, first
        self.make_default.setChecked(first)
        self._update_state()

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self._update_state()

    def _update_state(self) -> None:
        for name, edit in self.lines.items():
            edit.setEnabled(self.editable and not (name == "warehouse" and self.existing))
        self.make_default.setEnabled(self.editable and not self.already_default)

    def retranslate(self) -> None:
        for name, lbl in self.labels.items():
            lbl.setText(self.part_name(name))
        self.lines["warehouse"].setPlaceholderText(self.tr("Empty: the whole shop"))
        self.lines["warehouse"].setToolTip(
            self.tr("The warehouse names the address; to change it, add a new address.")
        )
        self.lines["phone"].setPlaceholderText(self.tr("e.g. 0571-88886666"))
        self.make_default.setText(self.tr("Make this the shop's default address"))
        self.make_default.setToolTip(
            self.tr(
                "The return script uses the default when the item's warehouse has no "
                "address of its own."
            )
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
