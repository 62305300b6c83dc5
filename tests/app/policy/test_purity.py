"""The rules engine stays pure: no Qt, no database, no figures in Python."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
POLICY = ROOT / "app" / "policy"


def test_no_qt_or_database_imports():
    code = (
        "import sys, app.policy, app.cli_policy\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy', 'ui')]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_no_duration_figures_in_python():
    """Integer literals in app/policy are limited to structural values (0, 1, 2, 24, 100)."""
    allowed = {0, 1, 2, 24, 100}
    found = []
    for path in [*POLICY.glob("*.py"), ROOT / "app" / "cli_policy.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            is_int = isinstance(node, ast.Constant) and type(node.value) is int
            if is_int and node.value not in allowed:
                found.append(f"{path.name}:{node.lineno}: {node.value}")
    assert not found
