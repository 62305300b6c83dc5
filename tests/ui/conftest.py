"""GUI fixtures: a seeded store, the app context, and a shown main window (offscreen)."""

from __future__ import annotations

import pytest

from app.drafts import Drafts
from app.queries import lookups
from tests.ui import seed as seed_mod
from ui import i18n
from ui.bus import ChangeBus
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.ops import pending_ops


@pytest.fixture(autouse=True)
def chinese(qapp):
    """The workstation's default language, as the agents see it."""
    i18n.install(qapp, "zh_CN")
    yield
    i18n.install(qapp, "zh_CN")


@pytest.fixture
def seeded(store):
    return seed_mod.build(store)


@pytest.fixture
def ctx(store, seeded, tmp_path) -> AppContext:
    agent = next(a for a in lookups.agents(store.sessions) if a.username == "demo")
    return AppContext(store=store, agent=agent, bus=ChangeBus(), drafts=Drafts(tmp_path / "drafts"))


def settle(qtbot, timeout: int = 5000) -> None:
    """Wait until every background operation has delivered its result."""
    qtbot.waitUntil(lambda: pending_ops() == 0, timeout=timeout)


def open_window(qtbot, ctx: AppContext, *, expect_rows: bool = True) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.queue.model.sig_page_loaded, timeout=5000):
        window.start()
    if expect_rows:
        qtbot.waitUntil(lambda: window.ticket.detail is not None, timeout=5000)
    settle(qtbot)
    return window


@pytest.fixture
def window(qtbot, ctx) -> MainWindow:
    w = open_window(qtbot, ctx)
    yield w
    w.conversation.flush_drafts()
    settle(qtbot)
