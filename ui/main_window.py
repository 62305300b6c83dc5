"""The main window composes the three panes, the toolbar, menus and status bar. It calls no
service itself: the panes do their own work."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QSplitter,
    QToolBar,
    QWidget,
)

from ui import actions as act
from ui.actions import ActionId
from ui.context import AppContext
from ui.conversation.pane import ConversationPane
from ui.imports.entry import DataEntry
from ui.knowledge.desk import KnowledgeDesk
from ui.labels import label
from ui.presale.desk import PresaleDesk
from ui.queue.pane import QueuePane
from ui.supervisor.entry import SupervisorEntry
from ui.ticket.pane import TicketPane
from ui.workflow.panel import WorkflowPanel

SEARCH_DELAY_MS = 300


class MainWindow(QMainWindow):
    sig_language_requested = Signal(str)
    """The agent picked a language ("zh_CN" or "en")."""

    def __init__(self, ctx: AppContext, *, synchronous: bool = False) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.ctx = ctx
        ctx.actions = act.build(self)
        self.addActions(list(ctx.actions.values()))
        self.queue = QueuePane(ctx, self, synchronous=synchronous)
        self.ticket = TicketPane(ctx, self)
        self.conversation = ConversationPane(ctx, self)
        self.workflow = WorkflowPanel(ctx, self)
        self.middle = QSplitter(Qt.Orientation.Vertical, self)
        self.middle.setObjectName("middleSplitter")
        self.middle.addWidget(self.ticket)
        self.middle.addWidget(self.workflow)
        self.middle.setSizes([500, 360])
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.setObjectName("mainSplitter")
        for pane in (self.queue, self.middle, self.conversation):
            self.split.addWidget(pane)
        self.split.setSizes([560, 420, 480])
        self.split.setChildrenCollapsible(False)
        self.setCentralWidget(self.split)
        self.search = QLineEdit(self)
        self.search.setObjectName("searchBox")
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self.who = QLabel(self)
        self.where = QLabel(self)
        self._build_toolbar()
        self._build_menus()
        self.presale = PresaleDesk(
            ctx, self, ticket=self.ticket, conversation=self.conversation
        )  # the Pre-sale menu and its dialogs
        self.supervision = SupervisorEntry(self)  # the Supervisor menu, for supervisors only
        self.data = DataEntry(self)  # import orders; export transcripts, views, evidence
        self.knowledge = KnowledgeDesk(ctx, self, conversation=self.conversation)
        self.statusBar().addPermanentWidget(self.where)
        self.retranslate()
        self._connect_signals()
        self.resize(1440, 860)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.addWidget(self.search)
        spacer = QWidget(bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addWidget(self.who)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar

    def _build_menus(self) -> None:
        a = self.ctx.actions
        self.menu_file = QMenu(self)
        self.menu_file.addAction(a[ActionId.REFRESH])
        self.menu_file.addSeparator()
        self.menu_file.addAction(a[ActionId.QUIT])
        self.menu_view = QMenu(self)
        for i in (
            ActionId.VIEW_MINE,
            ActionId.VIEW_WAITING_ON_ME,
            ActionId.VIEW_DUE_SOON,
            ActionId.VIEW_OVERDUE,
            ActionId.VIEW_UNASSIGNED,
            ActionId.VIEW_WAITING_ON_SUPPLIERS,
            ActionId.VIEW_ALL,
        ):
            self.menu_view.addAction(a[i])
        self.menu_view.addSeparator()
        self.menu_view.addAction(a[ActionId.SEARCH])
        self.menu_ticket = QMenu(self)
        groups = (
            (ActionId.NEXT_TICKET, ActionId.PREV_TICKET),
            (
                ActionId.REPLY,
                ActionId.NOTE,
                ActionId.BUYER_MESSAGE,
                ActionId.SEND,
                ActionId.USE_WORDS,
            ),
            (ActionId.STATUS, ActionId.ASSIGN_TO_ME, ActionId.TAG_BUYER, ActionId.PASTE_SCREENSHOT),
        )
        for group in groups:
            if not self.menu_ticket.isEmpty():
                self.menu_ticket.addSeparator()
            for action_id in group:
                self.menu_ticket.addAction(a[action_id])
        self.menu_settings = QMenu(self)
        self.menu_settings.addAction(a[ActionId.RULE_FIGURES])
        a[ActionId.RULE_FIGURES].setEnabled(self.ctx.actor.is_supervisor)
        self.menu_lang = QMenu(self)
        self.menu_lang.addAction(a[ActionId.LANG_ZH])
        self.menu_lang.addAction(a[ActionId.LANG_EN])
        for menu in (
            self.menu_file,
            self.menu_view,
            self.menu_ticket,
            self.menu_settings,
            self.menu_lang,
        ):
            self.menuBar().addMenu(menu)

    def _connect_signals(self) -> None:
        a = self.ctx.actions
        self.queue.sig_ticket_selected.connect(self._on_queue_ticket_selected)
        self.ticket.sig_detail.connect(self.workflow.show_ticket)
        self.workflow.sig_use_words.connect(self.conversation.insert_reply)
        self.search.textChanged.connect(self._on_search_text_changed)
        self._search_timer.timeout.connect(self._on_search_timer)
        a[ActionId.SEARCH].triggered.connect(self._on_search_action)
        a[ActionId.QUIT].triggered.connect(self.close)
        a[ActionId.RULE_FIGURES].triggered.connect(self._on_rule_figures)
        a[ActionId.LANG_ZH].triggered.connect(lambda: self.sig_language_requested.emit("zh_CN"))
        a[ActionId.LANG_EN].triggered.connect(lambda: self.sig_language_requested.emit("en"))

    def start(self) -> None:
        """Load the panes' data (after the window is shown)."""
        self.queue.start()
        self.ticket.start()
        self.supervision.start()

    @Slot(object)
    def _on_queue_ticket_selected(self, ticket_id) -> None:  # noqa: ANN001
        self.ticket.show_ticket(ticket_id)
        self.conversation.show_ticket(ticket_id)

    @Slot()
    def _on_rule_figures(self) -> None:
        from ui.rules_dialog import RulesDialog

        dialog = RulesDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.rules_dialog = dialog

    @Slot(str)
    def _on_search_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    @Slot()
    def _on_search_timer(self) -> None:
        self.queue.set_search(self.search.text().strip())

    @Slot()
    def _on_search_action(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Kefu Desk"))
        act.retranslate(self.ctx.actions)
        self.search.setPlaceholderText(
            self.tr("Search messages, order numbers, buyers, products (Ctrl+F)")
        )
        self.who.setText(f"{self.ctx.agent.display_name} · {label(self.ctx.agent.role)}  ")
        path = self.ctx.store.path
        self.where.setText(
            self.tr("Local database: %1").replace(
                "%1", path.name if path else str(self.ctx.store.url.database)
            )
        )
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_ticket.setTitle(self.tr("&Ticket"))
        self.menu_settings.setTitle(self.tr("&Settings"))
        self.menu_lang.setTitle(self.tr("&Language"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/split", self.split.saveState())
        settings.setValue("window/middle", self.middle.saveState())
        settings.setValue("window/queueHeader", self.queue.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        if (geo := settings.value("window/geometry")) is not None:
            self.restoreGeometry(geo)
        if (split := settings.value("window/split")) is not None:
            self.split.restoreState(split)
        if (middle := settings.value("window/middle")) is not None:
            self.middle.restoreState(middle)
        if (header := settings.value("window/queueHeader")) is not None:
            self.queue.table.horizontalHeader().restoreState(header)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.conversation.flush_drafts()
        super().closeEvent(event)
