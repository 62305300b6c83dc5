"""Translated names of the supervision vocabularies (queues, decisions, figures' codes)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.models import ReviewDecision, ReviewQueue, TicketKind, TicketStatus
from ui.labels import label

_NAMES = {
    ReviewQueue.TAGGED_CUSTOMER.value: QT_TRANSLATE_NOOP("Supervision", "Tagged buyers"),
    ReviewQueue.FLAGGED_ORDER.value: QT_TRANSLATE_NOOP("Supervision", "Flagged orders"),
    ReviewQueue.EXCEPTION_ORDER.value: QT_TRANSLATE_NOOP("Supervision", "Exception orders"),
    ReviewQueue.UNPAID_ORDER.value: QT_TRANSLATE_NOOP("Supervision", "Unpaid orders"),
    ReviewQueue.DISPUTE.value: QT_TRANSLATE_NOOP("Supervision", "Disputes"),
    ReviewDecision.CLEARED.value: QT_TRANSLATE_NOOP("Supervision", "Cleared: nothing to do"),
    ReviewDecision.ACTION_TAKEN.value: QT_TRANSLATE_NOOP("Supervision", "Action taken"),
    ReviewDecision.WATCH.value: QT_TRANSLATE_NOOP("Supervision", "Keep watching"),
    ReviewDecision.ESCALATED.value: QT_TRANSLATE_NOOP("Supervision", "Escalated"),
    "late_shipment": QT_TRANSLATE_NOOP("Supervision", "Shipping late"),
    "unpaid": QT_TRANSLATE_NOOP("Supervision", "Not paid yet"),
}


def name(value: str) -> str:
    """The translated name of a queue, a decision or a reason code; ticket kinds by label."""
    source = _NAMES.get(str(value))
    if source is not None:
        return QCoreApplication.translate("Supervision", source)
    try:
        return label(TicketKind(str(value)))
    except ValueError:
        return str(value)


def reasons(detail: str) -> str:
    """An exception order's reason codes ("late_shipment · lost_parcel") in words."""
    return " · ".join(name(part.strip()) for part in detail.split(" · ") if part.strip())


# ---- the dashboard: figure titles, column headers, rule names ------------------------------

_FIGURES = {
    "refund_speed": QT_TRANSLATE_NOOP("Dashboard", "Refund speed (request to refund)"),
    "refund_rate_product": QT_TRANSLATE_NOOP("Dashboard", "Refund rate per product"),
    "refund_rate_sku": QT_TRANSLATE_NOOP("Dashboard", "Refund rate per SKU"),
    "tickets_by_kind": QT_TRANSLATE_NOOP("Dashboard", "Tickets by kind"),
    "tickets_by_state": QT_TRANSLATE_NOOP("Dashboard", "Tickets by state"),
    "sla": QT_TRANSLATE_NOOP("Dashboard", "Promises kept and missed, per rule"),
    "dispute_rate": QT_TRANSLATE_NOOP("Dashboard", "Dispute rate"),
    "compensation_by_reason": QT_TRANSLATE_NOOP("Dashboard", "Compensation paid per reason"),
    "conversion": QT_TRANSLATE_NOOP("Dashboard", "Inquiry conversion per agent"),
    "dsr": QT_TRANSLATE_NOOP("Dashboard", "DSR per period"),
    "defects": QT_TRANSLATE_NOOP("Dashboard", "Defect feedback per product"),
}

