"""Evidence files travel: the bytes of a photo attached on one desk reach the other desks
through the team server's file store (SQLite and PostgreSQL), checked on both ends."""

from __future__ import annotations

import hashlib
import http.server
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from sqlalchemy import delete, func, select

from app.db.store import Store, open_store
from app.models import Blob, TicketKind
from app.queries.attachments import stored_path
from app.services import attachments as attachments_service
from app.services.attachments import attach_files, store_file
from app.services.tickets import create_ticket
from app.sync import blobs
from app.sync.client import ServerClient, SyncError
from app.sync.protocol import PROTOCOL, PROTOCOL_HEADER
from tests.app.builders import World
from tests.sync.conftest import seed
from tests.sync.harness import ThreadServer, Workstation, workstation

H = {PROTOCOL_HEADER: str(PROTOCOL)}


@dataclass
class Hub:
    store: Store
    world: World
    server: ThreadServer
    a: Workstation  # 小王's desk
    b: Workstation  # bob's desk


@pytest.fixture
def hub(server_db, migrated_template, tmp_path) -> Iterator[Hub]:
    store = open_store(server_db)
    w = seed(store)
    srv = ThreadServer(store).start()
    folder = tmp_path / "desks"
    folder.mkdir()
    a = workstation(migrated_template, folder, srv.url, "小王")
    b = workstation(migrated_template, folder, srv.url, "bob")
    yield Hub(store, w, srv, a, b)
    a.close()
    b.close()
    srv.stop()
    store.close()


def photo(folder: Path, size: int = 9 * 1024 * 1024 + 123) -> Path:
    """A phone-sized photo's worth of bytes (more than one slice on either side)."""
    path = folder / "破损照片.jpg"
    path.write_bytes(os.urandom(size))
    return path


def attach(ws: Workstation, w: World, source: Path) -> tuple[str, str]:
    """A new ticket on ``ws`` with ``source`` attached, without syncing: (ticket, sha)."""
    tid = create_ticket(ws.store.sessions, actor=ws.actor, kind=TicketKind.QUALITY_CLAIM,
                        order_no=w.order_no).created  # fmt: skip
    stored = store_file(ws.store.files_dir, source)
    attach_files(ws.store.sessions, actor=ws.actor, ticket_id=tid, files=[stored.as_dict()])
    return str(tid), stored.sha256


def on_server(hub: Hub, sha: str) -> int | None:
    with hub.store.sessions() as s:
        return s.scalar(select(Blob.size).where(Blob.sha256 == sha))


def leftovers(store: Store) -> list[Path]:
    return [p for p in store.files_dir.rglob("*") if p.is_file() and len(p.name) != 64]


def test_a_photo_attached_offline_reaches_the_other_desk(hub, tmp_path):
    source = photo(tmp_path)
    tid, sha = attach(hub.a, hub.world, source)
    assert hub.b.sync().downloaded == 0  # nothing was sent yet
    sent = hub.a.sync()
    assert (sent.uploaded, sent.waiting) == (1, 0)
    assert on_server(hub, sha) == source.stat().st_size
    got = hub.b.sync()
    assert (got.downloaded, got.waiting) == (1, 0)
    assert tid in got.tickets  # the desk's window reloads that ticket
    here = stored_path(hub.b.store.files_dir, sha)
    assert here.read_bytes() == source.read_bytes()
    assert leftovers(hub.b.store) == []
    # nothing travels twice
    assert hub.a.sync().uploaded == 0
    assert hub.b.sync().downloaded == 0


def test_file_bytes_never_travel_as_rows(hub, tmp_path):
    _tid, sha = attach(hub.a, hub.world, photo(tmp_path, 1000))
    hub.a.sync()
    hub.b.sync()
    assert "blobs" not in hub.b.client.heads()["tables"]
    with pytest.raises(SyncError) as refused:
        hub.b.client.snapshot("blobs", None, 10)
    assert refused.value.code == "not_found"
    for desk in (hub.a, hub.b):
        with desk.store.sessions() as s:
            assert s.scalar(select(func.count()).select_from(Blob)) == 0
    assert on_server(hub, sha) == 1000


