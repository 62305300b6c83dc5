"""The layer rules: app/ never imports Qt or ui/; ui/ never touches SQL directly."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _offenders(folder: str, banned: tuple[str, ...]) -> list[str]:
    found = []
    for path in sorted((ROOT / folder).rglob("*.py")):
        for name in _imports(path):
            if name.split(".")[0] in banned:
                found.append(f"{path.relative_to(ROOT)} imports {name}")
    return found


def test_app_does_not_import_qt_or_ui():
    assert _offenders("app", ("PySide6", "PyQt6", "shiboken6", "ui")) == []


def test_ui_does_not_import_sqlalchemy():
    assert _offenders("ui", ("sqlalchemy", "sqlite3")) == []
