"""The supervisor's rule-figure settings, driven through the dialog."""

from __future__ import annotations

import pytest

from app.db.store import Store
from app.models import Agent, Role
from app.platform_env import policy_overrides_path
from app.queries import lookups
from tests.ui.conftest import open_window, settle
from ui.actions import ActionId
from ui.rules_dialog import RulesDialog


@pytest.fixture(autouse=True)
def no_overrides():
    policy_overrides_path().unlink(missing_ok=True)
    yield
    policy_overrides_path().unlink(missing_ok=True)


def _as_supervisor(ctx):
    store: Store = ctx.store
    with store.sessions.begin() as s:
        s.add(Agent(username="boss", display_name="主管-陈姐", role=Role.SUPERVISOR))
    ctx.agent = next(a for a in lookups.agents(store.sessions) if a.username == "boss")
    return ctx


def test_only_supervisors_get_the_settings(window):
    assert not window.ctx.actions[ActionId.RULE_FIGURES].isEnabled()


def test_a_supervisor_changes_and_resets_a_figure(qtbot, ctx):
    window = open_window(qtbot, _as_supervisor(ctx), expect_rows=False)
    assert window.ctx.actions[ActionId.RULE_FIGURES].isEnabled()
    dialog = RulesDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.platform.setCurrentIndex(dialog.platform.findData("taobao"))
    qtbot.waitUntil(lambda: any(r.platform == "taobao" for r in dialog.rows))
    settle(qtbot)
    row = next(i for i, r in enumerate(dialog.rows) if r.rule_id == "return_ship_due")
    dialog.table.setCurrentCell(row, 0)
    assert dialog.figure.value() == 7 and not dialog.reset.isEnabled()
    dialog.figure.setValue(10)
    dialog.apply.click()
    qtbot.waitUntil(
        lambda: any(r.rule_id == "return_ship_due" and r.overridden for r in dialog.rows)
    )
    assert "return_ship_due" in policy_overrides_path().read_text(encoding="utf-8")
    row = next(i for i, r in enumerate(dialog.rows) if r.rule_id == "return_ship_due")
    dialog.table.setCurrentCell(row, 0)
    assert dialog.figure.value() == 10 and dialog.reset.isEnabled()
    dialog.reset.click()
    qtbot.waitUntil(
        lambda: any(
            r.rule_id == "return_ship_due" and not r.overridden and r.duration == 7
            for r in dialog.rows
        )
    )
    settle(qtbot)
