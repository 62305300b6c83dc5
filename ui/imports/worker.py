"""An import running on a worker thread, reporting progress and stoppable between batches.

``ui.ops.run_op`` has no progress channel; an import needs one, and a cancel flag the
runner checks between batches (whole orders only: what was saved stays, nothing half).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

#: work(progress, cancelled) -> result; progress(fraction, stage)
Work = Callable[[Callable[[float, str], None], Callable[[], bool]], Any]


class ImportJob(QObject):
    sig_progress = Signal(float, str)
    """How far the import is (0..1) and its stage (reading, grouping, saving)."""

    sig_done = Signal(object)
    """The import ended (its summary), cancelled or not."""

    sig_failed = Signal(object)
    """The import stopped on an error (the exception)."""

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._stop = threading.Event()
        self.running = False
        self._relay = _Relay()
        self._relay.sig_progress.connect(self.sig_progress, Qt.ConnectionType.QueuedConnection)
        self._relay.sig_result.connect(self._on_relay_result, Qt.ConnectionType.QueuedConnection)

    def start(self, pool: QThreadPool | None = None) -> None:
        self.running = True
        (pool or QThreadPool.globalInstance()).start(_Runnable(self._work, self._relay, self._stop))

    def cancel(self) -> None:
        self._stop.set()

    @Slot(object, object)
    def _on_relay_result(self, result: Any, error: object) -> None:
        self.running = False
        if error is None:
            self.sig_done.emit(result)
        else:
            self.sig_failed.emit(error)


class _Relay(QObject):
    sig_progress = Signal(float, str)
    sig_result = Signal(object, object)


class _Runnable(QRunnable):
    def __init__(self, work: Work, relay: _Relay, stop: threading.Event) -> None:
        super().__init__()
        self.work, self.relay, self.stop = work, relay, stop
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.work(self.relay.sig_progress.emit, self.stop.is_set)
        except BaseException as exc:  # noqa: BLE001 - reported to the dialog
            log.exception("import failed")
            self.relay.sig_result.emit(None, exc)
            return
        self.relay.sig_result.emit(result, None)
