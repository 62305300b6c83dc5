"""The server's file store: evidence file bytes kept by SHA-256 in the ``blobs`` table.

Only a hash that some attachment on the server names may be stored, so the server is no free
file host. An upload is checked (size, SHA-256) before it is written; writing the same file
twice keeps the first copy. Downloads are read a slice at a time (:func:`chunks`), so a large
video is never held whole for a slow reader.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import BinaryIO

from sqlalchemy import Integer, LargeBinary, cast, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from app import clock
from app.errors import KefuError, NotFound
from app.models import Attachment, Blob

CHUNK = 4 * 1024 * 1024  # bytes read from the database per slice of a download
HEX = frozenset("0123456789abcdef")


class HashMismatch(KefuError):
    code = "hash_mismatch"


class NotReferenced(KefuError):
    code = "not_referenced"


class TooLarge(KefuError):
    code = "too_large"


def is_hash(value: str) -> bool:
    return len(value) == 64 and set(value) <= HEX


def missing(sessions: sessionmaker[Session], hashes: Iterable[str]) -> list[str]:
    """The hashes (in the order given, once each) whose bytes the server does not have."""
    wanted = list(dict.fromkeys(hashes))
    if not wanted:
        return []
    with sessions() as s:
        have = set(s.scalars(select(Blob.sha256).where(Blob.sha256.in_(wanted))))
    return [h for h in wanted if h not in have]


def referenced(sessions: sessionmaker[Session], sha256: str) -> bool:
    """Whether a live attachment on the server names ``sha256``."""
    with sessions() as s:
        found = s.scalar(
            select(Attachment.id)
            .where(Attachment.sha256 == sha256, Attachment.deleted_at.is_(None))
            .limit(1)
        )
    return found is not None


def put(sessions: sessionmaker[Session], sha256: str, size: int, source: BinaryIO) -> bool:
    """Store the checked bytes in ``source`` (at its start) once; True if they were new."""
    with sessions() as s:
        if s.scalar(select(Blob.sha256).where(Blob.sha256 == sha256)) is not None:
            return False
    source.seek(0)
    data = source.read()
    try:
        with sessions.begin() as s:
            s.add(Blob(sha256=sha256, size=size, content=data, created_at=clock.now()))
    except IntegrityError:
        return False  # the same file, uploaded by another workstation meanwhile
    return True


def size_of(sessions: sessionmaker[Session], sha256: str) -> int:
    with sessions() as s:
        size = s.scalar(select(Blob.size).where(Blob.sha256 == sha256))
    if size is None:
        raise NotFound(f"the server does not have the file {sha256} (yet)")
    return int(size)


def chunks(sessions: sessionmaker[Session], sha256: str, size: int) -> Iterator[bytes]:
    """The bytes of a stored file, one slice per short read of the database."""
    start = 0
    while start < size:
        with sessions() as s:
            first, count = cast(start + 1, Integer), cast(CHUNK, Integer)
            piece = func.substr(Blob.content, first, count, type_=LargeBinary)
            part = s.scalar(select(piece).where(Blob.sha256 == sha256))
        if not part:
            return
        yield bytes(part)
        start += len(part)
