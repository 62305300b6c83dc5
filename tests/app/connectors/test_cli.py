"""``kefu import orders``: exit codes 0/1/2, the JSON summary and the report file."""

from __future__ import annotations

import json

import pytest

from app.cli import main
from app.models import Role
from tests.app.builders import add_agent
from tests.app.connectors.exports import douyin_csv, douyin_row

A, B = "6920000000000000001", "6920000000000000002"


@pytest.fixture
def db(store, frozen_clock):
    add_agent(store, name="lead", role=Role.SUPERVISOR)
    add_agent(store, name="agent")
    return str(store.path)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["import", "orders", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_every_row_imported_exits_0_and_prints_json(db, tmp_path, capsys):
    path = douyin_csv(tmp_path / "r.csv", [douyin_row(A, A + "1"), douyin_row(B, B + "1")])
    code, out, _err = run(capsys, str(path), "--db", db, "--shop", "抖音旗舰店", "--json")
    assert code == 0
    summary = json.loads(out)
    assert {k: summary[k] for k in ("created", "updated", "unchanged", "rejected")} == {
        "created": 2,
        "updated": 0,
        "unchanged": 0,
        "rejected": 0,
    }
    assert summary["errors"] == []
    code, out, _err = run(capsys, str(path), "--db", db, "--shop", "抖音旗舰店", "--json")
    assert code == 0 and json.loads(out)["unchanged"] == 2


def test_rejected_rows_exit_1_with_file_row_column_reason_and_a_report(db, tmp_path, capsys):
    path = douyin_csv(tmp_path / "r.csv", [douyin_row(A, A + "1"), douyin_row("3.45678E+18", "9")])
    report = tmp_path / "rejected.csv"
    code, out, _err = run(
        capsys, str(path), "--db", db, "--shop", "抖音旗舰店", "--json", "--report", str(report)
    )
    assert code == 1
    summary = json.loads(out)
    assert summary["rejected"] == 1 and summary["created"] == 1
    (error,) = summary["errors"]
    assert (error["file"], error["row"], error["column"]) == ("r.csv", 3, "主订单编号")
    assert "damaged by Excel" in error["reason"]
    assert report.read_text(encoding="utf-8-sig").splitlines()[1].startswith("3.45678E+18,")


def test_an_unreadable_file_exits_2_naming_it(db, tmp_path, capsys):
    bad = tmp_path / "notes.csv"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    code, out, err = run(capsys, str(bad), "--db", db, "--shop", "抖音旗舰店")
    assert code == 2
    assert "notes.csv: not a table" in err
    code, out, _err = run(capsys, str(bad), "--db", db, "--shop", "抖音旗舰店", "--json")
    assert code == 2 and json.loads(out)["errors"][0]["file"] == "notes.csv"


def test_usage_problems_exit_2_with_one_line(db, tmp_path, capsys):
    path = douyin_csv(tmp_path / "r.csv", [douyin_row(A, A + "1")])
    code, _out, err = run(capsys, str(path), "--db", db)
    assert code == 2 and "no shop yet" in err
    code, _out, err = run(capsys, str(path), "--db", db, "--shop", "x", "--user", "nobody")
    assert code == 2 and "no active agent named 'nobody'" in err
