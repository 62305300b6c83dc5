"""The thin Qt side of the workflow controller: calls it off the GUI thread and re-emits what
comes back as signals (the controller itself is plain Python, in app/workflows)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from app.services.attachments import store_file
from ui.context import AppContext
from ui.ops import run_op

if TYPE_CHECKING:  # the workflow engine loads on first use, not at start-up
    from app.workflows import Advance, Controller
    from app.workflows.views import ScriptInfo, StepView


class WorkflowBridge(QObject):
    sig_view = Signal(object)
    """The ticket's run as it now stands (a StepView), or None when it has none."""

    sig_scripts = Signal(object)
    """The scripts offered for the current ticket (a list of ScriptInfo)."""

    sig_failed = Signal(object)
    """A call was refused or failed (the exception)."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._controller: Controller | None = None
        self.busy = False

    @property
    def controller(self) -> Controller:
        if self._controller is None:
            from app.workflows import Controller

            self._controller = Controller(self.ctx.sessions, self.ctx.actor)
        return self._controller

    def load(self, ticket_id: uuid.UUID, kind: str | None) -> None:
        """The ticket's open run (resumed exactly where it stood) and the scripts for it."""
        ctl = self.controller

        def fetch() -> tuple[StepView | None, list[ScriptInfo]]:
            return ctl.resume(ticket_id), ctl.scripts(kind)

        run_op(self, fetch).on_success(self._on_loaded).on_failure(self.sig_failed.emit).start()

    def _on_loaded(self, result: tuple[StepView | None, list[ScriptInfo]]) -> None:
        view, found = result
        self.sig_scripts.emit(found)
        self.sig_view.emit(view)

    def start(self, ticket_id: uuid.UUID, script_id: str) -> None:
        self._advance(lambda ctl: ctl.start(ticket_id, script_id))

    def answer(
        self, view: StepView, *, choice: str | None = None, values: Mapping[str, Any] | None = None
    ) -> None:
        files_dir = self.ctx.store.files_dir

        def call(ctl: Controller) -> Advance:
            given = dict(values or {})
            for f in view.fields:  # evidence files go into the data folder first
                if f.type == "files" and given.get(f.name):
                    given[f.name] = [
                        store_file(files_dir, Path(p)).as_dict() for p in given[f.name]
                    ]
            return ctl.answer(view.run_id, view.step_id, choice=choice, values=given or None)

        self._advance(call)

    def back(self, view: StepView) -> None:
        self._advance(lambda ctl: ctl.back(view.run_id, view.step_id))

    def abandon(self, view: StepView, reason: str = "") -> None:
        self._advance(lambda ctl: ctl.abandon(view.run_id, reason))

    def _advance(self, call: Callable[[Controller], Advance]) -> None:
        if self.busy:
            return
        self.busy = True
        ctl = self.controller
        run_op(self, lambda: call(ctl)).on_success(self._on_advanced).on_failure(
            self._on_failed
        ).start()

    def _on_advanced(self, adv: Advance) -> None:
        self.busy = False
        changes = adv.changes
        changes.tickets.add(adv.view.ticket_id)
        changes.queue = True
        self.ctx.publish(changes, self)
        self.sig_view.emit(adv.view)

    def _on_failed(self, exc: BaseException) -> None:
        self.busy = False
        self.sig_failed.emit(exc)
