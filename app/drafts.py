"""Drafts of replies and notes, saved as the agent types so a crash loses nothing.

A draft is a small UTF-8 file in the data folder, written atomically (temporary file, then
replace), so a crash mid-write leaves the previous draft, never half of one.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from pathlib import Path


class Drafts:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, agent_id: uuid.UUID, ticket_id: uuid.UUID, kind: str) -> Path:
        if not kind.isidentifier():
            raise ValueError(f"bad draft kind {kind!r}")
        return self.folder / agent_id.hex / f"{ticket_id.hex}.{kind}.txt"

    def load(self, agent_id: uuid.UUID, ticket_id: uuid.UUID, kind: str) -> str:
        try:
            return self._path(agent_id, ticket_id, kind).read_text(encoding="utf-8")
        except (FileNotFoundError, UnicodeDecodeError):
            return ""

    def save(self, agent_id: uuid.UUID, ticket_id: uuid.UUID, kind: str, text: str) -> None:
        """Keep ``text`` (an empty text removes the draft). Raises OSError if the disk refuses."""
        path = self._path(agent_id, ticket_id, kind)
        if not text.strip():
            path.unlink(missing_ok=True)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".draft-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def clear(self, agent_id: uuid.UUID, ticket_id: uuid.UUID, kind: str) -> None:
        self._path(agent_id, ticket_id, kind).unlink(missing_ok=True)

    def tickets_with_drafts(self, agent_id: uuid.UUID) -> set[uuid.UUID]:
        folder = self.folder / agent_id.hex
        if not folder.is_dir():
            return set()
        return {uuid.UUID(p.name.split(".", 1)[0]) for p in folder.glob("*.txt")}
