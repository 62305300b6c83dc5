"""Every frequent action, with its text and shortcut, defined here and only here."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence


class ActionId(Enum):
    NEXT_TICKET = auto()
    PREV_TICKET = auto()
    SEARCH = auto()
    REPLY = auto()
    NOTE = auto()
    BUYER_MESSAGE = auto()
    SEND = auto()
    USE_WORDS = auto()
    STATUS = auto()
    TAG_BUYER = auto()
    ASSIGN_TO_ME = auto()
    REFRESH = auto()
    VIEW_MINE = auto()
    VIEW_UNASSIGNED = auto()
    VIEW_DUE_SOON = auto()
    VIEW_OVERDUE = auto()
    VIEW_WAITING_ON_ME = auto()
    VIEW_WAITING_ON_SUPPLIERS = auto()
    VIEW_ALL = auto()
    RULE_FIGURES = auto()
    QUICK_PHRASES = auto()
    MANAGE_PHRASES = auto()
    PAYMENT_REMINDERS = auto()
    CHANGE_PRICE = auto()
    FLAG_ORDERS = auto()
    BUYER_HISTORY = auto()
    FEEDBACK = auto()
    FEEDBACK_LIST = auto()
    CARRIERS = auto()
    PRESALE_SETTINGS = auto()
    TAGS_GROUPS = auto()
    SUPERVISOR_CONSOLE = auto()
    MY_REVIEWS = auto()
    IMPORT_ORDERS = auto()
    EXPORT_QUEUE = auto()
    EXPORT_TRANSCRIPT = auto()
    EVIDENCE_PACK = auto()
    PRODUCT_KNOWLEDGE = auto()
    EDIT_KNOWLEDGE = auto()
    CLOSED_SHOPS = auto()
    RETURN_ADDRESSES = auto()
    SUPPLIERS = auto()
    EXTEND_WINDOW = auto()
    PASTE_SCREENSHOT = auto()
    SYNC_NOW = auto()
    SYNC_CONFLICTS = auto()
    LANG_ZH = auto()
    LANG_EN = auto()
    QUIT = auto()


@dataclass(frozen=True)
class Spec:
    text: str
    shortcuts: tuple[str, ...] = ()
    tip: str = ""


SPECS: dict[ActionId, Spec] = {
    ActionId.NEXT_TICKET: Spec(QT_TRANSLATE_NOOP("Actions", "Next ticket"), ("Ctrl+Down", "F8")),
    ActionId.PREV_TICKET: Spec(
        QT_TRANSLATE_NOOP("Actions", "Previous ticket"), ("Ctrl+Up", "Shift+F8")
    ),
    ActionId.SEARCH: Spec(QT_TRANSLATE_NOOP("Actions", "Search"), ("Ctrl+F",)),
    ActionId.REPLY: Spec(QT_TRANSLATE_NOOP("Actions", "Write a reply"), ("Ctrl+R",)),
    ActionId.NOTE: Spec(QT_TRANSLATE_NOOP("Actions", "Write an internal note"), ("Ctrl+Shift+N",)),
    ActionId.BUYER_MESSAGE: Spec(
        QT_TRANSLATE_NOOP("Actions", "Record the buyer's message"), ("Ctrl+Shift+B",)
    ),
    ActionId.SEND: Spec(QT_TRANSLATE_NOOP("Actions", "Send"), ("Ctrl+Return", "Ctrl+Enter")),
    ActionId.USE_WORDS: Spec(
        QT_TRANSLATE_NOOP("Actions", "Use the suggested words"), ("Ctrl+Shift+R",)
    ),
    ActionId.STATUS: Spec(QT_TRANSLATE_NOOP("Actions", "Change status"), ("F2",)),
    ActionId.TAG_BUYER: Spec(QT_TRANSLATE_NOOP("Actions", "Tag the buyer"), ("Ctrl+T",)),
    ActionId.ASSIGN_TO_ME: Spec(QT_TRANSLATE_NOOP("Actions", "Assign to me"), ("Ctrl+Shift+A",)),
    ActionId.REFRESH: Spec(QT_TRANSLATE_NOOP("Actions", "Refresh"), ("F5",)),
    ActionId.VIEW_MINE: Spec(QT_TRANSLATE_NOOP("Actions", "My tickets"), ("Ctrl+1",)),
    ActionId.VIEW_UNASSIGNED: Spec(QT_TRANSLATE_NOOP("Actions", "Unassigned"), ("Ctrl+2",)),
    ActionId.VIEW_DUE_SOON: Spec(QT_TRANSLATE_NOOP("Actions", "Due soon"), ("Ctrl+3",)),
    ActionId.VIEW_OVERDUE: Spec(QT_TRANSLATE_NOOP("Actions", "Overdue"), ("Ctrl+4",)),
    ActionId.VIEW_WAITING_ON_ME: Spec(QT_TRANSLATE_NOOP("Actions", "Waiting on me"), ("Ctrl+5",)),
    ActionId.VIEW_ALL: Spec(QT_TRANSLATE_NOOP("Actions", "All tickets"), ("Ctrl+6",)),
    ActionId.VIEW_WAITING_ON_SUPPLIERS: Spec(
        QT_TRANSLATE_NOOP("Actions", "Waiting on suppliers"), ("Ctrl+7",)
    ),
    ActionId.RULE_FIGURES: Spec(QT_TRANSLATE_NOOP("Actions", "Platform rule figures…")),
    ActionId.SUPERVISOR_CONSOLE: Spec(
        QT_TRANSLATE_NOOP("Actions", "Supervisor console…"), ("Ctrl+Shift+S",)
    ),
    ActionId.MY_REVIEWS: Spec(QT_TRANSLATE_NOOP("Actions", "My quality reviews…")),
    ActionId.QUICK_PHRASES: Spec(QT_TRANSLATE_NOOP("Actions", "Quick phrases…"), ("Ctrl+J",)),
    ActionId.MANAGE_PHRASES: Spec(QT_TRANSLATE_NOOP("Actions", "Manage quick phrases…")),
    ActionId.PAYMENT_REMINDERS: Spec(
        QT_TRANSLATE_NOOP("Actions", "Unpaid orders (payment reminders)…"), ("Ctrl+Shift+U",)
    ),
    ActionId.CHANGE_PRICE: Spec(
        QT_TRANSLATE_NOOP("Actions", "Change price or shipping…"), ("Ctrl+Shift+M",)
    ),
    ActionId.FLAG_ORDERS: Spec(QT_TRANSLATE_NOOP("Actions", "Flag orders…"), ("Ctrl+Shift+G",)),
    ActionId.BUYER_HISTORY: Spec(QT_TRANSLATE_NOOP("Actions", "Buyer history…"), ("Ctrl+H",)),
    ActionId.FEEDBACK: Spec(
        QT_TRANSLATE_NOOP("Actions", "Feedback to operations…"), ("Ctrl+Shift+O",)
    ),
    ActionId.FEEDBACK_LIST: Spec(QT_TRANSLATE_NOOP("Actions", "Feedback list…")),
    ActionId.CARRIERS: Spec(QT_TRANSLATE_NOOP("Actions", "Carriers…"), ("Ctrl+Shift+L",)),
    ActionId.PRESALE_SETTINGS: Spec(QT_TRANSLATE_NOOP("Actions", "Carriers and flag meanings…")),
    ActionId.TAGS_GROUPS: Spec(QT_TRANSLATE_NOOP("Actions", "Tags and customer groups…")),
    ActionId.IMPORT_ORDERS: Spec(QT_TRANSLATE_NOOP("Actions", "Import orders…"), ("Ctrl+I",)),
    ActionId.EXPORT_QUEUE: Spec(
        QT_TRANSLATE_NOOP("Actions", "Export the queue view…"), ("Ctrl+E",)
    ),
    ActionId.EXPORT_TRANSCRIPT: Spec(
        QT_TRANSLATE_NOOP("Actions", "Export the transcript…"), ("Ctrl+P",)
    ),
    ActionId.EVIDENCE_PACK: Spec(
        QT_TRANSLATE_NOOP("Actions", "Evidence pack for the appeal…"), ("Ctrl+Shift+E",)
    ),
    ActionId.PRODUCT_KNOWLEDGE: Spec(
        QT_TRANSLATE_NOOP("Actions", "Product knowledge…"), ("Ctrl+K",)
    ),
    ActionId.EDIT_KNOWLEDGE: Spec(QT_TRANSLATE_NOOP("Actions", "Edit product knowledge…")),
    ActionId.CLOSED_SHOPS: Spec(QT_TRANSLATE_NOOP("Actions", "Closed shops…")),
    ActionId.RETURN_ADDRESSES: Spec(QT_TRANSLATE_NOOP("Actions", "Return addresses…")),
    ActionId.SUPPLIERS: Spec(QT_TRANSLATE_NOOP("Actions", "Suppliers…")),
    ActionId.EXTEND_WINDOW: Spec(QT_TRANSLATE_NOOP("Actions", "More time to return…")),
    ActionId.PASTE_SCREENSHOT: Spec(
        QT_TRANSLATE_NOOP("Actions", "Paste a screenshot as evidence"), ("Ctrl+Shift+V",)
    ),
    ActionId.SYNC_NOW: Spec(QT_TRANSLATE_NOOP("Actions", "Sync now"), ("F9",)),
    ActionId.SYNC_CONFLICTS: Spec(QT_TRANSLATE_NOOP("Actions", "Sync conflicts…")),
    ActionId.LANG_ZH: Spec(QT_TRANSLATE_NOOP("Actions", "简体中文")),
    ActionId.LANG_EN: Spec(QT_TRANSLATE_NOOP("Actions", "English")),
    ActionId.QUIT: Spec(QT_TRANSLATE_NOOP("Actions", "Quit"), ("Ctrl+Q",)),
}


def translate(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def build(parent: QObject) -> dict[ActionId, QAction]:
    """One QAction per id, owned by ``parent`` (the main window)."""
    actions: dict[ActionId, QAction] = {}
    for action_id, spec in SPECS.items():
        action = QAction(parent)
        action.setObjectName(f"action_{action_id.name.lower()}")
        action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        actions[action_id] = action
    retranslate(actions)
    return actions


def retranslate(actions: dict[ActionId, QAction]) -> None:
    for action_id, action in actions.items():
        spec = SPECS[action_id]
        text = translate(spec.text)
        action.setText(text)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text} ({keys})" if keys else text)
