"""The editing side of the list-and-form dialogs (return addresses, suppliers): a line saying
the agent may only look, the form, the message banner and New / Remove… / Save, with Ctrl+N,
Ctrl+S and Delete on the list; and the question asked before removing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from ui.ticket.banner import Banner


class EditPanel(QWidget):
    sig_new = Signal()
    sig_save = Signal()
    sig_remove = Signal()

    def __init__(self, prefix: str, form: QWidget, *, can_edit: bool, listing: QWidget,
                 parent: QWidget) -> None:  # fmt: skip
        super().__init__(parent)
        self.can_edit = can_edit
        self.caption = QLabel(self)
        self.caption.setObjectName(f"{prefix}ReadOnly")
        self.caption.setWordWrap(True)
        self.caption.setVisible(not can_edit)
        self.new_button = self._button(f"{prefix}New", self.sig_new)
        self.remove_button = self._button(f"{prefix}Remove", self.sig_remove)
        self.save_button = self._button(f"{prefix}Save", self.sig_save)
        self.save_button.setDefault(True)
        self.banner = Banner(f"{prefix}Banner", self)
        self.save_key = QShortcut(QKeySequence("Ctrl+S"), parent, self.sig_save.emit)
        self.new_key = QShortcut(QKeySequence("Ctrl+N"), parent, self.sig_new.emit)
        self.remove_key = QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete), listing, self.sig_remove.emit
        )
        self.remove_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.caption)
        col.addWidget(form)
        col.addStretch(1)
        col.addWidget(self.banner)
        col.addLayout(buttons)
        self.retranslate()

    def _button(self, name: str, signal: Signal) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(signal.emit)
        return button

    def update_state(self, *, editing: bool, can_save: bool = True) -> None:
        """Enable what applies: nothing for a reader; Remove only on a saved row."""
        self.save_button.setEnabled(self.can_edit and can_save)
        self.new_button.setEnabled(self.can_edit)
        self.remove_button.setEnabled(self.can_edit and editing)
        for key in (self.save_key, self.new_key, self.remove_key):
            key.setEnabled(self.can_edit)

    def retranslate(self) -> None:
        for button, text, key in (
            (self.new_button, self.tr("New"), self.new_key),
            (self.save_button, self.tr("Save"), self.save_key),
            (self.remove_button, self.tr("Remove…"), self.remove_key),
        ):
            button.setText(text)
            button.setToolTip(key.key().toString(QKeySequence.SequenceFormat.NativeText))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def ask_to_remove(parent: QWidget, name: str, title: str, text: str,
                  then: Callable[[], None]) -> QMessageBox:  # fmt: skip
    """Ask Yes / No (No by default) without blocking; ``then`` runs on Yes. The box is
    returned so the caller can keep it (and a test answer it)."""
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)

    def answered(_result: int) -> None:
        if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
            then()

    box.finished.connect(answered)
    box.open()
    return box
