"""Feedback from a ticket, and the list operations read and export."""

from __future__ import annotations

import csv

from app.models import Feedback, FeedbackKind
from tests.app.service_support import rows
from tests.ui.conftest import settle
from tests.ui.presale.support import open_ticket, trigger
from ui.actions import ActionId


def test_feedback_from_the_ticket_then_listed_and_exported(qtbot, store, seeded, window, tmp_path):
    open_ticket(qtbot, window, seeded.tickets[0])
    trigger(qtbot, window, ActionId.FEEDBACK)
    dialog = window.presale.dialogs["feedback"]
    assert dialog.product.currentText() == "明前龙井 250g 礼盒装"  # the order's item
    dialog.kind.setCurrentIndex(list(FeedbackKind).index(FeedbackKind.CAMPAIGN))
    dialog.text.setPlainText("买家说满减力度不如上次")
    dialog.send.click()
    settle(qtbot)
    qtbot.waitUntil(lambda: len(rows(store, Feedback)) == 1, timeout=5000)
    (fb,) = rows(store, Feedback)
    assert (fb.kind, fb.product, fb.sku) == (FeedbackKind.CAMPAIGN, "明前龙井 250g 礼盒装", "SKU-0")
    trigger(qtbot, window, ActionId.FEEDBACK_LIST)
    listing = window.presale.dialogs["feedback_list"]
    qtbot.waitUntil(lambda: listing.grid.rowCount() == 1, timeout=5000)
    listing.kind.setCurrentIndex(1 + list(FeedbackKind).index(FeedbackKind.DEFECT))
    settle(qtbot)
    assert listing.grid.rowCount() == 0
    listing.kind.setCurrentIndex(0)
    settle(qtbot)
    path = tmp_path / "out.csv"
    listing.export_to(path)
    settle(qtbot)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert lines[1][5] == "买家说满减力度不如上次"


def test_empty_feedback_is_refused_inline(qtbot, store, seeded, window):
    open_ticket(qtbot, window, seeded.tickets[0])
    trigger(qtbot, window, ActionId.FEEDBACK)
    dialog = window.presale.dialogs["feedback"]
    dialog.send.click()
    settle(qtbot)
    assert dialog.banner.text() and rows(store, Feedback) == []
