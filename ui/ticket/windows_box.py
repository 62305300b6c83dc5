"""The platform windows on a ticket: countdowns, with the rule's explanation on hover."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from app import clock
from app.queries.tickets import WindowRow
from ui.labels import countdown, local
from ui.queue.model import CALM, urgency_color


def chinese() -> bool:
    return QLocale().language() == QLocale.Language.Chinese


def describe(w: WindowRow, now, tz: str) -> tuple[str, str]:  # noqa: ANN001
    """(rich text line, tooltip) for one window."""
    title = w.title_zh if chinese() else w.title
    ends = local(w.ends_at, tz, "MM-DD HH:mm")
    if w.met:
        state, color = QCoreApplication.translate("WindowsBox", "done"), CALM.name()
    elif w.party != "merchant":
        state, color = (
            QCoreApplication.translate("WindowsBox", "buyer's window, ends %1").replace("%1", ends),
            "#6b7280",
        )
    else:
        state, color = countdown(w.ends_at, now), urgency_color(w.ends_at, now).name()
    line = f"{html.escape(title)} · <span style='color:{color};font-weight:bold'>{html.escape(state)}</span>"
    tip = w.explanation_zh if chinese() else w.explanation
    if w.source == "platform":
        tip += "\n" + QCoreApplication.translate("WindowsBox", "Deadline reported by the platform.")
    if w.source == "extension" and w.local_ends_at is not None:
        line += (
            " <span style='color:#1d4ed8'>"
            + html.escape(QCoreApplication.translate("WindowsBox", "extended"))
            + "</span>"
        )
        tip += "\n" + QCoreApplication.translate(
            "WindowsBox", "Extended at the buyer's request; the rule table's end was %1."
        ).replace("%1", local(w.local_ends_at, tz, "MM-DD HH:mm"))
    if w.disagrees_with_local and w.local_ends_at is not None:
        line += " <span style='color:#b42318'>⚠</span>"
        tip += "\n" + QCoreApplication.translate(
            "WindowsBox", "The platform's deadline differs from the rule table (local: %1)."
        ).replace("%1", local(w.local_ends_at, tz, "MM-DD HH:mm"))
    return line, tip


class WindowsBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticketWindows")
        self._layout = QVBoxLayout(self)
        self._layout.setSpacing(2)
        self._windows: tuple[WindowRow, ...] = ()
        self._tz = "Asia/Shanghai"
        self.retranslate()

    def show_windows(self, windows: tuple[WindowRow, ...], tz: str) -> None:
        self._windows, self._tz = windows, tz
        self.setVisible(bool(windows))
        self.refresh()

    def refresh(self) -> None:
        while (item := self._layout.takeAt(0)) is not None:
            if item.widget():
                item.widget().deleteLater()
        now = clock.now()
        for w in self._windows:
            line, tip = describe(w, now, self._tz)
            label = QLabel(line, self)
            label.setObjectName(f"window_{w.rule_id}")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setToolTip(tip)
            self._layout.addWidget(label)

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("WindowsBox", "Platform deadlines"))
        self.refresh()
