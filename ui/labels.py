"""Translated names for the domain's vocabularies, and money and time formatting."""

from __future__ import annotations

from enum import Enum

from pendulum import DateTime
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.models import (
    FlagColor,
    ItemAfterSale,
    MessageKind,
    OrderStatus,
    PaymentMethod,
    Platform,
    Priority,
    Role,
    TagKind,
    TicketKind,
    TicketStatus,
)

# Keyed by (enum class, value): StrEnum members of different classes with the same value
# ("none", "closed", "other", ...) are equal as strings and would collide as plain keys.
_SOURCES: tuple[tuple[Enum, str], ...] = (
    (TicketKind.INQUIRY, QT_TRANSLATE_NOOP("Labels", "Inquiry")),
    (TicketKind.PAYMENT_REMINDER, QT_TRANSLATE_NOOP("Labels", "Payment reminder")),
    (TicketKind.URGE_SHIPMENT, QT_TRANSLATE_NOOP("Labels", "Urge shipment")),
    (TicketKind.LOGISTICS_EXCEPTION, QT_TRANSLATE_NOOP("Labels", "Logistics exception")),
    (TicketKind.COMPENSATION, QT_TRANSLATE_NOOP("Labels", "Compensation")),
    (TicketKind.WRONG_ITEM, QT_TRANSLATE_NOOP("Labels", "Wrong item")),
    (TicketKind.MISSING_ITEM, QT_TRANSLATE_NOOP("Labels", "Missing item")),
    (TicketKind.LOST_PARCEL, QT_TRANSLATE_NOOP("Labels", "Lost parcel")),
    (TicketKind.RETURN, QT_TRANSLATE_NOOP("Labels", "Return")),
    (TicketKind.EXCHANGE, QT_TRANSLATE_NOOP("Labels", "Exchange")),
    (TicketKind.REFUND_ONLY, QT_TRANSLATE_NOOP("Labels", "Refund only")),
    (TicketKind.CANCEL, QT_TRANSLATE_NOOP("Labels", "Cancel order")),
    (TicketKind.QUALITY_CLAIM, QT_TRANSLATE_NOOP("Labels", "Quality claim")),
    (TicketKind.DISPUTE, QT_TRANSLATE_NOOP("Labels", "Dispute")),
    (TicketKind.BAD_REVIEW, QT_TRANSLATE_NOOP("Labels", "Bad review")),
    (TicketStatus.NEW, QT_TRANSLATE_NOOP("Labels", "New")),
    (TicketStatus.OPEN, QT_TRANSLATE_NOOP("Labels", "Open")),
    (TicketStatus.WAITING_CUSTOMER, QT_TRANSLATE_NOOP("Labels", "Waiting for buyer")),
    (TicketStatus.WAITING_WAREHOUSE, QT_TRANSLATE_NOOP("Labels", "Waiting for warehouse")),
    (TicketStatus.WAITING_PLATFORM, QT_TRANSLATE_NOOP("Labels", "Waiting for platform")),
    (TicketStatus.ESCALATED, QT_TRANSLATE_NOOP("Labels", "Escalated")),
    (TicketStatus.RESOLVED, QT_TRANSLATE_NOOP("Labels", "Resolved")),
    (TicketStatus.CLOSED, QT_TRANSLATE_NOOP("Labels", "Closed")),
    (Priority.LOW, QT_TRANSLATE_NOOP("Labels", "Low")),
    (Priority.NORMAL, QT_TRANSLATE_NOOP("Labels", "Normal")),
    (Priority.HIGH, QT_TRANSLATE_NOOP("Labels", "High")),
    (Priority.URGENT, QT_TRANSLATE_NOOP("Labels", "Urgent")),
    (Platform.DOUYIN, QT_TRANSLATE_NOOP("Labels", "Douyin")),
    (Platform.TAOBAO, QT_TRANSLATE_NOOP("Labels", "Taobao")),
    (Platform.TMALL, QT_TRANSLATE_NOOP("Labels", "Tmall")),
    (Platform.JD, QT_TRANSLATE_NOOP("Labels", "JD")),
    (Platform.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
    (OrderStatus.PLACED, QT_TRANSLATE_NOOP("Labels", "Awaiting payment")),
    (OrderStatus.AWAITING_CONFIRMATION, QT_TRANSLATE_NOOP("Labels", "Awaiting confirmation")),
    (OrderStatus.STOCKING, QT_TRANSLATE_NOOP("Labels", "Stocking")),
    (OrderStatus.SHIPPED, QT_TRANSLATE_NOOP("Labels", "Shipped")),
    (OrderStatus.SIGNED, QT_TRANSLATE_NOOP("Labels", "Signed for")),
    (OrderStatus.CONFIRMED, QT_TRANSLATE_NOOP("Labels", "Trade success")),
    (OrderStatus.COMPLETED, QT_TRANSLATE_NOOP("Labels", "Completed")),
    (OrderStatus.CANCELLED, QT_TRANSLATE_NOOP("Labels", "Cancelled")),
    (OrderStatus.CLOSED, QT_TRANSLATE_NOOP("Labels", "Order closed")),
    (PaymentMethod.ONLINE, QT_TRANSLATE_NOOP("Labels", "Paid online")),
    (PaymentMethod.COD, QT_TRANSLATE_NOOP("Labels", "Cash on delivery")),
    (ItemAfterSale.NONE, QT_TRANSLATE_NOOP("Labels", "No after-sale")),
    (ItemAfterSale.REQUESTED, QT_TRANSLATE_NOOP("Labels", "After-sale requested")),
    (ItemAfterSale.IN_PROGRESS, QT_TRANSLATE_NOOP("Labels", "After-sale in progress")),
    (ItemAfterSale.FINISHED, QT_TRANSLATE_NOOP("Labels", "After-sale finished")),
    (ItemAfterSale.REFUSED, QT_TRANSLATE_NOOP("Labels", "After-sale refused")),
    (ItemAfterSale.CANCELLED, QT_TRANSLATE_NOOP("Labels", "After-sale cancelled")),
    (FlagColor.NONE, QT_TRANSLATE_NOOP("Labels", "No flag")),
    (FlagColor.RED, QT_TRANSLATE_NOOP("Labels", "Red flag")),
    (FlagColor.YELLOW, QT_TRANSLATE_NOOP("Labels", "Yellow flag")),
    (FlagColor.GREEN, QT_TRANSLATE_NOOP("Labels", "Green flag")),
    (FlagColor.BLUE, QT_TRANSLATE_NOOP("Labels", "Blue flag")),
    (FlagColor.PURPLE, QT_TRANSLATE_NOOP("Labels", "Purple flag")),
    (FlagColor.GREY, QT_TRANSLATE_NOOP("Labels", "Grey flag")),
    (MessageKind.BUYER, QT_TRANSLATE_NOOP("Labels", "Buyer")),
    (MessageKind.REPLY, QT_TRANSLATE_NOOP("Labels", "Reply")),
    (MessageKind.NOTE, QT_TRANSLATE_NOOP("Labels", "Internal note")),
    (MessageKind.SYSTEM, QT_TRANSLATE_NOOP("Labels", "System")),
    (Role.PRESALE, QT_TRANSLATE_NOOP("Labels", "Pre-sale agent")),
    (Role.AFTERSALE, QT_TRANSLATE_NOOP("Labels", "After-sale agent")),
    (Role.SUPERVISOR, QT_TRANSLATE_NOOP("Labels", "Supervisor")),
    (Role.ADMIN, QT_TRANSLATE_NOOP("Labels", "Administrator")),
    (TagKind.SOURCE, QT_TRANSLATE_NOOP("Labels", "Source")),
    (TagKind.AGE, QT_TRANSLATE_NOOP("Labels", "Age")),
    (TagKind.GENDER, QT_TRANSLATE_NOOP("Labels", "Gender")),
    (TagKind.PREFERENCE, QT_TRANSLATE_NOOP("Labels", "Preference")),
    (TagKind.RISK, QT_TRANSLATE_NOOP("Labels", "Risk")),
    (TagKind.OTHER, QT_TRANSLATE_NOOP("Labels", "Other tag")),
)

FLAG_COLORS = {
    FlagColor.RED: "#e5484d",
    FlagColor.YELLOW: "#f5a524",
    FlagColor.GREEN: "#30a46c",
    FlagColor.BLUE: "#3e63dd",
    FlagColor.PURPLE: "#8e4ec6",
    FlagColor.GREY: "#8b8d98",
}


_LABELS: dict[tuple[type, str], str] = {}
for _member, _text in _SOURCES:
    _LABELS[(type(_member), _member.value)] = _text


def label(value: Enum) -> str:
    source = _LABELS.get((type(value), value.value))
    return QCoreApplication.translate("Labels", source) if source else str(value.value)


def yuan(fen: int) -> str:
    """Fen as yuan with the sign: 5900 -> '¥59.00'."""
    sign = "-" if fen < 0 else ""
    return f"{sign}¥{abs(fen) // 100:,}.{abs(fen) % 100:02d}"


def local(dt: DateTime | None, tz: str = "Asia/Shanghai", fmt: str = "MM-DD HH:mm") -> str:
    return dt.in_timezone(tz).format(fmt) if dt else ""


def countdown(due: DateTime, now: DateTime) -> str:
    """'2h 05m', '35m', '-1d 3h' (overdue), in the language's words."""
    seconds = int((due - now).total_seconds())
    overdue = seconds < 0
    seconds = abs(seconds)
    days, rem = divmod(seconds, 86400)
    hours, rem = divmod(rem, 3600)
    minutes = rem // 60
    if days:
        text = (
            QCoreApplication.translate("Countdown", "%1d %2h")
            .replace("%1", str(days))
            .replace("%2", str(hours))
        )
    elif hours:
        text = (
            QCoreApplication.translate("Countdown", "%1h %2m")
            .replace("%1", str(hours))
            .replace("%2", f"{minutes:02d}")
        )
    else:
        text = QCoreApplication.translate("Countdown", "%1m").replace("%1", str(max(minutes, 0)))
    return (
        QCoreApplication.translate("Countdown", "overdue %1").replace("%1", text)
        if overdue
        else text
    )
