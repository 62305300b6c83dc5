"""Wires the Knowledge menu into the main window: product knowledge search (from any ticket,
the hit goes into the reply editor) and the supervisor's knowledge editor. The main window
only creates this object."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from app.queries.product_knowledge import KnowledgeRow, TicketProducts, entries, ticket_products
from ui.actions import ActionId
from ui.context import AppContext
from ui.conversation.pane import ConversationPane
from ui.errors import message_for
from ui.knowledge.search_dialog import KnowledgeSearch
from ui.ops import run_op

MENU_ACTIONS = (
    ActionId.PRODUCT_KNOWLEDGE,
    ActionId.EXTEND_WINDOW,
    ActionId.EDIT_KNOWLEDGE,
    ActionId.CLOSED_SHOPS,
    ActionId.RETURN_ADDRESSES,
    ActionId.SUPPLIERS,
)
SUPERVISOR_ONLY = (ActionId.EDIT_KNOWLEDGE, ActionId.CLOSED_SHOPS, ActionId.SUPPLIERS)


class KnowledgeMenu(QMenu):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("knowledgeMenu")
        for action_id in MENU_ACTIONS:
            if action_id in ctx.actions:
                self.addAction(ctx.actions[action_id])
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Knowledge"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class KnowledgeDesk(QObject):
    def __init__(self, ctx: AppContext, window: QWidget, *, conversation: ConversationPane) -> None:
        super().__init__(window)
        self.setObjectName("knowledgeDesk")
        self.ctx, self.window, self.conversation = ctx, window, conversation
        self.dialogs: dict[str, QDialog] = {}
        self.menu = KnowledgeMenu(ctx, window)
        menubar = getattr(window, "menuBar", None)
        if menubar is not None:
            menubar().addMenu(self.menu)
        for action_id in SUPERVISOR_ONLY:
            if action_id in ctx.actions:
                ctx.actions[action_id].setEnabled(ctx.actor.is_supervisor)
        self._connect_signals()

    def _connect_signals(self) -> None:
        handlers: dict[ActionId, Callable[[], object]] = {
            ActionId.PRODUCT_KNOWLEDGE: self.open_search,
            ActionId.EDIT_KNOWLEDGE: self.open_editor,
            ActionId.CLOSED_SHOPS: self.open_closed_shops,
            ActionId.RETURN_ADDRESSES: self.open_return_addresses,
            ActionId.EXTEND_WINDOW: self.open_extensions,
            ActionId.SUPPLIERS: self.open_suppliers,
        }
        for action_id, handler in handlers.items():
            action = self.ctx.actions.get(action_id)
            if action is not None:
                action.triggered.connect(lambda _=False, h=handler: h())

    def _show(self, key: str, dialog: QDialog) -> QDialog:
        old = self.dialogs.pop(key, None)
        if old is not None:
            old.close()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _=None, k=key, d=dialog: self._forget(k, d))
        self.dialogs[key] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _forget(self, key: str, dialog: QDialog) -> None:
        if self.dialogs.get(key) is dialog:
            del self.dialogs[key]

    def open_search(self) -> KnowledgeSearch | None:
        """The search over the ticket's shop's knowledge, its own products first."""
        tid = self.conversation.ticket_id
        if tid is None:
            return None
        search = KnowledgeSearch(self.window)
        search.sig_chosen.connect(self.conversation.insert_reply)
        self._show("search", search)
        sessions = self.ctx.sessions

        def fetch() -> tuple[list[KnowledgeRow], TicketProducts]:
            mine = ticket_products(sessions, tid)
            return entries(sessions, mine.shop_id), mine

        def loaded(result: tuple[list[KnowledgeRow], TicketProducts]) -> None:
            rows, mine = result
            search.set_entries(rows, skus=mine.skus, products=mine.product_ids)

        run_op(search, fetch).on_success(loaded).on_failure(
            lambda e: self.conversation.banner.error(message_for(e))
        ).start()
        return search

    def open_editor(self) -> QDialog:
        from ui.knowledge.editor import KnowledgeEditor

        return self._show("editor", KnowledgeEditor(self.ctx, self.window))

    def open_closed_shops(self) -> QDialog:
        from ui.knowledge.closed_shops import ClosedShopsDialog

        return self._show("closed_shops", ClosedShopsDialog(self.ctx, self.window))

    def open_return_addresses(self) -> QDialog:
        """The shops' return addresses (supervisors change them, agents look them up)."""
        from ui.knowledge.return_addresses import ReturnAddressDialog

        return self._show("return_addresses", ReturnAddressDialog(self.ctx, self.window))

    def open_suppliers(self) -> QDialog:
        """The suppliers and the SKUs each supplies (supervisors keep them)."""
        from ui.knowledge.suppliers import SuppliersDialog

        return self._show("suppliers", SuppliersDialog(self.ctx, self.window))

    def open_extensions(self) -> QDialog | None:
        """The open ticket's requests for more time to return: record, grant, refuse."""
        from ui.knowledge.extensions import ExtensionDialog

        tid = self.conversation.ticket_id
        if tid is None:
            return None
        dialog = ExtensionDialog(self.ctx, tid, self.window)
        dialog.sig_changed.connect(lambda changes: self.ctx.publish(changes, dialog))
        return self._show("extensions", dialog)
