"""A state machine over local writes, pushes, pulls, server drops and restarts of both ends.

Invariants at the end of every run, once the server is back and every desk has synced:
every mutation ended applied or rejected-and-shown, each took effect once, in the order it was
made, and every desk holds the server's data.
"""

from __future__ import annotations

import contextlib
import itertools
import uuid

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import func, select

from app.db.store import open_store
from app.models import (
    Message,
    MutationState,
    OutboxMutation,
    Priority,
    PushResult,
    TicketKind,
    TicketStatus,
)
from app.services.messages import add_note
from app.services.tickets import change_status, create_ticket, set_priority
from app.sync import conflicts, engine, replica
from app.sync.client import ServerClient, SyncError
from tests.sync.harness import ThreadServer, Workstation, differences, state_of, workstation

NAMES = ("小王", "bob", "carol")
_bodies = itertools.count()


class SyncMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.desks: dict[str, Workstation] = {}
        self.up = True
        self.notes: dict[str, str] = {}  # note body -> desk that wrote it

    @initialize()
    def start(self) -> None:
        ctx = CONTEXT
        self.store, self.w, self.srv = ctx["store"], ctx["w"], ctx["server"]
        folder = ctx["folder"] / uuid.uuid4().hex[:8]
        folder.mkdir()
        self.desks = {n: workstation(ctx["template"], folder, self.srv.url, n) for n in NAMES}
        first = self.desks["小王"]
        self.ticket = create_ticket(first.store.sessions, actor=first.actor,
                                    kind=TicketKind.QUALITY_CLAIM, order_no=self.w.order_no).created  # fmt: skip
        first.sync()
        for ws in self.desks.values():
            ws.sync()

    # -- local writes ---------------------------------------------------------------------

    @rule(name=st.sampled_from(NAMES))
    def note(self, name: str) -> None:
        ws = self.desks[name]
        body = f"{name}#{next(_bodies)}"
        try:
            add_note(ws.store.sessions, actor=ws.actor, ticket_id=self.ticket, body=body)
        except Exception:  # noqa: BLE001 - refused locally (e.g. the ticket is closed here)
            return
        self.notes[body] = name

    @rule(name=st.sampled_from(NAMES), priority=st.sampled_from(list(Priority)))
    def priority(self, name: str, priority: Priority) -> None:
        ws = self.desks[name]
        set_priority(ws.store.sessions, actor=ws.actor, ticket_id=self.ticket, priority=priority)

    @rule(name=st.sampled_from(NAMES),
          status=st.sampled_from([TicketStatus.OPEN, TicketStatus.WAITING_CUSTOMER,
                                  TicketStatus.RESOLVED, TicketStatus.CLOSED]))  # fmt: skip
    def status(self, name: str, status: TicketStatus) -> None:
        ws = self.desks[name]
        with contextlib.suppress(Exception):  # not allowed from where this desk stands
            change_status(ws.store.sessions, actor=ws.actor, ticket_id=self.ticket, status=status)

    # -- sync, faults -----------------------------------------------------------------------

    @rule(name=st.sampled_from(NAMES))
    def sync(self, name: str) -> None:
        try:
            self.desks[name].sync()
        except SyncError as exc:
            assert not self.up and exc.code == "offline", exc

    @precondition(lambda self: self.up)
    @rule()
    def drop(self) -> None:
        self.srv.stop()
        self.up = False

    @precondition(lambda self: not self.up)
    @rule()
    def restart_server(self) -> None:
        self.srv.start()
        self.up = True

    @rule(name=st.sampled_from(NAMES))
    def restart_desk(self, name: str) -> None:
        old = self.desks[name]
        path = old.store.path
        old.close()
        store = open_store(str(path))
        replica.mark_replica(store)
        client = ServerClient(self.srv.url, timeout=20)
        engine.resume(store, client)
        self.desks[name] = Workstation(name, store, client)

    # -- the end ----------------------------------------------------------------------------

    def teardown(self) -> None:
        if not self.desks:
            return
        if not self.up:
            self.restart_server()
        for _ in range(2):
            for ws in self.desks.values():
                ws.sync()
        want = state_of(self.store)
        with self.store.sessions() as s:
            on_server = set(s.scalars(select(Message.body).where(Message.ticket_id == self.ticket)))
        for name, ws in self.desks.items():
            with ws.store.sessions() as s:
                base = int(replica.facts(ws.store)[replica.BASE])
                entries = s.scalars(
                    select(OutboxMutation)
                    .where(OutboxMutation.seq > base)
                    .order_by(OutboxMutation.seq)
                ).all()
                counts = {
                    body: s.scalar(
                        select(func.count()).select_from(Message).where(Message.body == body)
                    )
                    for body in self.notes
                }
            states = {e.state for e in entries}
            assert states <= {MutationState.APPLIED, MutationState.REJECTED}, (name, states)
            shown = {c.id for c in conflicts.open_conflicts(ws.store.sessions)}
            assert {e.id for e in entries if e.state == MutationState.REJECTED} <= shown
            # in order, once each: the server's results follow the outbox one for one
            cid = replica.client_id(ws.store)
            with self.store.sessions() as s:
                results = s.scalars(
                    select(PushResult)
                    .where(PushResult.device_id == cid)
                    .order_by(PushResult.mutation_id)
                ).all()
            assert [r.mutation for r in results] == [e.id for e in entries]
            assert [r.mutation_id for r in results] == list(range(1, len(entries) + 1))
            assert [r.state for r in results] == [e.state.value for e in entries]
            for body, count in counts.items():
                assert count == (1 if body in on_server else 0), (name, body)
            assert differences(want, state_of(ws.store)) == [], name
        for body, who in self.notes.items():
            note_entry_rejected = body not in on_server
            if note_entry_rejected:
                assert any(
                    c.args.get("body") == body
                    for c in conflicts.open_conflicts(self.desks[who].store.sessions)
                ), body
        for ws in self.desks.values():
            ws.close()


CONTEXT: dict = {}


@pytest.mark.slow
def test_sync_state_machine(team, migrated_template, tmp_path):
    store, w = team
    srv = ThreadServer(store).start()
    CONTEXT.update(store=store, w=w, server=srv, template=migrated_template, folder=tmp_path)
    try:
        run_state_machine_as_test(
            SyncMachine,
            settings=settings(
                max_examples=6,
                stateful_step_count=18,
                deadline=None,
                suppress_health_check=list(HealthCheck),
            ),
        )
    finally:
        srv.stop()
        CONTEXT.clear()
