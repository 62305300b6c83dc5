"""Fixtures and helpers for the supervisor console's GUI tests."""

from __future__ import annotations

import pytest

from app.db.store import Store
from app.models import Agent, Role
from app.queries import lookups
from app.services import Actor
from tests.ui.conftest import settle
from ui import i18n
from ui.actions import ActionId
from ui.context import AppContext


@pytest.fixture(autouse=True)
def english(qapp, chinese):
    """The console's tests read the English source strings: they hold whether or not the
    Chinese translations of the newest strings are merged yet."""
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "zh_CN")


def as_supervisor(ctx: AppContext, role: Role = Role.SUPERVISOR) -> AppContext:
    """Log the context in as a new supervisor (or administrator) 主管-陈姐."""
    store: Store = ctx.store
    with store.sessions.begin() as s:
        s.add(Agent(username="boss", display_name="主管-陈姐", role=role))
    ctx.agent = next(a for a in lookups.agents(store.sessions) if a.username == "boss")
    return ctx


def agent_actor(ctx: AppContext) -> Actor:
    agent = next(a for a in lookups.agents(ctx.store.sessions) if a.username == "demo")
    return Actor(agent.id, agent.role, agent.display_name)


def open_console(qtbot, window):  # noqa: ANN001, ANN201
    """Open the console from the menu action, as the supervisor would, and let it load."""
    window.ctx.actions[ActionId.SUPERVISOR_CONSOLE].trigger()
    console = window.supervision.console
    assert console is not None and console.isVisible()
    settle(qtbot)
    return console


def show_tab(qtbot, console, page):  # noqa: ANN001
    console.tabs.setCurrentWidget(page)
    settle(qtbot)
