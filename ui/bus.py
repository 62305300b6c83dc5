"""Publishes what each write changed, so panes refresh only what they show (Anki-style)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.services import Changes


class ChangeBus(QObject):
    sig_changed = Signal(object)
    """Emitted on the GUI thread after a write commits, with its :class:`Changes`."""

    sig_ticket_selected = Signal(object)
    """The current ticket changed (a UUID, or None when nothing is selected)."""

    def publish(self, changes: Changes, initiator: object | None = None) -> None:
        changes.initiator = initiator
        self.sig_changed.emit(changes)
