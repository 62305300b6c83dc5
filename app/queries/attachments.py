"""A ticket's evidence files, newest first, and where their bytes are."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from pendulum import DateTime
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.models import Agent, Attachment
from app.queries.reading import reading


@dataclass(frozen=True)
class AttachmentInfo:
    id: uuid.UUID
    filename: str
    sha256: str
    size: int
    mime: str
    purpose: str
    added_at: DateTime
    added_by: str

    @property
    def is_image(self) -> bool:
        return self.mime.startswith("image/")


def ticket_attachments(
    sessions: sessionmaker[Session], ticket_id: uuid.UUID
) -> list[AttachmentInfo]:
    a = Attachment
    stmt = (
        select(
            a.id, a.filename, a.sha256, a.size, a.mime, a.purpose, a.added_at, Agent.display_name
        )  # fmt: skip
        .outerjoin(Agent, Agent.id == a.added_by)
        .where(a.ticket_id == ticket_id, a.deleted_at.is_(None))
        .order_by(a.added_at.desc(), a.id)
    )
    with reading(sessions) as conn:
        return [
            AttachmentInfo(
                r.id,
                r.filename,
                r.sha256,
                r.size,
                r.mime,
                r.purpose,
                r.added_at,
                r.display_name or "",
            )  # fmt: skip
            for r in conn.execute(stmt)
        ]


def stored_path(files_dir: Path, sha256: str) -> Path:
    """Where :func:`app.services.attachments.store_file` keeps the bytes of ``sha256``."""
    return Path(files_dir) / sha256[:2] / sha256
