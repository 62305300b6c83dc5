"""Everything that differs between Windows, macOS and Linux, in one place.

The users sit at Windows 10/11 desktops; development and CI run on Linux. Paths go through
pathlib and platformdirs; nothing here calls a POSIX-only function.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "KefuDesk"
APP_AUTHOR = "KefuDesk"

# UI fonts in order of preference: Windows first, then macOS, then Linux CJK fonts.
UI_FONT_FAMILIES = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "SimHei",
)
MONO_FONT_FAMILIES = ("Consolas", "Menlo", "Noto Sans Mono CJK SC", "DejaVu Sans Mono")


def data_dir() -> Path:
    """The user's data folder (``KEFU_DATA`` overrides it), created if missing."""
    override = os.environ.get("KEFU_DATA")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def is_windows() -> bool:
    return sys.platform.startswith("win")


def default_db_path() -> Path:
    return data_dir() / "kefu.db"


def demo_db_path() -> Path:
    return data_dir() / "demo.db"


def policy_overrides_path() -> Path:
    """The supervisor's overrides of the shipped rule figures."""
    from app.policy import OVERRIDES_FILENAME

    return data_dir() / OVERRIDES_FILENAME
