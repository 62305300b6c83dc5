"""Opening the local store: pragmas, where the file lives, refusals, backups."""

from __future__ import annotations

import importlib.util
import logging
import os
import sqlite3
import uuid
from pathlib import Path

import pendulum
import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from app import clock
from app.db import engine as db_engine
from app.db.store import SCHEMA_MAJOR, backup, head_revision, open_store
from app.errors import StoreError
from app.models import Message
from app.services import add_note, create_ticket
from tests.app.builders import with_test_revision, world


def pragma(store, name: str):
    with store.engine.connect() as conn:
        return conn.exec_driver_sql(f"PRAGMA {name}").scalar()


def current_revision(path: Path) -> str | None:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    return row[0] if row else None


def expect_refusal(target: str | Path, code: str) -> StoreError:
    with pytest.raises(StoreError) as info:
        open_store(str(target))
    assert info.value.code == code, info.value
    return info.value


# --- pragmas ---------------------------------------------------------------------------


def test_sqlite_runs_in_wal_with_foreign_keys_full_sync_and_busy_timeout(store):
    assert pragma(store, "journal_mode") == "wal"
    assert pragma(store, "foreign_keys") == 1
    assert pragma(store, "synchronous") == 2  # FULL
    assert pragma(store, "busy_timeout") == db_engine.BUSY_TIMEOUT_MS > 0


def test_foreign_keys_are_enforced(store):
    with pytest.raises(IntegrityError), store.sessions.begin() as s:
        s.add(Message(ticket_id=uuid.uuid4(), kind="note", body="orphan"))


def test_a_reader_is_not_blocked_by_a_writer_and_sees_only_committed_rows(store):
    reader = open_store(str(store.path))
    try:
        with store.engine.connect() as writer:
            writer.exec_driver_sql("INSERT INTO kefu_meta (key, value) VALUES ('probe', 'x')")
            with reader.engine.connect() as conn:  # WAL: the reader is not blocked
                found = conn.execute(text("SELECT value FROM kefu_meta WHERE key='probe'"))
                assert found.first() is None
            writer.commit()
        with reader.engine.connect() as conn:
            assert conn.execute(text("SELECT value FROM kefu_meta WHERE key='probe'")).scalar()
    finally:
        reader.close()


def test_a_second_writer_waits_then_reports_locked_and_writes_nothing(store, monkeypatch):
    w = world(store)
    monkeypatch.setattr(db_engine, "BUSY_TIMEOUT_MS", 150)
    other = open_store(str(store.path))
    try:
        assert pragma(other, "busy_timeout") == 150
        with store.engine.connect() as holder:
            holder.exec_driver_sql("INSERT INTO kefu_meta (key, value) VALUES ('hold', '1')")
            with pytest.raises(StoreError) as info:
                create_ticket(
                    other.sessions, actor=w.actor, kind="inquiry", customer_id=w.customer_id
                )
            holder.rollback()
        assert info.value.code == "locked"
        with other.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM tickets")).scalar() == 0
            assert conn.execute(text("SELECT count(*) FROM outbox")).scalar() == 0
    finally:
        other.close()


# --- where the store is ----------------------------------------------------------------


def test_default_store_lives_in_the_data_folder(monkeypatch, tmp_path):
    data = tmp_path / "data"
    monkeypatch.setenv("KEFU_DATA", str(data))
    monkeypatch.delenv("KEFU_DB", raising=False)
    st = open_store()
    try:
        assert st.path == data / "kefu.db"
        assert st.path.is_file()
        assert current_revision(st.path) == head_revision()
        assert st.files_dir == data / "kefu-files" and st.files_dir.is_dir()
    finally:
        st.close()


def test_conftest_points_the_data_folder_at_a_temp_dir():
    data = Path(os.environ["KEFU_DATA"])
    assert data.is_dir()
    assert Path(db_engine.resolve_url().database) == data / "kefu.db"


