"""``kefu sop check`` and script validation: every shipped script passes; each kind of mistake
is reported with its file, step and field; a broken script never stops the others loading."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import SUBCOMMANDS, build_parser
from app.workflows import ScriptUnavailable, check_files, library
from app.workflows import cli as sop_cli
from app.workflows.catalog import SOPS, script_files

ROOT = Path(__file__).resolve().parents[3]
GOOD = """\
[script]
id = "@ID@"
version = 1
title = "Test"
title_zh = "测试"
kinds = ["inquiry"]
start = "hello"

[[step]]
id = "hello"
kind = "say"
text = "Hello {buyer}"
text_zh = "您好 {buyer}"
next = "done"

[[step]]
id = "done"
kind = "end"
outcome = "greeted"
status = "resolved"
"""


def kefu(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "app", *args], cwd=cwd, env=env, capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / f"{name}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def errors_of(path: Path) -> list[tuple[str | None, str | None, str]]:
    return [(e.step, e.field, e.message) for e in check_files([path])]


def test_every_shipped_script_passes():
    files = script_files(SOPS)
    assert len(files) >= 14
    assert check_files(files) == []


def test_the_check_runs_as_a_subprocess_on_every_shipped_script():
    done = kefu("sop", "check")
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout == ""
    assert f"{len(script_files(SOPS))} script(s) checked: all good" in done.stderr


def test_the_check_names_file_step_and_field_and_exits_1(tmp_path):
    bad = write(tmp_path, "broken", GOOD.replace("@ID@", "broken").replace("{buyer}", "{buyr}"))
    done = kefu("sop", "check", str(bad))
    assert done.returncode == 1
    assert done.stdout.splitlines() == [
        f"{bad}: step 'hello': field '{field}': bad placeholder {{buyr}}: no such value or field"
        for field in ("text", "text_zh")
    ]
    assert "2 problem(s) in 1 of 1 script(s)" in done.stderr


def test_an_unreadable_file_exits_2(tmp_path):
    done = kefu("sop", "check", str(tmp_path / "missing.toml"))
    assert done.returncode == 2
    assert "cannot read" in done.stderr and "missing.toml" in done.stderr


def test_the_subcommand_is_registered():
    assert SUBCOMMANDS["sop"] == ("app.workflows.cli", "check the SOP scripts")
    args = build_parser("sop").parse_args(["sop", "check", "a.toml"])
    assert args.run is sop_cli.run and args.files == [Path("a.toml")]
    assert sop_cli.main(["check"]) == 0
    assert sop_cli.main([]) == 2


# ---- each kind of mistake --------------------------------------------------------------

CASES = {
    "syntax": ('[script\nid = "x"', [(None, None, "not valid TOML")]),
    "unknown_kind": (
        GOOD.replace('kind = "say"', 'kind = "shout"'),
        [("hello", "kind", "unknown step kind 'shout'")],
    ),
    "unknown_step": (
        GOOD.replace('next = "done"', 'next = "gone"'),
        [("hello", "next", "unknown step 'gone'")],
    ),
    "unreachable": (
        GOOD + '\n[[step]]\nid = "lonely"\nkind = "end"\noutcome = "x"\n',
        [("lonely", None, "unreachable: no step leads here")],
    ),
    "missing_branch": (
        GOOD.replace(
            'kind = "say"\ntext = "Hello {buyer}"\ntext_zh = "您好 {buyer}"\nnext = "done"',
            'kind = "ask"\ntitle = "Q"\ntitle_zh = "问"\n[[step.choice]]\nid = "a"\n'
            'label = "A"\nlabel_zh = "甲"\nnext = "done"\n[[step.choice]]\nid = "b"\n'
            'label = "B"\nlabel_zh = "乙"',
        ),
        [("hello", "choice 'b'.next", "missing branch: the choice leads nowhere")],
    ),
    "check_missing_no": (
        GOOD.replace(
            'kind = "say"\ntext = "Hello {buyer}"\ntext_zh = "您好 {buyer}"\nnext = "done"',
            'kind = "check"\ntest = "order_paid"\nyes = "done"',
        ),
        [("hello", "no", "missing (a check step needs it)")],
    ),
    "bad_placeholder": (
        GOOD.replace("{buyer}", "{buyer.name.x}", 1),
        [("hello", "text", "bad placeholder {buyer.name.x}")],
    ),
    "unmatched_brace": (
        GOOD.replace("Hello {buyer}", "Hello {buyer"),
        [("hello", "text", "bad placeholder: unmatched brace")],
    ),
    "unknown_check": (
        GOOD.replace(
            'kind = "say"\ntext = "Hello {buyer}"\ntext_zh = "您好 {buyer}"\nnext = "done"',
            'kind = "check"\ntest = "moon_is_full"\nyes = "done"\nno = "done"',
        ),
        [("hello", "test", "unknown check 'moon_is_full'")],
    ),
    "unknown_action": (
        GOOD.replace(
            'kind = "say"\ntext = "Hello {buyer}"\ntext_zh = "您好 {buyer}"',
            'kind = "action"\ntitle = "Do"\ntitle_zh = "做"\ndo = "refund.everything"',
        ),
        [("hello", "do", "unknown action 'refund.everything'")],
    ),
    "missing_twin": (
        GOOD.replace('text_zh = "您好 {buyer}"\n', ""),
        [("hello", "text_zh", "missing (a say step needs it)")],
    ),
    "unknown_script": (
        GOOD.replace(
            'id = "done"\nkind = "end"\noutcome = "greeted"\nstatus = "resolved"',
            'id = "done"\nkind = "handoff"\nto = "nowhere"',
        ),
        [("done", "to", "unknown script 'nowhere'")],
    ),
    "handoff_unknown_step": (
        GOOD.replace(
            'id = "done"\nkind = "end"\noutcome = "greeted"\nstatus = "resolved"',
            'id = "done"\nkind = "handoff"\nto = "reship"\nat = "teleport"',
        ),
        [("done", "at", "script 'reship' has no step 'teleport'")],
    ),
    "dead_end": (
        GOOD.replace('next = "done"', 'next = "again"')
        + '\n[[step]]\nid = "again"\nkind = "say"\ntext = "x"\ntext_zh = "x"\nnext = "hello"\n',
        [("hello", None, "never reaches an end or a handoff")],
    ),
    "bad_status": (
        GOOD.replace('status = "resolved"', 'status = "happy"'),
        [("done", "status", "'happy' is not one of")],
    ),
    "approval_without_branches": (
        GOOD.replace(
            'kind = "say"\ntext = "Hello {buyer}"\ntext_zh = "您好 {buyer}"',
            'kind = "action"\ntitle = "Pay"\ntitle_zh = "付"\ndo = "compensation.register"\n'
            'params = { amount_fen = 100, method = "alipay" }',
        ),
        [
            ("hello", "on_approved", "missing branch: the record may wait for a supervisor"),
            ("hello", "on_refused", "missing branch: the record may wait for a supervisor"),
        ],
    ),
    "unknown_field": (
        GOOD.replace('next = "done"', 'next = "done"\ncolour = "red"'),
        [("hello", "colour", "unknown field in a say step")],
    ),
    "action_without_its_value": (
        GOOD.replace(
            'kind = "say"\ntext = "Hello {buyer}"\ntext_zh = "您好 {buyer}"',
            'kind = "action"\ntitle = "Ship"\ntitle_zh = "发"\ndo = "reship.ship"',
        ),
        [
            ("hello", "params.carrier", "no step asks for a field 'carrier'"),
            ("hello", "params.tracking_no", "no step asks for a field 'tracking_no'"),
        ],
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_mistake_is_reported_with_its_step_and_field(tmp_path, case):
    text, expected = CASES[case]
    path = write(tmp_path, case, text.replace("@ID@", case))
    found = errors_of(path)
    for step, field, message in expected:
        assert any((s, f) == (step, field) and m.startswith(message) for s, f, m in found), (
            f"{(step, field, message)} not in {found}"
        )
    assert all(e.file == str(path) for e in check_files([path]))


def test_every_error_is_collected_not_just_the_first(tmp_path):
    text = (
        GOOD.replace("@ID@", "many")
        .replace("{buyer}", "{nobody}")
        .replace('status = "resolved"', 'status = "happy"')
        .replace('next = "done"', 'next = "done"\ncolour = "red"')
    )
    found = errors_of(write(tmp_path, "many", text))
    assert {(s, f) for s, f, _m in found} >= {
        ("hello", "text"),
        ("hello", "text_zh"),
        ("done", "status"),
        ("hello", "colour"),
    }


def test_the_file_name_must_match_the_id(tmp_path):
    found = errors_of(write(tmp_path, "other_name", GOOD.replace("@ID@", "greeting")))
    assert (None, "id", "'greeting' must equal the file name 'other_name'") in found


def test_a_malformed_script_does_not_stop_the_others(tmp_path):
    folder = tmp_path / "sops"
    shutil.copytree(SOPS, folder)
    write(folder, "broken", "[script\n")
    write(folder, "half", GOOD.replace("@ID@", "half").replace('next = "done"', 'next = "gone"'))
    lib = library(folder)
    assert set(lib.scripts) == {p.stem for p in script_files(SOPS)}
    assert {Path(e.file).stem for e in lib.errors} == {"broken", "half"}
    with pytest.raises(ScriptUnavailable) as err:
        lib.get("half")
    assert err.value.code == "workflow_script_unavailable"
    assert "unknown step 'gone'" in str(err.value)


def test_the_library_rereads_a_changed_file(tmp_path):
    folder = tmp_path / "sops"
    folder.mkdir()
    path = write(folder, "greet", GOOD.replace("@ID@", "greet"))
    assert library(folder).get("greet").version == 1
    path.write_text(GOOD.replace("@ID@", "greet").replace("version = 1", "version = 2"), "utf-8")
    os.utime(path, ns=(1, 2_000_000_000_000_000_000))
    assert library(folder).get("greet").version == 2
