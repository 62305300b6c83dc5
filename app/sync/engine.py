"""One sync of a workstation's store with the team server: push the outbox, pull the changes.

``sync_once`` is what the background timer, the "sync now" action and ``kefu sync`` run. It
never holds a write transaction across a network call: each answer is recorded in its own
short local transaction, so the agent keeps working meanwhile.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from app import clock
from app.db.store import Store
from app.models import MutationState, OutboxMutation
from app.sync import blobs, replica
from app.sync.client import ServerClient, SyncError
from app.sync.protocol import MAX_PULL, MAX_PUSH

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]  # phase, done, total (0: unknown)


@dataclass
class Report:
    pushed: int = 0
    applied: int = 0
    rejected: int = 0
    pulled: int = 0
    reset: bool = False
    pending: int = 0
    conflicts: int = 0
    tickets: set[str] = field(default_factory=set)  # tickets the pulled changes touched
    uploaded: int = 0  # evidence files sent to the server
    downloaded: int = 0  # evidence files fetched into the files folder
    waiting: int = 0  # evidence files that could not travel this time (tried again next sync)


def _quiet(_phase: str, _done: int, _total: int) -> None:
    pass


def login(store: Store, client: ServerClient, username: str, password: str,
          device_name: str = "") -> dict[str, Any]:  # fmt: skip
    """Log in for this store; the store is then bound to that server and user."""
    known = replica.facts(store)
    if known.get(replica.AGENT) and known[replica.AGENT] != username:
        raise SyncError(
            "other_user",
            f"this store belongs to {known[replica.AGENT]}; {username} needs a store of their own",
        )
    if known.get(replica.SERVER) and known[replica.SERVER] != client.url:
        raise SyncError(
            "other_server", f"this store syncs with {known[replica.SERVER]}, not {client.url}"
        )
    cid = replica.client_id(store)
    answer = client.login(username, password, cid, device_name)
    with store.sessions.begin() as s:
        replica.set_facts(
            s,
            **{
                replica.SERVER: client.url,
                replica.AGENT: username,
                replica.TOKEN: answer["token"],
            },  # fmt: skip
        )
    return answer


def resume(store: Store, client: ServerClient) -> bool:
    """Use the token kept from the last login, if any; the server may still refuse it."""
    token = replica.facts(store).get(replica.TOKEN)
    client.token = token or None
    return bool(token)


def sync_once(store: Store, client: ServerClient, progress: Progress = _quiet) -> Report:
    report = Report()
    cid = replica.client_id(store)
    if replica.facts(store).get(replica.READY) != "1":
        download(store, client, progress)
    push_all(store, client, cid, report, progress)
    try:
        pull_all(store, client, cid, report, progress)
    except SyncError as exc:
        if exc.code != "reset_required":
            raise
        log.warning("the server asks for a reset: %s", exc)
        reset(store, client, cid, report, progress)
    files = blobs.transfer(store, client)
    report.uploaded, report.downloaded, report.waiting = (
        files.uploaded, files.downloaded, files.waiting
    )  # fmt: skip
    report.tickets |= files.tickets
    with store.sessions.begin() as s:
        replica.set_facts(s, **{replica.LAST: clock.now().isoformat()})
    report.pending, report.conflicts = counts(store)
    return report


def counts(store: Store) -> tuple[int, int]:
    """Mutations not yet taken by the server, and conflicts waiting for the agent."""
    base = int(replica.facts(store).get(replica.BASE, "0") or 0)
    with store.sessions() as s:
        pending = s.scalar(
            select(func.count()).where(
                OutboxMutation.state == MutationState.PENDING, OutboxMutation.seq > base
            )
        )
        conflicts = s.scalar(
            select(func.count()).where(
                OutboxMutation.state == MutationState.REJECTED,
                OutboxMutation.settled_at.is_(None),
            )
        )
    return int(pending or 0), int(conflicts or 0)


def push_all(store: Store, client: ServerClient, cid: uuid.UUID, report: Report,
             progress: Progress = _quiet) -> None:  # fmt: skip
    base = int(replica.facts(store).get(replica.BASE, "0") or 0)
    total = counts(store)[0]
    while True:
        with store.sessions() as s:
            batch = list(
                s.scalars(
                    select(OutboxMutation)
                    .where(OutboxMutation.state == MutationState.PENDING, OutboxMutation.seq > base)
                    .order_by(OutboxMutation.seq)
                    .limit(MAX_PUSH)
                )
            )
        if not batch:
            return
        payload = [
            {"mutation_id": e.seq - base, "id": str(e.id), "name": e.name, "args": e.args,
             "hlc": e.hlc, "agent_id": str(e.agent_id) if e.agent_id else None}
            for e in batch
        ]  # fmt: skip
        answer = client.push(cid, payload)
        stop = _record_results(store, base, answer["results"], report)
        progress("push", report.pushed, total)
        if stop is not None:
            raise stop


def _record_results(store: Store, base: int, results: list[dict[str, Any]],
                    report: Report) -> SyncError | None:  # fmt: skip
    stop = None
    with store.sessions.begin() as s:
        for r in results:
            entry = s.scalar(
                select(OutboxMutation).where(OutboxMutation.seq == r["mutation_id"] + base)
            )
            if entry is None:
                continue
            if r["state"] == "applied":
                entry.state = MutationState.APPLIED
                entry.marks = r.get("marks") or {}
                superseded = entry.marks.get("superseded")
                if superseded:
                    entry.notice = "a later change kept its value: " + ", ".join(superseded)
                report.applied += 1
            elif r["state"] == "rejected":
                entry.state = MutationState.REJECTED
                entry.code = r.get("code") or "rejected"
                entry.error = r.get("reason") or ""
                report.rejected += 1
            elif r["state"] == "retry":
                stop = SyncError("offline", r.get("reason") or "the server is busy")
                break
            else:
                stop = SyncError("gap", f"the server refused the outbox order: {r.get('reason')}")
                break
            report.pushed += 1
    return stop


def pull_all(store: Store, client: ServerClient, cid: uuid.UUID, report: Report,
             progress: Progress = _quiet) -> None:  # fmt: skip
    while True:
        answer = client.pull(cid, replica.cursors(store), MAX_PULL)
        changes = answer["changes"]
        replica.apply_page(store, changes, answer["cursors"])
        report.pulled += len(changes)
        for ch in changes:
            row = ch.get("row") or {}
            touched = ch["pk"].get("id") if ch["table"] == "tickets" else row.get("ticket_id")
            if touched:
                report.tickets.add(str(touched))
        progress("pull", report.pulled, 0)
        if not answer["more"]:
            return


def download(store: Store, client: ServerClient, progress: Progress = _quiet) -> None:
    """Fill an empty (or wiped) store with the server's rows, then follow the change log
    from the heads read before the first row."""
    heads = client.heads()
    tables = [t for t in replica.rows.replicated() if t in set(heads["tables"])]
    for i, name in enumerate(tables):
        after = None
        while True:
            page = client.snapshot(name, after, MAX_PULL)
            replica.apply_snapshot_rows(store, name, page["rows"])
            after = page["next"]
            if after is None:
                break
        progress("download", i + 1, len(tables))
    with store.sessions.begin() as s:
        replica.set_facts(
            s, **{replica.CURSORS: json.dumps(heads["cursors"], sort_keys=True), replica.READY: "1"}
        )


def reset(store: Store, client: ServerClient, cid: uuid.UUID, report: Report,
          progress: Progress = _quiet) -> None:  # fmt: skip
    """Too far behind: send what is left in the outbox, then download afresh."""
    push_all(store, client, cid, report, progress)
    replica.wipe(store)
    download(store, client, progress)
    report.reset = True
    pull_all(store, client, cid, report, progress)
