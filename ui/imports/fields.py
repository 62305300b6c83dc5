"""What each import field is called in the column-mapping editor."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

FIELD_LABELS: dict[str, str] = {
    "order_no": QT_TRANSLATE_NOOP("ImportFields", "Order number"),
    "sub_order_no": QT_TRANSLATE_NOOP("ImportFields", "Sub-order number"),
    "buyer_id": QT_TRANSLATE_NOOP("ImportFields", "Buyer account"),
    "buyer_nick": QT_TRANSLATE_NOOP("ImportFields", "Buyer nickname"),
    "receiver": QT_TRANSLATE_NOOP("ImportFields", "Receiver"),
    "phone": QT_TRANSLATE_NOOP("ImportFields", "Receiver phone"),
    "status": QT_TRANSLATE_NOOP("ImportFields", "Order state"),
    "payment": QT_TRANSLATE_NOOP("ImportFields", "Payment method"),
    "placed_at": QT_TRANSLATE_NOOP("ImportFields", "Order time"),
    "paid_at": QT_TRANSLATE_NOOP("ImportFields", "Payment time"),
    "shipped_at": QT_TRANSLATE_NOOP("ImportFields", "Shipping time"),
    "signed_at": QT_TRANSLATE_NOOP("ImportFields", "Signed-for time"),
    "confirmed_at": QT_TRANSLATE_NOOP("ImportFields", "Trade success time"),
    "ship_by": QT_TRANSLATE_NOOP("ImportFields", "Ship-by time"),
    "goods": QT_TRANSLATE_NOOP("ImportFields", "Goods amount"),
    "shipping": QT_TRANSLATE_NOOP("ImportFields", "Shipping fee"),
    "discount": QT_TRANSLATE_NOOP("ImportFields", "Order discount"),
    "paid": QT_TRANSLATE_NOOP("ImportFields", "Amount paid"),
    "carrier": QT_TRANSLATE_NOOP("ImportFields", "Carrier"),
    "tracking_no": QT_TRANSLATE_NOOP("ImportFields", "Tracking number"),
    "buyer_remark": QT_TRANSLATE_NOOP("ImportFields", "Buyer's message"),
    "flag_remark": QT_TRANSLATE_NOOP("ImportFields", "Seller remark"),
    "flag": QT_TRANSLATE_NOOP("ImportFields", "Flag colour"),
    "title": QT_TRANSLATE_NOOP("ImportFields", "Product title"),
    "spec": QT_TRANSLATE_NOOP("ImportFields", "Product options"),
    "sku": QT_TRANSLATE_NOOP("ImportFields", "SKU code"),
    "product_id": QT_TRANSLATE_NOOP("ImportFields", "Product ID"),
    "quantity": QT_TRANSLATE_NOOP("ImportFields", "Quantity"),
    "unit_price": QT_TRANSLATE_NOOP("ImportFields", "Unit price"),
    "line_paid": QT_TRANSLATE_NOOP("ImportFields", "Item amount payable"),
    "line_discount": QT_TRANSLATE_NOOP("ImportFields", "Item discount"),
}


def field_label(name: str) -> str:
    source = FIELD_LABELS.get(name)
    return QCoreApplication.translate("ImportFields", source) if source else name
