"""Faults: killed processes, a server that dies before answering, interrupted pulls, a server
away for a while. Each time: nothing lost, nothing applied twice."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import threading
import time

import pytest
from sqlalchemy import func, select

from app.db.store import open_store
from app.models import Device, Message, MutationState, OutboxMutation, TicketKind
from app.services.messages import add_note
from app.services.tickets import create_ticket
from app.sync import replica
from app.sync.client import SyncError
from tests.sync.conftest import seed
from tests.sync.harness import ROOT, ServerProcess, ThreadServer, differences, state_of, workstation


def _count(store, body: str) -> int:  # noqa: ANN001
    with store.sessions() as s:
        return s.scalar(select(func.count()).select_from(Message).where(Message.body == body))


def _pending(store) -> int:  # noqa: ANN001
    with store.sessions() as s:
        return s.scalar(select(func.count()).where(OutboxMutation.state == MutationState.PENDING))


@pytest.fixture
def proc_server(sqlite_server_db, tmp_path):
    """The team server as a process of its own, to be killed."""
    store = open_store(sqlite_server_db)
    w = seed(store)
    store.close()
    srv = ServerProcess(sqlite_server_db, tmp_path / "server.log").start()
    yield srv, w
    srv.stop()


def test_client_killed_after_sending_a_push(proc_server, migrated_template, tmp_path):
    srv, w = proc_server
    a = workstation(migrated_template, tmp_path, srv.url, "小王")
    tid = create_ticket(a.store.sessions, actor=a.actor, kind=TicketKind.QUALITY_CLAIM,
                        order_no=w.order_no).created  # fmt: skip
    add_note(a.store.sessions, actor=a.actor, ticket_id=tid, body="发出后被杀")
    path = str(a.store.path)
    a.close()
    child = subprocess.Popen([sys.executable, "-m", "tests.sync.child_push", path, srv.url],
                             cwd=ROOT, stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert child.stdout.readline().strip() == "sent"
    server_store = open_store(srv.db)
    cid = replica.client_id(open_store(path))
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:  # the server takes both, the child never reads it
        with server_store.sessions() as s:
            device = s.get(Device, cid)
            if device is not None and device.last_mutation_id >= 2:
                break
        time.sleep(0.05)
    child.send_signal(signal.SIGKILL)
    child.wait(10)
    assert _count(server_store, "发出后被杀") == 1
    # the workstation starts again: its outbox still says pending, and it sends again
    again = open_store(path)
    replica.mark_replica(again)
    from app.sync import engine
    from app.sync.client import ServerClient

    with ServerClient(srv.url) as client:
        engine.resume(again, client)
        report = engine.sync_once(again, client)
    assert (report.applied, report.rejected, report.pending) == (2, 0, 0)
    assert _count(server_store, "发出后被杀") == 1
    assert _count(again, "发出后被杀") == 1
    assert differences(state_of(server_store), state_of(again)) == []
    server_store.close()
    again.close()


class DyingProxy:
    """Forwards one request to the server, and when the server starts to answer (it has
    committed), kills the server and hangs up on the client."""

    def __init__(self, srv: ServerProcess) -> None:
        self.srv = srv
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.port = self.sock.getsockname()[1]
        self.fired = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while True:
            conn, _ = self.sock.accept()
            threading.Thread(target=self._one, args=(conn,), daemon=True).start()

    def _one(self, conn: socket.socket) -> None:
        upstream = socket.create_connection(("127.0.0.1", self.srv.port))
        data = b""
        with conn, upstream:
            while True:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                data += chunk
                head, sep, body = data.partition(b"\r\n\r\n")
                if not sep:
                    continue
                length = next((int(h.split(b":")[1]) for h in head.split(b"\r\n")
                               if h.lower().startswith(b"content-length")), 0)  # fmt: skip
                if len(body) < length:
                    continue
                upstream.sendall(data)
                answer = upstream.recv(65536)
                data = b""
                if b"POST /v1/push" in head and not self.fired.is_set():
                    self.fired.set()
                    self.srv.kill()  # committed, never answers
                    return
                conn.sendall(answer)
                while b"\r\n\r\n" not in answer:
                    answer += upstream.recv(65536)


def test_server_killed_after_committing_before_answering(proc_server, migrated_template, tmp_path):
    srv, w = proc_server
    a = workstation(migrated_template, tmp_path, srv.url, "小王")
    tid = create_ticket(a.store.sessions, actor=a.actor, kind=TicketKind.QUALITY_CLAIM,
                        order_no=w.order_no).created  # fmt: skip
    add_note(a.store.sessions, actor=a.actor, ticket_id=tid, body="提交后服务器死掉")
    proxy = DyingProxy(srv)
    from app.sync import engine
    from app.sync.client import ServerClient

    with ServerClient(proxy.url) as client:
        engine.resume(a.store, client)
        with pytest.raises(SyncError) as err:
            engine.sync_once(a.store, client)
    assert err.value.code == "offline"
    assert proxy.fired.is_set()
    assert _pending(a.store) == 2  # the workstation does not know it was taken
    srv.start()  # back, same database, same address
    report = a.sync()
    assert (report.applied, report.pending) == (2, 0)
    server_store = open_store(srv.db)
    assert _count(server_store, "提交后服务器死掉") == 1
    assert differences(state_of(server_store), state_of(a.store)) == []
    server_store.close()
    a.close()


def test_a_pull_interrupted_mid_apply_changes_nothing(team, desks, monkeypatch):
    store, w = team
    a, b = desks["小王"], desks["bob"]
    tid = create_ticket(a.store.sessions, actor=a.actor, kind=TicketKind.QUALITY_CLAIM,
                        order_no=w.order_no).created  # fmt: skip
    for i in range(5):
        add_note(a.store.sessions, actor=a.actor, ticket_id=tid, body=f"第{i}条")
    a.sync()
    before = state_of(b.store)
    cursors = replica.cursors(b.store)
    real = replica._upsert
    calls = {"n": 0}

    def dying(s, name, found):  # noqa: ANN001, ANN202
        calls["n"] += 1
        real(s, name, found)
        if calls["n"] == 2:  # some rows are written, then the power goes
            raise OSError("interrupted")

    monkeypatch.setattr(replica, "_upsert", dying)
    with pytest.raises(OSError):
        b.sync()
    assert state_of(b.store) == before
    assert replica.cursors(b.store) == cursors
    monkeypatch.setattr(replica, "_upsert", real)
    b.sync()
    assert differences(state_of(store), state_of(b.store)) == []


def test_server_away_for_a_while(team, server, desks):
    store, w = team
    a = desks["小王"]
    server.stop()
    tid = create_ticket(a.store.sessions, actor=a.actor, kind=TicketKind.QUALITY_CLAIM,
                        order_no=w.order_no).created  # fmt: skip
    for i in range(3):
        add_note(a.store.sessions, actor=a.actor, ticket_id=tid, body=f"离线{i}")
        with pytest.raises(SyncError) as err:
            a.sync()
        assert err.value.code == "offline"
    assert _pending(a.store) == 4
    again = ThreadServer(store, port=server.port).start()
    try:
        report = a.sync()
        assert (report.applied, report.pending) == (4, 0)
        assert all(_count(store, f"离线{i}") == 1 for i in range(3))
    finally:
        again.stop()