def test_kefu_db_environment_variable_names_another_file(monkeypatch, tmp_path):
    target = tmp_path / "elsewhere" / "team.db"
    target.parent.mkdir()
    monkeypatch.setenv("KEFU_DB", str(target))
    st = open_store()
    try:
        assert st.path == target and target.is_file()
    finally:
        st.close()


def test_kefu_db_may_be_a_sqlalchemy_url(monkeypatch, tmp_path):
    target = tmp_path / "url.db"
    monkeypatch.setenv("KEFU_DB", f"sqlite:///{target}")
    st = open_store()
    try:
        assert st.path == target and target.is_file()
    finally:
        st.close()


def test_explicit_db_wins_over_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("KEFU_DB", str(tmp_path / "env.db"))
    st = open_store(f"sqlite:///{tmp_path / 'flag.db'}")
    try:
        assert st.path == tmp_path / "flag.db"
        assert not (tmp_path / "env.db").exists()
    finally:
        st.close()


@pytest.mark.parametrize("url", ["mysql://x", "not a url://", "oracle+cx://u:p@host/db"])
def test_a_bad_url_is_refused(url):
    err = expect_refusal(url, "bad_url")
    assert err.params["url"] == url


def test_bad_url_also_from_the_environment(monkeypatch):
    monkeypatch.setenv("KEFU_DB", "mysql://x")
    with pytest.raises(StoreError) as info:
        open_store()
    assert info.value.code == "bad_url"


# --- refusals: the file is left as it was -----------------------------------------------


def _fresh_db_bytes(tmp_path: Path) -> bytes:
    src = tmp_path / "source.db"
    st = open_store(str(src))
    w = world(st)
    create_ticket(st.sessions, actor=w.actor, kind="inquiry", order_no=w.order_no)
    st.close()
    with sqlite3.connect(src) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return src.read_bytes()


