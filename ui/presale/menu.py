"""The Pre-sale menu: every pre-sale action, retranslated with the language."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from ui.actions import ActionId

GROUPS = (
    (ActionId.QUICK_PHRASES, ActionId.MANAGE_PHRASES),
    (ActionId.PAYMENT_REMINDERS, ActionId.CHANGE_PRICE, ActionId.FLAG_ORDERS, ActionId.CARRIERS),
    (ActionId.BUYER_HISTORY, ActionId.TAGS_GROUPS),
    (ActionId.FEEDBACK, ActionId.FEEDBACK_LIST),
    (ActionId.PRESALE_SETTINGS,),
)


class PresaleMenu(QMenu):
    def __init__(self, actions: dict[ActionId, QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presaleMenu")
        for group in GROUPS:
            if not self.isEmpty():
                self.addSeparator()
            for action_id in group:
                if action_id in actions:
                    self.addAction(actions[action_id])
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Pre-sale"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
