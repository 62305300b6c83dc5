"""kefu serve, kefu user and kefu sync as an operator runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import httpx
from sqlalchemy import select

from app.db.store import open_store
from app.models import Agent, Credential, Role, TicketKind
from app.services import Actor
from app.services.attachments import attach_files, store_file
from app.services.tickets import create_ticket
from app.sync.client import SyncError
from tests.sync.harness import PASSWORD, ROOT, ServerProcess, workstation


def kefu(*args: str, stdin: str = "", env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], input=stdin, text=True,
                          capture_output=True, cwd=ROOT, timeout=120, env=env)  # fmt: skip


def test_user_add_hashes_with_argon2_and_refuses_twice(sqlite_server_db):
    done = kefu("user", "--db", sqlite_server_db, "add", "lily", "--role", "presale",
                "--password-stdin", stdin="a long password\n")  # fmt: skip
    assert done.returncode == 0, done.stderr
    store = open_store(sqlite_server_db)
    with store.sessions() as s:
        agent = s.scalar(select(Agent).where(Agent.username == "lily"))
        assert agent.role == Role.PRESALE
        assert s.get(Credential, agent.id).password_hash.startswith("$argon2")
    store.close()
    again = kefu("user", "--db", sqlite_server_db, "add", "lily", "--role", "presale",
                 "--password-stdin", stdin="another password\n")  # fmt: skip
    assert again.returncode == 2
    assert "passwd" in again.stderr
    short = kefu("user", "--db", sqlite_server_db, "passwd", "lily", "--password-stdin",
                 stdin="short\n")  # fmt: skip
    assert short.returncode == 2 and "at least 8" in short.stderr


def test_serve_then_sync_headless(sqlite_server_db, tmp_path, team):
    store, _w = team  # seeded with logins
    store.close()
    srv = ServerProcess(sqlite_server_db, tmp_path / "server.log").start()
    try:
        assert httpx.get(f"{srv.url}/openapi.json").status_code == 200
        desk = tmp_path / "desk.db"
        first = kefu("sync", "--server", srv.url, "--db", str(desk), "--user", "bob",
                     "--password-stdin", "--json", stdin=PASSWORD + "\n")  # fmt: skip
        assert first.returncode == 0, first.stderr
        report = json.loads(first.stdout)
        assert report["pending"] == 0 and report["conflicts"] == 0
        mine = open_store(str(desk))
        with mine.sessions() as s:
            assert s.scalar(select(Agent).where(Agent.username == "bob")) is not None
        mine.close()
        # the login is kept: the next sync needs no password
        second = kefu("sync", "--server", srv.url, "--db", str(desk), "--json")
        assert second.returncode == 0, second.stderr
        wrong = kefu("sync", "--server", srv.url, "--db", str(tmp_path / "x.db"), "--user",
                     "bob", "--password-stdin", stdin="not the password\n")  # fmt: skip
        assert wrong.returncode == 2 and "wrong username or password" in wrong.stderr
    finally:
        srv.stop()


def _attach_file(store, actor, order_no: str, source) -> None:  # noqa: ANN001
    tid = create_ticket(store.sessions, actor=actor, kind=TicketKind.QUALITY_CLAIM,
                        order_no=order_no).created  # fmt: skip
    stored = store_file(store.files_dir, source)
    attach_files(store.sessions, actor=actor, ticket_id=tid, files=[stored.as_dict()])


def test_sync_says_which_evidence_files_travelled(
    sqlite_server_db, tmp_path, team, migrated_template, monkeypatch
):
    store, w = team
    srv = ServerProcess(sqlite_server_db, tmp_path / "server.log").start()
    a = workstation(migrated_template, tmp_path, srv.url, "小王")
    try:
        photo = tmp_path / "破损.jpg"
        photo.write_bytes(os.urandom(5000))
        _attach_file(a.store, a.actor, w.order_no, photo)

        def dropped(*_args: object) -> dict:
            raise SyncError("offline", "the network dropped")

        monkeypatch.setattr(a.client, "upload_blob", dropped)
        assert a.sync().waiting == 1  # the record reached the server, the bytes did not
        desk = tmp_path / "bob.db"
        first = kefu("sync", "--server", srv.url, "--db", str(desk), "--user", "bob",
                     "--password-stdin", stdin=PASSWORD + "\n")  # fmt: skip
        assert first.returncode == 0, first.stderr
        assert first.stdout.rstrip().endswith("; evidence files 1 waiting")
        monkeypatch.undo()
        assert a.sync().uploaded == 1
        second = kefu("sync", "--server", srv.url, "--db", str(desk))
        assert second.stdout.rstrip().endswith("; evidence files 1 downloaded"), second.stdout
        quiet = kefu("sync", "--server", srv.url, "--db", str(desk))
        assert quiet.returncode == 0 and "evidence files" not in quiet.stdout
        mine = open_store(str(desk))
        with mine.sessions() as s:
            bob = s.scalar(select(Agent).where(Agent.username == "bob"))
            actor = Actor(bob.id, bob.role, bob.username)
        receipt = tmp_path / "快递单.pdf"
        receipt.write_bytes(b"%PDF-1.4 " + os.urandom(100))
        _attach_file(mine, actor, w.order_no, receipt)
        mine.close()
        third = kefu("sync", "--server", srv.url, "--db", str(desk))
        assert third.stdout.rstrip().endswith("; evidence files 1 uploaded"), third.stdout
        fourth = kefu("sync", "--server", srv.url, "--db", str(desk))
        assert "evidence files" not in fourth.stdout
    finally:
        a.close()
        srv.stop()


def test_sync_with_a_bad_address_says_so(tmp_path):
    bad = kefu("sync", "--server", "ftp//nowhere", "--db", str(tmp_path / "d.db"))
    assert bad.returncode == 2
    assert "not a server address" in bad.stderr
    away = kefu("sync", "--server", "http://127.0.0.1:9", "--db", str(tmp_path / "d.db"),
                "--user", "bob", "--password-stdin", stdin="whatever1\n")  # fmt: skip
    assert away.returncode == 2
    assert "cannot reach the server" in away.stderr


def test_serve_refuses_a_database_it_cannot_use(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all")
    done = kefu("serve", "--db", str(junk), "--port", "1")
    assert done.returncode == 2
    assert "not a Kefu Desk database" in done.stderr