def test_the_server_refuses_wrong_bytes_unnamed_files_and_oversize(hub, tmp_path, monkeypatch):
    source = photo(tmp_path, 5000)
    _tid, sha = attach(hub.a, hub.world, source)
    hub.a.client.upload_blob = lambda *_a: {}  # the desk pushes the record, not the bytes
    hub.a.sync()
    del hub.a.client.upload_blob
    url, auth = hub.server.url, H | {"Authorization": f"Bearer {hub.a.client.token}"}

    r = httpx.put(f"{url}/v1/blobs/{sha}", headers=auth, content=b"not the photo")
    assert (r.status_code, r.json()["code"]) == (400, "hash_mismatch")
    stray = b"a file nobody attached"
    r = httpx.put(f"{url}/v1/blobs/{hashlib.sha256(stray).hexdigest()}", headers=auth,
                  content=stray)  # fmt: skip
    assert (r.status_code, r.json()["code"]) == (404, "not_referenced")
    r = httpx.get(f"{url}/v1/blobs/{hashlib.sha256(stray).hexdigest()}", headers=auth)
    assert (r.status_code, r.json()["code"]) == (404, "not_found")
    assert httpx.put(f"{url}/v1/blobs/not-a-hash", headers=auth, content=b"x").status_code == 422
    r = httpx.post(f"{url}/v1/blobs/missing", headers=auth, json={"hashes": ["abc"]})
    assert r.status_code == 422
    assert httpx.get(f"{url}/v1/blobs/{sha}", headers=H).status_code == 401
    r = httpx.put(f"{url}/v1/blobs/{sha}", content=source.read_bytes(),
                  headers={"Authorization": auth["Authorization"]})  # fmt: skip
    assert (r.status_code, r.json()["code"]) == (400, "unsupported_protocol")

    def zeros(total: int) -> Iterator[bytes]:
        while total > 0:
            yield b"\0" * min(total, 1 << 20)
            total -= 1 << 20

    # over 50 MB: refused as it streams in, whatever the handler would say
    r = httpx.put(f"{url}/v1/blobs/{sha}", headers=auth,
                  content=zeros(attachments_service.MAX_BYTES + 1))  # fmt: skip
    assert (r.status_code, r.json()["code"]) == (413, "too_large")
    monkeypatch.setattr(attachments_service, "MAX_BYTES", 4096)
    r = httpx.put(f"{url}/v1/blobs/{sha}", headers=auth, content=zeros(8192))
    assert (r.status_code, r.json()["code"]) == (413, "too_large")
    monkeypatch.undo()
    assert on_server(hub, sha) is None
    assert hub.a.client.missing_blobs([sha]) == [sha]

    r = httpx.put(f"{url}/v1/blobs/{sha}", headers=auth, content=source.read_bytes())
    assert r.status_code == 200 and r.json() == {"sha256": sha, "size": 5000, "created": True}
    r = httpx.put(f"{url}/v1/blobs/{sha}", headers=auth, content=source.read_bytes())
    assert r.status_code == 200 and r.json()["created"] is False  # the same again: no change
    r = httpx.get(f"{url}/v1/blobs/{sha}", headers=auth)
    assert r.status_code == 200 and r.content == source.read_bytes()
    assert hub.a.client.missing_blobs([sha]) == []


def test_a_file_not_on_the_server_yet_waits_and_comes_later(hub, tmp_path, monkeypatch):
    source = photo(tmp_path)
    tid, sha = attach(hub.a, hub.world, source)

    def dropped(*_args: object) -> dict:
        raise SyncError("offline", "the network dropped")

    monkeypatch.setattr(hub.a.client, "upload_blob", dropped)
    sent = hub.a.sync()  # the records go; the photo does not, and the sync still succeeds
    assert (sent.pushed, sent.uploaded, sent.waiting) == (2, 0, 1)
    assert on_server(hub, sha) is None
    got = hub.b.sync()  # bob sees the ticket and its record; the bytes wait
    assert tid in got.tickets
    assert (got.downloaded, got.waiting) == (0, 1)
    assert not stored_path(hub.b.store.files_dir, sha).exists()
    monkeypatch.undo()
    assert hub.a.sync().uploaded == 1  # the next round sends it
    got = hub.b.sync()
    assert (got.downloaded, got.waiting) == (1, 0)
    assert stored_path(hub.b.store.files_dir, sha).read_bytes() == source.read_bytes()


def test_a_file_lost_on_the_server_waits_until_it_is_uploaded_again(hub, tmp_path):
    source = photo(tmp_path, 300_000)
    _tid, sha = attach(hub.a, hub.world, source)
    hub.a.sync()
    with hub.store.sessions.begin() as s:
        s.execute(delete(Blob).where(Blob.sha256 == sha))
    assert hub.b.sync().waiting == 1
    assert leftovers(hub.b.store) == []
    hub.a.client.upload_blob(sha, stored_path(hub.a.store.files_dir, sha))
    assert hub.b.sync().downloaded == 1
    assert stored_path(hub.b.store.files_dir, sha).read_bytes() == source.read_bytes()


def test_an_interrupted_download_fails_nothing_and_leaves_no_file(hub, tmp_path, monkeypatch):
    source = photo(tmp_path, 3 * 1024 * 1024)
    _tid, sha = attach(hub.a, hub.world, source)
    hub.a.sync()
    real = ServerClient.download_blob

    def cut(self: ServerClient, digest: str, write) -> int:  # noqa: ANN001
        def half(chunk: bytes) -> None:
            write(chunk)
            raise SyncError("offline", "the connection dropped")

        return real(self, digest, half)

    monkeypatch.setattr(ServerClient, "download_blob", cut)
    got = hub.b.sync()
    assert (got.downloaded, got.waiting) == (0, 1)
    assert not stored_path(hub.b.store.files_dir, sha).exists()
    assert leftovers(hub.b.store) == []
    monkeypatch.undo()
    assert hub.b.sync().downloaded == 1


class _Cutting(http.server.BaseHTTPRequestHandler):
    """Answers every file with its full length announced and only half of it sent (or with
    the wrong bytes), then hangs up."""

    body = b""
    whole = False

    def do_GET(self) -> None:  # noqa: N802
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body if self.whole else self.body[: len(self.body) // 2])
        self.wfile.flush()
        self.close_connection = True

    def log_message(self, *_args: object) -> None:
        pass


@pytest.mark.parametrize("whole", [False, True], ids=["cut", "wrong-bytes"])
def test_a_cut_or_wrong_download_leaves_nothing_under_the_final_name(tmp_path, whole):
    data = os.urandom(3 * 1024 * 1024)
    sha = hashlib.sha256(data).hexdigest()
    handler = type("Handler", (_Cutting,), {"body": data[::-1] if whole else data,
                                            "whole": whole})  # fmt: skip
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    files = tmp_path / "files"
    stale = stored_path(files, sha).with_name(sha + ".download")
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"left by a crash")
    url = f"http://127.0.0.1:{httpd.server_address[1]}"
    try:
        with ServerClient(url, timeout=10) as client, pytest.raises(SyncError) as failed:
            blobs.download(client, files, sha)
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert failed.value.code == ("hash_mismatch" if whole else "offline")
    assert not stored_path(files, sha).exists()
    assert [p for p in files.rglob("*") if p.is_file()] == []
