"""Buyer tags in two keys, the buyer's history one click away, tags and groups."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.models import CustomerTag, Ticket
from app.queries.customers import groups
from app.services import add_note
from tests.app.service_support import get, rows
from tests.ui.conftest import settle
from tests.ui.presale.support import open_ticket, trigger
from ui.actions import ActionId


def test_tag_menu_numbers_the_first_tags(qtbot, store, seeded, window):
    open_ticket(qtbot, window, seeded.tickets[0])
    actions = [a for a in window.ticket.customer.menu.actions() if a.objectName()]
    assert [a.text()[:3] for a in actions] == ["&1 ", "&2 "]
    actions[1].trigger()  # Ctrl+T, then 2
    settle(qtbot)
    customer = get(store, Ticket, seeded.tickets[0]).customer_id
    qtbot.waitUntil(
        lambda: (
            [t.tag_id for t in rows(store, CustomerTag, CustomerTag.customer_id == customer)]
            == [seeded.tag_ids[1]]
        ),
        timeout=5000,
    )


def test_history_one_click_from_the_ticket_and_the_note(qtbot, store, seeded, window):
    add_note(store.sessions, actor=seeded.agent, ticket_id=seeded.tickets[0], body="买家要发票")
    open_ticket(qtbot, window, seeded.tickets[0])
    window.presale.history_button.click()
    settle(qtbot)
    dialog = window.presale.dialogs["history"]
    qtbot.waitUntil(lambda: dialog.history is not None, timeout=5000)
    assert dialog.orders.rowCount() == 1 and dialog.tickets.rowCount() == 1
    assert "买家要发票" in dialog.notes.item(0).text()
    dialog.note.setText("只收顺丰")
    dialog.save_note.click()
    settle(qtbot)
    qtbot.waitUntil(lambda: dialog.history.note == "只收顺丰", timeout=5000)
    assert "只收顺丰" in dialog.notes.item(0).text()


def test_make_a_tag_and_a_group(qtbot, store, seeded, window):
    trigger(qtbot, window, ActionId.TAGS_GROUPS)
    dialog = window.presale.dialogs["tags"]
    qtbot.waitUntil(lambda: dialog.tag_list.count() == 2, timeout=5000)
    dialog.tag_name.setText("直播间")
    dialog.add_tag.click()
    settle(qtbot)
    qtbot.waitUntil(lambda: dialog.tag_list.count() == 3, timeout=5000)
    new = next(t.id for t in dialog.tags if t.name == "直播间")
    dialog.check_tags({new, seeded.tag_ids[0]})
    dialog.group_name.setText("直播老客")
    dialog.group_match.setCurrentIndex(1)  # all of the tags
    dialog.add_group.click()
    settle(qtbot)
    qtbot.waitUntil(lambda: dialog.group_list.count() == 1, timeout=5000)
    (group,) = groups(store.sessions)
    assert group.match == "all" and set(group.tag_ids) == {new, seeded.tag_ids[0]}
    assert dialog.group_tags.item(0).checkState() == Qt.CheckState.Unchecked  # reloaded
