"""The ticket's windows box shows a granted extension: the new end, marked "extended", and
the rule table's own end in the tooltip."""

from __future__ import annotations

import pendulum
from PySide6.QtCore import QCoreApplication

from app.models import Order, TicketKind
from app.queries.tickets import load_ticket
from app.services import create_ticket
from app.services.window_extensions import decide_extension, request_extension
from tests.app.builders import world
from ui.ticket.windows_box import WindowsBox

SHANGHAI = "Asia/Shanghai"


def EXTENDED() -> str:  # noqa: N802 - the word as the agent sees it, in the current language
    return QCoreApplication.translate("WindowsBox", "extended")


def test_the_windows_box_shows_the_extended_deadline(qtbot, store, frozen_clock):
    w = world(store)
    signed = pendulum.datetime(2026, 2, 27, 15, 20, tz=SHANGHAI)
    with store.sessions.begin() as s:
        order = s.get(Order, w.order_id)
        order.shipped_at, order.signed_at = signed.subtract(days=2), signed
    tid = create_ticket(
        store.sessions, actor=w.actor, kind=TicketKind.RETURN, order_no=w.order_no
    ).created
    box = WindowsBox()
    qtbot.addWidget(box)
    box.show_windows(load_ticket(store.sessions, tid).windows, SHANGHAI)
    label = _line(box, "no_reason_return")
    assert EXTENDED() not in label.text()
    ext = request_extension(
        store.sessions,
        actor=w.actor,
        ticket_id=tid,
        order_item_id=w.item_ids[0],
        requested_until=pendulum.datetime(2026, 3, 14, 0, 0, tz=SHANGHAI),
        evidence="住院证明照片",
    ).created
    decide_extension(store.sessions, actor=w.actor, extension_id=ext, grant=True)
    box.show_windows(load_ticket(store.sessions, tid).windows, SHANGHAI)
    label = _line(box, "no_reason_return")
    assert EXTENDED() in label.text()
    assert "03-07 00:00" in label.toolTip() and "03-14 00:00" in label.toolTip()


def _line(box: WindowsBox, rule_id: str):  # noqa: ANN202
    shown = [box._layout.itemAt(i).widget() for i in range(box._layout.count())]
    return next(x for x in shown if x.objectName() == f"window_{rule_id}")


def test_an_agent_records_and_grants_more_time_from_the_ticket(qtbot, store, seeded, window):
    from tests.ui.conftest import settle
    from tests.ui.presale.support import open_ticket, trigger
    from ui.actions import ActionId

    tid = seeded.tickets[0]  # a return on a signed order
    open_ticket(qtbot, window, tid)
    before = _line(window.ticket.windows, "no_reason_return").toolTip()
    trigger(qtbot, window, ActionId.EXTEND_WINDOW)
    dialog = window.knowledge.dialogs["extensions"]
    qtbot.waitUntil(lambda: dialog.item.count() >= 1, timeout=5000)
    dialog.record_button.click()  # no evidence yet
    settle(qtbot)
    assert dialog.banner.isVisible() and dialog.requests.count() == 0
    dialog.evidence.setPlainText("买家发来住院证明照片")
    dialog.reason.setText("住院，出院后再寄回")
    dialog.record_button.click()
    settle(qtbot)
    qtbot.waitUntil(lambda: dialog.requests.count() == 1, timeout=5000)
    until = dialog.until.dateTime().toString("yyyy-MM-dd HH:mm")
    asks = QCoreApplication.translate("ExtensionDialog", "%1 asks until %2").replace("%2", until)
    assert asks.split("%1", 1)[1] in dialog.requests.item(0).text()  # the shop's wall clock
    dialog.requests.setCurrentRow(0)
    assert dialog.grant_button.isEnabled()
    dialog.grant_button.click()
    settle(qtbot)
    qtbot.waitUntil(lambda: not dialog.grant_button.isEnabled(), timeout=5000)
    assert (
        dialog.requests.item(0)
        .text()
        .split(" · ")[1]
        .startswith(dialog.tr("granted until %1").split("%1")[0])
    )
    qtbot.waitUntil(
        lambda: EXTENDED() in _line(window.ticket.windows, "no_reason_return").text(),
        timeout=5000,
    )
    assert _line(window.ticket.windows, "no_reason_return").toolTip() != before
