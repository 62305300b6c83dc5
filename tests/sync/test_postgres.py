"""The team server on PostgreSQL: the same guarantees with real concurrent writers."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from app.db.store import open_store
from app.models import Change, Message, Priority, TicketKind
from app.server import pull as server_pull
from app.services.messages import add_note
from app.services.tickets import create_ticket, set_priority
from tests.sync.conftest import seed
from tests.sync.harness import ThreadServer, differences, state_of, workstation


@pytest.fixture
def pg_team(pg_url):
    store = open_store(pg_url)
    w = seed(store)
    srv = ThreadServer(store).start()
    yield store, w, srv
    srv.stop()
    store.close()


@pytest.fixture
def pg_desks(pg_team, migrated_template, tmp_path):
    _store, _w, srv = pg_team
    made = {
        n: workstation(migrated_template, tmp_path, srv.url, n) for n in ("小王", "bob", "carol")
    }
    yield made
    for ws in made.values():
        ws.close()


def test_offline_desks_converge_on_postgresql(pg_team, pg_desks):
    store, w, _srv = pg_team
    tickets = {}
    for name, ws in pg_desks.items():
        tid = create_ticket(ws.store.sessions, actor=ws.actor, kind=TicketKind.QUALITY_CLAIM,
                            order_no=w.order_no).created  # fmt: skip
        add_note(ws.store.sessions, actor=ws.actor, ticket_id=tid, body=f"{name} 的备注")
        tickets[name] = tid
    for ws in pg_desks.values():
        ws.sync()
    a = pg_desks["小王"]
    a.sync()  # now 小王 has bob's ticket too
    set_priority(
        a.store.sessions, actor=a.actor, ticket_id=tickets["bob"], priority=Priority.URGENT
    )
    for ws in reversed(list(pg_desks.values())):
        ws.sync()
    for ws in pg_desks.values():
        ws.sync()
    want = state_of(store)
    for name, ws in pg_desks.items():
        assert differences(want, state_of(ws.store)) == [], name


def test_concurrent_pushes_number_each_stream_without_holes(pg_team, pg_desks):
    """Three desks push at once: the change log of the shop has every number exactly once,
    and a desk pulling meanwhile never skips a change."""
    store, w, _srv = pg_team
    tid = create_ticket(pg_desks["小王"].store.sessions, actor=pg_desks["小王"].actor,
                        kind=TicketKind.QUALITY_CLAIM, order_no=w.order_no).created  # fmt: skip
    pg_desks["小王"].sync()
    for ws in pg_desks.values():
        ws.sync()
        for i in range(15):
            add_note(ws.store.sessions, actor=ws.actor, ticket_id=tid, body=f"{ws.name}-{i}")
    errors = []

    def run(ws):  # noqa: ANN001, ANN202
        try:
            ws.sync()
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(ws,)) for ws in pg_desks.values()]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    with store.sessions() as s:
        seqs = sorted(s.scalars(select(Change.seq).where(Change.stream == w.shop_id)))
        notes = s.scalar(select(func.count()).select_from(Message).where(Message.ticket_id == tid))
    assert seqs == list(range(1, len(seqs) + 1))
    assert notes == 45
    for ws in pg_desks.values():
        ws.sync()
    want = state_of(store)
    assert all(differences(want, state_of(ws.store)) == [] for ws in pg_desks.values())


def test_a_desk_too_far_behind_sends_its_outbox_then_downloads_afresh(pg_team, pg_desks):
    store, w, _srv = pg_team
    a, b = pg_desks["小王"], pg_desks["bob"]
    tid = create_ticket(a.store.sessions, actor=a.actor, kind=TicketKind.QUALITY_CLAIM,
                        order_no=w.order_no).created  # fmt: skip
    a.sync()
    b.sync()  # bob has the ticket, then works offline while the others go on
    for i in range(5):
        add_note(a.store.sessions, actor=a.actor, ticket_id=tid, body=f"新的{i}")
    a.sync()
    add_note(b.store.sessions, actor=b.actor, ticket_id=tid, body="bob 离线")
    server_pull.prune(store.sessions, w.shop_id, keep=2)
    report = b.sync()
    assert report.reset
    assert report.applied == 1
    with store.sessions() as s:
        assert (
            s.scalar(select(func.count()).select_from(Message).where(Message.body == "bob 离线"))
            == 1
        )
    assert differences(state_of(store), state_of(b.store)) == []


def test_kefu_server_prune_on_postgresql(pg_url, pg_team, pg_desks):
    import json

    from tests.sync.test_cli import kefu

    store, w, _srv = pg_team
    a, bob = pg_desks["小王"], pg_desks["bob"]
    tid = create_ticket(a.store.sessions, actor=a.actor, kind=TicketKind.QUALITY_CLAIM,
                        order_no=w.order_no).created  # fmt: skip
    a.sync()
    done = kefu("server", "prune", "--db", pg_url, "--keep-days", "0", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["changes"]["pruned"] > 0 and report["changes"]["kept"] == 0
    with store.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Change)) == 0
    assert not a.sync().reset  # she had everything
    add_note(a.store.sessions, actor=a.actor, ticket_id=tid, body="剪枝之后")
    assert a.sync().applied == 1
    behind = bob.sync()  # bob had not seen the ticket: he downloads afresh
    assert behind.reset and behind.pending == 0
    with bob.store.sessions() as s:
        assert s.scalar(select(func.count()).where(Message.body == "剪枝之后")) == 1
