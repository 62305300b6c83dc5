"""``kefu demo`` as the user runs it: a real subprocess on a real file."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from app.demo import cli

ROOT = Path(__file__).resolve().parents[3]


def kefu_demo(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app.demo.cli", *args],
        cwd=ROOT,
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_builds_once_then_refuses_the_filled_database(tmp_path):
    db = tmp_path / "demo.db"
    first = kefu_demo("--db", str(db), "--tickets", "200", "--anchor", "2026-03-01T15:00")
    assert first.returncode == 0, first.stderr
    assert "200 tickets" in first.stdout and "'demo'" in first.stdout
    second = kefu_demo("--db", str(db), "--tickets", "200")
    assert second.returncode == 2
    message = second.stderr.strip()
    assert len(message.splitlines()) == 1
    assert "already holds 4 shop(s)" in message and str(db) in message  # 3 open, 1 closed


def test_a_bad_url_or_file_is_refused_in_one_line(tmp_path):
    bad = kefu_demo("--db", "mysql://user@host/shop")
    assert bad.returncode == 2
    assert bad.stderr.startswith("kefu demo: unsupported database 'mysql'")
    assert len(bad.stderr.strip().splitlines()) == 1
    text = tmp_path / "notes.txt"
    text.write_text("not a database", encoding="utf-8")
    foreign = kefu_demo("--db", str(text))
    assert foreign.returncode == 2 and "not a Kefu Desk database" in foreign.stderr


def test_the_subcommand_plugs_into_a_main_parser(tmp_path, capsys):
    parser = argparse.ArgumentParser(prog="kefu")
    cli.add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(
        [
            "demo",
            "--db",
            str(tmp_path / "x.db"),
            "--tickets",
            "50",
            "--seed",
            "9",
            "--anchor",
            "2026-03-01T15:00:00+08:00",
        ]
    )
    assert (args.tickets, args.seed) == (50, 9)
    assert args.anchor.in_timezone("UTC").hour == 7
    assert args.func(args) == 0
    assert "50 tickets" in capsys.readouterr().out


def test_progress_goes_to_stderr_for_large_demos(capsys):
    progress = cli._Progress(sys.stderr)
    for done in range(1_000, 40_001, 1_000):
        progress(done, 40_000)
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == cli.PROGRESS_STEPS + 1  # the first chunk, then every twentieth
    assert lines[-1].startswith("kefu demo: 40,000/40,000 tickets (100%)")


def test_kefu_db_before_the_subcommand_is_the_target(tmp_path, capsys):
    from app.cli import main as kefu

    db = tmp_path / "given.db"
    assert kefu(["--db", str(db), "demo", "--tickets", "30"]) == 0
    assert f"written to {db}" in capsys.readouterr().out
