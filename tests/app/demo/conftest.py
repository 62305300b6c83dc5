"""A demo built once per module, at a fixed anchor, for the tests that only read it."""

from __future__ import annotations

import pendulum
import pytest

from app.db.store import Store, open_store
from app.demo import DemoSummary, build_demo

ANCHOR = pendulum.datetime(2026, 3, 1, 15, tz="Asia/Shanghai")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Store, DemoSummary]:
    """The default demo (600 tickets, seed 7) at :data:`ANCHOR`."""
    store = open_store(str(tmp_path_factory.mktemp("demo") / "demo.db"))
    summary = build_demo(store, anchor=ANCHOR)
    yield store, summary
    store.close()
