"""Fonts and the style sheet. Windows fonts first (Microsoft YaHei), with fallbacks."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.platform_env import UI_FONT_FAMILIES
from app.resources import resource


def pick_family(available: list[str]) -> str | None:
    have = set(available)
    return next((f for f in UI_FONT_FAMILIES if f in have), None)


def apply(app: QApplication) -> None:
    family = pick_family(QFontDatabase.families())
    font = QFont(family) if family else app.font()
    font.setPointSize(10)
    if family:
        font.setFamilies([family, *[f for f in UI_FONT_FAMILIES if f != family]])
    app.setFont(font)
    app.setStyle("Fusion")
    sheet = resource("styles", "app.qss")
    if sheet.exists():
        app.setStyleSheet(sheet.read_text(encoding="utf-8"))
