"""Managing quick phrases: the agent's own, and (for a supervisor) the shop-wide library.
Pick a phrase to edit it, or start a new one; placeholders are listed under the editor."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.queries.phrases import PhraseRow, library
from app.services import Changes
from app.services.phrase_text import PLACEHOLDERS
from app.services.phrases import delete_phrase, save_phrase
from ui.context import AppContext
from ui.errors import message_for
from ui.ops import run_op
from ui.ticket.banner import Banner


class PhraseManager(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phraseManager")
        self.ctx = ctx
        self.resize(760, 460)
        self.list = QListWidget(self)
        self.list.setObjectName("phraseManagerList")
        self.group = QLineEdit(self)
        self.group.setObjectName("phraseGroup")
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("phraseTitle")
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("phraseBody")
        self.scope = QComboBox(self)
        self.scope.setObjectName("phraseScope")
        self.placeholders = QLabel(self)
        self.placeholders.setWordWrap(True)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("phraseNew")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("phraseSave")
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("phraseDelete")
        self.banner = Banner("phraseBanner", self)
        self.form = QFormLayout()
        self._labels = [QLabel(self) for _ in range(4)]
        for lbl, field in zip(
            self._labels, (self.group, self.title_edit, self.body, self.scope), strict=True
        ):
            self.form.addRow(lbl, field)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addLayout(self.form)
        right.addWidget(self.placeholders)
        right.addWidget(self.banner)
        right.addLayout(buttons)
        row = QHBoxLayout(self)
        row.addWidget(self.list, 2)
        row.addLayout(right, 3)
        self.rows: list[PhraseRow] = []
        self.editing: uuid.UUID | None = None
        self.retranslate()
        self._connect_signals()
        self.reload()

    def _connect_signals(self) -> None:
        self.list.currentRowChanged.connect(self._on_list_row_changed)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)

    def reload(self, select: uuid.UUID | None = None) -> None:
        sessions, me = self.ctx.sessions, self.ctx.agent.id

        def loaded(rows: list[PhraseRow]) -> None:
            self.rows = sorted(rows, key=lambda r: (r.group, r.title))
            self.list.blockSignals(True)
            self.list.clear()
            for r in self.rows:
                mark = "★ " if r.personal else ""
                self.list.addItem(f"{mark}【{r.group or '—'}】{r.title}  ({r.use_count})")
            self.list.blockSignals(False)
            ids = [r.id for r in self.rows]
            if select in ids:
                self.list.setCurrentRow(ids.index(select))

        run_op(self, lambda: library(sessions, me)).on_success(loaded).start()

    def editable(self, row: PhraseRow) -> bool:
        return row.personal or self.ctx.actor.is_supervisor

    @Slot(int)
    def _on_list_row_changed(self, index: int) -> None:
        if not 0 <= index < len(self.rows):
            return
        r = self.rows[index]
        self.editing = r.id
        self.group.setText(r.group)
        self.title_edit.setText(r.title)
        self.body.setPlainText(r.body)
        self.scope.setCurrentIndex(0 if r.personal else 1)
        self.save_button.setEnabled(self.editable(r))
        self.delete_button.setEnabled(self.editable(r))

    @Slot()
    def _on_new_clicked(self) -> None:
        self.editing = None
        self.list.clearSelection()
        for w in (self.group, self.title_edit):
            w.clear()
        self.body.clear()
        self.scope.setCurrentIndex(0)
        self.save_button.setEnabled(True)
        self.delete_button.setEnabled(False)
        self.title_edit.setFocus()

    @Slot()
    def _on_save_clicked(self) -> None:
        ctx = self.ctx
        args = {
            "title": self.title_edit.text(),
            "body": self.body.toPlainText(),
            "group": self.group.text(),
            "personal": self.scope.currentIndex() == 0,
        }
        if self.editing is not None:
            args["id"] = self.editing
        self._write(lambda: save_phrase(ctx.sessions, actor=ctx.actor, **args), self.tr("Saved."))

    @Slot()
    def _on_delete_clicked(self) -> None:
        if self.editing is None:
            return
        ctx, pid = self.ctx, self.editing
        self._write(
            lambda: delete_phrase(ctx.sessions, actor=ctx.actor, phrase_id=pid),
            self.tr("Deleted."),
        )
        self.editing = None

    def _write(self, fn, done: str) -> None:  # noqa: ANN001
        def ok(changes: Changes) -> None:
            self.banner.info(done)
            self.reload(select=changes.created)

        run_op(self, fn).on_success(ok).on_failure(
            lambda e: self.banner.error(message_for(e))
        ).start()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Quick phrases"))
        for lbl, text in zip(
            self._labels,
            (self.tr("Group"), self.tr("Title"), self.tr("Words"), self.tr("Library")),
            strict=True,
        ):
            lbl.setText(text)
        self.scope.clear()
        self.scope.addItems([self.tr("My own"), self.tr("Shop-wide (supervisor)")])
        self.scope.setEnabled(self.ctx.actor.is_supervisor)
        names = " ".join("{" + name + "}" for name in PLACEHOLDERS)
        self.placeholders.setText(
            self.tr("Placeholders filled from the ticket: %1").replace("%1", names)
        )
        self.new_button.setText(self.tr("New"))
        self.save_button.setText(self.tr("Save"))
        self.delete_button.setText(self.tr("Delete"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
