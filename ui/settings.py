"""Window state and UI preferences, in an INI file in the data folder, versioned."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from app.platform_env import data_dir

VERSION = 1


def open_settings() -> QSettings:
    settings = QSettings(str(data_dir() / "ui.ini"), QSettings.Format.IniFormat)
    found = int(settings.value("version", 0) or 0)
    if found < VERSION:
        _upgrade(settings, found)
    return settings


def _upgrade(settings: QSettings, found: int) -> None:
    # Version 1 is the first; later versions add their steps here, oldest first.
    settings.setValue("version", VERSION)
