"""Translated messages for the typed errors ``app/`` raises (by their stable codes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.errors import IllegalTransition, KefuError
from app.models import TicketStatus
from ui.labels import label
from ui.workflow.fields import chinese


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
    if exc.code == "not_eligible" and exc.params.get("text_zh") and chinese():
        return QCoreApplication.translate(
            "Errors", "Not allowed by the platform rules: %1"
        ).replace("%1", exc.params["text_zh"])
    if (
        exc.code in ("invalid_input", "permission_denied")
        and exc.params.get("text_zh")
        and chinese()
    ):
        return str(exc.params["text_zh"])  # the service's own words for the agent
    if exc.code == "shop_closed":
        return QCoreApplication.translate(
            "Errors", "The shop “%1” is closed: it takes no new pre-sale work."
        ).replace("%1", str(exc.params.get("shop", "")))
    if exc.code == "workflow_answer_invalid":
        return QCoreApplication.translate("Errors", "Check this answer: %1").replace("%1", str(exc))
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
        "not_eligible": QCoreApplication.translate(
            "Errors", "Not allowed by the platform rules: %1"
        ),
        "remedy_illegal_transition": QCoreApplication.translate(
            "Errors", "This record cannot take that step from where it stands now."
        ),
        "promise_open": QCoreApplication.translate(
            "Errors",
            "A promise to the buyer is still open (a reship or a follow-up): finish it first.",
        ),
        "workflow_script_unavailable": QCoreApplication.translate(
            "Errors", "This procedure is not available (its script is missing or broken)."
        ),
        "workflow_run_exists": QCoreApplication.translate(
            "Errors", "This ticket already has a procedure going: finish or abandon it first."
        ),
        "workflow_wrong_step": QCoreApplication.translate(
            "Errors", "The procedure moved on meanwhile; it has been reloaded."
        ),
        "workflow_run_not_active": QCoreApplication.translate(
            "Errors", "This procedure has finished or is waiting for a supervisor."
        ),
        "workflow_cannot_go_back": QCoreApplication.translate(
            "Errors", "Cannot go back: what was recorded stays recorded."
        ),
        "illegal_transition": QCoreApplication.translate(
            "Errors", "The ticket had moved on meanwhile: this status change no longer fits."
        ),
        "duplicate": QCoreApplication.translate(
            "Errors", "The same thing already exists on the team server."
        ),
        "offline": QCoreApplication.translate(
            "Errors", "The team server cannot be reached. Work goes on here and is sent later."
        ),
        "unauthorized": QCoreApplication.translate(
            "Errors", "The team server wants you to log in again."
        ),
        "bad_url": QCoreApplication.translate(
            "Errors", "That is not a server address (use http://HOST:PORT): %1"
        ),
        "bad_response": QCoreApplication.translate(
            "Errors", "Something answered at that address, but it is not a Kefu Desk server."
        ),
        "unsupported_protocol": QCoreApplication.translate(
            "Errors", "The team server runs another version: update the workstation."
        ),
        "other_user": QCoreApplication.translate(
            "Errors", "This workstation store belongs to another user."
        ),
        "gap": QCoreApplication.translate(
            "Errors", "The team server lost track of this workstation's changes: %1"
        ),
    }
    text = texts.get(exc.code)
    if text is None:
        return str(exc)
    if "%1" in text:
        return text.replace("%1", str(exc))
    return text + (f" ({exc})" if exc.code in ("write_failed",) else "")
