"""Sync in the background: on a timer, soon after a local change, and on demand; never on
the GUI thread, one at a time, backing off while the server is away."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from app.errors import KefuError
from app.services import Changes
from app.sync import engine, replica
from app.sync.client import ServerClient
from ui.context import AppContext
from ui.ops import run_op

log = logging.getLogger(__name__)

INTERVAL_MS = 30_000  # a regular sync while online
SOON_MS = 2_000  # after a local change
FIRST_RETRY_MS = 5_000  # then doubling while the server is away
MAX_RETRY_MS = 300_000


@dataclass(frozen=True)
class SyncState:
    online: bool | None  # None: not tried yet
    busy: bool
    pending: int
    conflicts: int
    last_synced: str  # ISO time of the last complete sync, "" if never
    problem: str = ""  # the last error's code ("offline", "unauthorized", ...)
    message: str = ""
    retry_in_ms: int = 0
    files_waiting: int = 0  # evidence files that could not travel in the last sync


class SyncRunner(QObject):
    sig_state = Signal(object)  # SyncState
    sig_needs_login = Signal()  # the kept login was refused: ask for the password again

    def __init__(
        self, ctx: AppContext, client: ServerClient, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("syncRunner")
        self.ctx = ctx
        self.client = client
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync_now)
        self._busy = False
        self._again = False
        self._retry_ms = FIRST_RETRY_MS
        self._state = SyncState(None, False, 0, 0, "")
        ctx.bus.sig_changed.connect(self._on_local_change)

    @property
    def state(self) -> SyncState:
        return self._state

    def start(self) -> None:
        self._refresh_counts()
        self._schedule(0)

    def stop(self) -> None:
        self._timer.stop()
        self._pool.waitForDone(10_000)

    def sync_now(self) -> None:
        if self._busy:
            self._again = True
            return
        self._busy = True
        self._timer.stop()
        self._emit(busy=True)
        store, client = self.ctx.store, self.client

        def work() -> tuple[engine.Report, str]:
            try:
                report = engine.sync_once(store, client)
            except KefuError as exc:  # the counts to show with it, read here, not on the GUI
                exc.params["counts"] = engine.counts(store)
                raise
            return report, replica.facts(store).get(replica.LAST, "")

        run_op(self, work).on_success(self._done).on_failure(self._failed).start(self._pool)

    def _on_local_change(self, changes: Changes) -> None:
        if changes.initiator is self:
            return  # what a sync pulled in
        self._refresh_counts()
        if self._state.online is not False and not self._busy:
            remaining = self._timer.remainingTime() if self._timer.isActive() else INTERVAL_MS
            self._schedule(min(remaining, SOON_MS))

    def _done(self, outcome: tuple[engine.Report, str]) -> None:
        report, last_synced = outcome
        self._busy = False
        self._retry_ms = FIRST_RETRY_MS
        self._state = SyncState(True, False, report.pending, report.conflicts, last_synced,
                                files_waiting=report.waiting)  # fmt: skip
        self.sig_state.emit(self._state)
        if report.pulled or report.rejected or report.downloaded:
            tickets = set()
            for raw in report.tickets:
                try:
                    tickets.add(uuid.UUID(raw))
                except ValueError:
                    continue
            self.ctx.publish(
                Changes(tickets=tickets, queue=True, conversation=True), initiator=self
            )
        self._next(INTERVAL_MS)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        code = getattr(exc, "code", "error") if isinstance(exc, KefuError) else "error"
        if code == "unauthorized":
            self.sig_needs_login.emit()
            delay = 0
        else:
            delay = self._retry_ms
            self._retry_ms = min(self._retry_ms * 2, MAX_RETRY_MS)
        counts = exc.params.get("counts") if isinstance(exc, KefuError) else None
        pending, conflicts = counts or (self._state.pending, self._state.conflicts)
        self._state = SyncState(
            False, False, pending, conflicts, self._state.last_synced, code, str(exc), delay,
            files_waiting=self._state.files_waiting,
        )  # fmt: skip
        self.sig_state.emit(self._state)
        if delay:
            self._next(delay)

    def _next(self, delay: int) -> None:
        if self._again:
            self._again = False
            delay = 0
        self._schedule(delay)

    def _schedule(self, delay: int) -> None:
        self._timer.start(max(0, delay))

    def _refresh_counts(self) -> None:
        """Read what waits to be sent (on the worker) and show it."""
        store = self.ctx.store

        def read() -> tuple[int, int, str]:
            return (*engine.counts(store), replica.facts(store).get(replica.LAST, ""))

        run_op(self, read).on_success(
            lambda got: self._emit(pending=got[0], conflicts=got[1], last_synced=got[2])
        ).start(self._pool)

    def _emit(self, **changes: object) -> None:
        values = self._state.__dict__ | changes
        self._state = SyncState(**values)  # type: ignore[arg-type]
        self.sig_state.emit(self._state)

    def logged_in_again(self) -> None:
        self._retry_ms = FIRST_RETRY_MS
        self._schedule(0)