def _damaged_cases(tmp_path: Path) -> dict[str, bytes]:
    good = _fresh_db_bytes(tmp_path)
    return {
        "text": "这不是数据库\nthis is a note\n".encode(),
        "random": os.urandom(9000),
        "truncated-header": good[:60],
        "truncated-first-page": good[:2048],
        "truncated-pages": good[: len(good) // 3 // 4096 * 4096],
        "garbage-after-header": good[:100] + os.urandom(8000),
    }


@pytest.mark.parametrize(
    "case",
    [
        "text",
        "random",
        "truncated-header",
        "truncated-first-page",
        "truncated-pages",
        "garbage-after-header",
    ],
)
def test_a_file_that_is_not_a_usable_database_is_refused_and_left_alone(tmp_path, case):
    content = _damaged_cases(tmp_path)[case]
    target = tmp_path / "victim.db"
    target.write_bytes(content)
    err = expect_refusal_any(target, {"not_a_database", "damaged"})
    assert str(target) in str(err)
    assert err.params["path"] == str(target)
    assert target.read_bytes() == content
    assert not list(tmp_path.glob("victim.db.bak-*"))


def expect_refusal_any(target: Path, codes: set[str]) -> StoreError:
    with pytest.raises(StoreError) as info:
        open_store(str(target))
    assert info.value.code in codes, info.value
    return info.value


def test_another_programs_database_is_refused_untouched(tmp_path):
    target = tmp_path / "wechat_backup.db"
    with sqlite3.connect(target) as conn:
        conn.execute("CREATE TABLE contacts (wxid TEXT PRIMARY KEY, remark TEXT)")
        conn.execute("INSERT INTO contacts VALUES ('wxid_1', '老客户')")
    conn.close()
    content = target.read_bytes()
    err = expect_refusal(target, "foreign_database")
    assert str(target) in str(err)
    assert target.read_bytes() == content
    with sqlite3.connect(target) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("SELECT remark FROM contacts").fetchall() == [("老客户",)]
    conn.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["wechat_backup.db"]


def test_a_database_from_a_newer_major_schema_is_refused_and_not_migrated(tmp_path):
    target = tmp_path / "newer.db"
    open_store(str(target)).close()
    with sqlite3.connect(target) as conn:
        conn.execute(
            "UPDATE kefu_meta SET value = ? WHERE key = 'schema_major'", (str(SCHEMA_MAJOR + 1),)
        )
        conn.execute("UPDATE alembic_version SET version_num = 'f00dcafe'")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    content = target.read_bytes()
    err = expect_refusal(target, "newer_schema")
    assert err.params["found"] == SCHEMA_MAJOR + 1
    assert str(target) in str(err)
    assert target.read_bytes() == content
    assert current_revision(target) == "f00dcafe"
    assert not list(tmp_path.glob("newer.db.bak-*"))


def test_a_newer_major_schema_is_refused_even_at_a_known_revision(tmp_path):
    target = tmp_path / "newer.db"
    open_store(str(target)).close()
    with sqlite3.connect(target) as conn:
        conn.execute("UPDATE kefu_meta SET value = '99' WHERE key = 'schema_major'")
    conn.close()
    expect_refusal(target, "newer_schema")


def test_a_newer_minor_revision_opens_without_migrating(tmp_path, caplog):
    target = tmp_path / "minor.db"
    open_store(str(target)).close()
    with sqlite3.connect(target) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'beefbeef'")
    conn.close()
    with caplog.at_level(logging.WARNING, logger="app.db.store"):
        st = open_store(str(target))
    st.close()
    assert current_revision(target) == "beefbeef"
    assert "newer minor revision" in caplog.text
    assert not list(tmp_path.glob("minor.db.bak-*"))


@pytest.mark.parametrize("as_url", [False, True])
def test_a_folder_is_refused(tmp_path, as_url):
    folder = tmp_path / "a-folder.db"
    folder.mkdir()
    err = expect_refusal(f"sqlite:///{folder}" if as_url else folder, "not_a_database")
    assert str(folder) in str(err)
    assert folder.is_dir() and not any(folder.iterdir())


def test_a_path_under_a_file_cannot_be_opened(tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    err = expect_refusal(blocker / "kefu.db", "cannot_open")
    assert str(blocker / "kefu.db") in str(err)


def test_an_empty_file_becomes_a_new_store(tmp_path):
    target = tmp_path / "empty.db"
    target.touch()
    open_store(str(target)).close()
    assert current_revision(target) == head_revision()


def test_opening_again_at_head_makes_no_backup(tmp_path):
    target = tmp_path / "kefu.db"
    open_store(str(target)).close()
    open_store(str(target)).close()
    assert not list(tmp_path.glob("kefu.db.bak-*"))


# --- backups before migrating -----------------------------------------------------------


def _store_at_head_with_a_note(path: Path) -> str:
    """A store at the real head with a note in it; returns that head."""
    st = open_store(str(path))
    head = head_revision()
    assert current_revision(path) == head
    w = world(st)
    ticket = create_ticket(st.sessions, actor=w.actor, kind="inquiry", order_no=w.order_no)
    add_note(st.sessions, actor=w.actor, ticket_id=ticket.created, body="备份前的备注")
    st.close()
    return head


def _columns(path: Path, table: str) -> list[str]:
    with sqlite3.connect(path) as conn:
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    conn.close()
    return cols


def test_opening_an_older_revision_backs_up_the_file_first(tmp_path, frozen_clock, monkeypatch):
    target = tmp_path / "kefu.db"
    old = _store_at_head_with_a_note(target)
    head = with_test_revision(monkeypatch, tmp_path)
    open_store(str(target)).close()
    assert current_revision(target) == head
    assert "test_only_motto" in _columns(target, "shops")
    stamp = clock.now().format("YYYYMMDD-HHmmss")
    backups = list(tmp_path.glob("kefu.db.bak-*"))
    assert [b.name for b in backups] == [f"kefu.db.bak-{old}-{stamp}"]
    assert current_revision(backups[0]) == old
    assert "test_only_motto" not in _columns(backups[0], "shops")
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT body FROM messages").fetchall() == [("备份前的备注",)]
    conn.close()


def test_a_new_store_is_created_at_head_without_backup(tmp_path, monkeypatch):
    head = with_test_revision(monkeypatch, tmp_path)
    target = tmp_path / "fresh.db"
    open_store(str(target)).close()
    assert current_revision(target) == head
    assert not list(tmp_path.glob("fresh.db.bak-*"))


def test_backup_keeps_the_newest_three(tmp_path, frozen_clock):
    target = tmp_path / "kefu.db"
    open_store(str(target)).close()
    made = []
    for _ in range(5):
        made.append(backup(target, label="0001"))
        frozen_clock.advance(minutes=1)
        os.utime(made[-1], (made[-1].stat().st_atime, frozen_clock.at.timestamp()))
    left = sorted(tmp_path.glob("kefu.db.bak-*"))
    assert left == sorted(made[-3:])
    for b in left:
        assert current_revision(b) == head_revision()


def test_backup_copies_committed_rows_still_in_the_wal(tmp_path):
    target = tmp_path / "kefu.db"
    st = open_store(str(target))
    try:
        with st.engine.begin() as conn:
            conn.execute(text("INSERT INTO kefu_meta (key, value) VALUES ('in_wal', 'yes')"))
        assert (tmp_path / "kefu.db-wal").stat().st_size > 0
        with clock.use(clock.FrozenClock(pendulum.datetime(2026, 1, 2, tz="UTC"))):
            copy = backup(target, label="x")
    finally:
        st.close()
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT value FROM kefu_meta WHERE key='in_wal'").fetchone() == ("yes",)
    conn.close()


def test_an_unknown_driver_is_a_bad_url():
    err = expect_refusal("sqlite+nodriver:///x.db", "bad_url")
    assert "nodriver" in str(err)


def test_a_missing_driver_is_reported_without_the_password():
    assert importlib.util.find_spec("pg8000") is None  # a PostgreSQL driver this project lacks
    err = expect_refusal("postgresql+pg8000://kefu:s3cret@127.0.0.1:1/kefu", "cannot_open")
    assert "s3cret" not in str(err) and "pg8000" in str(err)


RECREATE_TICKETS = """\
    with op.batch_alter_table("tickets", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("test_only_mood", sa.String(10), nullable=True))
"""
LEAVE_AN_ORPHAN = """\
    op.execute("DELETE FROM customers")
"""


def test_a_migration_that_copies_a_referenced_table_keeps_the_data(tmp_path, monkeypatch):
    target = tmp_path / "kefu.db"
    _store_at_head_with_a_note(target)
    head = with_test_revision(monkeypatch, tmp_path, RECREATE_TICKETS)
    st = open_store(str(target))
    try:
        assert current_revision(target) == head
        assert "test_only_mood" in _columns(target, "tickets")
        assert pragma(st, "foreign_keys") == 1  # on again for every connection
        with st.engine.connect() as conn:
            notes = conn.execute(
                text("SELECT count(*) FROM messages m JOIN tickets t ON t.id = m.ticket_id")
            ).scalar()
        assert notes == 1
        test_foreign_keys_are_enforced(st)
    finally:
        st.close()


def test_a_migration_that_breaks_references_is_rolled_back(tmp_path, monkeypatch):
    target = tmp_path / "kefu.db"
    old = _store_at_head_with_a_note(target)
    with sqlite3.connect(target) as conn:
        before = conn.execute("SELECT count(*) FROM customers").fetchone()
    conn.close()
    with_test_revision(monkeypatch, tmp_path, LEAVE_AN_ORPHAN)
    err = expect_refusal(target, "migration_failed")
    assert str(target) in str(err)
    assert current_revision(target) == old
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT count(*) FROM customers").fetchone() == before
    conn.close()
    assert len(list(tmp_path.glob(f"kefu.db.bak-{old}-*"))) == 1


def test_a_database_in_a_missing_folder_is_refused_and_no_folder_is_made(tmp_path):
    target = tmp_path / "no-such-folder" / "deeper" / "kefu.db"
    with pytest.raises(StoreError) as err:
        open_store(str(target))
    assert err.value.code == "cannot_open" and "no-such-folder" in str(err.value)
    assert not (tmp_path / "no-such-folder").exists()
