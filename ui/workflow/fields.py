"""Editors for a step's input fields, one per field type, each with a way to read its value."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pendulum
from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

if TYPE_CHECKING:
    from app.workflows.views import FieldView

SHOP_TZ = "Asia/Shanghai"


def chinese() -> bool:
    return QLocale().language() == QLocale.Language.Chinese


def text_of(en: str, zh: str) -> str:
    return (zh or en) if chinese() else (en or zh)


@dataclass
class Editor:
    field: FieldView
    widget: QWidget
    read: Callable[[], Any]


class FilesPicker(QWidget):
    """Pick evidence files; they are stored by the panel when the step is answered."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths: list[str] = []
        self.button = QPushButton(self.tr("Choose files…"), self)
        self.label = QLabel(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button)
        row.addWidget(self.label, 1)
        self.button.clicked.connect(self._choose)

    def _choose(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Evidence files"))
        if paths:
            self.set_paths(paths)

    def set_paths(self, paths: list[str]) -> None:
        self.paths = list(paths)
        self.label.setText(self.tr("%n file(s)", "", len(self.paths)))


def make_editor(f: FieldView, parent: QWidget, item_choices: list[tuple[str, str]]) -> Editor:
    w: QWidget
    read: Callable[[], Any]
    if f.type in ("text", "tracking", "carrier", "money"):
        edit = QLineEdit(parent)
        if f.value not in (None, ""):
            edit.setText(
                f"{f.value / 100:.2f}"
                if f.type == "money" and isinstance(f.value, int)
                else str(f.value)
            )
        if f.type == "money":
            edit.setPlaceholderText("0.00")
        w, read = edit, lambda: edit.text().strip()
    elif f.type in ("long_text", "lines"):
        box = QPlainTextEdit(parent)
        box.setMaximumHeight(80)
        value = f.value or ""
        box.setPlainText("\n".join(value) if isinstance(value, list) else str(value))
        w, read = (
            box,
            (lambda: box.toPlainText().splitlines()) if f.type == "lines" else box.toPlainText,
        )
    elif f.type in ("weight", "number"):
        spin = QSpinBox(parent)
        spin.setRange(0, 10_000_000)
        spin.setValue(int(f.value or 0))
        if f.type == "weight":
            spin.setSuffix(" g")
        w, read = spin, lambda: spin.value() or None
    elif f.type in ("choice", "item"):
        combo = QComboBox(parent)
        options = (
            [(o.id, text_of(o.label, o.label_zh)) for o in f.options]
            if f.type == "choice"
            else item_choices
        )
        for value, text in options:
            combo.addItem(text, value)
        if f.value is not None:
            combo.setCurrentIndex(max(combo.findData(str(f.value)), 0))
        w, read = combo, combo.currentData
    elif f.type == "bool":
        check = QCheckBox(parent)
        check.setChecked(bool(f.value))
        w, read = check, check.isChecked
    elif f.type == "datetime":
        when = QDateTimeEdit(parent)
        when.setCalendarPopup(True)
        when.setDisplayFormat("yyyy-MM-dd HH:mm")
        start = pendulum.parse(f.value).in_timezone(SHOP_TZ) if f.value else pendulum.now(SHOP_TZ)
        when.setDateTime(
            QDateTime.fromString(start.format("YYYY-MM-DDTHH:mm:ss"), Qt.DateFormat.ISODate)
        )
        w, read = (
            when,
            lambda: pendulum.parse(
                when.dateTime().toString(Qt.DateFormat.ISODate), tz=SHOP_TZ
            ).isoformat(),
        )
    else:  # files
        picker = FilesPicker(parent)
        w, read = picker, lambda: list(picker.paths)
    w.setObjectName(f"workflowField_{f.name}")
    w.setToolTip(text_of(f.hint, f.hint_zh))
    return Editor(f, w, read)
