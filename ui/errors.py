"""Translated messages for the typed errors ``app/`` raises (by their stable codes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.errors import IllegalTransition, KefuError
from app.models import TicketStatus
from ui.labels import label


def message_for(exc: BaseException) -> str:
    """One sentence for the agent, in the current language."""
    if isinstance(exc, IllegalTransition):
        p = exc.params
        allowed = "、".join(
            label(TicketStatus(s)) for s in p["allowed"]
        ) or QCoreApplication.translate("Errors", "none")
        return (
            QCoreApplication.translate(
                "Errors", "A ticket cannot go from “%1” to “%2”. Possible: %3."
            )
            .replace("%1", label(TicketStatus(p["current"])))
            .replace("%2", label(TicketStatus(p["target"])))
            .replace("%3", allowed)
        )
    if (
        isinstance(exc, KefuError)
        and exc.code == "invalid_input"
        and exc.params.get("field") == "body"
    ):
        if "limit" in exc.params:
            return QCoreApplication.translate(
                "Errors", "The message is too long: at most %1 characters."
            ).replace("%1", str(exc.params["limit"]))
        return QCoreApplication.translate("Errors", "The message is empty.")
    if not isinstance(exc, KefuError):
        return QCoreApplication.translate("Errors", "Something went wrong: %1").replace(
            "%1", str(exc)
        )
    texts = {
        "disk_full": QCoreApplication.translate(
            "Errors", "The disk is full. Nothing was saved; your text is kept."
        ),
        "locked": QCoreApplication.translate(
            "Errors", "The database is busy. Nothing was saved; try again."
        ),
        "read_only": QCoreApplication.translate(
            "Errors", "The database is read-only. Nothing was saved; your text is kept."
        ),
        "damaged": QCoreApplication.translate(
            "Errors", "The database is damaged. Nothing was saved; your text is kept."
        ),
        "write_failed": QCoreApplication.translate(
            "Errors", "The change was refused. Nothing was saved; your text is kept."
        ),
        "conflict": QCoreApplication.translate(
            "Errors", "Someone changed this ticket meanwhile. It has been reloaded."
        ),
        "permission_denied": QCoreApplication.translate(
            "Errors", "You are not allowed to do this."
        ),
        "not_found": QCoreApplication.translate(
            "Errors", "It no longer exists (it may have been removed)."
        ),
    }
    text = texts.get(exc.code)
    if text is None:
        return str(exc)
    return text + (f" ({exc})" if exc.code in ("write_failed",) else "")
