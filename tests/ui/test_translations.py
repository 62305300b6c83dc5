"""Every user-facing string has its Simplified Chinese translation, and the shipped .qm is built
from the shipped .ts."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "kefu_zh_CN.ts"
QM = TS.with_suffix(".qm")


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail(f"{name} is missing from the environment (it ships with PySide6)")
    return found


def test_every_source_string_is_translated(tmp_path):
    ts = tmp_path / "check.ts"
    shutil.copy(TS, ts)
    sources = [str(p) for p in sorted((ROOT / "ui").rglob("*.py"))]
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    unfinished = [
        m.findtext("source")
        for m in ET.parse(ts).getroot().iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == [], "untranslated (run lupdate and translate them in the .ts)"


def test_shipped_qm_is_built_from_the_ts(tmp_path):
    qm = tmp_path / "check.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(TS), "-qm", str(qm)], check=True, capture_output=True
    )
    assert qm.read_bytes() == QM.read_bytes(), "run pyside6-lrelease on the .ts"
