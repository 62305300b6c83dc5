"""The red-line check on every reply before it is recorded: the platform's rules (e.g. a
Tmall shop never answers that it issues no invoice) are looked up for the ticket's shop; a
reply that crosses one is held back with a warning naming the rule. Sending the same text
again sends it anyway (the agent has read the warning)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.policy.presale import RedLineHit
from app.queries.redlines import reply_warnings
from ui.context import AppContext
from ui.ops import run_op
from ui.workflow.fields import chinese


def warning_text(hits: list[RedLineHit]) -> str:
    lang = "zh" if chinese() else "en"
    rules = "；".join(hit.say(lang) + f"(“{hit.fragment}”)" for hit in hits)
    return QCoreApplication.translate(
        "RedLineGuard", "Red line: %1 Change the reply, or send again to send it anyway."
    ).replace("%1", rules)


class RedLineGuard:
    def __init__(self, ctx: AppContext, owner: QWidget, warn: Callable[[str], None]) -> None:
        self.ctx, self.owner, self.warn = ctx, owner, warn
        self.cleared: tuple[uuid.UUID, str] | None = None
        self.hits: list[RedLineHit] = []

    def passes(self, ticket_id: uuid.UUID, text: str) -> bool:
        """True when ``text`` was checked for this ticket already (clean, or warned)."""
        return self.cleared == (ticket_id, text)

    def check(self, ticket_id: uuid.UUID, text: str, proceed: Callable[[], None]) -> None:
        """Check off the GUI thread; a clean reply goes on at once, one that crosses a line
        is held with a warning."""
        sessions = self.ctx.sessions

        def done(hits: list[RedLineHit]) -> None:
            self.cleared, self.hits = (ticket_id, text), hits
            if hits:
                self.warn(warning_text(hits))
            else:
                proceed()

        run_op(self.owner, lambda: reply_warnings(sessions, ticket_id, text)).on_success(
            done
        ).on_failure(lambda _exc: (setattr(self, "cleared", (ticket_id, text)), proceed())).start()

    def reset(self) -> None:
        self.cleared, self.hits = None, []
