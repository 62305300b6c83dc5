"""The supervisor's overrides file: same row format plus ``platform``; atomic writes."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from app.policy import (
    PolicyTableError,
    deadlines_by_rule,
    load_table,
    refund_entries,
    remove_override,
    write_override,
)
from app.policy.overrides import dumps

from .support import cst, facts

EXACT_ROW = {
    "platform": "douyin",
    "id": "no_reason_return",
    "title": "no-reason return",
    "title_zh": "无理由退货",
    "duration": 7,
    "unit": "days",
    "start_event": "signed_at",
    "clock": "exact",
    "when": ["no_reason_eligible"],
    "party": "buyer",
    "effective_from": dt.date(2014, 3, 15),
    "source": "主管设置:按签收时刻起算 7×24 小时",
}


def no_reason_end(path, signed="2025-03-01 15:20", platform="douyin"):
    table = load_table(platform, overrides=path)
    return deadlines_by_rule(table, facts(platform, signed_at=signed))["no_reason_return"]


def test_override_replaces_the_figure_rules_md_exact_example(tmp_path):
    path = tmp_path / "policy_overrides.toml"
    write_override(path, EXACT_ROW)
    window = no_reason_end(path)
    assert window.ends_at == cst("2025-03-08 15:20")  # RULES.md: exact -> 2025-03-08 15:20
    assert (
        window.rule.origin == "override" and str(path) in load_table("douyin", overrides=path).files
    )
    assert no_reason_end(None).ends_at == cst("2025-03-09 00:00")  # shipped table untouched


def test_override_of_one_platform_leaves_the_others(tmp_path):
    path = tmp_path / "policy_overrides.toml"
    write_override(path, EXACT_ROW)
    assert no_reason_end(path, platform="taobao").ends_at == cst("2025-03-09 00:00")


def test_law_override_reaches_every_inheriting_platform(tmp_path):
    path = tmp_path / "o.toml"
    write_override(path, {**EXACT_ROW, "platform": "law", "duration": 10, "clock": "next_midnight"})
    for platform in ("douyin", "taobao", "tmall", "jd", "other"):
        assert no_reason_end(path, platform=platform).ends_at == cst("2025-03-12 00:00")


def test_update_replaces_the_previous_override_row(tmp_path):
    path = tmp_path / "o.toml"
    write_override(path, EXACT_ROW)
    write_override(path, {**EXACT_ROW, "duration": 15, "clock": "next_midnight"})
    assert path.read_text(encoding="utf-8").count("[[rule]]") == 1
    assert no_reason_end(path).ends_at == cst("2025-03-17 00:00")


def test_older_shipped_versions_still_govern_earlier_events(tmp_path):
    path = tmp_path / "o.toml"
    write_override(path, {**EXACT_ROW, "effective_from": dt.date(2026, 1, 1)})
    assert no_reason_end(path, signed="2025-12-31 15:20").ends_at == cst("2026-01-08 00:00")
    assert no_reason_end(path, signed="2026-01-01 15:20").ends_at == cst("2026-01-08 15:20")


def test_write_from_a_rule_object(tmp_path):
    path = tmp_path / "o.toml"
    shipped = load_table("taobao").versions("buyer_auto_confirm")[0]
    write_override(path, dataclasses.replace(shipped, duration=15), platform="taobao")
    given = facts("taobao", shipped_at="2026-03-01 15:20")
    table = load_table("taobao", overrides=path)
    assert deadlines_by_rule(table, given)["buyer_auto_confirm"].ends_at == cst("2026-03-17 00:00")


def test_rate_override_small_scale_taxpayer(tmp_path):
    path = tmp_path / "o.toml"
    row = {
        "platform": "law",
        "id": "vat_general",
        "value": 3,
        "unit": "percent",
        "effective_from": dt.date(2020, 1, 1),
        "source": "小规模纳税人征收率 3%",
    }
    write_override(path, row)
    entries = refund_entries(
        load_table("douyin", overrides=path), refund_fen=10300, sold_on=dt.date(2026, 1, 5)
    )
    assert [line.debit_fen for line in entries[0].lines[:2]] == [10000, 300]


def test_bad_row_is_refused_and_file_untouched(tmp_path):
    path = tmp_path / "o.toml"
    write_override(path, EXACT_ROW)
    before = path.read_bytes()
    with pytest.raises(PolicyTableError) as info:
        write_override(path, {**EXACT_ROW, "unit": "weeks"})
    assert info.value.file == str(path) and info.value.field == "unit" and info.value.row == 1
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["o.toml"]  # no temp file left


def test_missing_platform_is_refused(tmp_path):
    with pytest.raises(PolicyTableError) as info:
        write_override(tmp_path / "o.toml", {k: v for k, v in EXACT_ROW.items() if k != "platform"})
    assert info.value.field == "platform" and info.value.reason == "missing_field"
    assert not (tmp_path / "o.toml").exists()


def test_malformed_overrides_file_names_row_and_field(tmp_path):
    path = tmp_path / "o.toml"
    text = dumps({"rule": [EXACT_ROW, {**EXACT_ROW, "platform": "taobao", "clock": "soon"}]})
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PolicyTableError) as info:
        load_table("douyin", overrides=path)
    assert (info.value.file, info.value.row, info.value.field) == (str(path), 2, "clock")


def test_duplicate_version_in_overrides(tmp_path):
    path = tmp_path / "o.toml"
    path.write_text(dumps({"rule": [EXACT_ROW, EXACT_ROW]}), encoding="utf-8")
    with pytest.raises(PolicyTableError) as info:
        load_table("douyin", overrides=path)
    assert (info.value.row, info.value.field, info.value.reason) == (
        2,
        "effective_from",
        "duplicate_version",
    )


def test_remove_override(tmp_path):
    path = tmp_path / "o.toml"
    write_override(path, EXACT_ROW)
    assert remove_override(
        path, platform="douyin", rule_id="no_reason_return", when=("no_reason_eligible",)
    )
    assert not remove_override(path, platform="douyin", rule_id="no_reason_return")
    assert no_reason_end(path).ends_at == cst("2025-03-09 00:00")


def test_missing_overrides_file_means_no_overrides(tmp_path):
    assert no_reason_end(tmp_path / "absent.toml").ends_at == cst("2025-03-09 00:00")


def test_text_round_trips_quotes_and_chinese(tmp_path):
    path = tmp_path / "sub" / "o.toml"
    write_override(path, {**EXACT_ROW, "source": '主管 "说明"\\ 第二行\n结束'})
    assert no_reason_end(path).rule.source == '主管 "说明"\\ 第二行\n结束'
