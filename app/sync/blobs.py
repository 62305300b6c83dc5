"""Evidence files between the workstation's files folder and the team server's file store.

The attachment records travel with the other rows; the bytes follow them here, after the
rows, one file at a time, streamed from and to disk:

- **send**: the files this workstation brought in are the ones its own sent changes name (a
  ``sha256`` in a mutation's arguments). Walking the outbox in order from a mark kept in
  ``kefu_meta``, it asks the server which of those it lacks (``/v1/blobs/missing``) and
  uploads them. The mark moves past a change once every file it names is on the server (or
  can never be: refused for good, or not on this disk), so each change is looked at until
  then and never again.
- **fetch**: every live attachment whose file is not in the files folder is asked for, newest
  first. The bytes go to ``<sha>.download`` beside the final name, are checked against the
  SHA-256, then renamed: a file under its final name is always whole.

A file that cannot travel now (the desk that has it has not synced yet, the network dropped)
waits for the next round and never fails the sync; each round spends at most ``BUDGET_S``
seconds on files, so new work is not held up by a large download.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.db.store import Store
from app.models import Attachment, MutationState, OutboxMutation
from app.queries.attachments import stored_path
from app.sync import replica
from app.sync.client import ServerClient, SyncError
from app.sync.protocol import MAX_HASHES

log = logging.getLogger(__name__)

SENT = "sync_blobs_sent"  # kefu_meta: outbox seq up to which every named file is on the server
BUDGET_S = 60.0  # seconds of file transfers per sync round
PAGE = 200  # outbox entries read at a time
_HEX = frozenset("0123456789abcdef")
# Refusals that will not change by trying again: the file is skipped, with a warning.
FINAL = frozenset({"not_referenced", "hash_mismatch", "too_large", "invalid_request"})


@dataclass
class Tally:
    uploaded: int = 0
    downloaded: int = 0
    waiting: int = 0
    tickets: set[str] = field(default_factory=set)  # tickets whose files arrived


def transfer(store: Store, client: ServerClient, budget: float | None = None) -> Tally:
    """Send this workstation's files the server lacks, then fetch the ones missing here.

    Only an expired login stops the sync (``unauthorized``); anything else (the network, the
    local disk) leaves the files waiting for the next round.
    """
    tally = Tally()
    deadline = time.monotonic() + (BUDGET_S if budget is None else budget)
    for step in (send, fetch):
        try:
            step(store, client, tally, deadline)
        except (SyncError, OSError) as exc:
            if isinstance(exc, SyncError) and exc.code == "unauthorized":
                raise
            log.info("evidence files wait for the next sync: %s", exc)
    return tally


# -- send ------------------------------------------------------------------------------------


def named_files(args: Any) -> Iterator[str]:
    """Every SHA-256 a mutation's arguments name as a stored file (``{"sha256": ...}``)."""
    if isinstance(args, dict):
        for key, value in args.items():
            if key == "sha256" and isinstance(value, str):
                if len(value) == 64 and set(value) <= _HEX:
                    yield value
            else:
                yield from named_files(value)
    elif isinstance(args, list):
        for value in args:
            yield from named_files(value)


def _entries_after(store: Store, mark: int) -> list[tuple[int, MutationState, list[str]]]:
    with store.sessions() as s:
        found = s.execute(
            select(OutboxMutation.seq, OutboxMutation.state, OutboxMutation.args)
            .where(OutboxMutation.seq > mark)
            .order_by(OutboxMutation.seq)
            .limit(PAGE)
        ).all()
    return [(seq, state, list(dict.fromkeys(named_files(args)))) for seq, state, args in found]


def _save_mark(store: Store, mark: int) -> None:
    with store.sessions.begin() as s:
        replica.set_facts(s, **{SENT: str(mark)})


def lacking(client: ServerClient, hashes: list[str]) -> set[str]:
    out: set[str] = set()
    for i in range(0, len(hashes), MAX_HASHES):
        out.update(client.missing_blobs(hashes[i : i + MAX_HASHES]))
    return out


