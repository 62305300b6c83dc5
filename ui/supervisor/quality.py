"""Quality review: pick an agent and a period, read their conversations, score one on the
shop's checklist and leave feedback the agent reads in "my reviews"."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QLocale, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.models import TicketKind
from app.quality_checklist import Checklist, ChecklistItem, checklist
from app.queries import quality
from app.queries.quality import AgentOption, ConversationRow, ReviewInfo
from app.queries.tickets import MessageRow, conversation
from app.services.quality import score_conversation
from ui.context import AppContext
from ui.conversation.transcript import Transcript
from ui.errors import message_for
from ui.labels import label, local
from ui.ops import run_op
from ui.supervisor.common import fill_table, make_table, row_data
from ui.supervisor.period import PeriodPicker
from ui.ticket.banner import Banner


def item_title(item: ChecklistItem) -> str:
    return item.title_zh if QLocale().language() == QLocale.Language.Chinese else item.title


class ChecklistForm(QGroupBox):
    """One row per checklist item with its marks (no, partly, yes) and the live total."""

    def __init__(self, sheet: Checklist, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qualityChecklist")
        self.sheet = sheet
        self.groups: dict[str, QButtonGroup] = {}
        self.titles: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        marks = self._mark_names()
        for row, item in enumerate(sheet.items):
            title = QLabel(item_title(item), self)
            title.setWordWrap(True)
            title.setToolTip(f"{item.weight} / 100")
            self.titles[item.id] = title
            grid.addWidget(title, row, 0)
            group = QButtonGroup(self)
            for mark in range(sheet.points + 1):
                button = QRadioButton(marks.get(mark, str(mark)), self)
                button.setObjectName(f"mark_{item.id}_{mark}")
                group.addButton(button, mark)
                grid.addWidget(button, row, 1 + mark)
            group.idClicked.connect(self._on_mark)
            self.groups[item.id] = group
        self.total = QLabel(self)
        self.total.setObjectName("qualityTotal")
        grid.addWidget(self.total, len(sheet.items), 0, 1, sheet.points + 2)
        grid.setColumnStretch(0, 1)
        self.setTitle(self.tr("Checklist"))
        self.clear()

    def _mark_names(self) -> dict[int, str]:
        if self.sheet.points == 2:
            return {0: self.tr("No"), 1: self.tr("Partly"), 2: self.tr("Yes")}
        return {}

    def marks(self) -> dict[str, int]:
        return {key: g.checkedId() for key, g in self.groups.items() if g.checkedId() >= 0}

    def complete(self) -> bool:
        return len(self.marks()) == len(self.sheet.items)

    def set_marks(self, marks: dict[str, int]) -> None:
        for key, group in self.groups.items():
            button = group.button(int(marks.get(key, -1)))
            if button is not None:
                button.setChecked(True)
        self._on_mark(0)

    def clear(self) -> None:
        for group in self.groups.values():
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
        self._on_mark(0)

    @Slot(int)
    def _on_mark(self, _mark: int) -> None:
        if self.complete():
            self.total.setText(
                self.tr("Score: %1 / 100").replace("%1", str(self.sheet.score(self.marks())))
            )
        else:
            left = len(self.sheet.items) - len(self.marks())
            self.total.setText(self.tr("Mark every item (%1 left)").replace("%1", str(left)))


class QualityTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qualityTab")
        self.ctx = ctx
        self.rows: list[ConversationRow] = []
        self._keep: uuid.UUID | None = None  # the conversation to select again after a reload
        self.reviews: dict[uuid.UUID, ReviewInfo] = {}
        self.agent = QComboBox(self)
        self.agent.setObjectName("qualityAgent")
        self.agent.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period = PeriodPicker(self, preset="7d")
        self.summary = QLabel(self)
        self.summary.setObjectName("qualitySummary")
        self.table = make_table(
            self,
            "qualityConversations",
            [
                self.tr("Opened"),
                self.tr("Kind"),
                self.tr("Buyer"),
                self.tr("Status"),
                self.tr("Score"),
            ],
            stretch=2,
        )
        self.transcript = Transcript(self)
        self.transcript.setObjectName("qualityTranscript")
        self.form = ChecklistForm(checklist(), self)
        self.feedback = QPlainTextEdit(self)
        self.feedback.setObjectName("qualityFeedback")
        self.feedback.setPlaceholderText(
            self.tr("Feedback for the agent: what went well, what to do next time")
        )
        self.save = QPushButton(self.tr("Save the review"), self)
        self.save.setObjectName("qualitySave")
        self.banner = Banner("qualityBanner", self)
        self._build()
        self._connect_signals()
        self._update_buttons()

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Agent:"), self))
        top.addWidget(self.agent)
        top.addWidget(self.period)
        top.addStretch(1)
        top.addWidget(self.summary)
        right = QWidget(self)
        box = QVBoxLayout(right)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.form)
        box.addWidget(QLabel(self.tr("Feedback"), self))
        box.addWidget(self.feedback, 1)
        box.addWidget(self.save)
        split = QSplitter(self)
        split.addWidget(self.table)
        split.addWidget(self.transcript)
        split.addWidget(right)
        split.setSizes([380, 460, 420])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)

    def _connect_signals(self) -> None:
        self.agent.currentIndexChanged.connect(self._on_filter_changed)
        self.period.sig_changed.connect(self._on_filter_changed)
        self.table.itemSelectionChanged.connect(self._on_conversation_selected)
        self.save.clicked.connect(self._on_save_clicked)
        for group in self.form.groups.values():
            group.idClicked.connect(lambda _m: self._update_buttons())

    def load(self) -> None:
        ctx = self.ctx
        run_op(self, lambda: quality.reviewable_agents(ctx.sessions, actor=ctx.actor)).on_success(
            self._show_agents
        ).on_failure(self._on_failed).start()

    def _show_agents(self, agents: list[AgentOption]) -> None:
        self.agent.blockSignals(True)
        self.agent.clear()
        for a in agents:
            self.agent.addItem(f"{a.name} · {label(a.role)}", a.id.hex)
        self.agent.blockSignals(False)
        self._load_conversations()

    def agent_id(self) -> uuid.UUID | None:
        raw = self.agent.currentData()
        return uuid.UUID(raw) if raw else None

    def select_agent(self, agent_id: uuid.UUID) -> None:
        self.agent.setCurrentIndex(self.agent.findData(agent_id.hex))

    def _load_conversations(self) -> None:
        ctx, agent_id, period = self.ctx, self.agent_id(), self.period.period()
        if agent_id is None:
            return

        def fetch() -> tuple[list[ConversationRow], list[ReviewInfo]]:
            rows = quality.conversations(
                ctx.sessions, actor=ctx.actor, agent_id=agent_id, period=period
            )
            reviews = quality.reviews_of(ctx.sessions, actor=ctx.actor, agent_id=agent_id)
            return rows, reviews

        run_op(self, fetch).on_success(lambda got: self._show(agent_id, *got)).on_failure(
            self._on_failed
        ).start()

    def _show(
        self, agent_id: uuid.UUID, rows: list[ConversationRow], reviews: list[ReviewInfo]
    ) -> None:
        if agent_id != self.agent_id():
            return
        self.rows = rows
        self.reviews = {r.ticket_id: r for r in reviews}
        cells = [
            [
                local(r.created_at),
                label(TicketKind(r.kind)),
                r.buyer,
                label(r.status),
                str(r.score) if r.score is not None else "",
            ]
            for r in rows
        ]
        fill_table(self.table, cells, data=list(range(len(rows))), tips=[r.subject for r in rows])
        in_period = [r for r in rows if r.score is not None]
        scored = quality.summarize(
            [self.reviews[r.ticket_id] for r in in_period if r.ticket_id in self.reviews]
        )
        text = (
            self.tr("%1 conversations, %2 reviewed")
            .replace("%1", str(len(rows)))
            .replace("%2", str(scored.reviews))
        )
        if scored.average is not None:
            text += " · " + self.tr("average %1").replace("%1", f"{scored.average:.0f}")
        self.summary.setText(text)
        self.transcript.show_messages([], "Asia/Shanghai", "")
        self.form.clear()
        self.feedback.clear()
        if rows:
            keep = [i for i, r in enumerate(rows) if r.ticket_id == self._keep]
            self.table.selectRow(keep[0] if keep else 0)
        self._keep = None
        self._update_buttons()

    def current(self) -> ConversationRow | None:
        index = row_data(self.table)
        return self.rows[index] if isinstance(index, int) and index < len(self.rows) else None

    @Slot()
    def _on_filter_changed(self, *_args: object) -> None:
        self._load_conversations()

    @Slot()
    def _on_conversation_selected(self) -> None:
        row, ctx = self.current(), self.ctx
        self._update_buttons()
        if row is None:
            return
        review = self.reviews.get(row.ticket_id)
        if review is not None:
            self.form.set_marks(review.scores)
            self.feedback.setPlainText(review.feedback)
        else:
            self.form.clear()
            self.feedback.clear()
        run_op(self, lambda: conversation(ctx.sessions, row.ticket_id)).on_success(
            lambda messages: self._show_messages(row, messages)
        ).on_failure(self._on_failed).start()

    def _show_messages(self, row: ConversationRow, messages: list[MessageRow]) -> None:
        if self.current() is row:
            self.transcript.show_messages(messages, "Asia/Shanghai", row.buyer)

    @Slot()
    def _update_buttons(self) -> None:
        self.save.setEnabled(self.current() is not None and self.form.complete())

    @Slot()
    def _on_save_clicked(self) -> None:
        row, ctx, agent_id = self.current(), self.ctx, self.agent_id()
        if row is None or agent_id is None or not self.form.complete():
            return
        marks, feedback = self.form.marks(), self.feedback.toPlainText()

        def done(changes) -> None:  # noqa: ANN001
            self.banner.info(self.tr("Saved. The agent sees it under “My quality reviews”."))
            ctx.publish(changes, self)
            self._keep = row.ticket_id
            self._load_conversations()

        run_op(
            self,
            lambda: score_conversation(
                ctx.sessions,
                actor=ctx.actor,
                agent_id=agent_id,
                ticket_id=row.ticket_id,
                scores=marks,
                feedback=feedback,
            ),
        ).on_success(done).on_failure(self._on_failed).start()

    def _on_failed(self, exc: BaseException) -> None:
        self.banner.error(message_for(exc))
