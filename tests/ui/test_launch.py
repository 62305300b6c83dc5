"""The ``kefu`` command as a user runs it: a real process, offscreen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def _kefu(*args: str, data: Path, timeout: int = 120) -> subprocess.CompletedProcess:
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "KEFU_DATA": str(data)}
    env.pop("KEFU_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
    )


def test_demo_opens_the_workstation_on_a_new_demo_shop(tmp_path):
    shot = tmp_path / "shot.png"
    done = _kefu("--demo", "--screenshot", str(shot), data=tmp_path)
    assert done.returncode == 0, done.stderr
    assert shot.stat().st_size > 10_000
    assert (tmp_path / "demo.db").exists()
    again = _kefu("--demo", "--screenshot", str(shot), data=tmp_path)  # reuses the demo shop
    assert again.returncode == 0, again.stderr


def test_a_file_that_is_not_a_database_is_refused_with_exit_code_2(tmp_path):
    notes = tmp_path / "notes.db"
    notes.write_text("这不是数据库", encoding="utf-8")
    done = _kefu("--db", str(notes), data=tmp_path)
    assert done.returncode == 2
    assert str(notes) in done.stderr and "not a Kefu Desk database" in done.stderr
    assert notes.read_text(encoding="utf-8") == "这不是数据库"


@pytest.mark.parametrize("url", ["mysql://shop@localhost/kefu", "postgresql+nodriver://x/y"])
def test_a_bad_database_url_is_refused_with_exit_code_2(tmp_path, url):
    done = _kefu("--db", url, data=tmp_path)
    assert done.returncode == 2
    assert done.stderr.startswith("kefu: ") and len(done.stderr.strip().splitlines()) == 1


def test_an_unknown_agent_is_refused_and_named(tmp_path):
    db = tmp_path / "shop.db"
    built = subprocess.run(
        [sys.executable, "-m", "app", "demo", "--db", str(db), "--tickets", "50"],
        capture_output=True,
        text=True,
        env=os.environ | {"KEFU_DATA": str(tmp_path)},
        timeout=120,
    )
    assert built.returncode == 0, built.stderr
    done = _kefu("--db", str(db), "--user", "nobody", data=tmp_path)
    assert done.returncode == 2
    assert "nobody" in done.stderr and "demo" in done.stderr
