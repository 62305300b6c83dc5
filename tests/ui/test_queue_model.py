"""The queue's item model: Qt's model tester, keyset paging, async loading."""

from __future__ import annotations

from app.queries import queue as q
from tests.ui.conftest import settle
from ui.queue.model import ID_ROLE, ROW_ROLE, Col, QueueModel


def _fetch(store):
    return lambda flt, after, n: q.fetch_page(store.sessions, flt, after=after, limit=n)


def test_model_passes_the_qt_model_tester(qtmodeltester, store, seeded):
    model = QueueModel(_fetch(store), synchronous=True)
    model.PAGE = 2
    model.set_filter(q.QueueFilter(view=q.View.ALL))
    assert model.rowCount() == 2 and model.canFetchMore()
    qtmodeltester.check(model)


def test_paging_fetches_every_ticket_once_in_due_order(store, seeded):
    model = QueueModel(_fetch(store), synchronous=True)
    model.PAGE = 2
    model.set_filter(q.QueueFilter(view=q.View.ALL))
    while model.canFetchMore():
        model.fetchMore()
    ids = [model.data(model.index(r, 0), ID_ROLE) for r in range(model.rowCount())]
    assert sorted(ids) == sorted(str(t) for t in seeded.tickets)
    dues = [model.data(model.index(r, 0), ROW_ROLE).due_at for r in range(model.rowCount())]
    assert dues == sorted(dues)


def test_descending_order_reverses_the_queue(store, seeded):
    model = QueueModel(_fetch(store), synchronous=True)
    model.set_filter(q.QueueFilter(view=q.View.ALL, descending=True))
    dues = [model.row_at(r).due_at for r in range(model.rowCount())]
    assert dues == sorted(dues, reverse=True) and len(dues) == len(seeded.tickets)


def test_async_model_loads_off_the_gui_thread(qtbot, store, seeded):
    model = QueueModel(_fetch(store))
    with qtbot.waitSignal(model.sig_page_loaded, timeout=5000):
        model.set_filter(q.QueueFilter(view=q.View.MINE, me=seeded.agent.agent_id))
    settle(qtbot)
    assert model.rowCount() == 4  # tickets 0, 1, 3, 4 are assigned to the agent
    assert {model.row_at(r).assignee for r in range(4)} == {"售后-小周"}


def test_countdown_column_shows_time_left_and_moves_with_the_clock(store, seeded):
    model = QueueModel(_fetch(store), synchronous=True)
    model.set_filter(q.QueueFilter(view=q.View.ALL))
    row = model.row_at(0)
    model.tick(row.due_at.subtract(minutes=5))
    assert model.data(model.index(0, Col.DUE)) == "5分钟"
    model.tick(row.due_at.add(hours=2, minutes=1))
    assert model.data(model.index(0, Col.DUE)).startswith("超时")


def test_a_failing_fetch_is_reported_not_raised(qtbot):
    def broken(flt, after, n):
        raise RuntimeError("database gone")

    model = QueueModel(broken, synchronous=True)
    with qtbot.waitSignal(model.sig_failed) as blocker:
        model.set_filter(q.QueueFilter())
    assert "database gone" in str(blocker.args[0])
    assert model.rowCount() == 0 and not model.canFetchMore()
