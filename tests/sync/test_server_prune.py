"""kefu server prune as an operator runs it: old change-log entries and evidence files no
ticket uses go, the rest stays, and a workstation that fell behind downloads afresh."""

from __future__ import annotations

import json
import os

import pendulum
from sqlalchemy import delete, func, select, update

from app.models import Attachment, Blob, Change, PushResult, Stream, TicketKind
from app.services.attachments import attach_files, store_file
from app.services.messages import add_note
from app.services.tickets import create_ticket
from tests.sync.test_cli import kefu


def _attach(ws, w, folder, name: str, size: int) -> tuple[str, str]:  # noqa: ANN001
    """A new ticket on ``ws`` with a file of ``size`` random bytes: (ticket, sha)."""
    source = folder / name
    source.write_bytes(os.urandom(size))
    tid = create_ticket(ws.store.sessions, actor=ws.actor, kind=TicketKind.QUALITY_CLAIM,
                        order_no=w.order_no).created  # fmt: skip
    stored = store_file(ws.store.files_dir, source)
    attach_files(ws.store.sessions, actor=ws.actor, ticket_id=tid, files=[stored.as_dict()])
    return str(tid), stored.sha256


def _changes(store) -> dict[str, list[int]]:  # noqa: ANN001
    out: dict[str, list[int]] = {}
    with store.sessions() as s:
        for stream, seq in s.execute(select(Change.stream, Change.seq).order_by(Change.seq)):
            out.setdefault(str(stream), []).append(seq)
    return out


def _blobs(store) -> set[str]:  # noqa: ANN001
    with store.sessions() as s:
        return set(s.scalars(select(Blob.sha256)))


def test_prune_forgets_old_changes_and_unused_files(team, desks, sqlite_server_db, tmp_path):
    store, w = team
    a, carol = desks["小王"], desks["carol"]
    sizes = {"live": 3000, "removed": 5000, "gone": 7000, "recent": 11000}
    tickets, shas = {}, {}
    for key, size in sizes.items():
        tickets[key], shas[key] = _attach(a, w, tmp_path, f"{key}.jpg", size)
    assert a.sync().uploaded == 4
    # 100 days pass: everything so far is old, except the file of "recent"
    old = pendulum.now("UTC").subtract(days=100)
    with store.sessions.begin() as s:
        s.execute(update(PushResult).values(at=old))
        s.execute(update(Blob).where(Blob.sha256 != shas["recent"]).values(created_at=old))
        gone = [shas["removed"], shas["recent"]]
        s.execute(update(Attachment).where(Attachment.sha256.in_(gone)).values(deleted_at=old))
        s.execute(delete(Attachment).where(Attachment.sha256 == shas["gone"]))
        heads = {str(i): seq for i, seq in s.execute(select(Stream.id, Stream.last_seq))}
    # then today's work
    add_note(a.store.sessions, actor=a.actor, ticket_id=tickets["live"], body="今天的备注")
    assert a.sync().applied == 1
    before = _changes(store)
    old_entries = sum(1 for k, seqs in before.items() for q in seqs if q <= heads.get(k, 0))
    new_entries = sum(len(seqs) for seqs in before.values()) - old_entries
    assert old_entries > 0 and new_entries > 0

    looked = kefu("server", "prune", "--db", sqlite_server_db, "--dry-run", "--json")
    assert looked.returncode == 0, looked.stderr
    plan = json.loads(looked.stdout)
    assert plan["dry_run"] is True and plan["keep_days"] == 90
    assert plan["changes"]["pruned"] == old_entries and plan["changes"]["kept"] == new_entries
    assert plan["blobs"] == {"removed": 2, "bytes": sizes["removed"] + sizes["gone"]}
    assert _changes(store) == before and len(_blobs(store)) == 4  # nothing changed

    done = kefu("server", "prune", "--db", sqlite_server_db)
    assert done.returncode == 0, done.stderr
    assert f"pruned {old_entries} change-log entries older than 90 days" in done.stdout
    assert f"{new_entries} kept" in done.stdout
    assert "removed 2 evidence files no ticket uses any more (12 KB)" in done.stdout
    after = _changes(store)
    assert all(q > heads.get(k, 0) for k, seqs in after.items() for q in seqs)
    assert sum(len(seqs) for seqs in after.values()) == new_entries
    assert _blobs(store) == {shas["live"], shas["recent"]}
    with store.sessions() as s:
        pruned = {str(i): p for i, p in s.execute(select(Stream.id, Stream.pruned_seq))}
    assert all(pruned[k] == heads[k] for k in before if k in heads and heads[k] > 0)

    # carol synced last before all of it: her cursors are below what is kept, so she resets
    report = carol.sync()
    assert report.reset
    assert (report.downloaded, report.waiting) == (1, 0)  # the live file; none is missed
    with carol.store.sessions() as s:
        live = Attachment.deleted_at.is_(None)
        assert s.scalar(select(func.count()).select_from(Attachment).where(live)) == 1
        assert s.scalar(select(func.count()).select_from(Attachment)) == 3
    assert not a.sync().reset  # 小王 is up to date: nothing to download afresh

    again = kefu("server", "prune", "--db", sqlite_server_db, "--json")
    assert json.loads(again.stdout)["changes"]["pruned"] == 0
    assert json.loads(again.stdout)["blobs"]["removed"] == 0


def test_keep_days_zero_prunes_up_to_now(team, desks, sqlite_server_db):
    store, w = team
    a = desks["小王"]
    tid = create_ticket(a.store.sessions, actor=a.actor, kind=TicketKind.QUALITY_CLAIM,
                        order_no=w.order_no).created  # fmt: skip
    a.sync()
    done = kefu("server", "prune", "--db", sqlite_server_db, "--keep-days", "0", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["changes"]["pruned"] > 0 and report["changes"]["kept"] == 0
    assert _changes(store) == {}
    assert not a.sync().reset  # 小王 had everything: she goes on from where she was
    add_note(a.store.sessions, actor=a.actor, ticket_id=tid, body="之后的备注")
    assert a.sync().applied == 1
    bob = desks["bob"].sync()  # bob had not seen 小王's ticket: he downloads afresh
    assert bob.reset and bob.pending == 0


def test_prune_refuses_a_database_it_cannot_use(tmp_path):
    missing = kefu("server", "prune", "--db", str(tmp_path / "nowhere.db"))
    assert missing.returncode == 1
    assert "no server database" in missing.stderr and "nowhere.db" in missing.stderr
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all")
    bad = kefu("server", "prune", "--db", str(junk), "--dry-run")
    assert bad.returncode == 1 and "not a Kefu Desk database" in bad.stderr
    url = kefu("server", "prune", "--db", "mysql://somewhere/kefu")
    assert url.returncode == 1 and "unsupported database" in url.stderr
    away = kefu("server", "prune", "--db", "postgresql+psycopg://kefu@127.0.0.1:9/kefu")
    assert away.returncode == 1 and "cannot use the database" in away.stderr
    usage = kefu("server", "prune", "--keep-days", "soon")
    assert usage.returncode == 2 and "--keep-days" in usage.stderr
    assert kefu("server").returncode == 2
