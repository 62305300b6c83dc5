"""Writing figures to CSV and XLSX; computing a figure is for supervisors."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from app.errors import InvalidInput, PermissionDenied
from app.kpis.export import write_table
from app.kpis.registry import FIGURES, compute

HEADERS = ["日期", "退款数", "金额", "退款率"]
KINDS = ["date", "int", "fen", "ratio"]
ROWS = [[dt.date(2026, 3, 1), 2, 13790, 0.4286], [dt.date(2026, 3, 2), 0, 0, None]]


def test_csv_in_yuan_and_percent_with_a_bom(tmp_path):
    path = write_table(tmp_path / "退款.csv", title="退款", headers=HEADERS, kinds=KINDS, rows=ROWS)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # spreadsheet programs read it as UTF-8
    with path.open(encoding="utf-8-sig", newline="") as fh:
        assert list(csv.reader(fh)) == [
            HEADERS,
            ["2026-03-01", "2", "137.90", "42.86%"],
            ["2026-03-02", "0", "0.00", ""],
        ]


def test_xlsx_keeps_numbers_as_numbers(tmp_path):
    path = write_table(tmp_path / "退款.xlsx", title="退款率 [30天]", headers=HEADERS, kinds=KINDS,
                       rows=ROWS)  # fmt: skip
    sheet = load_workbook(path).active
    assert sheet.title == "退款率 30天"
    assert [c.value for c in sheet[1]] == HEADERS
    day, n, amount, rate = (c for c in sheet[2])
    assert day.value.date() == dt.date(2026, 3, 1) and n.value == 2
    assert Decimal(str(amount.value)) == Decimal("137.90") and amount.number_format == "#,##0.00"
    assert rate.value == pytest.approx(0.4286) and rate.number_format == "0.00%"


def test_bad_exports_are_refused_and_leave_nothing(tmp_path):
    with pytest.raises(InvalidInput, match=".csv or .xlsx"):
        write_table(tmp_path / "x.pdf", title="x", headers=HEADERS, kinds=KINDS, rows=ROWS)
    with pytest.raises(InvalidInput, match="one value per column"):
        write_table(tmp_path / "x.csv", title="x", headers=HEADERS, kinds=KINDS, rows=[[1]])
    with pytest.raises(InvalidInput, match="no folder"):
        write_table(tmp_path / "nope" / "x.csv", title="x", headers=HEADERS, kinds=KINDS, rows=ROWS)
    assert list(tmp_path.iterdir()) == []


def test_every_figure_computes_for_a_supervisor_and_none_for_an_agent(shop):
    period = shop.today()
    for figure in FIGURES:
        got = compute(shop.sessions, actor=shop.boss, figure=figure, period=period)
        assert got.id == figure and got.period == (period.first_day, period.last_day)
        with pytest.raises(PermissionDenied):
            compute(shop.sessions, actor=shop.agent, figure=figure, period=period)
        with pytest.raises(PermissionDenied):
            compute(shop.sessions, actor=shop.presale, figure=figure, period=period)
    with pytest.raises(InvalidInput, match="unknown figure"):
        compute(shop.sessions, actor=shop.boss, figure="happiness", period=period)
