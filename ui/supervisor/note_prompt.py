"""A small window-modal prompt for one required text (a reason, a note): OK stays off while
the text is empty; ``sig_text`` carries the text when it is accepted."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class NotePrompt(QDialog):
    sig_text = Signal(str)
    """The text, trimmed, once the prompt is accepted."""

    def __init__(
        self, title: str, question: str, text: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("notePrompt")
        self.setWindowTitle(title)
        self.question = QLabel(question, self)
        self.question.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("notePromptText")
        self.text.setTabChangesFocus(True)
        self.text.setPlainText(text)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(self._on_text_changed)
        self._on_text_changed()
        self.resize(440, 220)

    @property
    def ok_button(self):  # noqa: ANN201
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    @Slot()
    def _on_text_changed(self) -> None:
        self.ok_button.setEnabled(bool(self.text.toPlainText().strip()))

    def accept(self) -> None:
        words = self.text.toPlainText().strip()
        if not words:
            return
        super().accept()
        self.sig_text.emit(words)
