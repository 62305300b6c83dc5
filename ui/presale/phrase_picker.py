"""The quick-phrase picker: type to filter (Chinese text or pinyin initials: "fh" finds
发货), 1-9 or Enter inserts, the most used phrases first. The library is loaded once when the
picker opens; filtering is an in-memory match over the initials saved with each phrase."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.queries.phrases import PhraseRow
from app.services.phrase_text import PhraseIndex
from ui.picker_keys import picker_key

SHOWN = 50
PREVIEW = 60


class PhrasePicker(QDialog):
    sig_chosen = Signal(object)
    """The agent chose a phrase (a PhraseRow)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phrasePicker")
        self.resize(560, 420)
        self.query = QLineEdit(self)
        self.query.setObjectName("phraseFilter")
        self.query.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setObjectName("phraseList")
        self.list.setWordWrap(True)
        self.hint = QLabel(self)
        self.hint.setObjectName("phraseHint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        self._index: PhraseIndex[PhraseRow] = PhraseIndex([])
        self.shown: list[PhraseRow] = []
        self.query.installEventFilter(self)
        self.list.installEventFilter(self)
        self._connect_signals()
        self.retranslate()

    def _connect_signals(self) -> None:
        self.query.textChanged.connect(self._on_query_text_changed)
        self.list.itemActivated.connect(self._on_list_item_activated)

    def set_phrases(self, phrases: list[PhraseRow]) -> None:
        self._index = PhraseIndex(phrases)  # once: each keystroke filters in memory
        self.refilter()

    def refilter(self) -> None:
        self.shown = self._index.filter(self.query.text(), SHOWN)
        self.list.clear()
        for n, phrase in enumerate(self.shown, start=1):
            key = f"{n}. " if n <= 9 else "    "
            body = phrase.body.replace("\n", " ")
            body = body if len(body) <= PREVIEW else body[:PREVIEW] + "…"
            mark = "★ " if phrase.personal else ""
            item = QListWidgetItem(f"{key}{mark}【{phrase.group or '—'}】{phrase.title}\n{body}")
            item.setToolTip(phrase.body)
            self.list.addItem(item)
        if self.shown:
            self.list.setCurrentRow(0)

    def choose(self, index: int) -> bool:
        """Insert the phrase in row ``index`` (0-based); False when there is none."""
        if not 0 <= index < len(self.shown):
            return False
        self.sig_chosen.emit(self.shown[index])
        self.accept()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        taken = picker_key(watched, event, self.query, self.list, self.choose)
        return super().eventFilter(watched, event) if taken is None else taken

    @Slot(str)
    def _on_query_text_changed(self, _text: str) -> None:
        self.refilter()

    @Slot(QListWidgetItem)
    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        self.choose(self.list.row(item))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Quick phrases"))
        self.query.setPlaceholderText(self.tr("Filter: words or pinyin initials (fh = 发货)"))
        self.hint.setText(
            self.tr("1–9 or Enter inserts · ↑↓ choose · Esc closes · ★ your own phrases")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
