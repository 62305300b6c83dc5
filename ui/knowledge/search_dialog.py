"""Product knowledge search, opened from any ticket (Ctrl+K): type to filter (Chinese text
or pinyin initials: "dsm" finds 掉色吗), the ticket's own products first (marked ●). The
right side shows the chosen entry; 1-9 or Enter inserts the hit's words (the matching answer
or section) into the reply editor. The entries are loaded once when the dialog opens;
filtering is an in-memory match over the initials saved with each entry."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.queries.product_knowledge import KnowledgeRow
from app.services.knowledge_text import FIELDS, Hit, KnowledgeIndex
from ui.knowledge.sections import section_label
from ui.picker_keys import picker_key

SHOWN = 50
PREVIEW = 50


class KnowledgeSearch(QDialog):
    sig_chosen = Signal(str)
    """The agent chose words to insert into the reply."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("knowledgeSearch")
        self.resize(860, 480)
        self.query = QLineEdit(self)
        self.query.setObjectName("knowledgeFilter")
        self.query.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setObjectName("knowledgeList")
        self.list.setWordWrap(True)
        self.detail = QTextBrowser(self)
        self.detail.setObjectName("knowledgeDetail")
        self.hint = QLabel(self)
        self.hint.setObjectName("knowledgeHint")
        row = QHBoxLayout()
        row.addWidget(self.list, 3)
        row.addWidget(self.detail, 4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addLayout(row, 1)
        layout.addWidget(self.hint)
        self._index: KnowledgeIndex[KnowledgeRow] = KnowledgeIndex([])
        self.shown: list[Hit] = []
        self.query.installEventFilter(self)
        self.list.installEventFilter(self)
        self._connect_signals()
        self.retranslate()

    def _connect_signals(self) -> None:
        self.query.textChanged.connect(self._on_query_text_changed)
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)

    def set_entries(
        self, entries: list[KnowledgeRow], *, skus: frozenset[str], products: frozenset[str]
    ) -> None:
        self._index = KnowledgeIndex(entries, skus=skus, products=products)
        self.refilter()

    def refilter(self) -> None:
        self.shown = self._index.filter(self.query.text(), SHOWN)
        self.list.clear()
        for n, hit in enumerate(self.shown, start=1):
            key = f"{n}. " if n <= 9 else "    "
            mark = "● " if hit.mine else ""
            words = hit.text.replace("\n", " ")
            words = words if len(words) <= PREVIEW else words[:PREVIEW] + "…"
            sku = f" · {hit.entry.sku}" if hit.entry.sku else ""
            where = section_label(hit.section) if hit.section else ""
            item = QListWidgetItem(f"{key}{mark}{hit.entry.title}{sku}\n【{where}】{words}")
            item.setToolTip(hit.text)
            self.list.addItem(item)
        if self.shown:
            self.list.setCurrentRow(0)
        else:
            self.detail.clear()
            self.hint.setText(self.tr("Nothing found. Esc closes."))

    def show_entry(self, row: int) -> None:
        if not 0 <= row < len(self.shown):
            self.detail.clear()
            return
        hit = self.shown[row]
        e = hit.entry
        parts = [f"<h3>{_esc(e.title)}</h3>"]
        if e.sku:
            parts.append(f"<p>SKU {_esc(e.sku)}</p>")
        for name in FIELDS:
            text = e.section(name)
            if text:
                body = _esc(text).replace("\n", "<br>")
                parts.append(f"<p><b>{_esc(section_label(name))}</b><br>{body}</p>")
        self.detail.setHtml("".join(parts))
        self._show_hint()

    def choose(self, index: int) -> bool:
        """Insert the words of the hit in row ``index`` (0-based); False when there is none."""
        if not 0 <= index < len(self.shown) or not self.shown[index].text:
            return False
        self.sig_chosen.emit(self.shown[index].text)
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

    @Slot(int)
    def _on_list_current_row_changed(self, row: int) -> None:
        self.show_entry(row)

    def _show_hint(self) -> None:
        self.hint.setText(
            self.tr("1–9 or Enter inserts · ↑↓ choose · Esc closes · ● this ticket's products")
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Product knowledge"))
        self.query.setPlaceholderText(
            self.tr("Search products: words or pinyin initials (dsm = 掉色吗)")
        )
        self._show_hint()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
