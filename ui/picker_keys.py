"""The keys of the type-to-filter pickers (quick phrases, product knowledge): 1–9 takes that
row, Enter the current one, ↑↓ in the filter line move through the list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget

PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


def picker_key(
    watched: QObject,
    event: QEvent,
    query: QLineEdit,
    rows: QListWidget,
    choose: Callable[[int], bool],
) -> bool | None:
    """What a picker's event filter answers for ``event``; None when it is not a picker key
    (the filter then lets it through)."""
    if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
        return None
    key = event.key()
    if event.modifiers() in PLAIN and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
        return choose(key - Qt.Key.Key_1)
    if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        return choose(max(rows.currentRow(), 0))
    if watched is query and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
        step = 1 if key == Qt.Key.Key_Down else -1
        rows.setCurrentRow(min(max(rows.currentRow() + step, 0), rows.count() - 1))
        return True
    return None
