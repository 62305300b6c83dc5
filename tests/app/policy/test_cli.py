"""``kefu policy`` run as a real subprocess, plus the argparse wiring in-process."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import cli_policy

ROOT = Path(__file__).resolve().parents[3]


def kefu_policy(*args: str, tz: str = "America/Los_Angeles") -> subprocess.CompletedProcess:
    env = {**os.environ, "TZ": tz, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "app.cli_policy", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


def test_json_for_the_rules_md_example():
    done = kefu_policy(
        "--platform", "douyin", "--event", "signed_at=2025-03-01T15:20:00+08:00", "--json"
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert list(data) == ["no_reason_return"]
    window = data["no_reason_return"]
    assert window["starts_at"] == "2025-03-02T00:00:00+08:00"
    assert window["ends_at"] == "2025-03-09T00:00:00+08:00"
    assert window["explanation"].startswith("7-day no-reason return ends 03-09 00:00")
    assert window["explanation_zh"].startswith("7天无理由退货截止 03-09 00:00")
    assert window["source"] == "local" and window["clock"] == "next_midnight"


@pytest.mark.parametrize("tz", ["UTC", "Asia/Shanghai", "Pacific/Kiritimati"])
def test_many_events_same_result_in_any_process_zone(tz):
    done = kefu_policy(
        "--platform",
        "taobao",
        "--json",
        "--event",
        "paid_at=2026-02-27T10:00:00+08:00",
        "--event",
        "shipped_at=2026-02-28T10:00:00+08:00",
        "--event",
        "signed_at=2026-03-01T23:30:00+08:00",
        "--event",
        "refund_requested_at=2026-03-01T16:10:00Z",  # 03-02 00:10 shop time
        "--event",
        "return_approved_at=2026-03-02T09:00:00+08:00",
        tz=tz,
    )
    assert done.returncode == 0, done.stderr
    ends = {rule: value["ends_at"] for rule, value in json.loads(done.stdout).items()}
    assert ends == {
        "no_reason_return": "2026-03-09T00:00:00+08:00",
        "return_ship_due": "2026-03-10T00:00:00+08:00",
        "merchant_response_due": "2026-03-08T00:00:00+08:00",  # received -> 5 calendar days
        "buyer_auto_confirm": "2026-03-11T00:00:00+08:00",
        "refund_overdue": "2026-03-18T00:00:00+08:00",
    }


def test_readable_table_by_default():
    done = kefu_policy(
        "--platform",
        "douyin",
        "--lang",
        "en",
        "--event",
        "reship_agreed_at=2026-03-01T15:20:00+08:00",
        "--now",
        "2026-03-02T00:00:00+08:00",
    )
    assert done.returncode == 0, done.stderr
    line = done.stdout.strip()
    assert line.startswith("reship_due") and "2026-03-03 15:20" in line and "open" in line


def test_platform_deadline_and_overrides(tmp_path):
    overrides = tmp_path / "policy_overrides.toml"
    overrides.write_text(
        '[[rule]]\nplatform = "douyin"\nid = "ship_by"\nduration = 24\nunit = "hours"\n'
        'start_event = "paid_at"\nclock = "exact"\neffective_from = 2020-01-01\n'
        'source = "主管设置"\nends_with = "shipped_at"\n',
        encoding="utf-8",
    )
    done = kefu_policy(
        "--platform",
        "douyin",
        "--json",
        "--overrides",
        str(overrides),
        "--event",
        "paid_at=2026-03-01T10:00:00+08:00",
        "--platform-deadline",
        "ship_by=2026-03-03T10:00:00+08:00",
    )
    assert done.returncode == 0, done.stderr
    window = json.loads(done.stdout)["ship_by"]
    assert window["ends_at"] == "2026-03-03T10:00:00+08:00"
    assert window["local_ends_at"] == "2026-03-02T10:00:00+08:00"
    assert window["source"] == "platform" and window["disagrees_with_local"] is True


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--event", "delivered_at=2026-03-01T10:00:00+08:00"], "delivered_at"),
        (["--event", "signed_at=2026-13-01T10:00:00"], "signed_at"),
        (["--event", "signed_at=yesterday"], "yesterday"),
        (["--event", "signed_at"], "signed_at"),
        (["--fact", "durable_goods=maybe"], "durable_goods"),
    ],
)
def test_bad_input_one_line_exit_2(args, needle):
    done = kefu_policy("--platform", "douyin", *args)
    assert done.returncode == 2 and done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0] and lines[0].startswith("kefu policy: ")


def test_malformed_table_one_line_exit_2(tmp_path):
    (tmp_path / "law.toml").write_text(
        '[[rule]]\nid = "x"\nduration = 7\nunit = "fortnights"\nstart_event = "signed_at"\n'
        'clock = "exact"\neffective_from = 2020-01-01\nsource = "测试"\n',
        encoding="utf-8",
    )
    done = kefu_policy(
        "--platform",
        "jd",
        "--tables-dir",
        str(tmp_path),
        "--event",
        "signed_at=2026-03-01T10:00:00+08:00",
    )
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert str(tmp_path / "law.toml") in lines[0] and "rule 1" in lines[0] and "'unit'" in lines[0]


def test_malformed_overrides_one_line_exit_2(tmp_path):
    bad = tmp_path / "o.toml"
    bad.write_text('[[rule]]\nplatform = "douyin"\nid = "ship_by"\n', encoding="utf-8")
    done = kefu_policy(
        "--platform",
        "douyin",
        "--overrides",
        str(bad),
        "--event",
        "paid_at=2026-03-01T10:00:00+08:00",
    )
    assert done.returncode == 2 and "rule 1: field 'duration': missing field" in done.stderr


def test_no_windows(capsys):
    assert cli_policy.main(["--platform", "jd", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {}


def test_add_parser_wires_into_a_main_cli(capsys):
    parser = argparse.ArgumentParser(prog="kefu")
    sub = parser.add_subparsers(dest="command", required=True)
    cli_policy.add_parser(sub)
    args = parser.parse_args(
        [
            "policy",
            "--platform",
            "douyin",
            "--json",
            "--event",
            "signed_at=2025-03-01T15:20:00+08:00",
        ]
    )
    assert args.func(args) == 0
    assert json.loads(capsys.readouterr().out)["no_reason_return"]["ends_at"] == (
        "2025-03-09T00:00:00+08:00"
    )


def test_unknown_platform_is_an_argparse_error():
    done = kefu_policy("--platform", "amazon")
    assert done.returncode == 2 and "amazon" in done.stderr