def send(store: Store, client: ServerClient, tally: Tally, deadline: float) -> None:
    known = replica.facts(store)
    base = int(known.get(replica.BASE, "0") or 0)
    mark = saved = max(base, int(known.get(SENT, "0") or 0))
    files = store.files_dir
    while True:
        page = _entries_after(store, mark)
        taken = []  # the entries the server has answered, up to the first it has not
        for entry in page:
            if entry[1] == MutationState.PENDING:
                break
            taken.append(entry)
        wanted = list(
            dict.fromkeys(h for _, state, hs in taken if state == MutationState.APPLIED for h in hs)
        )
        todo = lacking(client, wanted) if wanted else set()
        try:
            for seq, state, hashes in taken:
                if state == MutationState.APPLIED:
                    for sha in hashes:
                        if sha not in todo:
                            continue
                        if time.monotonic() > deadline:
                            tally.waiting += len(todo)
                            return
                        if _send_one(client, files, sha):
                            tally.uploaded += 1
                        todo.discard(sha)
                mark = seq
        except (SyncError, OSError):
            tally.waiting += len(todo)
            raise
        finally:
            if mark != saved:
                _save_mark(store, mark)
                saved = mark
        if len(taken) < PAGE:
            return


def _send_one(client: ServerClient, files: Path, sha: str) -> bool:
    """Upload one file; False when it cannot be sent, ever (refused for good, not here)."""
    path = stored_path(files, sha)
    if not path.is_file():
        log.warning("evidence file %s is not in this workstation's files folder", sha)
        return False
    try:
        client.upload_blob(sha, path)
    except SyncError as exc:
        if exc.code not in FINAL:
            raise
        log.warning("the server refused evidence file %s: %s", sha, exc)
        return False
    return True


# -- fetch -----------------------------------------------------------------------------------


def present(files: Path) -> set[str]:
    """The hashes whose bytes are in the files folder (one directory listing per prefix)."""
    out: set[str] = set()
    with os.scandir(files) as folders:
        for folder in folders:
            if len(folder.name) == 2 and folder.is_dir():
                with os.scandir(folder.path) as found:
                    out.update(f.name for f in found if len(f.name) == 64)
    return out


def missing_here(store: Store) -> list[tuple[str, set[str]]]:
    """Files live attachments name that are not in the files folder: (hash, its tickets),
    newest attachment first."""
    live = Attachment.deleted_at.is_(None)
    with store.sessions() as s:
        named = set(s.scalars(select(Attachment.sha256).where(live).distinct()))
    absent = named - present(store.files_dir)
    if not absent:
        return []
    absent_list = sorted(absent)
    rows = []
    with store.sessions() as s:
        for i in range(0, len(absent_list), 500):
            rows += s.execute(
                select(Attachment.sha256, Attachment.ticket_id, Attachment.added_at)
                .where(live, Attachment.sha256.in_(absent_list[i : i + 500]))
            ).all()  # fmt: skip
    order: dict[str, set[str]] = {}
    for sha, ticket, _at in sorted(rows, key=lambda r: r[2], reverse=True):
        order.setdefault(sha, set()).add(str(ticket))
    return list(order.items())


def fetch(store: Store, client: ServerClient, tally: Tally, deadline: float) -> None:
    wanted = missing_here(store)
    if not wanted:
        return
    hashes = [sha for sha, _ in wanted]
    try:
        not_there = lacking(client, hashes)
    except SyncError:
        tally.waiting += len(wanted)
        raise
    files = store.files_dir
    for n, (sha, tickets) in enumerate(wanted):
        if sha in not_there:
            tally.waiting += 1
            continue
        if time.monotonic() > deadline:
            tally.waiting += len(wanted) - n
            return
        try:
            download(client, files, sha)
        except OSError:  # the files folder cannot be written: no use trying the others now
            tally.waiting += len(wanted) - n
            raise
        except SyncError as exc:
            if exc.code == "offline":
                tally.waiting += len(wanted) - n
                raise
            log.warning("evidence file %s not fetched: %s", sha, exc)
            tally.waiting += 1
            continue
        tally.downloaded += 1
        tally.tickets |= tickets


def download(client: ServerClient, files: Path, sha: str) -> Path:
    """Fetch one file into the files folder: written beside its final name, checked, renamed.

    An interrupted or wrong download leaves nothing under the final name.
    """
    from app.services.attachments import MAX_BYTES

    target = stored_path(files, sha)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(sha + ".download")
    digest = hashlib.sha256()
    try:
        with partial.open("wb") as out:

            def write(chunk: bytes) -> None:
                digest.update(chunk)
                out.write(chunk)
                if out.tell() > MAX_BYTES:
                    raise SyncError("too_large", f"the server sent more than {MAX_BYTES} bytes")

            client.download_blob(sha, write)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != sha:
            raise SyncError(
                "hash_mismatch", f"the bytes received for {sha} have SHA-256 {digest.hexdigest()}"
            )
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target
