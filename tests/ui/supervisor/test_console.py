"""The supervisor console: reachable from a supervisor's login only; the approvals inbox."""

from __future__ import annotations

import pytest

from app.errors import PermissionDenied
from app.models import Compensation, Role
from app.services.remedies import register_compensation
from tests.ui.conftest import open_window, settle
from tests.ui.supervisor.conftest import agent_actor, as_supervisor, open_console
from ui.actions import ActionId
from ui.supervisor.console import SupervisorConsole


def test_the_console_itself_refuses_an_agent(qtbot, ctx):
    with pytest.raises(PermissionDenied):
        SupervisorConsole(ctx)


def test_an_agent_sees_no_supervisor_menu_and_the_shortcut_does_nothing(qtbot, window):
    action = window.ctx.actions[ActionId.SUPERVISOR_CONSOLE]
    assert not action.isEnabled() and not action.isVisible()
    titles = [a.text() for a in window.menuBar().actions()]
    assert window.supervision.menu is None and not any("upervisor" in t for t in titles)
    action.trigger()
    settle(qtbot)
    assert window.supervision.console is None
    assert window.ctx.actions[ActionId.MY_REVIEWS].isEnabled()


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.ADMIN])
def test_a_supervisor_opens_the_console_from_the_menu(qtbot, ctx, role):
    window = open_window(qtbot, as_supervisor(ctx, role), expect_rows=False)
    assert window.supervision.menu is not None
    assert window.supervision.menu.menuAction() in window.menuBar().actions()
    assert window.supervision.menu.title() == "S&upervisor"
    console = open_console(qtbot, window)
    assert console.windowTitle().endswith("主管-陈姐")
    assert console.tabs.tabText(0).startswith("Approvals")


def test_approving_from_the_inbox(qtbot, ctx, seeded):
    agent = agent_actor(ctx)
    ticket = seeded.tickets[0]
    cid = register_compensation(
        ctx.store.sessions, actor=agent, ticket_id=ticket, amount_fen=12000, method="alipay",
        reason="色差补偿",
    ).created  # fmt: skip
    window = open_window(qtbot, as_supervisor(ctx), expect_rows=False)
    console = open_console(qtbot, window)
    tab = console.approvals
    assert tab.table.rowCount() == 1 and console.tabs.tabText(0) == "Approvals (1)"
    cells = [tab.table.item(0, c).text() for c in range(tab.table.columnCount())]
    assert cells[:5] == ["Compensation", "¥120.00", "¥50.00", "售后-小周", "tb_买家0号"]
    assert "色差补偿" in cells[6]
    opened = []
    console.sig_open_ticket.connect(opened.append)
    tab.open_ticket.click()
    assert opened == [ticket]
    tab.refuse.click()  # no reason yet: refused inline, nothing written
    assert tab.banner.isVisible() and tab.banner.property("kind") == "error"
    tab.text.setText("同意，老客户")
    tab.approve.click()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 0)
    settle(qtbot)
    assert tab.empty.isVisible() and console.tabs.tabText(0) == "Approvals"
    with ctx.store.sessions() as s:
        assert s.get(Compensation, cid).status == "approved"
