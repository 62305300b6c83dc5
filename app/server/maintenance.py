"""Keeping the team server's database in bounds: old change-log entries, and the evidence
files that no live attachment names any more.

A change's age is that of the pushed mutation that wrote it (``sync_results.at``). In each
stream, everything up to the last change written by a mutation older than the cutoff is
pruned (see :func:`app.server.pull.prune`): a workstation whose cursor is below that point
gets ``409 reset_required`` at its next pull, sends its outbox and downloads afresh. A file's
bytes go once no live attachment names them and they were stored before the cutoff.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from pendulum import DateTime
from sqlalchemy import delete, exists, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from app.models import Attachment, Blob, Change, PushResult, Stream


@dataclass
class StreamPrune:
    stream: str
    upto: int  # changes at or below this sequence number are pruned
    entries: int  # how many such entries were (or would be) removed


@dataclass
class PruneReport:
    cutoff: DateTime
    dry_run: bool
    streams: list[StreamPrune] = field(default_factory=list)
    kept: int = 0  # change-log entries left
    blobs: int = 0  # evidence files removed (or that would be)
    blob_bytes: int = 0

    @property
    def entries(self) -> int:
        return sum(p.entries for p in self.streams)


def _unused_blobs(cutoff: DateTime):  # noqa: ANN202 - a SQL condition
    live = exists().where(Attachment.sha256 == Blob.sha256, Attachment.deleted_at.is_(None))
    return (Blob.created_at < cutoff) & ~live


_same_mutation = (PushResult.device_id == Change.device_id) & (
    PushResult.mutation_id == Change.mutation_id
)


def _boundary(s: Session, stream: uuid.UUID, cutoff: DateTime) -> int:
    """The highest sequence number written by a mutation applied before ``cutoff``."""
    found = s.scalar(
        select(func.max(Change.seq))
        .join(PushResult, _same_mutation)
        .where(Change.stream == stream, PushResult.at < cutoff)
    )
    return int(found or 0)


def plan(sessions: sessionmaker[Session], cutoff: DateTime) -> PruneReport:
    """What :func:`prune` would remove now, changing nothing."""
    report = PruneReport(cutoff=cutoff, dry_run=True)
    with sessions() as s:
        for stream, pruned in s.execute(select(Stream.id, Stream.pruned_seq).order_by(Stream.id)):
            upto = _boundary(s, stream, cutoff)
            if upto <= pruned:
                continue
            count = s.scalar(
                select(func.count())
                .select_from(Change)
                .where(Change.stream == stream, Change.seq <= upto)
            )
            report.streams.append(StreamPrune(str(stream), upto, int(count or 0)))
        total = int(s.scalar(select(func.count()).select_from(Change)) or 0)
        report.kept = total - report.entries
        unused = select(func.count(), func.coalesce(func.sum(Blob.size), 0))
        blobs, size = s.execute(unused.where(_unused_blobs(cutoff))).one()
        report.blobs, report.blob_bytes = int(blobs), int(size)
    return report


def prune(sessions: sessionmaker[Session], cutoff: DateTime) -> PruneReport:
    """Prune the change log and the unused evidence files older than ``cutoff``."""
    report = plan(sessions, cutoff)
    report.dry_run = False
    for step in report.streams:
        step.entries = _prune_stream(sessions, uuid.UUID(step.stream), step.upto)
    with sessions.begin() as s:
        # The condition is checked again as the rows go: a file attached meanwhile stays.
        sizes = s.scalars(delete(Blob).where(_unused_blobs(cutoff)).returning(Blob.size)).all()
        report.blobs, report.blob_bytes = len(sizes), sum(int(n) for n in sizes)
    with sessions() as s:
        report.kept = int(s.scalar(select(func.count()).select_from(Change)) or 0)
    return report


def _prune_stream(sessions: sessionmaker[Session], stream: uuid.UUID, upto: int) -> int:
    """Remove a stream's changes up to ``upto`` and remember it (as ``pull.prune`` does, by
    sequence number rather than by count, so pushes arriving meanwhile change nothing)."""
    with sessions.begin() as s:
        locked = select(Stream.pruned_seq).where(Stream.id == stream).with_for_update()
        pruned = s.scalar(locked)
        if pruned is None or upto <= pruned:
            return 0
        gone = s.execute(delete(Change).where(Change.stream == stream, Change.seq <= upto))
        s.execute(update(Stream).where(Stream.id == stream).values(pruned_seq=upto))
        return gone.rowcount or 0
