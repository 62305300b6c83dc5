"""Shared test set-up: offscreen Qt, a private data folder, a real SQLite store per test."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

# Before anything imports Qt or reads the data folder.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["KEFU_DATA"] = tempfile.mkdtemp(prefix="kefu-test-data-")
atexit.register(shutil.rmtree, os.environ["KEFU_DATA"], ignore_errors=True)
os.environ.pop("KEFU_DB", None)

import pendulum  # noqa: E402
import pytest  # noqa: E402

from app import clock  # noqa: E402
from app.db.store import Store, open_store  # noqa: E402
from app.models import Agent, Role  # noqa: E402
from app.services import Actor  # noqa: E402

FROZEN_AT = pendulum.datetime(2026, 3, 1, 15, 20, tz="Asia/Shanghai")


@pytest.fixture
def frozen_clock():
    """The clock stands at 2026-03-01 15:20 CST until the test moves it."""
    frozen = clock.FrozenClock(FROZEN_AT)
    with clock.use(frozen):
        yield frozen


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory) -> Path:
    """One freshly migrated database file, copied for each test (migrating is the slow part)."""
    path = tmp_path_factory.mktemp("template") / "kefu.db"
    open_store(str(path)).close()  # the last connection closing folds the WAL into the file
    return path


@pytest.fixture
def store(tmp_path, migrated_template) -> Store:
    """A fresh, migrated SQLite file of its own."""
    path = tmp_path / "kefu.db"
    shutil.copyfile(migrated_template, path)
    st = open_store(str(path))
    yield st
    st.close()


def make_agent(store: Store, role: Role = Role.AFTERSALE, name: str = "agent") -> Actor:
    with store.sessions.begin() as s:
        agent = Agent(username=name, display_name=name, role=role, compensation_limit_fen=5000)
        s.add(agent)
        s.flush()
        return Actor(agent.id, role, name)


@pytest.fixture
def actor(store) -> Actor:
    return make_agent(store)
