"""A ticket's story, one line per event, newest last."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from app.models import Priority, TicketKind, TicketStatus
from app.queries.tickets import EventRow
from ui.labels import label, local


def _reason(code: str) -> str:
    """Reasons the services give by code; an agent's own words pass through."""
    known = {
        "first_reply": QCoreApplication.translate("Timeline", "first reply"),
        "buyer_wrote": QCoreApplication.translate("Timeline", "the buyer wrote"),
    }
    return known.get(code, code)


def describe(event: EventRow) -> str:
    d = event.data
    match event.kind:
        case "created":
            return QCoreApplication.translate("Timeline", "opened the ticket (%1)").replace(
                "%1", label(TicketKind(d["kind"])) if d.get("kind") else ""
            )
        case "status":
            text = (
                QCoreApplication.translate("Timeline", "status %1 → %2")
                .replace("%1", label(TicketStatus(d["before"])))
                .replace("%2", label(TicketStatus(d["after"])))
            )
            reason = d.get("reason") or ""
            return text + (f" ({_reason(reason)})" if reason else "")
        case "assigned":
            return (
                QCoreApplication.translate("Timeline", "changed the assignee")
                if d.get("after")
                else QCoreApplication.translate("Timeline", "unassigned the ticket")
            )
        case "priority":
            return QCoreApplication.translate("Timeline", "priority %1").replace(
                "%1", label(Priority(d["after"]))
            )
        case "reply":
            return QCoreApplication.translate("Timeline", "replied: %1").replace(
                "%1", d.get("excerpt", "")
            )
        case "note":
            return QCoreApplication.translate("Timeline", "noted: %1").replace(
                "%1", d.get("excerpt", "")
            )
        case "buyer":
            return QCoreApplication.translate("Timeline", "buyer wrote: %1").replace(
                "%1", d.get("excerpt", "")
            )
    return event.kind


class Timeline(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticketTimeline")
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self._events: tuple[EventRow, ...] = ()
        self._tz = "Asia/Shanghai"

    def show_events(self, events: tuple[EventRow, ...], tz: str) -> None:
        self._events, self._tz = events, tz
        self.retranslate()

    def retranslate(self) -> None:
        self.clear()
        for event in self._events:
            who = event.actor or QCoreApplication.translate("Timeline", "system")
            item = QListWidgetItem(f"{local(event.at, self._tz)}  {who}  {describe(event)}")
            item.setToolTip(local(event.at, self._tz, "YYYY-MM-DD HH:mm:ss"))
            self.addItem(item)
        self.scrollToBottom()
