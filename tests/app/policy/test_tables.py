"""Loading the shipped tables; refusing malformed ones with file, row and field named."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

from app.policy import DEFAULT_DIRECTORY, PolicyTableError, load_table
from app.policy.vocab import CLOCKS, EVENTS, PLATFORMS

REQUIRED_IDS = {
    "no_reason_return",
    "quality_claim",
    "counterfeit_claim",
    "reship_due",
    "refund_after_return_due",
    "refund_overdue",
    "merchant_response_due",
    "ship_by",
}
RULES_MD_IDS = REQUIRED_IDS | {
    "durable_claim",
    "return_ship_due",
    "return_receipt_due",
    "buyer_auto_confirm",
    "three_guarantees_return",
    "three_guarantees_exchange",
}
CJK = re.compile(r"[\u4e00-\u9fff]")

GOOD = """\
[[rule]]
id = "first"
duration = 7
unit = "days"
start_event = "signed_at"
clock = "next_midnight"
effective_from = 2020-01-01
source = "测试"
"""


def row(**changes: str | None) -> str:
    """GOOD renamed to ``second`` with fields changed (value text) or dropped (None)."""
    lines = GOOD.replace('"first"', '"second"').splitlines()
    out = []
    for line in lines:
        key = line.split(" = ")[0]
        if key in changes:
            if changes[key] is not None:
                out.append(f"{key} = {changes.pop(key)}")
            else:
                changes.pop(key)
            continue
        out.append(line)
    out += [f"{k} = {v}" for k, v in changes.items() if v is not None]
    return "\n".join(out) + "\n"


def law_dir(tmp_path: Path, text: str) -> Path:
    (tmp_path / "law.toml").write_text(text, encoding="utf-8")
    return tmp_path


def refused(tmp_path: Path, text: str) -> PolicyTableError:
    directory = law_dir(tmp_path, text)
    with pytest.raises(PolicyTableError) as info:
        load_table("jd", directory=directory)
    return info.value


def test_shipped_tables_load_and_cover_rules_md():
    ids = set()
    for platform in (*PLATFORMS, "law"):
        table = load_table(platform)
        ids |= set(table.rule_ids())
        for rule in table.rules:
            assert CJK.search(rule.source), f"{rule.id} needs its Chinese source text"
            assert rule.title and rule.title_zh
            assert rule.start_event in EVENTS and rule.clock in CLOCKS
    assert ids >= RULES_MD_IDS
    assert set(load_table("douyin").rule_ids()) | {"merchant_response_due"} >= REQUIRED_IDS
    assert load_table("taobao").rate("vat_general", dt.date(2026, 1, 1)).value == 13


@pytest.mark.parametrize(
    ("text", "field", "reason"),
    [
        (row(unit=None), "unit", "missing_field"),
        (row(source=None), "source", "missing_field"),
        (row(unit='"weeks"'), "unit", "bad_value"),
        (row(clock='"tomorrow"'), "clock", "bad_value"),
        (row(unit='"hours"'), "unit", "bad_value"),  # hours do not fit next_midnight
        (row(effective_from='"2020-02-30"'), "effective_from", "bad_value"),
        (row(effective_from="2020-01-01T10:00:00"), "effective_from", "bad_value"),
        (row(effective_from="20200101"), "effective_from", "bad_value"),
        (row(effective_from="2020-01-01", id='"first"'), "effective_from", "duplicate_version"),
        (row(duration="0"), "duration", "bad_value"),
        (row(duration="7.5"), "duration", "bad_value"),
        (row(duration='"7"'), "duration", "bad_value"),
        (row(start_event='"delivered_at"'), "start_event", "bad_value"),
        (row(when='["full_moon"]'), "when", "bad_value"),
        (row(party='"carrier"'), "party", "bad_value"),
        (row(id='"Bad-Id"'), "id", "bad_value"),
        (row(source='""'), "source", "bad_value"),
        (row(colour='"red"'), "colour", "unknown_field"),
    ],
)
def test_malformed_row_names_file_row_and_field(tmp_path, text, field, reason):
    error = refused(tmp_path, GOOD + "\n" + text)
    assert (error.row, error.field, error.reason) == (2, field, reason)
    assert error.file == str(tmp_path / "law.toml")
    assert str(error).startswith(f"{tmp_path / 'law.toml'}: rule 2: field '{field}': ")
    assert error.code == "policy_table_invalid"
    assert "\n" not in str(error)


def test_same_date_different_variant_is_not_a_duplicate(tmp_path):
    directory = law_dir(tmp_path, GOOD + "\n" + row(id='"first"', when='["received"]'))
    assert len(load_table("jd", directory=directory).versions("first")) == 2


def test_syntax_error_names_the_file(tmp_path):
    error = refused(tmp_path, GOOD + "\nthis is not toml\n")
    assert error.reason == "syntax" and error.row is None and "law.toml" in str(error)


def test_missing_file(tmp_path):
    with pytest.raises(PolicyTableError) as info:
        load_table("douyin", directory=tmp_path)
    assert info.value.reason == "missing_file" and "douyin.toml" in str(info.value)


def test_unknown_top_level_key_and_header_field(tmp_path):
    assert refused(tmp_path, "colour = 1\n" + GOOD).field == "colour"
    error = refused(tmp_path, '[table]\ninherits = "douyin"\nshade = 1\n' + GOOD)
    assert error.field == "table.shade"


def test_bad_rate_row(tmp_path):
    text = (
        GOOD + '\n[[rate]]\nid = "vat_general"\nvalue = 13\nunit = "permille"\n'
        'effective_from = 2019-04-01\nsource = "公告"\n'
    )
    error = refused(tmp_path, text)
    assert (error.section, error.row, error.field) == ("rate", 1, "unit")
    assert ": rate 1: field 'unit': " in str(error)


def test_error_in_a_platform_table_names_that_file(tmp_path):
    shutil.copy(DEFAULT_DIRECTORY / "law.toml", tmp_path / "law.toml")
    (tmp_path / "douyin.toml").write_text('[table]\ninherits = "law"\n' + GOOD + row(clock='"x"'))
    with pytest.raises(PolicyTableError) as info:
        load_table("douyin", directory=tmp_path)
    assert info.value.file == str(tmp_path / "douyin.toml") and info.value.field == "clock"


def test_inheritance_loop_is_refused(tmp_path):
    shutil.copy(DEFAULT_DIRECTORY / "law.toml", tmp_path / "law.toml")
    (tmp_path / "taobao.toml").write_text('[table]\ninherits = "tmall"\n')
    (tmp_path / "tmall.toml").write_text('[table]\ninherits = "taobao"\n')
    with pytest.raises(PolicyTableError) as info:
        load_table("tmall", directory=tmp_path)
    assert info.value.reason == "bad_inheritance"


def test_platform_rows_shadow_inherited_rows_of_the_same_id(tmp_path):
    law_dir(tmp_path, GOOD)
    (tmp_path / "douyin.toml").write_text(
        '[table]\ninherits = "law"\n' + GOOD.replace("= 7", "= 9")
    )
    table = load_table("douyin", directory=tmp_path)
    assert [r.duration for r in table.versions("first")] == [9]


def test_cache_rereads_a_changed_file(tmp_path):
    law_dir(tmp_path, GOOD)
    assert load_table("jd", directory=tmp_path).versions("first")[0].duration == 7
    law_dir(tmp_path, GOOD.replace("= 7", "= 10"))
    assert load_table("jd", directory=tmp_path).versions("first")[0].duration == 10


def test_unknown_platform_is_refused():
    from app.policy import PolicyInputError

    with pytest.raises(PolicyInputError):
        load_table("amazon")
