"""Small pieces the pre-sale dialogs share: translated messages for their errors, a read-only
table helper, the countdown colour."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QWidget

from app.errors import KefuError
from ui.errors import message_for
from ui.labels import local


def presale_message(exc: BaseException) -> str:
    """The agent's sentence for an error of the pre-sale services."""
    if isinstance(exc, KefuError) and exc.code == "reminder_too_soon":
        return (
            QCoreApplication.translate(
                "Presale", "This buyer was reminded at %1: no new reminder before %2."
            )
            .replace("%1", local(_parse(exc.params["last"])))
            .replace("%2", local(_parse(exc.params["next"])))
        )
    if isinstance(exc, KefuError) and exc.code == "price_change_not_allowed":
        return QCoreApplication.translate("Presale", "Not allowed by the platform: %1").replace(
            "%1", exc.params.get("text_zh") or str(exc)
        )
    return message_for(exc)


def _parse(text: str):  # noqa: ANN202
    import pendulum

    return pendulum.parse(text)


def table(parent: QWidget, name: str, columns: int) -> QTableWidget:
    grid = QTableWidget(0, columns, parent)
    grid.setObjectName(name)
    grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    grid.setAlternatingRowColors(True)
    grid.verticalHeader().hide()
    grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    grid.horizontalHeader().setStretchLastSection(True)
    return grid


def parse_yuan(text: str) -> int | None:
    """Yuan as typed ("12", "12.5", "¥12.50") in fen; None when it is not an amount."""
    from decimal import Decimal, InvalidOperation

    cleaned = text.strip().replace("¥", "").replace(",", "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    if value < 0 or value != value.quantize(Decimal("0.01")):
        return None
    return int(value * 100)


def plain_yuan(fen: int) -> str:
    """Fen as an editable yuan amount: 1250 -> "12.50"."""
    return f"{fen // 100}.{fen % 100:02d}"
