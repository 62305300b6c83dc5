"""Reading cells and files as the platforms write them: strict values, whole-file refusals."""

from __future__ import annotations

import datetime as dt

import pytest

from app.connectors import values as v
from app.connectors.detect import detect_format
from app.connectors.tables import FileProblem, Sheet
from app.connectors.vocab import vocabulary
from tests.app.connectors.exports import (
    DOUYIN_HEADER,
    douyin_csv,
    douyin_row,
    taobao_detail,
    taobao_order,
    taobao_pair,
    write_xlsx,
)

KNOWN = set(vocabulary().header_index())


@pytest.mark.parametrize("damaged", ["3.45678E+18", "6.92E+18", "3.45678e18", "3456789012345678.0"])
def test_an_order_number_excel_damaged_is_refused_never_guessed(damaged):
    with pytest.raises(v.BadValue, match="damaged"):
        v.number_id(damaged)


def test_order_numbers_lose_their_excel_guards():
    assert v.number_id('="6931027745120381"') == "6931027745120381"
    assert v.number_id("'6931027745120381") == "6931027745120381"
    assert v.number_id("\t6931027745120381 ") == "6931027745120381"
    assert v.number_id(6931027745) == "6931027745"


def test_a_number_cell_too_long_for_excel_is_damaged():
    with pytest.raises(v.BadValue, match="damaged by Excel"):
        v.number_id(3.456789012345678e18)
    assert v.number_id(123456.0) == "123456"


@pytest.mark.parametrize(
    ("cell", "fen"),
    [
        ("59.00", 5900),
        ("¥1,234.5", 123450),
        ("12元", 1200),
        ("", 0),
        ("-", 0),
        (19.9, 1990),
        (3, 300),
    ],
)
def test_money_in_fen(cell, fen):
    assert v.money_fen(cell) == fen


@pytest.mark.parametrize("cell", ["abc", "12.345", "1.2.3", "-5.00"])
def test_what_is_not_money_is_refused(cell):
    with pytest.raises(v.BadValue):
        v.money_fen(cell)


def test_times_are_shop_local_unless_they_say_otherwise():
    tz = "Asia/Shanghai"
    assert v.instant("2026-03-01 15:20:00", tz) == "2026-03-01T07:20:00+00:00"
    assert v.instant("2026/3/1 15:20", tz) == "2026-03-01T07:20:00+00:00"
    assert v.instant("2026年3月1日 15:20:00", tz) == "2026-03-01T07:20:00+00:00"
    assert v.instant("2026-03-01T15:20:00+08:00", tz) == "2026-03-01T07:20:00+00:00"
    assert v.instant(dt.datetime(2026, 3, 1, 15, 20), tz) == "2026-03-01T07:20:00+00:00"
    assert v.instant("", tz) is None
    for bad in ("yesterday", "2026-13-01 10:00:00", "2026-02-30 10:00:00"):
        with pytest.raises(v.BadValue, match="not a date and time"):
            v.instant(bad, tz)


def test_phones_are_kept_masked():
    assert v.masked_phone("'13812345678") == "138****5678"
    assert v.masked_phone("138****1234") == "138****1234"


def test_gbk_csv_with_guards_reads_by_header(tmp_path):
    orders, _details = taobao_pair(
        tmp_path,
        [taobao_order("1234567890123456789")],
        [taobao_detail("1234567890123456789", "T恤", "59", "1", "A")],
    )
    with Sheet(orders, KNOWN) as sheet:
        assert sheet.encoding == "gb18030"
        assert sheet.header[:2] == ["订单编号", "买家会员名"]
        (number, cells), *_ = list(sheet.rows)
    assert number == 2
    assert cells[0] == '="1234567890123456789"'
    assert v.number_id(cells[0]) == "1234567890123456789"
    assert cells[10] == "卖家已发货，等待买家确认"


def test_utf8_bom_and_a_title_row_before_the_header(tmp_path):
    path = tmp_path / "report.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        fh.write("抖店订单报表 2026-02\r\n")
        fh.write(",".join(DOUYIN_HEADER) + "\r\n")
        fh.write(",".join(douyin_row("6920000000000000001", "6920000000000000011")) + "\r\n")
    with Sheet(path, KNOWN) as sheet:
        assert sheet.header_row == 2
        assert sheet.header[0] == "主订单编号"
        assert [n for n, _c in sheet.rows] == [3]


def test_xlsx_reads_in_read_only_mode(tmp_path):
    path = write_xlsx(
        tmp_path / "r.xlsx",
        DOUYIN_HEADER,
        [douyin_row("6920000000000000001", "6920000000000000011")],
    )
    with Sheet(path, KNOWN) as sheet:
        assert sheet.encoding == "xlsx"
        rows = list(sheet.rows)
    assert rows[0][0] == 2
    assert detect_format(path).name == "douyin"


def test_formats_are_told_apart_by_their_headers(tmp_path):
    orders, details = taobao_pair(
        tmp_path, [taobao_order("1")], [taobao_detail("1", "T", "1", "1", "A")]
    )
    dy = douyin_csv(tmp_path / "dy.csv", [douyin_row("1", "11")])
    assert detect_format(orders).name == "taobao_orders"
    assert detect_format(details).name == "taobao_details"
    assert detect_format(dy).name == "douyin"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("caf\xe9,cr\xe8me,br\xfbl\xe9e\n1,2,3\n".encode("latin-1"), "neither UTF-8 nor GBK"),
        ("亲，这是一段聊天记录，不是表格。\n我们明天发货。\n".encode(), "not an order table"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 50, "97-2003"),
        (b"PK\x03\x04not really a workbook", "not an Excel workbook"),
    ],
)
def test_a_file_that_is_not_a_table_gets_one_message_naming_it(tmp_path, content, reason):
    path = tmp_path / "订单.csv"
    path.write_bytes(content)
    with pytest.raises(FileProblem) as caught, Sheet(path, KNOWN):
        pass
    assert str(caught.value).startswith("订单.csv: ")
    assert reason in str(caught.value)
