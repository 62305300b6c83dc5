"""The sync status in the status bar (``syncStatus``): online or offline, how many changes
wait to be sent, when the last sync finished, and conflicts waiting for the agent. A click
opens its menu: sync now, the conflicts list."""

from __future__ import annotations

import pendulum
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from ui.sync.runner import SyncState


class SyncStatus(QToolButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setAutoRaise(True)
        self.menu_ = QMenu(self)
        self.setMenu(self.menu_)
        self._state = SyncState(None, False, 0, 0, "")
        self.server = ""  # the team server's address, for the tooltip
        self.show_state(self._state)

    def add_actions(self, *actions) -> None:  # noqa: ANN002
        for action in actions:
            self.menu_.addAction(action)

    def show_state(self, state: SyncState) -> None:
        self._state = state
        parts = [self._where(state)]
        if state.pending:
            parts.append(self.tr("%n to send", "", state.pending))
        if state.conflicts:
            parts.append(self.tr("%n conflict(s)", "", state.conflicts))
        if state.last_synced:
            local = pendulum.parse(state.last_synced).in_timezone(pendulum.local_timezone())
            parts.append(self.tr("synced %1").replace("%1", local.format("HH:mm")))
        self.setText(" · ".join(parts))
        files = (self.tr("%n evidence file(s) still to travel", "", state.files_waiting)
                 if state.files_waiting else "")  # fmt: skip
        tip = (self.server, state.message or self.text(), files)
        self.setToolTip("\n".join(t for t in tip if t))
        colour = "#c62828" if state.conflicts or state.problem == "unauthorized" else (
            "#9e9e9e" if state.online is False else "#2e7d32"
        )  # fmt: skip
        self.setStyleSheet(f"QToolButton#syncStatus {{ color: {colour}; }}")

    def _where(self, state: SyncState) -> str:
        if state.busy:
            return self.tr("Syncing…")
        if state.problem == "unauthorized":
            return self.tr("Log in again")
        if state.online is False:
            return self.tr("Offline")
        if state.online is None:
            return self.tr("Connecting…")
        return self.tr("Online")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.show_state(self._state)
        super().changeEvent(event)
