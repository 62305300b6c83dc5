"""Run slow work (database, files, network) off the GUI thread.

    run_op(parent, fn).on_success(cb).on_failure(cb).with_progress(label).start()

``fn`` runs on a QThreadPool worker and must not touch widgets; ``on_success`` and
``on_failure`` run on the GUI thread. If ``parent`` is destroyed before the work ends, the
callbacks are dropped. Expected errors (:class:`app.errors.KefuError`) go to ``on_failure``;
anything else goes there too, and is logged with its traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.errors import KefuError

log = logging.getLogger(__name__)
T = TypeVar("T")

_live: set[Op[Any]] = set()  # keeps ops alive until their callbacks ran


class _Relay(QObject):
    """Lives on the GUI thread; the worker's signal is queued to :meth:`_deliver` there."""

    sig_done = Signal(object, object)  # result, error

    def __init__(self, deliver: Callable[[Any, BaseException | None], None]) -> None:
        super().__init__()
        self._deliver_to = deliver
        self.sig_done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(object, object)
    def _deliver(self, result: Any, error: BaseException | None) -> None:
        self._deliver_to(result, error)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # noqa: BLE001 - everything is reported to the GUI
            if not isinstance(exc, KefuError):
                log.exception("background operation failed")
            self.relay.sig_done.emit(None, exc)
            return
        self.relay.sig_done.emit(result, None)


class Op(Generic[T]):
    def __init__(self, parent: QObject, fn: Callable[[], T]) -> None:
        self._parent = parent
        self._fn = fn
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._label: str | None = None
        self._progress: QProgressDialog | None = None
        self._relay = _Relay(self._on_done)

    def on_success(self, cb: Callable[[T], None]) -> Op[T]:
        self._success = cb
        return self

    def on_failure(self, cb: Callable[[BaseException], None]) -> Op[T]:
        self._failure = cb
        return self

    def with_progress(self, label: str) -> Op[T]:
        self._label = label
        return self

    def start(self, pool: QThreadPool | None = None) -> Op[T]:
        _live.add(self)
        if self._label and isinstance(self._parent, QWidget):
            dlg = QProgressDialog(self._label, "", 0, 0, self._parent)
            dlg.setCancelButton(None)
            dlg.setMinimumDuration(400)
            dlg.setWindowModality(Qt.WindowModality.WindowModal)
            self._progress = dlg
        (pool or QThreadPool.globalInstance()).start(_Job(self._fn, self._relay))
        return self

    def _on_done(self, result: Any, error: BaseException | None) -> None:
        _live.discard(self)
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
        if not _alive(self._parent):
            return
        if error is None:
            if self._success:
                self._success(result)
        elif self._failure:
            self._failure(error)
        else:
            log.error("unhandled background error: %s", error)


def _alive(obj: QObject) -> bool:
    try:
        obj.objectName()
    except RuntimeError:  # the C++ object is gone
        return False
    return True


def run_op(parent: QObject, fn: Callable[[], T]) -> Op[T]:
    return Op(parent, fn)


def pending_ops() -> int:
    """How many operations are still running (tests wait for zero)."""
    return len(_live)
