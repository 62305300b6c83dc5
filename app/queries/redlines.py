"""Red lines a reply would cross, by the platform of the ticket's shop."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app import clock
from app.errors import NotFound
from app.models import Shop, Ticket
from app.policy.presale import RedLineHit, load_presale, red_line_hits
from app.queries.reading import reading


def reply_warnings(
    sessions: sessionmaker[Session], ticket_id: uuid.UUID, text: str
) -> list[RedLineHit]:
    """The red lines ``text`` would cross as a reply on ``ticket_id`` (empty: none)."""
    stmt = (
        select(Shop.platform, Shop.timezone)
        .join(Ticket, Ticket.shop_id == Shop.id)
        .where(Ticket.id == ticket_id)
    )
    with reading(sessions) as conn:
        row = conn.execute(stmt).first()
    if row is None:
        raise NotFound(f"no ticket {ticket_id}")
    today = clock.now().in_timezone(row[1]).date()
    return red_line_hits(load_presale(row[0].value), text, on=today)
