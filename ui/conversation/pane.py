"""The conversation-and-notes pane: the transcript, and editors for a reply, an internal note,
or the buyer's message. Replies are recorded and copied to the clipboard for pasting into the
platform's chat window. What the agent types is kept as a draft on disk as they type."""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import services
from app.queries.tickets import MessageRow, conversation, load_ticket
from app.services import Changes
from ui.actions import ActionId
from ui.context import AppContext
from ui.conversation.transcript import Transcript
from ui.errors import message_for
from ui.ops import run_op
from ui.presale.redline_guard import RedLineGuard
from ui.ticket.banner import Banner

DRAFT_DELAY_MS = 600


@dataclass
class Composer:
    kind: str  # draft kind and tab key: reply, note, buyer
    editor: QPlainTextEdit
    button: QPushButton


class ConversationPane(QWidget):
    sig_messages = Signal(object, object)
    """The transcript of a ticket was (re)loaded: the ticket's id and its MessageRows."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationPane")
        self.ctx = ctx
        self.ticket_id: uuid.UUID | None = None
        self._tz, self._buyer = "Asia/Shanghai", ""
        self.transcript = Transcript(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("composerTabs")
        self.reply = self._composer("reply", "replyEditor", "sendReplyButton")
        self.note = self._composer("note", "noteEditor", "addNoteButton")
        self.buyer = self._composer("buyer", "buyerEditor", "addBuyerMessageButton")
        self.banner = Banner("conversationBanner", self)
        self.hint = QLabel(self)
        self.hint.setObjectName("composerHint")
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.transcript)
        bottom = QWidget(split)
        col = QVBoxLayout(bottom)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.banner)
        col.addWidget(self.tabs)
        self._bottom = col
        col.addWidget(self.hint)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(split)
        self._draft_pool = QThreadPool(self)
        self._draft_pool.setMaxThreadCount(1)  # drafts are written in the order typed
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._sending: set[str] = set()
        self.red_lines = RedLineGuard(ctx, self, self.banner.error)
        self.retranslate()
        self._connect_signals()
        self._set_enabled(False)

    def _composer(self, kind: str, editor_name: str, button_name: str) -> Composer:
        page = QWidget(self)
        editor = QPlainTextEdit(page)
        editor.setObjectName(editor_name)
        editor.setTabChangesFocus(True)
        button = QPushButton(page)
        button.setObjectName(button_name)
        button.setDefault(kind == "reply")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        col = QVBoxLayout(page)
        col.setContentsMargins(4, 4, 4, 4)
        col.addWidget(editor)
        col.addLayout(row)
        self.tabs.addTab(page, "")
        return Composer(kind, editor, button)

    @property
    def composers(self) -> list[Composer]:
        return [self.reply, self.note, self.buyer]

    def _connect_signals(self) -> None:
        for comp in self.composers:
            comp.button.clicked.connect(lambda _=False, c=comp: self.send(c))
            comp.editor.textChanged.connect(self._on_editor_text_changed)
        self._draft_timer.timeout.connect(self.save_drafts)
        self.ctx.bus.sig_changed.connect(self._on_bus_changed)
        acts = self.ctx.actions
        for action_id, comp in (
            (ActionId.REPLY, self.reply),
            (ActionId.NOTE, self.note),
            (ActionId.BUYER_MESSAGE, self.buyer),
        ):
            if action_id in acts:
                acts[action_id].triggered.connect(lambda _=False, c=comp: self.focus(c))
        if ActionId.SEND in acts:
            acts[ActionId.SEND].triggered.connect(self._on_send_shortcut)

    # --- tickets -----------------------------------------------------------------------
    def show_ticket(self, ticket_id: uuid.UUID | None) -> None:
        if ticket_id == self.ticket_id:
            return
        self.save_drafts()
        self.ticket_id = ticket_id
        self.banner.clear_message()
        self._set_enabled(ticket_id is not None)
        for comp in self.composers:
            comp.editor.blockSignals(True)
            comp.editor.setPlainText(self._load_draft(comp.kind) if ticket_id else "")
            comp.editor.blockSignals(False)
        if ticket_id is None:
            self.transcript.show_messages([], self._tz, "")
            self.sig_messages.emit(None, [])
            return
        self._load()

    def _load(self) -> None:
        tid, sessions = self.ticket_id, self.ctx.sessions

        def fetch() -> tuple[uuid.UUID, list[MessageRow], str, str]:
            detail = load_ticket(sessions, tid)
            return tid, conversation(sessions, tid), detail.shop_tz, detail.customer.nickname

        run_op(self, fetch).on_success(self._on_loaded).on_failure(
            lambda e: self.banner.error(message_for(e))
        ).start()

    def _on_loaded(self, result: tuple[uuid.UUID, list[MessageRow], str, str]) -> None:
        tid, messages, self._tz, self._buyer = result
        if tid == self.ticket_id:
            self.transcript.show_messages(messages, self._tz, self._buyer)
            self.sig_messages.emit(tid, messages)

    def add_strip(self, widget: QWidget) -> None:
        """Show ``widget`` above the editors (e.g. the carrier strip of the pre-sale desk)."""
        self._bottom.insertWidget(0, widget)

    def _set_enabled(self, enabled: bool) -> None:
        self.tabs.setEnabled(enabled)

    # --- composing ---------------------------------------------------------------------
    def focus(self, comp: Composer) -> None:
        self.tabs.setCurrentIndex(self.composers.index(comp))
        comp.editor.setFocus()

    def insert_reply(self, words: str) -> None:
        """Put suggested words into the reply editor, to be adapted before sending."""
        if not self.tabs.isEnabled():
            return
        self.focus(self.reply)
        cursor = self.reply.editor.textCursor()
        if self.reply.editor.toPlainText().strip():
            cursor.insertText("\n")
        cursor.insertText(words)

    def current_composer(self) -> Composer:
        return self.composers[self.tabs.currentIndex()]

    @Slot()
    def _on_send_shortcut(self) -> None:
        if self.tabs.isEnabled():
            self.send(self.current_composer())

    def send(self, comp: Composer) -> None:
        """Record the editor's text; on success clear it (and copy a reply); on failure keep it."""
        text = comp.editor.toPlainText()
        if self.ticket_id is None or comp.kind in self._sending:
            return
        if not text.strip():
            self.banner.error(self.tr("Write something first."))
            return
        ctx, tid = self.ctx, self.ticket_id
        if comp.kind == "reply" and not self.red_lines.passes(tid, text):
            self.red_lines.check(tid, text, lambda: self.send(comp))
            return
        fn = {
            "reply": services.add_reply,
            "note": services.add_note,
            "buyer": services.add_buyer_message,
        }[comp.kind]
        self._sending.add(comp.kind)
        comp.button.setEnabled(False)
        run_op(
            self, lambda: fn(ctx.sessions, actor=ctx.actor, ticket_id=tid, body=text)
        ).on_success(lambda changes: self._on_sent(comp, tid, text, changes)).on_failure(
            lambda exc: self._on_send_failed(comp, exc)
        ).start()

    def _on_sent(self, comp: Composer, tid: uuid.UUID, text: str, changes: Changes) -> None:
        self._sending.discard(comp.kind)
        comp.button.setEnabled(True)
        if comp.kind == "reply":
            self.red_lines.reset()
            QGuiApplication.clipboard().setText(text.strip())
            self.banner.info(
                self.tr("Reply recorded and copied: paste it into the platform's chat window.")
            )
        else:
            self.banner.info(self.tr("Saved."))
        if tid == self.ticket_id and comp.editor.toPlainText() == text:
            comp.editor.clear()
        self._draft_pool.start(lambda: self.ctx.drafts.clear(self.ctx.agent.id, tid, comp.kind))
        self.ctx.publish(changes, self)

    def _on_send_failed(self, comp: Composer, exc: BaseException) -> None:
        self._sending.discard(comp.kind)
        comp.button.setEnabled(True)
        self.banner.error(message_for(exc))  # the text stays in the editor and in the draft

    # --- drafts ------------------------------------------------------------------------
    @Slot()
    def _on_editor_text_changed(self) -> None:
        self._draft_timer.start()

    def _load_draft(self, kind: str) -> str:
        return self.ctx.drafts.load(self.ctx.agent.id, self.ticket_id, kind)

    @Slot()
    def save_drafts(self) -> None:
        """Write the editors' texts for the current ticket (off the GUI thread, in order)."""
        self._draft_timer.stop()
        if self.ticket_id is None:
            return
        drafts, agent, tid = self.ctx.drafts, self.ctx.agent.id, self.ticket_id
        texts = [(c.kind, c.editor.toPlainText()) for c in self.composers]

        def write() -> None:
            for kind, text in texts:
                # On a full disk the text stays in the editor; the next keystroke tries again.
                with contextlib.suppress(OSError):
                    drafts.save(agent, tid, kind, text)

        self._draft_pool.start(write)

    def flush_drafts(self) -> None:
        """Save now and wait (at exit)."""
        self.save_drafts()
        self._draft_pool.waitForDone(3000)

    @Slot(object)
    def _on_bus_changed(self, changes: Changes) -> None:
        if (
            self.ticket_id is not None
            and self.ticket_id in changes.tickets
            and changes.conversation
        ):
            self._load()

    def retranslate(self) -> None:
        titles = (self.tr("Reply"), self.tr("Internal note"), self.tr("Buyer's message"))
        buttons = (self.tr("Send and copy"), self.tr("Add note"), self.tr("Record"))
        holders = (
            self.tr("Answer the buyer: empathy first, then the facts…"),
            self.tr("Only agents see notes…"),
            self.tr("Paste what the buyer wrote on the platform…"),
        )
        for i, comp in enumerate(self.composers):
            self.tabs.setTabText(i, titles[i])
            comp.button.setText(buttons[i])
            comp.editor.setPlaceholderText(holders[i])
        self.hint.setText(self.tr("Ctrl+Enter sends · Ctrl+R reply · Ctrl+Shift+N note"))
        self.transcript.render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
