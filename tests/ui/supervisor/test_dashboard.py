"""The dashboard: figures computed off the GUI thread with progress, charts with their tables,
exports to CSV and XLSX, a QC request and a DSR entry; the accounting export."""

from __future__ import annotations

import csv

from openpyxl import load_workbook
from PySide6.QtCharts import QAbstractSeries

from app.kpis.registry import FIGURES
from app.models import DsrEntry, QcRequest, Refund
from app.services.remedies import approve_refund, mark_refunded, request_refund
from tests.ui.conftest import open_window, settle
from tests.ui.supervisor.conftest import agent_actor, as_supervisor, open_console, show_tab


def dashboard(qtbot, ctx):  # noqa: ANN001, ANN201
    window = open_window(qtbot, as_supervisor(ctx), expect_rows=False)
    console = open_console(qtbot, window)
    tab = console.dashboard
    with qtbot.waitSignal(tab.sig_computed, timeout=10000):
        show_tab(qtbot, console, tab)
    settle(qtbot)
    return console, tab


def test_every_figure_arrives_with_its_chart_and_table(qtbot, ctx, seeded):
    _console, tab = dashboard(qtbot, ctx)
    assert set(tab.figures) == set(FIGURES) and not tab.progress.isVisible()
    tab.select("tickets_by_kind")
    card = tab.card
    assert card.title.text() == "Tickets by kind"
    fig = tab.figures["tickets_by_kind"]
    assert card.table.rowCount() == len(fig.rows) > 0
    kinds = {card.table.item(r, 0).text() for r in range(card.table.rowCount())}
    assert "退货" in kinds or "Return" in kinds
    series = card.chart.chart().series()
    assert len(series) == 1 and isinstance(series[0], QAbstractSeries)
    assert card.summary.text() == f"Tickets: {sum(r[1] for r in fig.rows)}"


def test_exports_to_csv_and_xlsx(qtbot, ctx, seeded, tmp_path, monkeypatch):
    _console, tab = dashboard(qtbot, ctx)
    tab.select("tickets_by_state")
    card = tab.card
    monkeypatch.setattr(card, "ask_path", lambda suffix: str(tmp_path / f"states{suffix}"))
    card.csv.click()
    qtbot.waitUntil(lambda: (tmp_path / "states.csv").exists())
    with (tmp_path / "states.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["Status", "Tickets", "Share"]
    assert sum(int(r[1]) for r in rows[1:]) == 6 and rows[1][2].endswith("%")
    card.xlsx.click()
    qtbot.waitUntil(lambda: (tmp_path / "states.xlsx").exists())
    settle(qtbot)
    sheet = load_workbook(tmp_path / "states.xlsx").active
    assert [c.value for c in sheet[1]] == ["Status", "Tickets", "Share"]
    assert "Saved to" in card.banner.text()


def test_asking_for_qc_on_a_product(qtbot, ctx, seeded):
    _console, tab = dashboard(qtbot, ctx)
    tab.select("refund_rate_product")
    card = tab.card
    assert card.qc.isVisible() and not card.qc.isEnabled()
    card.table.selectRow(0)
    assert card.qc.isEnabled()
    card.qc.click()
    qtbot.waitUntil(
        lambda: (
            tab.figures.get("refund_rate_product") is not None
            and any(r[8] for r in tab.figures["refund_rate_product"].rows)
        )
    )
    settle(qtbot)
    with ctx.store.sessions() as s:
        (request,) = s.query(QcRequest).all()
    # the seeded items carry no product id: the product goes by its title
    assert request.units_sold == 6 and request.product_id == "明前龙井 250g 礼盒装"
    assert card.table.item(0, 8).text() == "✔"


def test_entering_a_dsr_below_the_threshold(qtbot, ctx, seeded):
    _console, tab = dashboard(qtbot, ctx)
    tab.select("dsr")
    card = tab.card
    assert card.dsr.isVisible() and card.table.rowCount() == 0
    card.dsr.click()
    dialog = card.dsr_dialog
    qtbot.waitUntil(lambda: dialog.shop.count() == 2)
    dialog.scores["describe"].setValue(4.75)
    dialog.scores["service"].setValue(4.9)
    dialog.scores["logistics"].setValue(4.85)
    dialog.save.click()
    qtbot.waitUntil(lambda: card.table.rowCount() == 1, timeout=5000)
    settle(qtbot)
    assert card.table.item(0, 5).text() == "4.750"
    assert card.table.item(0, 0).foreground().color().name() == "#b42318"  # under 4.8
    with ctx.store.sessions() as s:
        assert s.query(DsrEntry).one().describe_milli == 4750


def test_the_accounting_export(qtbot, ctx, seeded, tmp_path, monkeypatch):
    agent = agent_actor(ctx)
    window = open_window(qtbot, as_supervisor(ctx), expect_rows=False)
    rid = request_refund(ctx.store.sessions, actor=agent, ticket_id=seeded.tickets[0],
                         amount_fen=11800).created  # fmt: skip
    approve_refund(ctx.store.sessions, actor=agent, refund_id=rid)
    mark_refunded(ctx.store.sessions, actor=agent, refund_id=rid)
    console = open_console(qtbot, window)
    tab = console.accounting
    tab.period.preset.setCurrentIndex(tab.period.preset.findData("7d"))
    show_tab(qtbot, console, tab)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 3)
    assert "1 refunds, ¥118.00 back to buyers" in tab.summary.text()
    assert [tab.table.item(r, 9).text() for r in range(3)] == ["", "", "¥118.00"]
    monkeypatch.setattr(tab, "ask_path", lambda suffix: str(tmp_path / f"journal{suffix}"))
    tab.xlsx.click()
    qtbot.waitUntil(lambda: (tmp_path / "journal.xlsx").exists())
    sheet = load_workbook(tmp_path / "journal.xlsx").active
    assert sheet.max_row == 4 and sheet.cell(row=4, column=7).value == "bank deposits"
    with ctx.store.sessions() as s:
        assert s.get(Refund, rid).status == "refunded"
