"""Migrations: a stored database of each released schema upgrades; models and migrations agree."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from app.db import fts
from app.db.store import SCHEMA_MAJOR, alembic_config, head_revision, open_store
from app.models import Base, Role
from app.queries.search import search
from app.queries.tickets import conversation, load_ticket
from app.services import Actor, add_note
from tests.app.builders import with_test_revision

DATA = Path(__file__).resolve().parent.parent / "data"
STORED_0001 = DATA / "schema_0001.db"
TICKET_0001 = uuid.UUID("019ca9a0e3007a01800000000000a007")
AGENT_0001 = uuid.UUID("019ca9a0e3007a01800000000000a002")

# The shadow tables FTS5 and fts5vocab make for each index; the models know nothing of them.
FTS_SHADOWS = {"", "_data", "_idx", "_docsize", "_config", "_vocab"}
FTS_TABLES = {ix.name + suffix for ix in fts.INDEXES for suffix in FTS_SHADOWS}


def revision_of(path: Path) -> str | None:
    with sqlite3.connect(path) as conn:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    conn.close()
    return row[0] if row else None


def differences(store) -> list:
    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        return compare_metadata(ctx, Base.metadata)


def split_fts(diffs: list) -> tuple[set[str], list]:
    """The FTS shadow tables autogenerate would drop, and every other difference."""
    fts_drops, other = set(), []
    for diff in diffs:
        if isinstance(diff, tuple) and diff[0] == "remove_table" and diff[1].name in FTS_TABLES:
            fts_drops.add(diff[1].name)
        else:
            other.append(diff)
    return fts_drops, other


@pytest.fixture
def old_copy(tmp_path) -> Path:
    assert revision_of(STORED_0001) == "0001", "the stored file must stay at schema 0001"
    target = tmp_path / "kefu.db"
    shutil.copyfile(STORED_0001, target)
    return target


def check_upgraded_0001(path: Path, head: str) -> None:
    st = open_store(str(path))
    try:
        assert revision_of(path) == head
        detail = load_ticket(st.sessions, TICKET_0001)
        assert detail.subject == "T恤洗后掉色"
        assert detail.status == "open" and detail.priority == "high"
        assert detail.due_at.isoformat() == "2026-02-28T10:35:00+00:00"
        assert detail.customer.nickname == "小鹿乱撞"
        assert [c.name for c in detail.customer.tags] == ["老客户"]
        assert detail.order is not None and detail.order.order_no == "6931027745120381"
        assert [(i.sku, i.quantity, i.amount_fen, i.covered) for i in detail.order.items] == [
            ("TS-WHITE-L", 2, 2 * 5900 - 856, True),
            ("SOCK-3", 1, 1990 - 144, False),
        ]
        assert detail.order.paid_fen == 12790 and isinstance(detail.order.paid_fen, int)
        talk = conversation(st.sessions, TICKET_0001)
        assert [m.body for m in talk][0] == "衣服洗了有点掉色"
        assert [m.kind for m in talk] == ["buyer", "reply"]
        for query in ("掉色", "小鹿", "6931027", "中筒袜", "洗了有点"):
            assert [h.ticket_id for h in search(st.sessions, query)] == [TICKET_0001], query
        # New writes go through the upgraded schema and its search triggers.
        actor = Actor(AGENT_0001, Role.AFTERSALE, "小王")
        add_note(st.sessions, actor=actor, ticket_id=TICKET_0001, body="升级后补充：已登记色差")
        assert [h.ticket_id for h in search(st.sessions, "色差")] == [TICKET_0001]
        with st.engine.connect() as conn:
            major = conn.execute(text("SELECT value FROM kefu_meta WHERE key='schema_major'"))
            assert int(major.scalar()) == SCHEMA_MAJOR
    finally:
        st.close()


def test_the_stored_0001_database_opens_at_head_with_its_data(old_copy, tmp_path):
    head = head_revision()
    check_upgraded_0001(old_copy, head)
    backups = list(tmp_path.glob("kefu.db.bak-*"))
    if head == "0001":
        assert backups == []
    else:
        assert len(backups) == 1 and revision_of(backups[0]) == "0001"
    assert revision_of(STORED_0001) == "0001"  # the committed file itself is never migrated


def test_the_stored_0001_database_upgrades_to_a_newer_head_after_a_backup(
    old_copy, tmp_path, monkeypatch
):
    head = with_test_revision(monkeypatch, tmp_path)
    check_upgraded_0001(old_copy, head)
    (backup,) = tmp_path.glob("kefu.db.bak-0001-*")
    assert revision_of(backup) == "0001"
    with sqlite3.connect(backup) as conn:
        bodies = [r[0] for r in conn.execute("SELECT body FROM messages ORDER BY at")]
    conn.close()
    assert bodies == ["衣服洗了有点掉色", "亲，麻烦拍一下掉色的位置，我们帮您处理"]


def test_models_and_migrations_agree(store):
    fts_drops, other = split_fts(differences(store))
    assert other == []
    assert fts_drops == FTS_TABLES  # every index and its shadow tables exist


def test_models_and_migrations_agree_after_upgrading_the_stored_0001_file(old_copy):
    st = open_store(str(old_copy))
    try:
        fts_drops, other = split_fts(differences(st))
        assert other == []
        assert fts_drops == FTS_TABLES
    finally:
        st.close()


def test_a_fresh_store_records_the_schema_major_and_head(store):
    with store.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == head_revision()
        major = conn.execute(text("SELECT value FROM kefu_meta WHERE key = 'schema_major'"))
        assert int(major.scalar()) == SCHEMA_MAJOR
        views = set(inspect(conn).get_view_names())
    assert views == {f"{ix.name}_src" for ix in fts.INDEXES}


def test_downgrade_to_base_and_upgrade_again(tmp_path):
    target = tmp_path / "kefu.db"
    st = open_store(str(target))
    try:
        with st.engine.begin() as conn:
            cfg = alembic_config(st.url)
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "base")
        with st.engine.connect() as conn:
            insp = inspect(conn)
            assert set(insp.get_table_names()) <= {"alembic_version"}
            assert insp.get_view_names() == []
            triggers = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='trigger'")
            assert triggers.all() == []
    finally:
        st.close()
    open_store(str(target)).close()
    assert revision_of(target) == head_revision()


def test_the_fast_start_path_knows_the_newest_migration():
    """open_store skips Alembic for a database at the head it reads from the files."""
    from app.db.store import head_revision, quick_head

    assert quick_head() == head_revision()
