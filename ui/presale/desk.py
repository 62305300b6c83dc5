"""Wires the pre-sale desk into the main window: each action opens its dialog for the open
ticket (or the shop), and whatever a dialog changed goes out on the change bus. The main
window only creates this object; the panes are untouched but for small hooks."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QDialog, QToolButton, QWidget

from app.models import MessageKind, Role
from app.queries.carriers import CarrierRow, carriers, flag_meanings, shop_of_ticket
from app.queries.phrases import PhraseRow, library, ticket_values
from app.services import Changes
from app.services.phrase_text import fill
from app.services.phrases import use_phrase
from app.services.presale_config import config
from ui.actions import ActionId
from ui.context import AppContext
from ui.conversation.pane import ConversationPane
from ui.errors import message_for
from ui.ops import run_op
from ui.presale.carrier_panel import CarrierStrip, CarrierTable, asks_about_carriers
from ui.presale.conversion_label import ConversionLabel
from ui.presale.feedback import FeedbackDialog, FeedbackList
from ui.presale.flag_dialog import FlagDialog
from ui.presale.history_dialog import HistoryDialog
from ui.presale.menu import PresaleMenu
from ui.presale.phrase_manager import PhraseManager
from ui.presale.phrase_picker import PhrasePicker
from ui.presale.price_dialog import PriceDialog
from ui.presale.reminders import ReminderView
from ui.presale.shop_settings import ShopSettings
from ui.presale.tags_dialog import TagsDialog
from ui.ticket.pane import TicketPane
from ui.workflow.fields import chinese


class PresaleDesk(QObject):
    def __init__(
        self,
        ctx: AppContext,
        window: QWidget,
        *,
        ticket: TicketPane,
        conversation: ConversationPane,
    ) -> None:
        super().__init__(window)
        self.setObjectName("presaleDesk")
        self.ctx, self.window = ctx, window
        self.ticket, self.conversation = ticket, conversation
        self.dialogs: dict[str, QDialog] = {}
        self._values: dict[str, str] = {}
        self.carrier_strip = CarrierStrip(conversation)
        conversation.add_strip(self.carrier_strip)
        self.history_button = QToolButton(ticket.customer)
        self.history_button.setObjectName("historyButton")
        if ActionId.BUYER_HISTORY in ctx.actions:
            self.history_button.setDefaultAction(ctx.actions[ActionId.BUYER_HISTORY])
        ticket.customer.form.addRow("", self.history_button)  # one click from the ticket
        self.conversion: ConversionLabel | None = None
        status = getattr(window, "statusBar", None)
        if ctx.agent.role == Role.PRESALE and status is not None:
            self.conversion = ConversionLabel(ctx, window)
            status().addPermanentWidget(self.conversion)
            self.conversion.refresh()
        self.menu = PresaleMenu(ctx.actions, window)
        menubar = getattr(window, "menuBar", None)
        if menubar is not None:
            menubar().addMenu(self.menu)
        self._connect_signals()

    def _connect_signals(self) -> None:
        handlers: dict[ActionId, Callable[[], None]] = {
            ActionId.QUICK_PHRASES: self.open_phrases,
            ActionId.PAYMENT_REMINDERS: lambda: self._show(
                "reminders", ReminderView(self.ctx, self.window)
            ),
            ActionId.CHANGE_PRICE: self.open_price,
            ActionId.FLAG_ORDERS: self.open_flags,
            ActionId.BUYER_HISTORY: self.open_history,
            ActionId.FEEDBACK: self.open_feedback,
            ActionId.FEEDBACK_LIST: lambda: self._show(
                "feedback_list", FeedbackList(self.ctx, self.window)
            ),
            ActionId.TAGS_GROUPS: lambda: self._show("tags", TagsDialog(self.ctx, self.window)),
            ActionId.CARRIERS: self.open_carriers,
            ActionId.PRESALE_SETTINGS: lambda: self._show(
                "settings", ShopSettings(self.ctx, self.window)
            ),
            ActionId.MANAGE_PHRASES: lambda: self._show(
                "manage_phrases", PhraseManager(self.ctx, self.window)
            ),
        }
        for action_id, handler in handlers.items():
            action = self.ctx.actions.get(action_id)
            if action is not None:
                action.triggered.connect(lambda _=False, h=handler: h())
        self.conversation.sig_messages.connect(self._on_conversation_messages)
        self.ticket.sig_detail.connect(self._on_ticket_detail)

    # --- helpers -------------------------------------------------------------------------
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

    def publish(self, changes: Changes) -> None:
        self.ctx.publish(changes, self)

    @property
    def ticket_id(self) -> uuid.UUID | None:
        return self.conversation.ticket_id

    @property
    def detail(self):  # noqa: ANN201
        return self.ticket.detail

    def open_price(self) -> PriceDialog | None:
        d = self.detail
        if d is None:
            return None
        return self._show("price", PriceDialog(self.ctx, d.customer.id, d.id, self.window))

    def open_feedback(self) -> FeedbackDialog | None:
        d = self.detail
        if d is None:
            return None
        items = d.order.items if d.order else ()
        covered = [i for i in items if i.covered] + [i for i in items if not i.covered]
        products = [(i.title, i.sku) for i in covered]
        return self._show("feedback", FeedbackDialog(self.ctx, d.id, products, self.window))

    def open_history(self) -> HistoryDialog | None:
        d = self.detail
        if d is None:
            return None
        return self._show("history", HistoryDialog(self.ctx, d.customer.id, self.window))

    def open_flags(self) -> FlagDialog | None:
        d = self.detail
        if d is None:
            return None
        ctx, tid = self.ctx, d.id
        dialog_args = {
            "customer_id": d.customer.id,
            "order_id": d.order.id if d.order else None,
        }

        def opened(shop_id: uuid.UUID | None) -> None:
            if shop_id is not None:
                self._show(
                    "flags", FlagDialog(ctx, shop_id=shop_id, parent=self.window, **dialog_args)
                )

        run_op(self, lambda: shop_of_ticket(ctx.sessions, tid)).on_success(opened).start()
        return None

    @Slot(object)
    def _on_ticket_detail(self, detail) -> None:  # noqa: ANN001
        order = detail.order if detail is not None else None
        if order is None or order.flag.value == "none":
            self.ticket.order.show_flag_meaning("")
            return
        sessions, tid, flag = self.ctx.sessions, detail.id, order.flag

        def fetch() -> str:
            shop = shop_of_ticket(sessions, tid)
            return flag_meanings(sessions, shop).get(flag, "") if shop else ""

        def shown(meaning: str) -> None:
            if self.detail is not None and self.detail.id == tid:
                self.ticket.order.show_flag_meaning(meaning)

        run_op(self, fetch).on_success(shown).start()

    # --- carriers ------------------------------------------------------------------------
    def _load_carriers(self, tid: uuid.UUID, then: Callable[[list[CarrierRow]], None]) -> None:
        sessions = self.ctx.sessions

        def fetch() -> tuple[uuid.UUID, list[CarrierRow]]:
            shop = shop_of_ticket(sessions, tid)
            return tid, carriers(sessions, shop) if shop else []

        def loaded(result: tuple[uuid.UUID, list[CarrierRow]]) -> None:
            if result[0] == self.ticket_id:
                then(result[1])

        run_op(self, fetch).on_success(loaded).start()

    def open_carriers(self) -> None:
        tid = self.ticket_id
        if tid is None:
            return

        def show(rows: list[CarrierRow]) -> None:
            table = CarrierTable(rows, self.window)
            table.sig_use.connect(self.conversation.insert_reply)
            self._show("carriers", table)

        self._load_carriers(tid, show)

    @Slot(object, object)
    def _on_conversation_messages(self, tid: uuid.UUID | None, messages: list) -> None:
        last = next((m for m in reversed(messages) if m.kind == MessageKind.BUYER), None)
        if (
            tid is None
            or last is None
            or not asks_about_carriers(last.body, config().carrier_words)
        ):
            self.carrier_strip.hide()
            return
        self._load_carriers(tid, self.carrier_strip.show_carriers)

    # --- quick phrases -------------------------------------------------------------------
    def open_phrases(self) -> PhrasePicker | None:
        tid = self.ticket_id
        if tid is None:
            return None
        picker = PhrasePicker(self.window)
        picker.sig_chosen.connect(self._on_phrase_chosen)
        self._show("phrases", picker)
        sessions, me = self.ctx.sessions, self.ctx.agent.id

        def fetch() -> tuple[list[PhraseRow], dict[str, str]]:
            values = ticket_values(sessions, tid)
            return library(sessions, me, values.shop_id), values.values

        def loaded(result: tuple[list[PhraseRow], dict[str, str]]) -> None:
            phrases, self._values = result
            picker.set_phrases(phrases)

        run_op(picker, fetch).on_success(loaded).on_failure(
            lambda e: self.conversation.banner.error(message_for(e))
        ).start()
        return picker

    @Slot(object)
    def _on_phrase_chosen(self, phrase: PhraseRow) -> None:
        filled = fill(phrase.body, self._values, lang="zh" if chinese() else "en")
        self.conversation.insert_reply(filled.text)
        if filled.missing:
            self.conversation.banner.info(
                self.tr("Fill in before sending: %1").replace(
                    "%1", "、".join(f"{{{name}}}" for name in filled.missing)
                ),
                ms=8000,
            )
        ctx, pid = self.ctx, phrase.id
        run_op(self, lambda: use_phrase(ctx.sessions, actor=ctx.actor, phrase_id=pid)).start()
