"""Evidence files (photos of the item and its label, videos, receipts, authorizations).

The bytes are copied once into the store's files folder under their SHA-256
(:func:`store_file`, plain file work, no database); :func:`attach_files` then records them on
the ticket as a service, so the outbox carries only the digests, never the bytes.
"""

from __future__ import annotations

import hashlib
import mimetypes
import shutil
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from pendulum import DateTime
from sqlalchemy.orm import Session

from app.errors import InvalidInput
from app.models import Attachment, derived_id
from app.services.tickets import get_ticket, touch
from app.services.unit import Actor, Changes, audit, mutation, timeline

PURPOSES = ("evidence", "label", "receipt", "brand_authorization", "video", "other")
MAX_BYTES = 50 * 1024 * 1024  # a file larger than this is refused (platform uploads are smaller)
_HEX = frozenset("0123456789abcdef")


class FileTooLarge(InvalidInput):
    code = "file_too_large"


@dataclass(frozen=True)
class StoredFile:
    """A file copied into the files folder, ready for :func:`attach_files`."""

    filename: str
    sha256: str
    size: int
    mime: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def store_file(files_dir: Path, source: Path) -> StoredFile:
    """Copy ``source`` into ``files_dir`` under its SHA-256 (once) and describe it."""
    source = Path(source)
    if not source.is_file():
        raise InvalidInput(f"no such file: {source}", field="files")
    size = source.stat().st_size
    if size > MAX_BYTES:
        raise FileTooLarge(
            f"{source.name} is {size / 1048576:.1f} MB; files up to {MAX_BYTES // 1048576} MB "
            "can be attached",
            field="files",
            file=source.name,
            size_mb=round(size / 1048576, 1),
            limit_mb=MAX_BYTES // 1048576,
        )
    digest = hashlib.sha256()
    with source.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    sha = digest.hexdigest()
    target = Path(files_dir) / sha[:2] / sha
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".part")
        shutil.copyfile(source, partial)
        partial.replace(target)
    mime = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
    return StoredFile(source.name, sha, source.stat().st_size, mime)


def store_bytes(files_dir: Path, data: bytes, filename: str) -> StoredFile:
    """Store bytes that have no file of their own (a pasted screenshot) like a file."""
    if len(data) > MAX_BYTES:
        raise FileTooLarge(
            f"{filename} is {len(data) / 1048576:.1f} MB; files up to "
            f"{MAX_BYTES // 1048576} MB can be attached",
            field="files",
            file=filename,
            size_mb=round(len(data) / 1048576, 1),
            limit_mb=MAX_BYTES // 1048576,
        )
    sha = hashlib.sha256(data).hexdigest()
    target = Path(files_dir) / sha[:2] / sha
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".part")
        partial.write_bytes(data)
        partial.replace(target)
    mime = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    return StoredFile(filename, sha, len(data), mime)


def checked_file(file: dict[str, Any]) -> StoredFile:
    try:
        stored = StoredFile(
            str(file["filename"])[:255], str(file["sha256"]), int(file["size"]), str(file["mime"])
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidInput(f"not a stored file: {file!r}", field="files") from exc
    if len(stored.sha256) != 64 or not set(stored.sha256) <= _HEX or stored.size < 0:
        raise InvalidInput(f"not a stored file: {file!r}", field="files")
    return stored


@mutation("ticket.attach", creates=("id",), stamps=("at",))
def attach_files(
    s: Session,
    actor: Actor,
    *,
    ticket_id: uuid.UUID,
    files: list[dict[str, Any]],
    id: uuid.UUID,
    at: DateTime,
    purpose: str = "evidence",
) -> Changes:
    """Record stored files (``StoredFile.as_dict()``) on the ticket as evidence."""
    if purpose not in PURPOSES:
        raise InvalidInput(f"purpose is one of {', '.join(PURPOSES)}", field="purpose")
    stored = [checked_file(f) for f in files or []]
    if not stored:
        raise InvalidInput("no file to attach", field="files")
    ticket = get_ticket(s, ticket_id)
    ids = []
    for n, f in enumerate(stored):
        file_id = derived_id(id, "attachment", n, f.sha256)
        s.add(
            Attachment(
                id=file_id,
                ticket_id=ticket_id,
                filename=f.filename,
                sha256=f.sha256,
                size=f.size,
                mime=f.mime,
                purpose=purpose,
                added_by=actor.agent_id,
                added_at=at,
                created_at=at,
                updated_at=at,
            )
        )
        ids.append(file_id)
    names = [f.filename for f in stored]
    timeline(s, actor, ticket_id, "evidence", at=at, id=id, ids=ids, files=names, purpose=purpose)
    audit(
        s,
        actor,
        "ticket.attach",
        "attachment",
        id,
        ticket_id=ticket_id,
        at=at,
        files=names,
        ids=ids,
    )
    touch(ticket, at)
    return Changes(tickets={ticket_id}, created=id)
