"""A ticket's story, one line per event, newest last."""

from __future__ import annotations

import pendulum
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from app.models import Priority, TicketKind, TicketStatus
from app.queries.tickets import EventRow
from ui.labels import label, local, yuan


def _reason(code: str) -> str:
    """Reasons the services give by code; an agent's own words pass through."""
    known = {
        "first_reply": QCoreApplication.translate("Timeline", "first reply"),
        "buyer_wrote": QCoreApplication.translate("Timeline", "the buyer wrote"),
        "awaiting_approval": QCoreApplication.translate("Timeline", "waiting for approval"),
        "compensation_approved": QCoreApplication.translate("Timeline", "compensation approved"),
        "compensation_refused": QCoreApplication.translate("Timeline", "compensation refused"),
        "workflow": QCoreApplication.translate("Timeline", "by the procedure"),
    }
    return known.get(code, code)


_N = QT_TRANSLATE_NOOP
RECORDS = {
    "refund": _N("Timeline", "refund"),
    "return_shipment": _N("Timeline", "return parcel"),
    "exchange": _N("Timeline", "exchange"),
    "reship": _N("Timeline", "reship"),
    "compensation": _N("Timeline", "compensation"),
    "follow_up": _N("Timeline", "follow-up"),
    "carrier_claim": _N("Timeline", "carrier claim"),
    "weight_check": _N("Timeline", "weight check"),
    "appeal": _N("Timeline", "appeal"),
}
EVENTS = {
    "opened": _N("Timeline", "opened"),
    "registered": _N("Timeline", "registered"),
    "requested": _N("Timeline", "requested"),
    "approved": _N("Timeline", "approved"),
    "refused": _N("Timeline", "refused"),
    "paid": _N("Timeline", "paid"),
    "agreed": _N("Timeline", "agreed"),
    "shipped": _N("Timeline", "shipped"),
    "shipped_back": _N("Timeline", "shipped back"),
    "received": _N("Timeline", "received"),
    "inspected": _N("Timeline", "inspected"),
    "refunded": _N("Timeline", "refunded"),
    "finance_confirmed": _N("Timeline", "confirmed by finance"),
    "filed": _N("Timeline", "filed"),
    "rejected": _N("Timeline", "rejected"),
    "done": _N("Timeline", "done"),
    "sent": _N("Timeline", "sent"),
    "recorded": _N("Timeline", "recorded"),
    "rescheduled": _N("Timeline", "rescheduled"),
    "negotiating": _N("Timeline", "negotiating"),
    "won": _N("Timeline", "won"),
    "lost": _N("Timeline", "lost"),
    "withdrawn": _N("Timeline", "withdrawn"),
    "cancelled": _N("Timeline", "cancelled"),
}


def _word(table: dict[str, str], key: str) -> str:
    return QCoreApplication.translate("Timeline", table[key]) if key in table else key


def _remedy(d: dict) -> str:
    text = f"{_word(RECORDS, d.get('record', ''))} {_word(EVENTS, d.get('event', ''))}"
    if isinstance(d.get("amount_fen"), int):
        text += f" {yuan(d['amount_fen'])}"
    extra = " ".join(str(d[k]) for k in ("carrier", "tracking_no", "reason", "finding") if d.get(k))
    return f"{text} {extra}".strip()


def _workflow(d: dict) -> str:
    script = d.get("script", "")
    return {
        "started": QCoreApplication.translate("Timeline", "started the procedure %1").replace(
            "%1", script
        ),
        "handoff": QCoreApplication.translate("Timeline", "continued in the procedure %1").replace(
            "%1", d.get("to", "")
        ),
        "waiting": QCoreApplication.translate("Timeline", "waiting for a supervisor's approval"),
        "approved": QCoreApplication.translate("Timeline", "the supervisor approved"),
        "refused": QCoreApplication.translate("Timeline", "the supervisor refused"),
        "ended": QCoreApplication.translate("Timeline", "procedure finished: %1").replace(
            "%1", d.get("outcome", "")
        ),
        "abandoned": QCoreApplication.translate("Timeline", "procedure abandoned %1").replace(
            "%1", d.get("reason", "")
        ),
    }.get(d.get("event", ""), script)


def _supplier(kind: str, d: dict, tz: str) -> str | None:
    """The supplier after-sale's steps: passed on, answered, done."""
    if kind == "supplier_sent":
        due = pendulum.parse(d["due_at"]) if d.get("due_at") else None
        return (
            QCoreApplication.translate("Timeline", "passed %1 to the supplier %2, answer due %3")
            .replace("%1", d.get("sku", ""))
            .replace("%2", d.get("supplier", ""))
            .replace("%3", local(due, tz))
        )
    if kind == "supplier_answered":
        if d.get("status") == "accepted":
            text = QCoreApplication.translate("Timeline", "the supplier accepted the after-sale")
        else:
            text = QCoreApplication.translate("Timeline", "the supplier refused: %1").replace(
                "%1", d.get("refusal", "")
            )
        late = QCoreApplication.translate("Timeline", "(answered late)")
        return f"{text} {late}" if d.get("late") else text
    if kind == "supplier_done":
        text = (
            QCoreApplication.translate("Timeline", "supplier refusal closed, the shop pays")
            if d.get("shop_pays")
            else QCoreApplication.translate("Timeline", "supplier after-sale done")
        )
        return f"{text}: {d['note']}" if d.get("note") else text
    return None


def _other(kind: str, d: dict) -> str | None:
    if kind == "evidence":
        return QCoreApplication.translate(
            "Timeline", "added %n evidence file(s)", "", len(d.get("ids") or d.get("files") or [])
        )
    if kind == "feedback":
        return QCoreApplication.translate("Timeline", "passed on to operations: %1").replace(
            "%1", d.get("excerpt", "")
        )
    if kind == "extension_requested":
        return QCoreApplication.translate(
            "Timeline", "buyer asked for more time to return (until %1)"
        ).replace("%1", (d.get("until") or "")[:10])
    if kind == "extension_decided":
        if d.get("status") == "granted":
            return QCoreApplication.translate(
                "Timeline", "granted more time to return (until %1)"
            ).replace("%1", (d.get("until") or "")[:10])
        return QCoreApplication.translate("Timeline", "refused more time to return")
    if kind == "order" and d.get("event") == "shipped":
        return (
            QCoreApplication.translate("Timeline", "order shipped %1 %2")
            .replace("%1", d.get("carrier", ""))
            .replace("%2", d.get("tracking_no", ""))
        )
    if kind == "order" and d.get("event") == "cancelled":
        return QCoreApplication.translate("Timeline", "order cancelled %1").replace(
            "%1", d.get("reason", "")
        )
    return None


def describe(event: EventRow, tz: str = "Asia/Shanghai") -> str:
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
    if event.kind == "remedy":
        return _remedy(d)
    if event.kind == "workflow":
        return _workflow(d)
    if event.kind.startswith("supplier_"):
        return _supplier(event.kind, d, tz) or event.kind
    return _other(event.kind, d) or event.kind


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
            item = QListWidgetItem(
                f"{local(event.at, self._tz)}  {who}  {describe(event, self._tz)}"
            )
            item.setToolTip(local(event.at, self._tz, "YYYY-MM-DD HH:mm:ss"))
            self.addItem(item)
        self.scrollToBottom()
