"""Fixtures of the sync tests: a server database (SQLite file, or PostgreSQL), a real server
on 127.0.0.1, and workstations with stores of their own."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from app.db.store import Store, open_store
from app.models import Role
from tests.app.builders import World, add_agent, world
from tests.sync.harness import ThreadServer, Workstation, add_login, workstation

PG_URL = os.environ.get("KEFU_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _pg_admin() -> sa.Engine | None:
    engine = sa.create_engine(
        PG_URL, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3}
    )
    try:
        with engine.connect():
            return engine
    except sa.exc.OperationalError as exc:
        engine.dispose()
        if os.environ.get("KEFU_REQUIRE_PG") == "1":
            pytest.fail(
                f"PostgreSQL required (KEFU_REQUIRE_PG=1) but {PG_URL} is not reachable: {exc}"
            )
        pytest.skip(f"no PostgreSQL at {PG_URL} (set KEFU_TEST_PG_URL): {exc.orig}")
    return None


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database of its own, dropped afterwards."""
    admin = _pg_admin()
    name = f"kefu_t_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name}")
    url = sa.make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    yield url
    with admin.connect() as conn:
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    admin.dispose()


@pytest.fixture(autouse=True)
def quick_argon2(monkeypatch):
    """Real argon2, with a small work factor so each login takes milliseconds, not 0.7 s."""
    from argon2 import PasswordHasher

    from app.server import accounts

    monkeypatch.setattr(accounts, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024))


@pytest.fixture(params=["sqlite", "postgresql"])
def server_db(request, tmp_path, migrated_template) -> str:
    if request.param == "sqlite":
        path = tmp_path / "server.db"
        shutil.copyfile(migrated_template, path)
        return str(path)
    return request.getfixturevalue("pg_url")


@pytest.fixture
def sqlite_server_db(tmp_path, migrated_template) -> str:
    path = tmp_path / "server.db"
    shutil.copyfile(migrated_template, path)
    return str(path)


def seed(store: Store) -> World:
    """The team's starting data: one shop, a buyer with an order, three agents with logins."""
    w = world(store)
    add_agent(store, name="bob")
    add_agent(store, name="carol")
    add_agent(store, name="boss", role=Role.SUPERVISOR)
    for name, role in (("小王", Role.AFTERSALE), ("bob", Role.AFTERSALE),
                       ("carol", Role.AFTERSALE), ("boss", Role.SUPERVISOR)):  # fmt: skip
        add_login(store, name, role)
    return w


@pytest.fixture
def team(sqlite_server_db) -> Iterator[tuple[Store, World]]:
    store = open_store(sqlite_server_db)
    w = seed(store)
    yield store, w
    store.close()


@pytest.fixture
def server(team) -> Iterator[ThreadServer]:
    srv = ThreadServer(team[0]).start()
    yield srv
    srv.stop()


@pytest.fixture
def desks(server, migrated_template, tmp_path) -> Iterator[dict[str, Workstation]]:
    """小王's, bob's and carol's workstations, synced once."""
    folder = tmp_path / "desks"
    folder.mkdir()
    made = {
        n: workstation(migrated_template, folder, server.url, n) for n in ("小王", "bob", "carol")
    }
    yield made
    for ws in made.values():
        ws.close()


@pytest.fixture
def make_desk(server, migrated_template, tmp_path):
    folder = tmp_path / "more-desks"
    folder.mkdir()
    made: list[Workstation] = []

    def make(name: str, url: str | None = None) -> Workstation:
        ws = workstation(migrated_template, folder, url or server.url, name)
        made.append(ws)
        return ws

    yield make
    for ws in made:
        ws.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if Path(str(item.fspath)).parent.name == "sync":
            item.add_marker(pytest.mark.sync)
