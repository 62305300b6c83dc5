"""The transcript rendered as chat bubbles: buyer left, agent right, notes marked internal."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.models import MessageKind
from app.queries.tickets import MessageRow
from ui.labels import local

STYLE = {
    MessageKind.BUYER: ("left", "#f2f3f5", "#1f2329"),
    MessageKind.REPLY: ("right", "#d9ebff", "#10284a"),
    MessageKind.NOTE: ("right", "#fff4cc", "#4a3b00"),
    MessageKind.SYSTEM: ("center", "#ffffff", "#6b7280"),
}


def bubble(msg: MessageRow, tz: str, buyer: str) -> str:
    align, bg, fg = STYLE[msg.kind]
    who = {
        MessageKind.BUYER: buyer,
        MessageKind.REPLY: msg.author,
        MessageKind.NOTE: QCoreApplication.translate("Transcript", "Internal note · %1").replace(
            "%1", msg.author
        ),
        MessageKind.SYSTEM: QCoreApplication.translate("Transcript", "System"),
    }[msg.kind]
    body = html.escape(msg.body).replace("\n", "<br>")
    return (
        f"<table width='100%' cellspacing='0' cellpadding='0'><tr><td align='{align}'>"
        f"<div style='color:#8a8f98;font-size:small'>{html.escape(who)} · {local(msg.at, tz, 'MM-DD HH:mm')}</div>"
        f"<table cellpadding='8' style='background:{bg};color:{fg}'><tr><td>{body}</td></tr></table>"
        f"</td></tr></table><div style='font-size:4px'>&nbsp;</div>"
    )


class Transcript(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationView")
        self.setOpenLinks(False)
        self._messages: list[MessageRow] = []
        self._tz = "Asia/Shanghai"
        self._buyer = ""

    def show_messages(self, messages: list[MessageRow], tz: str, buyer: str) -> None:
        self._messages, self._tz, self._buyer = messages, tz, buyer
        self.render()

    def render(self) -> None:
        if not self._messages:
            empty = html.escape(QCoreApplication.translate("Transcript", "No messages yet"))
            self.setHtml(f"<p style='color:#8a8f98' align='center'>{empty}</p>")
            return
        self.setHtml("".join(bubble(m, self._tz, self._buyer) for m in self._messages))
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())

    def messages(self) -> list[MessageRow]:
        return list(self._messages)
