"""The buyer: who they are, and the tags every agent sees (added or removed in two keys)."""

from __future__ import annotations

import html
import uuid

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QMenu, QToolButton, QWidget

from app.models import TagKind
from app.queries.lookups import TagInfo
from app.queries.tickets import CustomerInfo
from ui.labels import label


def chips_html(customer: CustomerInfo) -> str:
    chips = []
    for tag in customer.tags:
        weight = "bold" if tag.kind == TagKind.RISK else "normal"
        chips.append(
            f"<span style='background:{tag.color};color:white;font-weight:{weight};'>"
            f"&nbsp;{html.escape(tag.name)}&nbsp;</span>"
        )
    none = html.escape(QCoreApplication.translate("CustomerBox", "no tags"))
    return "&nbsp;".join(chips) or f"<span style='color:#888'>{none}</span>"


class CustomerBox(QGroupBox):
    sig_tag = Signal(object, bool)
    """The agent chose a tag (its id) to add (True) or remove (False)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerBox")
        self.form = QFormLayout(self)
        self.form.setVerticalSpacing(3)
        self.name = QLabel(self)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ids = QLabel(self)
        self.ids.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tags = QLabel(self)
        self.tags.setObjectName("customerTags")
        self.tags.setTextFormat(Qt.TextFormat.RichText)
        self.tags.setWordWrap(True)
        self.tag_button = QToolButton(self)
        self.tag_button.setObjectName("tagButton")
        self.tag_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self)
        self.menu.setObjectName("tagMenu")
        self.tag_button.setMenu(self.menu)
        self.form.addRow("", self.name)
        self.form.addRow("", self.ids)
        self.form.addRow("", self.tags)
        self.form.addRow("", self.tag_button)
        self._customer: CustomerInfo | None = None
        self._all_tags: list[TagInfo] = []
        self.retranslate()

    def set_tag_choices(self, tags: list[TagInfo]) -> None:
        self._all_tags = tags
        self._fill_menu()

    def show_customer(self, customer: CustomerInfo) -> None:
        self._customer = customer
        self.name.setText(customer.nickname)
        phone = f" · {customer.phone_masked}" if customer.phone_masked else ""
        self.ids.setText(f"{customer.platform_buyer_id}{phone}")
        self.tags.setText(chips_html(customer))
        self._fill_menu()

    def open_tag_menu(self) -> None:
        self.tag_button.showMenu()

    def _fill_menu(self) -> None:
        self.menu.clear()
        have = set(self._customer.tag_ids) if self._customer else set()
        by_kind: dict[TagKind, list[TagInfo]] = {}
        for tag in self._all_tags:
            by_kind.setdefault(tag.kind, []).append(tag)
        n = 0
        for kind, tags in by_kind.items():
            self.menu.addSection(label(kind))
            for tag in tags:
                n += 1  # the first nine take a digit: Ctrl+T, then 1-9 (two keys)
                key = f"&{n} " if n <= 9 else "   "
                action = self.menu.addAction(key + tag.name.replace("&", "&&"))
                action.setCheckable(True)
                action.setChecked(tag.id in have)
                action.setObjectName(f"tag_{tag.id.hex}")
                action.triggered.connect(
                    lambda checked, t=tag.id: self._on_tag_triggered(t, checked)
                )

    @Slot()
    def _on_tag_triggered(self, tag_id: uuid.UUID, checked: bool) -> None:
        self.sig_tag.emit(tag_id, checked)

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("CustomerBox", "Buyer"))
        self.tag_button.setText(QCoreApplication.translate("CustomerBox", "Tags…"))
        if self._customer:
            self.tags.setText(chips_html(self._customer))
