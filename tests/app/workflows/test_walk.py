"""Every branch of every shipped script, walked to its end through the controller on a real
SQLite store: the records it leaves (in the timeline and the audit, through the outbox), the
ticket's status and its due time."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from app.models import (
    AuditEntry,
    FollowUp,
    Order,
    OutboxMutation,
    Reship,
    Ticket,
    TicketEvent,
)
from app.workflows import library
from tests.app.workflows.paths import edges, routes
from tests.app.workflows.plans import Recorder
from tests.app.workflows.walker import Infeasible, Scene, Walked, walk

SCRIPTS = sorted(library().scripts)


def test_every_procedure_ships_as_a_script():
    assert set(SCRIPTS) == {
        "bad_review",
        "cancel",
        "compensation",
        "dispute",
        "keep_informed",
        "logistics_exception",
        "lost_parcel",
        "missing_item",
        "quality_claim",
        "refund_only",
        "reship",
        "return_exchange",
        "urge_shipment",
        "wrong_item",
    }
    assert library().errors == ()


@pytest.mark.parametrize("script_id", SCRIPTS)
def test_every_branch_walks_to_an_end_with_records(store, frozen_clock, tmp_path, script_id):
    lib = library()
    scene = Scene.build(store, tmp_path)
    covered, walked, refused = set(), 0, []
    recorder = Recorder(store)
    for alternatives in routes(lib, script_id):
        for path in alternatives:
            try:
                result = walk(scene, path, recorder.during)
            except Infeasible as exc:
                refused.append(str(exc))
                continue
            check_the_end(scene, result)
            covered |= set(result.path)
            walked += 1
            break
    missing = sorted(edges(lib.get(script_id)) - covered)
    assert missing == [], f"branches never walked: {missing}\nwhy: {refused[:5]}"
    assert walked >= 1
    assert recorder.statements
    assert recorder.scans() == []  # each step by key and index only, whatever the size


def check_the_end(scene: Scene, w: Walked) -> None:
    lib = library()
    end_script, end_step, _ = w.path[-1]
    end = lib.get(end_script).step(end_step)
    view = w.view
    assert view.state == "ended" and view.outcome == end.outcome
    assert view.records, f"{w.path[0][0]} ended without a record: {w.path}"
    with scene.store.sessions() as s:
        ticket = s.get(Ticket, w.ticket_id)
        if end.status:
            assert ticket.status == end.status
        _records_are_recorded(s, w)
        _due_time(s, ticket)
        outbox = s.scalar(
            select(func.count()).where(OutboxMutation.name.like("workflow.%"))
            .where(OutboxMutation.args["run_id"].as_string() == str(view.run_id))
        )  # fmt: skip
        assert outbox == w.calls - 1  # every answer; the start's args name the ticket
        order = s.get(Order, w.order_id)
        actions = {lib.get(sc).step(st).do for sc, st, _b in w.path}
        if not actions & {"order.shipment", "order.cancel"}:
            assert order.status == w.order_status  # an after-sale never moves the order


def _records_are_recorded(s, w: Walked) -> None:  # noqa: ANN001
    story = [json.dumps(e.data) for e in s.scalars(
        select(TicketEvent).where(TicketEvent.ticket_id == w.ticket_id)
    )]  # fmt: skip
    for ref in w.view.records:
        audited = s.scalar(select(func.count()).where(AuditEntry.entity_id == ref.id))
        assert audited >= 1, f"{ref.entity} {ref.id} has no audit entry"
        assert any(str(ref.id) in line for line in story), f"{ref.entity} not in the timeline"


def _due_time(s, ticket: Ticket) -> None:  # noqa: ANN001
    assert ticket.due_at is not None
    promises = [
        *s.scalars(select(FollowUp.due_at).where(
            FollowUp.ticket_id == ticket.id, FollowUp.status == "open")),
        *s.scalars(select(Reship.due_at).where(
            Reship.ticket_id == ticket.id, Reship.status == "agreed")),
    ]  # fmt: skip
    if promises:
        assert ticket.active
        assert ticket.due_at <= min(promises)
    if ticket.status == "resolved":
        assert not ticket.active and promises == []
