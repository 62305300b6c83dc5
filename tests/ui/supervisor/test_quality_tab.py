"""Quality review in the console, and the agent reading it under "My quality reviews"."""

from __future__ import annotations

from app.queries import lookups
from app.queries.quality import unseen_count
from app.services.quality import score_conversation
from tests.ui.conftest import open_window, settle
from tests.ui.supervisor.conftest import agent_actor, as_supervisor, open_console, show_tab
from ui.actions import ActionId


def test_scoring_a_conversation_and_the_agent_reading_it(qtbot, ctx, seeded):
    agent = agent_actor(ctx)
    window = open_window(qtbot, as_supervisor(ctx), expect_rows=False)
    console = open_console(qtbot, window)
    tab = console.quality
    show_tab(qtbot, console, tab)
    names = [tab.agent.itemText(i) for i in range(tab.agent.count())]
    assert "售后-小周 · After-sale agent" in names and not any("陈姐" in n for n in names)
    tab.select_agent(agent.agent_id)
    settle(qtbot)
    assert tab.table.rowCount() == 4  # the demo agent holds four of the six seeded tickets
    assert tab.summary.text() == "4 conversations, 0 reviewed"
    qtbot.waitUntil(
        lambda: "你好" in tab.transcript.toPlainText() or "掉色" in tab.transcript.toPlainText()
    )
    assert not tab.save.isEnabled()  # nothing marked yet
    for item, mark in (
        ("empathy_first", 2),
        ("real_need", 1),
        ("correct_rule", 2),
        ("promise_kept", 0),
    ):
        tab.form.groups[item].button(mark).click()
    assert not tab.save.isEnabled() and "1 left" in tab.form.total.text()
    tab.form.groups["kept_informed"].button(1).click()
    assert tab.form.total.text() == "Score: 70 / 100" and tab.save.isEnabled()
    tab.feedback.setPlainText("先安抚情绪做得好；补寄要按时发出")
    chosen = tab.current().ticket_id
    tab.save.click()
    qtbot.waitUntil(lambda: tab.summary.text().startswith("4 conversations, 1 reviewed"))
    settle(qtbot)
    assert (
        tab.current().ticket_id == chosen
        and tab.table.item(tab.table.currentRow(), 4).text() == "70"
    )
    assert tab.summary.text() == "4 conversations, 1 reviewed · average 70"
    assert unseen_count(ctx.store.sessions, actor=agent) == 1


def test_the_agent_reads_the_review(qtbot, ctx, seeded):
    boss_ctx = as_supervisor(ctx)
    boss = boss_ctx.actor
    agent = agent_actor(ctx)
    marks = {
        "empathy_first": 2,
        "real_need": 2,
        "correct_rule": 1,
        "promise_kept": 2,
        "kept_informed": 2,
    }
    score_conversation(
        ctx.store.sessions, actor=boss, agent_id=agent.agent_id, ticket_id=seeded.tickets[0],
        scores=marks, feedback="规则讲得不够准确",
    )  # fmt: skip
    ctx.agent = next(a for a in lookups.agents(ctx.store.sessions) if a.username == "demo")
    window = open_window(qtbot, ctx)
    assert "New quality reviews for you: 1" in window.statusBar().currentMessage()
    window.ctx.actions[ActionId.MY_REVIEWS].trigger()
    dialog = window.supervision.reviews
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    settle(qtbot)
    assert dialog.table.item(0, 1).text() == "88" and dialog.table.item(0, 4).text() == "主管-陈姐"
    assert "规则讲得不够准确" in dialog.detail.toPlainText()
    assert "Partly" in dialog.detail.toPlainText()
    qtbot.waitUntil(lambda: unseen_count(ctx.store.sessions, actor=agent) == 0)
