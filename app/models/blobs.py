"""The team server's copy of evidence files: the bytes of each file once, by SHA-256.

Workstations keep their bytes in the store's files folder; the server keeps them in its
database, so they are in every backup of it. The table never travels to the workstations.
"""

from __future__ import annotations

from pendulum import DateTime
from sqlalchemy import BigInteger, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from app import clock
from app.models.base import Base


class Blob(Base):
    """One file's bytes; an upload is taken only for a hash some attachment names."""

    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    # Deferred: listing or sizing blobs never loads their bytes.
    content: Mapped[bytes] = mapped_column("bytes", LargeBinary, deferred=True)
    created_at: Mapped[DateTime] = mapped_column(default=clock.now)
