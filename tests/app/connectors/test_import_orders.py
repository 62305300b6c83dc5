"""Order exports imported as they really come: counts, values, idempotence, whole orders."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select

from app import clock
from app.connectors import mappings
from app.connectors.report import write_report
from app.connectors.runner import import_files
from app.connectors.tables import Sheet
from app.db.store import open_store
from app.models import AuditEntry, Order, OrderItem, OutboxMutation, Platform, Shop
from app.services import REGISTRY, import_rows
from tests.app.builders import add_agent, snapshot
from tests.app.connectors.exports import (
    DOUYIN_HEADER,
    douyin_csv,
    douyin_row,
    taobao_detail,
    taobao_order,
    taobao_pair,
    write_csv,
    write_xlsx,
)

SHOP = "抖音旗舰店"
A, B, C = "6920000000000000001", "6920000000000000002", "6920000000000000003"


@pytest.fixture
def actor(store, frozen_clock):
    return add_agent(store, name="主管")


def orders(store) -> dict[str, Order]:
    with store.sessions() as s:
        found = {o.order_no: o for o in s.scalars(select(Order))}
        for o in found.values():
            _ = list(o.items)
        s.expunge_all()
    return found


def count(store, model) -> int:
    with store.sessions() as s:
        return s.scalar(select(func.count()).select_from(model))


def douyin_file(tmp_path, name="report.csv", state_a="已发货"):
    return douyin_csv(
        tmp_path / name,
        [
            douyin_row(
                A,
                A + "1",
                title="纯棉圆领T恤",
                spec="白色 L",
                qty="2",
                price="59.00",
                payable="108.00",
                state=state_a,
                discount="10.00",
            ),
            douyin_row(
                A,
                A + "2",
                title="男士中筒袜",
                spec="三双装",
                price="19.90",
                state=state_a,
                sku="SOCK-3",
            ),
            douyin_row(B, B + "1", state="待发货", shipped="", receiver="李*", phone="139****0000"),
        ],
    )


def test_douyin_sub_order_report_imports_whole_orders(store, actor, tmp_path):
    summary = import_files(store, actor, [douyin_file(tmp_path)], shop=SHOP)
    assert (summary.created, summary.updated, summary.unchanged, summary.rejected) == (2, 0, 0, 0)
    assert summary.exit_code == 0
    found = orders(store)
    a = found[A]
    assert a.status.value == "shipped"
    assert a.placed_at.isoformat() == "2026-02-20T02:00:00+00:00"  # 10:00 in Shanghai
    assert a.ship_by.isoformat() == "2026-02-22T02:01:30+00:00"
    assert (a.goods_fen, a.paid_fen, a.discount_fen) == (2 * 5900 + 1990, 10800 + 1990, 1000)
    assert [(i.title, i.quantity, i.unit_price_fen) for i in a.items] == [
        ("纯棉圆领T恤 白色 L", 2, 5900),
        ("男士中筒袜 三双装", 1, 1990),
    ]
    assert [i.discount_fen for i in a.items] == [1000, 0]
    assert a.tracking_no == "ZT7712345678"
    assert found[B].shipped_at is None and found[B].status.value == "stocking"
    with store.sessions() as s:
        shop = s.scalar(select(Shop))
        assert (shop.name, shop.platform) == (SHOP, Platform.DOUYIN)


def test_reimporting_the_same_file_changes_nothing_and_writes_nothing(store, actor, tmp_path):
    path = douyin_file(tmp_path)
    import_files(store, actor, [path], shop=SHOP)
    before, outbox = (
        snapshot(store, ["orders", "order_items", "customers"]),
        count(store, OutboxMutation),
    )
    again = import_files(store, actor, [path], shop=SHOP)
    assert (again.created, again.updated, again.unchanged, again.rejected) == (0, 0, 2, 0)
    assert snapshot(store, ["orders", "order_items", "customers"]) == before
    assert count(store, OutboxMutation) == outbox  # nothing to sync either


def test_a_newer_file_updates_and_audits_what_changed(store, actor, tmp_path, frozen_clock):
    import_files(store, actor, [douyin_file(tmp_path)], shop=SHOP)
    frozen_clock.advance(days=2)
    newer = douyin_file(tmp_path, "newer.csv", state_a="已完成")
    summary = import_files(store, actor, [newer], shop=SHOP)
    assert (summary.created, summary.updated, summary.unchanged) == (0, 1, 1)
    a = orders(store)[A]
    assert a.status.value == "confirmed" and a.version == 2
    assert count(store, Order) == 2 and count(store, OrderItem) == 3
    with store.sessions() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "order.update"))
    assert entry.order_id == a.id
    assert entry.details["changes"]["status"] == ["shipped", "confirmed"]


def test_bad_rows_do_not_stop_good_rows_and_each_says_why(store, actor, tmp_path):
    path = douyin_csv(
        tmp_path / "mixed.csv",
        [
            douyin_row(A, A + "1"),
            douyin_row("3.45678E+18", "1"),
            douyin_row(B, B + "1", price="五十九"),
            douyin_row(C, C + "1", state="飞走了"),
            douyin_row("6920000000000000004", "41", placed="昨天下午"),
        ],
    )
    summary = import_files(store, actor, [path], shop=SHOP)
    assert summary.created == 1 and summary.rejected == 4 and summary.exit_code == 1
    got = {(e.row, e.column): e.reason for e in summary.errors}
    assert "damaged by Excel" in got[(3, "主订单编号")]
    assert "not an amount of money" in got[(4, "商品单价")]
    assert "unknown order state '飞走了'" in got[(5, "订单状态")]
    assert "not a date and time" in got[(6, "订单提交时间")]
    assert set(orders(store)) == {A}


def test_one_bad_item_row_keeps_its_whole_order_out(store, actor, tmp_path):
    path = douyin_csv(
        tmp_path / "r.csv",
        [douyin_row(A, A + "1"), douyin_row(B, B + "1"), douyin_row(A, A + "2", qty="两件")],
    )
    summary = import_files(store, actor, [path], shop=SHOP)
    assert set(orders(store)) == {B}
    rows = sorted((e.row, e.column) for e in summary.errors)
    assert rows == [(2, ""), (4, "商品数量")]
    assert "row 4" in next(e.reason for e in summary.errors if e.row == 2)


def test_taobao_two_file_export_in_gbk(store, actor, tmp_path):
    tb1, tb2 = "2876543210987654321", "2876543210987654322"
    files = taobao_pair(
        tmp_path,
        [
            taobao_order(tb1),
            taobao_order(tb2, buyer="tb买家二", goods="19.90", paid="19.90", state="交易成功"),
        ],
        [
            taobao_detail(tb1, "纯棉圆领T恤", "59.00", "2", "TS-W-L", "颜色:白色;尺码:L"),
            taobao_detail(tb2, "男士中筒袜", "19.90", "1", "SOCK-3"),
            taobao_detail(tb1, "男士中筒袜", "19.90", "1", "SOCK-3"),
        ],
    )
    summary = import_files(store, actor, list(files), shop="淘宝小店", platform="taobao")
    assert (summary.created, summary.rejected) == (2, 0), summary.errors
    found = orders(store)
    one = found[tb1]
    assert one.status.value == "shipped" and one.tracking_no == "SF1234567890"
    assert [i.title for i in one.items] == ["纯棉圆领T恤 颜色:白色;尺码:L", "男士中筒袜"]
    assert (one.goods_fen, one.paid_fen, one.discount_fen) == (13790, 12790, 1000)
    assert found[tb2].status.value == "confirmed"
    with store.sessions() as s:
        assert s.scalar(select(Shop.platform)) == Platform.TAOBAO


def test_a_details_row_without_its_order_is_rejected(store, actor, tmp_path):
    files = taobao_pair(
        tmp_path,
        [taobao_order("2876543210987654321")],
        [
            taobao_detail("2876543210987654321", "T恤", "59", "1", "A"),
            taobao_detail("999", "袜子", "9", "1", "B"),
        ],
    )
    summary = import_files(store, actor, list(files), shop="淘宝小店", platform="taobao")
    assert summary.created == 1
    (error,) = summary.errors
    assert error.file == "ExportOrderDetailList.csv" and error.row == 3
    assert "not in the orders file" in error.reason


def test_douyin_xlsx_with_damaged_and_real_numbers(store, actor, tmp_path):
    rows = [douyin_row(A, A + "1"), douyin_row(B, B + "1")]
    rows[1][0] = 6.92e18  # Excel kept it as a number: its last digits are gone
    path = write_xlsx(tmp_path / "report.xlsx", DOUYIN_HEADER, rows)
    summary = import_files(store, actor, [path], shop=SHOP)
    assert summary.created == 1
    (error,) = summary.errors
    assert (error.row, error.column) == (3, "主订单编号") and "damaged by Excel" in error.reason


def test_a_missing_required_column_rejects_the_file_with_one_reason(store, actor, tmp_path):
    header = [h for h in DOUYIN_HEADER if h != "订单状态"]
    rows = [
        [c for h, c in zip(DOUYIN_HEADER, douyin_row(n, n + "1"), strict=True) if h != "订单状态"]
        for n in (A, B)
    ]
    path = write_csv(tmp_path / "custom.csv", header, rows)
    summary = import_files(store, actor, [path], shop=SHOP)
    assert summary.created == 0 and summary.rejected == 2 and summary.exit_code == 1
    missing = next(e for e in summary.errors if e.column)
    assert missing.row == 1 and "required column missing" in missing.reason
    assert "订单状态" in missing.column


def test_a_custom_report_with_a_subset_of_columns(store, actor, tmp_path):
    keep = ("主订单编号", "选购商品", "商品单价", "订单状态", "订单提交时间")
    rows = [[c for h, c in zip(DOUYIN_HEADER, douyin_row(A, ""), strict=True) if h in keep]]
    path = write_csv(tmp_path / "custom.csv", [h for h in DOUYIN_HEADER if h in keep], rows)
    summary = import_files(store, actor, [path], shop=SHOP)
    assert summary.created == 1, summary.errors
    (item,) = orders(store)[A].items
    assert (item.title, item.unit_price_fen) == ("纯棉圆领T恤", 5900)


def test_other_files_import_through_a_saved_mapping(store, actor, tmp_path):
    path = write_csv(
        tmp_path / "erp.csv",
        ["单号", "状态", "时间", "货品", "件数", "金额"],
        [["ERP-0001", "已发货", "2026-02-20 10:00", "保温杯", "1", "88"]],
    )
    mappings.save(
        "ERP导出",
        {
            "单号": "order_no",
            "状态": "status",
            "时间": "placed_at",
            "货品": "title",
            "件数": "quantity",
            "金额": "unit_price",
        },
    )
    summary = import_files(
        store, actor, [path], shop=SHOP, platform="douyin", mapping=mappings.load("ERP导出")
    )
    assert summary.created == 1, summary.errors
    assert orders(store)["ERP-0001"].items[0].unit_price_fen == 8800
    with pytest.raises(Exception, match="needs a column for placed_at"):
        mappings.save("bad", {"单号": "order_no", "状态": "status"})


def test_unreadable_files_are_named_and_others_still_import(store, actor, tmp_path):
    bad = tmp_path / "聊天记录.csv"
    bad.write_bytes("caf\xe9,cr\xe8me\n".encode("latin-1"))
    summary = import_files(store, actor, [douyin_file(tmp_path), bad], shop=SHOP)
    assert summary.created == 2 and summary.exit_code == 2
    (problem,) = summary.problems
    assert problem.file == "聊天记录.csv"


def test_cancelling_keeps_whole_orders_only(store, actor, tmp_path):
    rows = []
    for n in range(30):
        no = f"69200000000000{n:05d}"
        rows += [douyin_row(no, no + "1"), douyin_row(no, no + "2", title="袜子", sku="S")]
    path = douyin_csv(tmp_path / "big.csv", rows)
    saved: list[int] = []

    def cancelled() -> bool:
        saved.append(count(store, Order))
        return count(store, Order) >= 10

    summary = import_files(store, actor, [path], shop=SHOP, cancelled=cancelled, batch=10)
    assert summary.cancelled and summary.exit_code == 1
    found = orders(store)
    assert len(found) == 10
    assert all(len(o.items) == 2 for o in found.values())


def test_a_crash_inside_a_batch_leaves_nothing_of_it(store, actor, tmp_path, monkeypatch):
    real = import_rows.insert_rows

    def failing(s, name, rows):  # noqa: ANN001
        real(s, name, rows)
        if name == "orders":
            raise RuntimeError("power cut")

    monkeypatch.setattr("app.services.order_import.insert_rows", failing)
    with pytest.raises(RuntimeError, match="power cut"):
        import_files(store, actor, [douyin_file(tmp_path)], shop=SHOP)
    assert count(store, Order) == 0 and count(store, OrderItem) == 0


def test_the_batch_replays_to_the_same_rows_on_another_store(store, actor, tmp_path):
    import_files(store, actor, [douyin_file(tmp_path)], shop=SHOP)
    other = open_store(str(tmp_path / "server.db"))
    try:
        add_agent(other, name="主管", id=actor.agent_id)
        with store.sessions() as s:
            log = [
                (m.name, m.args)
                for m in s.scalars(select(OutboxMutation).order_by(OutboxMutation.seq))
            ]
        assert [n for n, _a in log] == ["order.import/1"]
        with clock.use(clock.FrozenClock(clock.now().add(hours=3))):
            for name, args in log:
                REGISTRY[name](other.sessions, actor=actor, **args)
        tables = ["shops", "customers", "orders", "order_items"]
        assert snapshot(store, tables) == snapshot(other, tables)
    finally:
        other.close()


def test_import_rows_tell_the_sync_tracker(store, actor, tmp_path):
    from app.sync import capture

    seen: list[tuple[str, str]] = []
    real = import_rows.insert_rows

    def watching(s, name, rows):  # noqa: ANN001
        tracker = capture.track(s)
        real(s, name, rows)
        seen.extend((n, pk["id"]) for n, pk, _b in tracker.touched.values())
        capture.untrack(s)

    import app.services.order_import as service

    service.insert_rows = watching
    try:
        import_files(store, actor, [douyin_file(tmp_path)], shop=SHOP)
    finally:
        service.insert_rows = real
    ids = {o.id for o in orders(store).values()}
    assert {uuid.UUID(i) for n, i in seen if n == "orders"} == ids


def test_the_report_holds_the_rejected_rows_ready_to_fix(store, actor, tmp_path):
    path = douyin_csv(
        tmp_path / "r.csv",
        [douyin_row(A, A + "1"), douyin_row(B, B + "1", price="abc", payable="59.00")],
        guard=(0,),
    )
    summary = import_files(store, actor, [path], shop=SHOP)
    (report,) = write_report(tmp_path / "rejected.csv", summary.files, summary.errors)
    with Sheet(report, {"主订单编号"}) as sheet:
        rows = list(sheet.rows)
        header = sheet.header
    assert header[-1].startswith("导入错误原因")
    ((number, cells),) = rows
    assert cells[0] == f'="{B}"' and cells[-2] == "商品单价"
    fixed = [*cells]
    fixed[header.index("商品单价")] = "59.00"
    write_csv(tmp_path / "fixed.csv", header, [fixed])
    again = import_files(store, actor, [tmp_path / "fixed.csv"], shop=SHOP)
    assert (again.created, again.rejected) == (1, 0)


def test_a_big_file_is_read_in_a_second_process_with_the_same_outcome(
    store, actor, tmp_path, monkeypatch
):
    from app.connectors import prefetch

    monkeypatch.setattr(prefetch, "PROCESS_FROM_BYTES", 0)
    started = []
    real = prefetch._in_process
    monkeypatch.setattr(prefetch, "_in_process", lambda *a: started.append(1) or real(*a))
    path = douyin_csv(tmp_path / "r.csv", [douyin_row(A, A + "1"), douyin_row("6.9E+18", "1")])
    summary = import_files(store, actor, [path], shop=SHOP)
    assert started == [1]
    assert (summary.created, summary.rejected) == (1, 1)
    assert "damaged by Excel" in summary.errors[0].reason
