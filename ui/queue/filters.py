"""The filter bar over the queue: kind, status, platform, assignee, tag and flag."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import QComboBox, QGridLayout, QPushButton, QWidget

from app.models import FlagColor, Platform, TicketKind, TicketStatus
from app.queries.lookups import AgentInfo, TagInfo
from app.queries.queue import QueueFilter
from ui.labels import label


class FilterBar(QWidget):
    sig_changed = Signal()
    """The agent changed a filter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queueFilter")
        self.kind = self._combo("filterKind")
        self.status = self._combo("filterStatus")
        self.platform = self._combo("filterPlatform")
        self.assignee = self._combo("filterAssignee")
        self.tag = self._combo("filterTag")
        self.flag = self._combo("filterFlag")
        self.clear = QPushButton(self)
        self.clear.setObjectName("filterClear")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4)
        for i, w in enumerate(
            (self.kind, self.status, self.platform, self.assignee, self.tag, self.flag)
        ):
            grid.addWidget(w, i // 3, i % 3)
        grid.addWidget(self.clear, 0, 3, 2, 1)
        self._agents: list[AgentInfo] = []
        self._tags: list[TagInfo] = []
        self.retranslate()
        self._connect_signals()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setMinimumContentsLength(6)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    def _connect_signals(self) -> None:
        for combo in (self.kind, self.status, self.platform, self.assignee, self.tag, self.flag):
            combo.currentIndexChanged.connect(self._on_combo_changed)
        self.clear.clicked.connect(self._on_clear_clicked)

    def set_choices(self, agents: list[AgentInfo], tags: list[TagInfo]) -> None:
        self._agents, self._tags = agents, tags
        self.retranslate()

    def retranslate(self) -> None:
        self._fill(self.kind, self.tr("All kinds"), [(label(k), k) for k in TicketKind])
        self._fill(self.status, self.tr("All statuses"), [(label(s), s) for s in TicketStatus])
        self._fill(self.platform, self.tr("All platforms"), [(label(p), p) for p in Platform])
        self._fill(self.assignee, self.tr("Anyone"), [(a.display_name, a.id) for a in self._agents])
        self._fill(self.tag, self.tr("Any tag"), [(t.name, t.id) for t in self._tags])
        flags = [(label(f), f) for f in FlagColor if f != FlagColor.NONE]
        self._fill(self.flag, self.tr("Any flag"), flags)
        self.clear.setText(self.tr("Clear"))
        self.clear.setToolTip(self.tr("Clear all filters"))

    def _fill(self, combo: QComboBox, everything: str, items: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for text, value in items:
            combo.addItem(text, value)
        found = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def apply(self, flt: QueueFilter) -> QueueFilter:
        """``flt`` with this bar's choices."""
        kind, status, platform = (
            self.kind.currentData(),
            self.status.currentData(),
            self.platform.currentData(),
        )
        return flt.with_(
            kinds=frozenset({kind}) if kind else frozenset(),
            statuses=frozenset({status}) if status else frozenset(),
            platforms=frozenset({platform}) if platform else frozenset(),
            assignee_id=self.assignee.currentData(),
            tag_id=self.tag.currentData(),
            flag=self.flag.currentData(),
        )

    def select(self, combo: QComboBox, value: Enum | object | None) -> None:
        """Choose ``value`` in one of the combos (for shortcuts and tests)."""
        combo.setCurrentIndex(max(combo.findData(value), 0))

    @Slot(int)
    def _on_combo_changed(self, _index: int) -> None:
        self.sig_changed.emit()

    @Slot()
    def _on_clear_clicked(self) -> None:
        for combo in (self.kind, self.status, self.platform, self.assignee, self.tag, self.flag):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.sig_changed.emit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