_COLUMNS = {
    "day": QT_TRANSLATE_NOOP("Dashboard", "Day"),
    "week": QT_TRANSLATE_NOOP("Dashboard", "Week of"),
    "month": QT_TRANSLATE_NOOP("Dashboard", "Month"),
    "refunds": QT_TRANSLATE_NOOP("Dashboard", "Refunds"),
    "average_hours": QT_TRANSLATE_NOOP("Dashboard", "Average hours"),
    "within_24h": QT_TRANSLATE_NOOP("Dashboard", "Within 24 h"),
    "within_48h": QT_TRANSLATE_NOOP("Dashboard", "Within 48 h"),
    "product_id": QT_TRANSLATE_NOOP("Dashboard", "Product id"),
    "sku": QT_TRANSLATE_NOOP("Dashboard", "SKU"),
    "title": QT_TRANSLATE_NOOP("Dashboard", "Product"),
    "units_sold": QT_TRANSLATE_NOOP("Dashboard", "Units sold"),
    "units_refunded": QT_TRANSLATE_NOOP("Dashboard", "Units refunded"),
    "refund_rate": QT_TRANSLATE_NOOP("Dashboard", "Refund rate"),
    "flag_qc": QT_TRANSLATE_NOOP("Dashboard", "For QC"),
    "qc_asked": QT_TRANSLATE_NOOP("Dashboard", "QC asked"),
    "kind": QT_TRANSLATE_NOOP("Dashboard", "Kind"),
    "tickets": QT_TRANSLATE_NOOP("Dashboard", "Tickets"),
    "open": QT_TRANSLATE_NOOP("Dashboard", "Open"),
    "waiting": QT_TRANSLATE_NOOP("Dashboard", "Waiting"),
    "escalated": QT_TRANSLATE_NOOP("Dashboard", "Escalated"),
    "done": QT_TRANSLATE_NOOP("Dashboard", "Done"),
    "status": QT_TRANSLATE_NOOP("Dashboard", "Status"),
    "share": QT_TRANSLATE_NOOP("Dashboard", "Share"),
    "rule": QT_TRANSLATE_NOOP("Dashboard", "Rule"),
    "records": QT_TRANSLATE_NOOP("Dashboard", "Records"),
    "kept": QT_TRANSLATE_NOOP("Dashboard", "Kept"),
    "missed": QT_TRANSLATE_NOOP("Dashboard", "Missed"),
    "kept_rate": QT_TRANSLATE_NOOP("Dashboard", "Kept rate"),
    "shop": QT_TRANSLATE_NOOP("Dashboard", "Shop"),
    "paid_orders": QT_TRANSLATE_NOOP("Dashboard", "Paid orders"),
    "disputes": QT_TRANSLATE_NOOP("Dashboard", "Disputes"),
    "appeals": QT_TRANSLATE_NOOP("Dashboard", "Platform interventions"),
    "dispute_rate": QT_TRANSLATE_NOOP("Dashboard", "Dispute rate"),
    "reason": QT_TRANSLATE_NOOP("Dashboard", "Reason"),
    "paid": QT_TRANSLATE_NOOP("Dashboard", "Paid"),
    "amount_fen": QT_TRANSLATE_NOOP("Dashboard", "Amount"),
    "agent": QT_TRANSLATE_NOOP("Dashboard", "Agent"),
    "inquiries": QT_TRANSLATE_NOOP("Dashboard", "Inquiries"),
    "with_order": QT_TRANSLATE_NOOP("Dashboard", "With an order"),
    "converted": QT_TRANSLATE_NOOP("Dashboard", "Converted"),
    "conversion_rate": QT_TRANSLATE_NOOP("Dashboard", "Conversion rate"),
    "entry": QT_TRANSLATE_NOOP("Dashboard", "Entry"),
    "product": QT_TRANSLATE_NOOP("Dashboard", "Product"),
    "period_start": QT_TRANSLATE_NOOP("Dashboard", "From"),
    "period_end": QT_TRANSLATE_NOOP("Dashboard", "To"),
    "describe": QT_TRANSLATE_NOOP("Dashboard", "Item as described"),
    "service": QT_TRANSLATE_NOOP("Dashboard", "Service"),
    "logistics": QT_TRANSLATE_NOOP("Dashboard", "Logistics"),
    "lowest": QT_TRANSLATE_NOOP("Dashboard", "Lowest"),
    "defect_feedback": QT_TRANSLATE_NOOP("Dashboard", "Defect feedback"),
    "quality_claims": QT_TRANSLATE_NOOP("Dashboard", "Items in quality claims"),
    "total": QT_TRANSLATE_NOOP("Dashboard", "Total"),
    "latest_feedback": QT_TRANSLATE_NOOP("Dashboard", "Latest feedback"),
    "below_threshold": QT_TRANSLATE_NOOP("Dashboard", "Below the threshold"),
}

_RULES = {
    "ship_by": QT_TRANSLATE_NOOP("Dashboard", "Shipped by the ship-by time"),
    "reship_due": QT_TRANSLATE_NOOP("Dashboard", "Reship within its window"),
    "follow_up": QT_TRANSLATE_NOOP("Dashboard", "Follow-up by its time"),
    "refund_overdue": QT_TRANSLATE_NOOP("Dashboard", "Refund before deliberate delay"),
    "platform_deadline": QT_TRANSLATE_NOOP("Dashboard", "Case within the platform's deadline"),
}


def figure_title(figure_id: str) -> str:
    source = _FIGURES.get(figure_id)
    return QCoreApplication.translate("Dashboard", source) if source else figure_id


def column_title(key: str) -> str:
    source = _COLUMNS.get(key)
    return QCoreApplication.translate("Dashboard", source) if source else key


def rule_name(key: str) -> str:
    source = _RULES.get(key)
    return QCoreApplication.translate("Dashboard", source) if source else key


def code_text(column: str, value: object) -> str:
    """A coded cell (a ticket kind or status, a rule) in words; other cells as they are."""
    if column == "kind":
        return name(str(value))
    if column == "status":
        try:
            return label(TicketStatus(str(value)))
        except ValueError:
            return str(value)
    if column == "rule":
        return rule_name(str(value))
    return "" if value is None else str(value)
