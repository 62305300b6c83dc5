"""Unexpected errors: logged to the data folder and shown once per burst, never lost."""

from __future__ import annotations

import logging
import sys
import time
import traceback
from logging.handlers import RotatingFileHandler
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app.platform_env import data_dir

log = logging.getLogger("kefu")
BURST_SECONDS = 10.0


def setup_logging() -> None:
    """Log to ``logs/kefu.log`` in the data folder (rotated, a few MB at most)."""
    folder = data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(
        folder / "kefu.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)


class CrashReporter:
    """Replaces ``sys.excepthook``: one dialog per burst of errors, each error logged."""

    def __init__(self) -> None:
        self._last_shown = 0.0
        self._dialog: QMessageBox | None = None

    def install(self) -> None:
        sys.excepthook = self.handle

    def handle(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        details = "".join(traceback.format_exception(kind, exc, tb))
        log.error("unexpected error\n%s", details)
        now = time.monotonic()
        if now - self._last_shown < BURST_SECONDS or QApplication.instance() is None:
            return
        self._last_shown = now
        QTimer.singleShot(0, lambda: self._show(str(exc) or kind.__name__, details))

    def _show(self, summary: str, details: str) -> None:
        box = QMessageBox(QApplication.activeWindow())
        box.setObjectName("crashDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("CrashReporter", "Unexpected error"))
        box.setText(
            QCoreApplication.translate(
                "CrashReporter",
                "Something unexpected went wrong. Your work is saved; the details are in the log.",
            )
        )
        box.setInformativeText(summary)
        box.setDetailedText(details)
        copy = box.addButton(
            QCoreApplication.translate("CrashReporter", "Copy details"),
            QMessageBox.ButtonRole.ActionRole,
        )
        box.addButton(QMessageBox.StandardButton.Close)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        box.setModal(False)
        box.show()
        self._dialog = box
