"""How a supplier after-sale request reads in the ticket pane: one line with the supplier,
the SKU, the status and the answer's deadline (or the refusal), and a tooltip with the item,
the supplier's contact and what the shop asked for."""

from __future__ import annotations

from pendulum import DateTime
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.models import SupplierRequestStatus
from app.queries.suppliers import RequestRow
from ui.labels import local

S = SupplierRequestStatus
OVERDUE = "#b42318"
STATUS = {
    S.SENT: QT_TRANSLATE_NOOP("SupplierBox", "sent"),
    S.ACCEPTED: QT_TRANSLATE_NOOP("SupplierBox", "accepted"),
    S.REFUSED: QT_TRANSLATE_NOOP("SupplierBox", "refused"),
    S.DONE: QT_TRANSLATE_NOOP("SupplierBox", "done"),
}


def status_word(status: SupplierRequestStatus) -> str:
    return QCoreApplication.translate("SupplierBox", STATUS[status])


def request_line(r: RequestRow, now: DateTime, tz: str) -> str:
    head = " · ".join(p for p in (r.supplier_name, r.sku) if p)
    parts = [status_word(r.status)]
    due = local(r.due_at, tz)
    if r.overdue(now):
        parts.append(
            QCoreApplication.translate("SupplierBox", "overdue: the answer was due %1").replace(
                "%1", due
            )
        )
    elif r.status == S.SENT:
        parts.append(QCoreApplication.translate("SupplierBox", "answer due %1").replace("%1", due))
    if r.refusal:  # refused, or closed by a supervisor after the refusal
        parts.append(r.refusal)
    return head + "\n" + " · ".join(p for p in parts if p)  # two short lines: a narrow pane


def request_tip(r: RequestRow) -> str:
    lines = [
        r.title,
        QCoreApplication.translate("SupplierBox", "Contact: %1").replace("%1", r.contact or "—"),
    ]
    if r.reason:
        lines.append(
            QCoreApplication.translate("SupplierBox", "The shop asks for: %1").replace(
                "%1", r.reason
            )
        )
    return "\n".join(lines)
