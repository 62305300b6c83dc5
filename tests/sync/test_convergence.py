"""Workstations edit offline, then sync in every order: all end with the server's data."""

from __future__ import annotations

import itertools

import pytest

from app.models import (
    Message,
    MutationState,
    OutboxMutation,
    Priority,
    Ticket,
    TicketKind,
    TicketStatus,
)
from app.services.customers import create_tag, tag_customer
from app.services.messages import add_note
from app.services.tickets import assign_ticket, change_status, create_ticket, set_priority
from tests.sync.harness import differences, state_of


def _offline_work(desks, w) -> dict[str, object]:
    """Each desk works without syncing: a ticket each, notes, a priority, a tag."""
    made = {}
    for name, ws in desks.items():
        tid = create_ticket(
            ws.store.sessions, actor=ws.actor, kind=TicketKind.QUALITY_CLAIM, order_no=w.order_no,
            subject=f"{name} 的工单",
        ).created  # fmt: skip
        add_note(ws.store.sessions, actor=ws.actor, ticket_id=tid, body=f"{name} 记一笔")
        set_priority(ws.store.sessions, actor=ws.actor, ticket_id=tid, priority=Priority.HIGH)
        made[name] = tid
    return made


def _converged(team_store, desks) -> None:
    want = state_of(team_store)
    for name, ws in desks.items():
        got = state_of(ws.store)
        assert differences(want, got) == [], name


@pytest.mark.parametrize("order", list(itertools.permutations(["小王", "bob", "carol"])))
def test_three_offline_desks_converge_in_any_order(team, desks, order):
    store, w = team
    made = _offline_work(desks, w)
    for name in order:
        report = desks[name].sync()
        assert (report.applied, report.rejected) == (3, 0)
    for name in order:  # a second round brings everyone the others' work
        desks[name].sync()
    _converged(store, desks)
    with store.sessions() as s:
        tickets = {t.id: t for t in s.query(Ticket)}
    assert set(made.values()) <= set(tickets)
    assert all(tickets[t].priority == Priority.HIGH for t in made.values())


@pytest.mark.parametrize("first", ["小王", "bob"])
def test_two_desks_on_one_ticket_keep_both_notes_and_the_later_priority(team, desks, first):
    store, w = team
    a, b = desks["小王"], desks["bob"]
    tid = create_ticket(a.store.sessions, actor=a.actor, kind=TicketKind.QUALITY_CLAIM,
                        order_no=w.order_no).created  # fmt: skip
    a.sync()
    b.sync()
    # both offline now: b sets the priority first, a later; both add a note
    set_priority(b.store.sessions, actor=b.actor, ticket_id=tid, priority=Priority.LOW)
    add_note(b.store.sessions, actor=b.actor, ticket_id=tid, body="bob: 已联系快递")
    set_priority(a.store.sessions, actor=a.actor, ticket_id=tid, priority=Priority.URGENT)
    add_note(a.store.sessions, actor=a.actor, ticket_id=tid, body="小王: 买家很急")
    second = b if first == "小王" else a
    desks[first].sync()
    second.sync()
    desks[first].sync()
    _converged(store, {"a": a, "b": b})
    with a.store.sessions() as s:
        assert s.get(Ticket, tid).priority == Priority.URGENT  # the later stamp wins
    with b.store.sessions() as s:
        bodies = {m.body for m in s.query(Message).filter(Message.ticket_id == tid)}
    assert {"bob: 已联系快递", "小王: 买家很急"} <= bodies
    # the earlier write was told its value lost, not silently dropped
    with b.store.sessions() as s:
        entry = s.query(OutboxMutation).filter(OutboxMutation.name == "ticket.priority/1").one()
    if first == "小王":
        assert "tickets.priority" in entry.notice
    else:
        assert entry.notice == ""


def test_status_going_backwards_is_rejected_and_shown(team, desks):
    store, w = team
    a, b = desks["小王"], desks["bob"]
    tid = create_ticket(a.store.sessions, actor=a.actor, kind=TicketKind.QUALITY_CLAIM,
                        order_no=w.order_no).created  # fmt: skip
    change_status(a.store.sessions, actor=a.actor, ticket_id=tid, status=TicketStatus.OPEN)
    a.sync()
    b.sync()
    change_status(a.store.sessions, actor=a.actor, ticket_id=tid, status=TicketStatus.RESOLVED)
    change_status(
        b.store.sessions, actor=b.actor, ticket_id=tid, status=TicketStatus.WAITING_CUSTOMER
    )
    assert a.sync().applied == 1
    report = b.sync()
    assert (report.applied, report.rejected, report.conflicts) == (0, 1, 1)
    with b.store.sessions() as s:
        assert s.get(Ticket, tid).status == TicketStatus.RESOLVED  # the server's, not b's
        entry = s.query(OutboxMutation).filter(OutboxMutation.state == MutationState.REJECTED).one()
    assert entry.code == "illegal_transition"
    assert entry.args["status"] == "waiting_customer"  # the content is kept for redo or discard
    _converged(store, {"a": a, "b": b})


def test_tags_and_assignments_made_offline_travel(team, desks):
    store, w = team
    a, b = desks["小王"], desks["bob"]
    tag = create_tag(a.store.sessions, actor=a.actor, name="疑似恶意退款", kind="risk").created
    tag_customer(a.store.sessions, actor=a.actor, customer_id=w.customer_id, tag_id=tag)
    tid = create_ticket(a.store.sessions, actor=a.actor, kind=TicketKind.QUALITY_CLAIM,
                        order_no=w.order_no).created  # fmt: skip
    assign_ticket(a.store.sessions, actor=a.actor, ticket_id=tid, assignee_id=b.actor.agent_id)
    a.sync()
    b.sync()
    with b.store.sessions() as s:
        assert s.get(Ticket, tid).assignee_id == b.actor.agent_id
    _converged(store, {"a": a, "b": b})


def test_two_refunds_for_one_item_the_second_is_refused_and_shown(team, desks):
    from app.models import Refund
    from app.services.remedies.refunds import request_refund

    store, w = team
    a, b = desks["小王"], desks["bob"]
    item = w.item_ids[0]
    tid = create_ticket(a.store.sessions, actor=a.actor, kind=TicketKind.QUALITY_CLAIM,
                        order_no=w.order_no, item_ids=[item]).created  # fmt: skip
    a.sync()
    b.sync()
    full = 2 * 5900  # the item's whole price: nothing would be left for a second refund
    request_refund(a.store.sessions, actor=a.actor, ticket_id=tid, amount_fen=full, item_id=item)
    request_refund(b.store.sessions, actor=b.actor, ticket_id=tid, amount_fen=full, item_id=item)
    assert a.sync().applied == 1
    report = b.sync()
    assert (report.applied, report.rejected) == (0, 1)
    with b.store.sessions() as s:
        refunds = s.query(Refund).filter(Refund.order_item_id == item).all()
        entry = s.query(OutboxMutation).filter(OutboxMutation.state == MutationState.REJECTED).one()
    assert len(refunds) == 1 and refunds[0].created_by == a.actor.agent_id
    assert entry.name == "refund.request/1" and "at most 0 fen" in entry.error
    _converged(store, {"a": a, "b": b})
