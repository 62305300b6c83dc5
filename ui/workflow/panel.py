"""The workflow panel: walks the agent through the shop's procedure for the open ticket.

It shows the current step: suggested words (one key puts them in the reply editor), the
buyer's possible answers as buttons, the fields to fill, and the run's history; it can go
back one step. Everything it does goes through the workflow controller (app/workflows).
"""

from __future__ import annotations

import html
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.models import RunState
from app.queries.tickets import TicketDetail
from ui.actions import ActionId
from ui.context import AppContext
from ui.errors import message_for
from ui.ticket.banner import Banner
from ui.workflow.bridge import WorkflowBridge
from ui.workflow.fields import Editor, make_editor, text_of

if TYPE_CHECKING:
    from app.workflows.views import ScriptInfo, StepView

SAY, ASK, INPUT, ACTION = "say", "ask", "input", "action"  # step kinds (app.workflows.model)


class WorkflowPanel(QWidget):
    sig_use_words = Signal(str)
    """The agent wants the suggested words in the reply editor."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workflowPanel")
        self.ctx = ctx
        self.bridge = WorkflowBridge(ctx, self)
        self.ticket: TicketDetail | None = None
        self.view: StepView | None = None
        self.editors: list[Editor] = []
        self.title = QLabel(self)
        self.title.setObjectName("workflowTitle")
        self.step = QLabel(self)
        self.step.setObjectName("workflowStep")
        self.step.setWordWrap(True)
        self.words = QTextBrowser(self)
        self.words.setObjectName("workflowWords")
        self.words.setMaximumHeight(110)
        self.use = QPushButton(self)
        self.use.setObjectName("workflowUseWords")
        self.hint = QLabel(self)
        self.hint.setObjectName("workflowHint")
        self.hint.setWordWrap(True)
        self.choices = QWidget(self)
        self.choices_row = QHBoxLayout(self.choices)
        self.choices_row.setContentsMargins(0, 0, 0, 0)
        self.form_host = QWidget(self)
        self.form = QFormLayout(self.form_host)
        self.back = QPushButton(self)
        self.back.setObjectName("workflowBack")
        self.next = QPushButton(self)
        self.next.setObjectName("workflowNext")
        self.abandon = QPushButton(self)
        self.abandon.setObjectName("workflowAbandon")
        self.picker = QComboBox(self)
        self.picker.setObjectName("workflowScripts")
        self.start = QPushButton(self)
        self.start.setObjectName("workflowStart")
        self.history = QListWidget(self)
        self.history.setObjectName("workflowHistory")
        self.history.setMaximumHeight(120)
        self.banner = Banner("workflowBanner", self)
        self._layout()
        self.retranslate()
        self._connect_signals()
        self._render()

    def _layout(self) -> None:
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.abandon)
        pick = QHBoxLayout()
        pick.addWidget(self.picker, 1)
        pick.addWidget(self.start)
        words = QHBoxLayout()
        words.addWidget(self.words, 1)
        words.addWidget(self.use, 0, Qt.AlignmentFlag.AlignTop)
        nav = QHBoxLayout()
        nav.addWidget(self.back)
        nav.addStretch(1)
        nav.addWidget(self.next)
        col = QVBoxLayout(self)
        col.setContentsMargins(6, 6, 6, 6)
        col.addLayout(head)
        col.addLayout(pick)
        col.addWidget(self.step)
        col.addLayout(words)
        col.addWidget(self.hint)
        col.addWidget(self.choices)
        col.addWidget(self.form_host)
        col.addLayout(nav)
        col.addWidget(self.banner)
        col.addWidget(self.history)
        col.addStretch(1)

    def _connect_signals(self) -> None:
        self.bridge.sig_view.connect(self._on_bridge_view)
        self.bridge.sig_scripts.connect(self._on_bridge_scripts)
        self.bridge.sig_failed.connect(self._on_bridge_failed)
        self.start.clicked.connect(self._on_start_clicked)
        self.next.clicked.connect(self._on_next_clicked)
        self.back.clicked.connect(self._on_back_clicked)
        self.abandon.clicked.connect(self._on_abandon_clicked)
        self.use.clicked.connect(self._on_use_clicked)
        use = self.ctx.actions.get(ActionId.USE_WORDS)
        if use is not None:
            use.triggered.connect(self._on_use_clicked)

    # --- loading -----------------------------------------------------------------------
    def show_ticket(self, ticket: TicketDetail | None) -> None:
        """Follow the ticket the agent opened (called with its loaded detail)."""
        same = ticket is not None and self.ticket is not None and ticket.id == self.ticket.id
        self.ticket = ticket
        if same:
            return
        self.view = None
        self.banner.clear_message()
        self._render()
        if ticket is not None:
            self.bridge.load(ticket.id, ticket.kind.value)

    @Slot(object)
    def _on_bridge_view(self, view: StepView | None) -> None:
        if view is not None and (self.ticket is None or view.ticket_id != self.ticket.id):
            return  # an answer about a ticket the agent has left
        self.view = view
        self._render()

    @Slot(object)
    def _on_bridge_scripts(self, found: list[ScriptInfo]) -> None:
        self.picker.clear()
        for info in found:
            self.picker.addItem(text_of(info.title, info.title_zh), info.id)
            self.picker.setItemData(
                self.picker.count() - 1,
                text_of(info.summary, info.summary_zh),
                Qt.ItemDataRole.ToolTipRole,
            )

    @Slot(object)
    def _on_bridge_failed(self, exc: BaseException) -> None:
        self.banner.error(message_for(exc))

    # --- showing -------------------------------------------------------------------------
    def _render(self) -> None:
        v = self.view
        running = v is not None and v.state in (RunState.RUNNING, RunState.WAITING_APPROVAL)
        self.picker.setVisible(self.ticket is not None and not running)
        self.start.setVisible(self.ticket is not None and not running)
        self.abandon.setVisible(running)
        for w in (
            self.step,
            self.words,
            self.use,
            self.hint,
            self.choices,
            self.form_host,
            self.back,
            self.next,
        ):
            w.setVisible(v is not None)
        self._clear_step()
        self.history.setVisible(v is not None and bool(v.history))
        if v is None:
            self.title.setText(
                self.tr("No procedure running: pick one for this ticket") if self.ticket else ""
            )
            self.history.clear()
            return
        state = {
            RunState.RUNNING: "",
            RunState.WAITING_APPROVAL: self.tr(" · waiting for a supervisor"),
            RunState.ENDED: self.tr(" · finished"),
            RunState.ABANDONED: self.tr(" · abandoned"),
        }[v.state]
        self.title.setText(
            f"<b>{html.escape(text_of(v.script_title, v.script_title_zh))}</b>{state}"
        )
        self.step.setText(
            text_of(v.title, v.title_zh) or (text_of(v.outcome, v.outcome) if v.outcome else "")
        )
        words = text_of(v.text, v.text_zh)
        self.words.setPlainText(words)
        self.words.setVisible(bool(words))
        self.use.setVisible(bool(words) and running)
        hint = text_of(v.hint, v.hint_zh)
        if v.missing:
            hint += ("\n" if hint else "") + self.tr("Not known yet: %1").replace(
                "%1", ", ".join(v.missing)
            )
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        interactive = v.state == RunState.RUNNING
        self._fill_choices(v, interactive)
        self._fill_form(v, interactive)
        self.next.setVisible(interactive and v.kind in (SAY, INPUT, ACTION))
        self.next.setText(
            self.tr("Done, next") if v.kind == SAY else self.tr("Record and continue")
        )
        self.back.setEnabled(v.can_go_back and interactive)
        self.back.setVisible(running)
        self._fill_history(v)

    def _clear_step(self) -> None:
        while (item := self.choices_row.takeAt(0)) is not None:
            if item.widget():
                item.widget().deleteLater()
        while self.form.rowCount():
            self.form.removeRow(0)
        self.editors = []

    def _fill_choices(self, v: StepView, interactive: bool) -> None:
        show = interactive and v.kind == ASK
        self.choices.setVisible(show)
        if not show:
            return
        for choice in v.choices:
            button = QPushButton(text_of(choice.label, choice.label_zh), self.choices)
            button.setObjectName(f"workflowChoice_{choice.id}")
            button.clicked.connect(
                lambda _=False, c=choice.id: self.bridge.answer(self.view, choice=c)
            )
            self.choices_row.addWidget(button)
        self.choices_row.addStretch(1)

    def _fill_form(self, v: StepView, interactive: bool) -> None:
        show = interactive and bool(v.fields)
        self.form_host.setVisible(show)
        if not show:
            return
        items = self._item_choices()
        for f in v.fields:
            editor = make_editor(f, self.form_host, items)
            label = text_of(f.label, f.label_zh) + (" *" if f.required else "")
            self.form.addRow(label, editor.widget)
            self.editors.append(editor)

    def _item_choices(self) -> list[tuple[str, str]]:
        order = self.ticket.order if self.ticket else None
        return [(str(i.id), f"{i.title} × {i.quantity}") for i in (order.items if order else ())]

    def _fill_history(self, v: StepView) -> None:
        self.history.clear()
        for past in v.history:
            detail = text_of(past.detail, past.detail_zh)
            self.history.addItem(
                f"{text_of(past.title, past.title_zh)}" + (f" · {detail}" if detail else "")
            )
        self.history.scrollToBottom()

    # --- acting --------------------------------------------------------------------------
    @Slot()
    def _on_start_clicked(self) -> None:
        script = self.picker.currentData()
        if self.ticket is not None and script:
            self.bridge.start(self.ticket.id, script)

    @Slot()
    def _on_next_clicked(self) -> None:
        if self.view is None:
            return
        values = {e.field.name: e.read() for e in self.editors}
        self.bridge.answer(
            self.view, values={k: v for k, v in values.items() if v not in (None, "", [])}
        )

    @Slot()
    def _on_back_clicked(self) -> None:
        if self.view is not None and self.view.can_go_back:
            self.bridge.back(self.view)

    @Slot()
    def _on_abandon_clicked(self) -> None:
        if self.view is not None:
            self.bridge.abandon(self.view)

    @Slot()
    def _on_use_clicked(self) -> None:
        if self.view is not None:
            words = text_of(self.view.text, self.view.text_zh)
            if words:
                self.sig_use_words.emit(words)

    def current_ticket_id(self) -> uuid.UUID | None:
        return self.ticket.id if self.ticket else None

    def retranslate(self) -> None:
        self.use.setText(self.tr("Use these words"))
        self.use.setToolTip(self.tr("Put the suggested words in the reply editor (Ctrl+Shift+R)"))
        self.back.setText(self.tr("Back"))
        self.abandon.setText(self.tr("Abandon"))
        self.start.setText(self.tr("Start"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
