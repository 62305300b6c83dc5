"""The review queues tab: a tagged buyer reviewed and closed with a note."""

from __future__ import annotations

from app.models import Customer, ReviewDecision, ReviewQueue, Ticket
from app.services import tag_customer
from tests.ui.conftest import open_window, settle
from tests.ui.supervisor.conftest import agent_actor, as_supervisor, open_console, show_tab


def test_closing_a_tagged_buyer(qtbot, ctx, seeded):
    with ctx.store.sessions() as s:
        buyer = s.get(Ticket, seeded.tickets[1]).customer_id
        nickname = s.get(Customer, buyer).nickname
    tag_customer(
        ctx.store.sessions, actor=agent_actor(ctx), customer_id=buyer, tag_id=seeded.tag_ids[1]
    )
    window = open_window(qtbot, as_supervisor(ctx), expect_rows=False)
    console = open_console(qtbot, window)
    tab = console.reviews
    show_tab(qtbot, console, tab)
    assert tab.queue() == ReviewQueue.TAGGED_CUSTOMER
    assert tab.table.rowCount() == 1 and tab.table.item(0, 0).text() == nickname
    assert tab.table.item(0, 3).text() == "疑似恶意退款"
    assert tab.table.item(0, 0).foreground().color().name() == "#b42318"  # risk in red
    assert tab.queues.item(0).text() == "Tagged buyers (1)"
    tab.close_item.click()  # no note: refused inline
    assert tab.banner.property("kind") == "error" and tab.table.rowCount() == 1
    tab.decision.setCurrentIndex(tab.decision.findData(ReviewDecision.WATCH.value))
    tab.note.setText("多次退款，先观察")
    tab.close_item.click()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 0)
    settle(qtbot)
    assert tab.queues.item(0).text() == "Tagged buyers"
    tab.show_done.setChecked(True)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)
    assert [tab.table.item(0, c).text() for c in (0, 2, 3, 4)] == [
        nickname, "Keep watching", "多次退款，先观察", "主管-陈姐",
    ]  # fmt: skip
    assert not tab.close_item.isEnabled()


def test_each_queue_loads(qtbot, ctx, seeded):
    window = open_window(qtbot, as_supervisor(ctx), expect_rows=False)
    console = open_console(qtbot, window)
    show_tab(qtbot, console, console.reviews)
    for queue in ReviewQueue:
        console.reviews.select_queue(queue)
        settle(qtbot)
        assert console.reviews.queue() == queue
        assert not console.reviews.banner.isVisible()
