"""The import dialog imports in the background with progress and cancel, shows the rejected
rows and saves them as a report; the window exports transcripts, the queue view and packs."""

from __future__ import annotations

from sqlalchemy import func, select

from app.connectors import mappings
from app.models import Order
from tests.app.connectors.exports import douyin_csv, douyin_row, write_csv
from tests.ui.conftest import settle
from ui.actions import ActionId
from ui.imports.dialog import ImportDialog
from ui.imports.mapping import MappingEditor

SHOP = "小棉袄童装旗舰店"  # the seeded Douyin shop


def big_report(path, n: int, bad_every: int = 0):
    rows = []
    for i in range(n):
        no = f"69300000000{i:08d}"
        row = douyin_row(no, no + "1")
        if bad_every and i % bad_every == 0:
            row[7] = "五十九元"
        rows.append(row)
    return douyin_csv(path, rows)


def order_count(ctx) -> int:
    with ctx.sessions() as s:
        return s.scalar(select(func.count()).select_from(Order).where(Order.order_no.like("6930%")))


def open_dialog(qtbot, ctx) -> ImportDialog:
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot)
    return dialog


def test_the_dialog_imports_with_progress_and_lists_rejected_rows(qtbot, ctx, tmp_path):
    path = big_report(tmp_path / "抖店订单.csv", 5000, bad_every=1000)
    dialog = open_dialog(qtbot, ctx)
    dialog.set_files([path])
    dialog.shop.setEditText(SHOP)
    seen: list[int] = []
    dialog.progress.valueChanged.connect(seen.append)
    with qtbot.waitSignal(dialog.sig_finished, timeout=60_000) as done:
        dialog.start_button.click()
        assert not dialog.start_button.isEnabled() and dialog.cancel_button.isEnabled()
    summary = done.args[0]
    assert (summary.created, summary.rejected) == (4995, 5)
    assert order_count(ctx) == 4995
    assert (
        len(seen) > 3
        and seen == sorted(seen)
        and dialog.progress.value() == dialog.progress.maximum()
    )
    assert dialog.rejected.rowCount() == 5
    assert "not an amount of money" in dialog.rejected.index(0, 3).data()
    assert "4,995" in dialog.result.text()
    assert dialog.save_report.isEnabled() and dialog.start_button.isEnabled()
    report = tmp_path / "rejected.csv"
    dialog.write_report(report)
    settle(qtbot)
    lines = report.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 6 and "五十九元" in lines[1]
    dialog.grab().save(str(tmp_path / "import-dialog.png"))


def test_cancel_stops_between_batches_and_keeps_whole_orders(qtbot, ctx, tmp_path):
    rows = []
    for i in range(3000):
        no = f"69300000000{i:08d}"
        rows += [douyin_row(no, no + "1"), douyin_row(no, no + "2", title="袜子", sku="S")]
    path = douyin_csv(tmp_path / "big.csv", rows)
    dialog = open_dialog(qtbot, ctx)
    dialog.set_files([path])
    dialog.shop.setEditText(SHOP)
    with qtbot.waitSignal(dialog.sig_finished, timeout=60_000) as done:
        dialog.start_button.click()
        dialog.cancel_button.click()
    assert done.args[0].cancelled
    assert dialog.stage.text() == dialog.tr("Cancelled")
    with ctx.sessions() as s:
        orders = list(s.scalars(select(Order).where(Order.order_no.like("6930%"))))
        assert all(len(o.items) == 2 for o in orders)
    assert len(orders) < 3000


def test_a_file_that_cannot_be_read_is_named_in_the_dialog(qtbot, ctx, tmp_path):
    bad = tmp_path / "截图.csv"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    dialog = open_dialog(qtbot, ctx)
    dialog.set_files([bad])
    dialog.shop.setEditText(SHOP)
    with qtbot.waitSignal(dialog.sig_finished, timeout=20_000):
        dialog.start_button.click()
    assert dialog.banner.isVisible() and "截图.csv" in dialog.banner.text()


def test_another_file_through_a_mapping_built_and_saved_in_the_dialog(qtbot, ctx, tmp_path):
    path = write_csv(
        tmp_path / "erp.csv",
        ["单号", "状态", "时间", "货品"],
        [
            ["ERP-1", "已发货", "2026-02-20 10:00", "保温杯"],
            ["ERP-2", "待发货", "2026-02-21 10:00", "茶杯"],
        ],
    )
    dialog = open_dialog(qtbot, ctx)
    dialog.set_files([path])
    dialog.shop.setEditText(SHOP)
    dialog.platform.setCurrentIndex(dialog.platform.findData("other"))
    assert dialog.edit_mapping.isVisible()
    editor = MappingEditor(path, "", dialog)
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: len(editor.combos) == 4, timeout=5000)
    for column, field in (
        ("单号", "order_no"),
        ("状态", "status"),
        ("时间", "placed_at"),
        ("货品", "title"),
    ):
        editor.choose(column, field)
    editor.name.setText("ERP 出库单")
    editor.sig_saved.connect(dialog._refresh_mappings)
    editor.buttons.accepted.emit()
    assert mappings.load("ERP 出库单")["货品"] == "title"
    assert dialog.mapping.currentText() == "ERP 出库单"
    with qtbot.waitSignal(dialog.sig_finished, timeout=20_000) as done:
        dialog.start_button.click()
    assert done.args[0].created == 2


def test_the_window_has_the_import_and_export_entries(qtbot, window, tmp_path):
    a = window.ctx.actions
    assert a[ActionId.IMPORT_ORDERS].shortcut().toString() == "Ctrl+I"
    assert a[ActionId.IMPORT_ORDERS] in window.menu_file.actions()
    assert a[ActionId.EVIDENCE_PACK] in window.menu_ticket.actions()
    a[ActionId.IMPORT_ORDERS].trigger()
    assert window.data.dialog is not None and window.data.dialog.isVisible()
    window.data.dialog.close()
    page = tmp_path / "transcript.html"
    with qtbot.waitSignal(window.data.sig_exported, timeout=5000):
        window.data.export_transcript(page)
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    sheet = tmp_path / "queue.csv"
    with qtbot.waitSignal(window.data.sig_exported, timeout=5000):
        window.data.export_queue(sheet)
    assert (
        len(sheet.read_text(encoding="utf-8-sig").splitlines()) == 1 + window.queue.model.rowCount()
    )
    window.data.evidence_pack(tmp_path / "pack.zip")
    settle(qtbot)
    assert "no filed appeal" in window.statusBar().currentMessage()
