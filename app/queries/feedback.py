"""What buyers said about products and campaigns, for operations: a list to read, filter and
export to CSV (UTF-8 with a byte-order mark, so Excel on Windows reads the Chinese)."""

from __future__ import annotations

import csv
import uuid
from dataclasses import dataclass
from pathlib import Path

from pendulum import DateTime
from sqlalchemy import select
from sqlalchemy.orm import Session, aliased, sessionmaker

from app.models import Agent, Feedback, FeedbackKind, Shop
from app.queries.reading import reading

_BY = aliased(Agent)
CSV_COLUMNS = ("time", "shop", "kind", "product", "sku", "text", "agent", "ticket")


@dataclass(frozen=True)
class FeedbackRow:
    id: uuid.UUID
    at: DateTime
    shop: str
    shop_tz: str
    kind: FeedbackKind
    product: str
    sku: str
    text: str
    agent: str
    ticket_id: uuid.UUID | None


def feedback_rows(
    sessions: sessionmaker[Session],
    *,
    kind: FeedbackKind | None = None,
    shop_id: uuid.UUID | None = None,
    since: DateTime | None = None,
    text: str = "",
    limit: int = 2000,
) -> list[FeedbackRow]:
    """Feedback, newest first, optionally of one kind, shop, period or containing ``text``."""
    stmt = (
        select(
            Feedback.id,
            Feedback.created_at,
            Shop.name,
            Shop.timezone,
            Feedback.kind,
            Feedback.product,
            Feedback.sku,
            Feedback.text,
            _BY.display_name,
            Feedback.ticket_id,
        )
        .join(Shop, Shop.id == Feedback.shop_id)
        .outerjoin(_BY, _BY.id == Feedback.created_by)
        .where(Feedback.deleted_at.is_(None))
        .order_by(Feedback.created_at.desc(), Feedback.id.desc())
        .limit(limit)
    )
    if kind is not None:
        stmt = stmt.where(Feedback.kind == kind)
    if shop_id is not None:
        stmt = stmt.where(Feedback.shop_id == shop_id)
    if since is not None:
        stmt = stmt.where(Feedback.created_at >= since)
    if text.strip():
        like = f"%{text.strip()}%"
        stmt = stmt.where(Feedback.text.like(like) | Feedback.product.like(like))
    with reading(sessions) as conn:
        rows = conn.execute(stmt).all()
    return [FeedbackRow(*r[:8], agent=r[8] or "", ticket_id=r[9]) for r in rows]


def write_csv(
    rows: list[FeedbackRow], path: Path | str, *, header: tuple[str, ...] = CSV_COLUMNS
) -> int:
    """Write ``rows`` to ``path`` (times in each shop's zone); returns how many were written.
    The file is written whole to a temporary name and then moved, so a failed export leaves
    no half file."""
    path = Path(path)
    temp = path.with_name(f".{path.name}.tmp")
    try:
        with temp.open("w", encoding="utf-8-sig", newline="") as handle:
            out = csv.writer(handle)
            out.writerow(header)
            for r in rows:
                out.writerow(
                    [
                        r.at.in_timezone(r.shop_tz).format("YYYY-MM-DD HH:mm"),
                        r.shop,
                        r.kind.value,
                        r.product,
                        r.sku,
                        r.text,
                        r.agent,
                        str(r.ticket_id or ""),
                    ]
                )
        temp.replace(path)
    finally:
        temp.unlink(missing_ok=True)
    return len(rows)
