"""Every value of the domain's vocabularies has its own name on screen."""

from __future__ import annotations

import pytest

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
from ui.labels import countdown, label, yuan

VOCABULARIES = [
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
]


@pytest.mark.parametrize("vocabulary", VOCABULARIES, ids=lambda v: v.__name__)
def test_each_value_has_a_distinct_chinese_name(vocabulary):
    names = [label(member) for member in vocabulary]
    assert all(name != member.value for name, member in zip(names, vocabulary, strict=True))
    assert len(set(names)) == len(names)


def test_same_raw_value_in_two_vocabularies_keeps_two_names():
    """'none' is both an item's after-sale state and an order flag."""
    assert label(ItemAfterSale.NONE) == "无售后"
    assert label(FlagColor.NONE) == "无旗帜"
    assert label(OrderStatus.CLOSED) != label(TicketStatus.CLOSED)


def test_money_and_countdown_formats():
    import pendulum

    assert yuan(5900) == "¥59.00"
    assert yuan(-1) == "-¥0.01"
    assert yuan(123456789) == "¥1,234,567.89"
    now = pendulum.datetime(2026, 3, 1, 12, 0, tz="UTC")
    assert countdown(now.add(hours=2, minutes=5), now) == "2小时05分"
    assert countdown(now.add(days=1, hours=3), now) == "1天3小时"
    assert countdown(now.subtract(minutes=90), now) == "超时 1小时30分"


def test_unexpected_errors_are_logged_and_shown_once_per_burst(qtbot, caplog):
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ui.crash import CrashReporter

    reporter = CrashReporter()
    for i in range(3):
        try:
            raise RuntimeError(f"boom {i}")
        except RuntimeError as exc:
            reporter.handle(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: reporter._dialog is not None)
    assert sum("boom" in r.getMessage() for r in caplog.records) == 3
    dialogs = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert len(dialogs) == 1 and "boom 0" in dialogs[0].informativeText()
    dialogs[0].close()
