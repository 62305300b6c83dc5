"""Platform intervention (小二介入): negotiating -> filed -> won | lost | withdrawn.

Negotiate first; when that fails, file the appeal with its evidence: purchase receipts,
brand authorization, the chat lines that support the shop, and a written reason.
"""

from __future__ import annotations

import uuid

from pendulum import DateTime
from sqlalchemy.orm import Session

from app.errors import InvalidInput
from app.models import Appeal
from app.services.remedies import common
from app.services.unit import Actor, Changes, mutation

ENTITY = "appeal"
OUTCOMES = ("won", "lost", "withdrawn")


@mutation("appeal.open", creates=("id",), stamps=("at",))
def open_appeal(
    s: Session,
    actor: Actor,
    *,
    ticket_id: uuid.UUID,
    id: uuid.UUID,
    at: DateTime,
    item_id: uuid.UUID | None = None,
    note: str = "",
) -> Changes:
    """The platform stepped in: start negotiating with the buyer."""
    ticket, order = common.ticket_with_order(s, ticket_id)
    if item_id is not None:
        common.items_of(s, order, item_id)
    s.add(
        Appeal(
            id=id,
            **common.base_fields(ticket, actor, at),
            order_item_id=item_id,
            status="negotiating",
            note=common.text(note, "note", 1000),
        )
    )
    common.noted(s, actor, ticket, ENTITY, id, "negotiating", at)
    return Changes(tickets={ticket_id}, queue=True, created=id)


def _lines(values: list[str] | None) -> list[str]:
    return [v.strip() for v in values or [] if v and v.strip()]


@mutation("appeal.file", stamps=("at",))
def file_appeal(
    s: Session,
    actor: Actor,
    *,
    appeal_id: uuid.UUID,
    reason: str,
    at: DateTime,
    receipts: list[str] | None = None,
    authorizations: list[str] | None = None,
    chat_lines: list[str] | None = None,
) -> Changes:
    """Negotiation failed: file the appeal. ``receipts`` and ``authorizations`` name evidence
    files (attachment ids or file names); ``chat_lines`` quote the conversation."""
    reason = common.text(reason, "reason", 2000, required=True)
    evidence = {
        "receipts": _lines(receipts),
        "brand_authorization": _lines(authorizations),
        "chat_lines": _lines(chat_lines),
    }
    if not any(evidence.values()):
        raise InvalidInput("an appeal needs evidence: receipts, authorization or chat lines")
    row = common.record(s, Appeal, appeal_id, ENTITY)
    ticket = common.ticket_with_order(s, row.ticket_id)[0]
    common.move(ENTITY, row, "filed", at)
    row.reason, row.evidence = reason, evidence
    common.noted(s, actor, ticket, ENTITY, row.id, "filed", at)
    return Changes(tickets={ticket.id}, queue=True)


@mutation("appeal.outcome", stamps=("at",))
def record_appeal_outcome(
    s: Session,
    actor: Actor,
    *,
    appeal_id: uuid.UUID,
    outcome: str,
    at: DateTime,
    note: str = "",
) -> Changes:
    """The platform's ruling (won, lost) or the buyer withdrew after negotiating."""
    if outcome not in OUTCOMES:
        raise InvalidInput(f"outcome is one of {', '.join(OUTCOMES)}", field="outcome")
    row = common.record(s, Appeal, appeal_id, ENTITY)
    ticket = common.ticket_with_order(s, row.ticket_id)[0]
    common.move(ENTITY, row, outcome, at)
    row.outcome = common.text(note, "note", 200) or outcome
    common.noted(s, actor, ticket, ENTITY, row.id, outcome, at)
    return Changes(tickets={ticket.id}, queue=True)
