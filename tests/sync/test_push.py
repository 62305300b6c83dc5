"""Pushing: in order, once each, a rejection never blocking the rest, roles checked."""

from __future__ import annotations

import uuid

import httpx
from sqlalchemy import func, select

from app.errors import NotFound
from app.models import (
    Compensation,
    Device,
    Message,
    MutationState,
    OutboxMutation,
    TicketKind,
    TicketStatus,
)
from app.services.messages import add_note
from app.services.remedies.compensations import approve_compensation, register_compensation
from app.services.tickets import change_status, create_ticket
from app.sync import conflicts, replica
from app.sync.protocol import PROTOCOL, PROTOCOL_HEADER


def _payload(ws) -> list[dict]:  # noqa: ANN001
    base = int(replica.facts(ws.store).get(replica.BASE, "0"))
    with ws.store.sessions() as s:
        found = s.scalars(
            select(OutboxMutation)
            .where(OutboxMutation.state == MutationState.PENDING)
            .order_by(OutboxMutation.seq)
        ).all()
        return [
            {"mutation_id": e.seq - base, "id": str(e.id), "name": e.name, "args": e.args,
             "hlc": e.hlc, "agent_id": str(e.agent_id)}
            for e in found
        ]  # fmt: skip


def _raw_push(ws, mutations: list[dict]) -> httpx.Response:  # noqa: ANN001
    cid = replica.client_id(ws.store)
    return httpx.post(
        f"{ws.client.url}/v1/push",
        headers={PROTOCOL_HEADER: str(PROTOCOL), "Authorization": f"Bearer {ws.client.token}"},
        json={"client_id": str(cid), "mutations": mutations},
    )


def _notes(store, body: str) -> int:  # noqa: ANN001
    with store.sessions() as s:
        return s.scalar(select(func.count()).select_from(Message).where(Message.body == body))


def _ticket(ws, w) -> uuid.UUID:  # noqa: ANN001
    tid = create_ticket(ws.store.sessions, actor=ws.actor, kind=TicketKind.QUALITY_CLAIM,
                        order_no=w.order_no).created  # fmt: skip
    ws.sync()
    return tid


def test_a_gap_is_refused_and_nothing_is_applied(team, desks):
    store, w = team
    a = desks["小王"]
    tid = _ticket(a, w)
    add_note(a.store.sessions, actor=a.actor, ticket_id=tid, body="第一条")
    add_note(a.store.sessions, actor=a.actor, ticket_id=tid, body="第二条")
    first, second = _payload(a)
    answer = _raw_push(a, [second]).json()
    assert answer["results"][0]["state"] == "gap"
    assert answer["results"][0]["reason"].startswith("expected mutation")
    assert _notes(store, "第二条") == 0


def test_a_repeated_push_gets_the_same_answer_and_applies_once(team, desks):
    store, w = team
    a = desks["小王"]
    tid = _ticket(a, w)
    add_note(a.store.sessions, actor=a.actor, ticket_id=tid, body="只记一次")
    batch = _payload(a)
    one = _raw_push(a, batch).json()
    two = _raw_push(a, batch).json()
    assert one == two
    assert one["results"][0]["state"] == "applied"
    assert _notes(store, "只记一次") == 1
    a.sync()  # the workstation, unaware, sends it again: still once
    assert _notes(store, "只记一次") == 1
    assert _notes(a.store, "只记一次") == 1


def test_a_rejection_in_the_middle_of_a_batch_blocks_nothing(team, desks):
    store, w = team
    a = desks["小王"]
    tid = _ticket(a, w)
    add_note(a.store.sessions, actor=a.actor, ticket_id=tid, body="之前")
    change_status(a.store.sessions, actor=a.actor, ticket_id=tid, status=TicketStatus.RESOLVED)
    add_note(a.store.sessions, actor=a.actor, ticket_id=tid, body="之后")
    # meanwhile the server's copy moved on: the ticket was closed by a supervisor
    boss = _actor(store, "boss")
    change_status(store.sessions, actor=boss, ticket_id=tid, status=TicketStatus.RESOLVED)
    change_status(store.sessions, actor=boss, ticket_id=tid, status=TicketStatus.CLOSED)
    report = a.sync()
    assert (report.applied, report.rejected) == (2, 1)
    assert _notes(store, "之前") == _notes(store, "之后") == 1
    (conflict,) = conflicts.open_conflicts(a.store.sessions)
    assert (conflict.name, conflict.code) == ("ticket.status/1", "illegal_transition")
    assert conflict.args["status"] == "resolved"
    conflicts.dismiss(a.store.sessions, conflict.id)
    assert conflicts.open_conflicts(a.store.sessions) == []


def test_nobody_pushes_for_another_agent(team, desks):
    store, w = team
    a, b = desks["小王"], desks["bob"]
    tid = _ticket(a, w)
    add_note(a.store.sessions, actor=a.actor, ticket_id=tid, body="冒名")
    (m,) = _payload(a)
    m["agent_id"] = str(b.actor.agent_id)
    result = _raw_push(a, [m]).json()["results"][0]
    assert (result["state"], result["code"]) == ("rejected", "permission_denied")
    assert _notes(store, "冒名") == 0


def test_only_a_supervisor_approves_above_the_limit(team, desks, make_desk):
    store, w = team
    a = desks["小王"]
    tid = _ticket(a, w)
    cid = register_compensation(a.store.sessions, actor=a.actor, ticket_id=tid, amount_fen=8000,
                                method="alipay", reason="破损").created  # fmt: skip
    a.sync()
    with store.sessions() as s:
        assert s.get(Compensation, cid).status == "registered"  # over 小王's 50 yuan
    # a forged approval from the agent's device: the server checks the role itself
    forged = {"mutation_id": _next_id(store, a), "id": str(uuid.uuid4()),
              "name": "compensation.approve/1", "hlc": "9999999999999-0000-abc",
              "agent_id": str(a.actor.agent_id),
              "args": {"compensation_id": str(cid), "at": "2026-11-22T02:00:00+00:00"}}  # fmt: skip
    result = _raw_push(a, [forged]).json()["results"][0]
    assert (result["state"], result["code"]) == ("rejected", "permission_denied")
    boss = make_desk("boss")
    approve_compensation(boss.store.sessions, actor=boss.actor, compensation_id=cid)
    assert boss.sync().applied == 1
    a.sync()
    with a.store.sessions() as s:
        assert s.get(Compensation, cid).status == "approved"


def test_dismissing_twice_says_it_was_dealt_with(team, desks):
    a = desks["小王"]
    try:
        conflicts.dismiss(a.store.sessions, uuid.uuid4())
    except NotFound as exc:
        assert "already" in str(exc)
    else:
        raise AssertionError("expected NotFound")


def _next_id(store, ws) -> int:  # noqa: ANN001
    cid = replica.client_id(ws.store)
    with store.sessions() as s:
        return s.get(Device, cid).last_mutation_id + 1


def _actor(store, name):  # noqa: ANN001, ANN202
    from app.models import Agent
    from app.services import Actor

    with store.sessions() as s:
        agent = s.scalar(select(Agent).where(Agent.username == name))
        return Actor(agent.id, agent.role, name)


def test_garbage_arguments_are_rejected_and_the_rest_goes_on(team, desks):
    store, w = team
    a = desks["小王"]
    tid = _ticket(a, w)
    add_note(a.store.sessions, actor=a.actor, ticket_id=tid, body="垃圾之后")
    (good,) = _payload(a)
    first = good["mutation_id"]
    garbage = [
        {"ticket_id": 5},
        {"ticket_id": str(tid), "body": {"nested": [1, 2]}},
        {"ticket_id": str(tid), "body": "x" * 100_000},
        {"nonsense": True},
    ]
    batch = [
        dict(good, mutation_id=first + i, id=str(uuid.uuid4()), args=args)
        for i, args in enumerate(garbage)
    ] + [dict(good, mutation_id=first + len(garbage))]
    r = _raw_push(a, batch)
    assert r.status_code == 200
    states = [x["state"] for x in r.json()["results"]]
    assert states[:-1] == ["rejected"] * len(garbage)
    assert states[-1] == "applied"
    assert _notes(store, "垃圾之后") == 1


def test_a_refused_change_done_again_once_it_fits(team, desks):
    from app.errors import IllegalTransition
    from app.models import Ticket

    store, w = team
    a, b = desks["小王"], desks["bob"]
    tid = _ticket(a, w)
    b.sync()
    change_status(a.store.sessions, actor=a.actor, ticket_id=tid, status=TicketStatus.RESOLVED)
    change_status(b.store.sessions, actor=b.actor, ticket_id=tid, status=TicketStatus.ESCALATED)
    a.sync()
    assert b.sync().rejected == 1
    (refused,) = conflicts.open_conflicts(b.store.sessions)
    # as things stand (resolved), escalating is still not possible: refused here, kept listed
    try:
        conflicts.redo(b.store.sessions, refused.id, b.actor)
    except IllegalTransition:
        pass
    else:
        raise AssertionError("expected the redo to be refused locally")
    assert [c.id for c in conflicts.open_conflicts(b.store.sessions)] == [refused.id]
    # the buyer comes back, 小王 reopens it: now the escalation fits
    change_status(a.store.sessions, actor=a.actor, ticket_id=tid, status=TicketStatus.OPEN)
    a.sync()
    b.sync()
    conflicts.redo(b.store.sessions, refused.id, b.actor)
    assert conflicts.open_conflicts(b.store.sessions) == []
    assert b.sync().applied == 1
    with store.sessions() as s:
        assert s.get(Ticket, tid).status == TicketStatus.ESCALATED
    with b.store.sessions() as s:
        states = [e.state for e in s.scalars(select(OutboxMutation).order_by(OutboxMutation.seq))]
    assert MutationState.REDONE in states


def test_a_database_fault_mid_group_takes_none_of_the_group_and_the_resend_takes_each_once(
    team, desks, monkeypatch
):
    from sqlalchemy.exc import OperationalError

    from app.server import push as server_push

    store, w = team
    ws = desks["小王"]
    tid = _ticket(ws, w)
    for i in range(5):
        add_note(ws.store.sessions, actor=ws.actor, ticket_id=tid, body=f"组提交 {i}")
    real_apply, calls = server_push._apply, []

    def flaky(s, agent_id, device_id, m, held):  # noqa: ANN001, ANN202
        calls.append(m.mutation_id)
        if len(calls) == 3:  # the third mutation of the group meets a locked database
            raise OperationalError("INSERT", {}, Exception("database is locked"))
        return real_apply(s, agent_id, device_id, m, held)

    monkeypatch.setattr(server_push, "_apply", flaky)
    sent = _payload(ws)
    answer = _raw_push(ws, sent).json()
    first = sent[0]["mutation_id"]
    assert [(r["mutation_id"], r["state"]) for r in answer["results"]] == [(first, "retry")]
    assert answer["last_mutation_id"] == first - 1
    assert sum(_notes(store, f"组提交 {i}") for i in range(5)) == 0  # the first two rolled back
    report = ws.sync()  # sent again, the database well again
    assert (report.applied, report.rejected) == (5, 0)
    assert [_notes(store, f"组提交 {i}") for i in range(5)] == [1] * 5


def test_a_group_takes_its_stream_locks_at_once_and_a_second_shop_starts_a_new_group(
    team, make_desk, monkeypatch
):
    from app.server import push as server_push
    from tests.app.builders import add_customer, add_order, add_shop

    store, w = team
    shop = add_shop(store, name="淘宝小店")
    buyer = add_customer(store, shop, nickname="tb_买家")
    add_order(store, shop, buyer, order_no="TB-0001")
    ws = make_desk("小王")  # its first download brings the second shop
    here = _ticket(ws, w)
    there = create_ticket(ws.store.sessions, actor=ws.actor, kind=TicketKind.QUALITY_CLAIM,
                          order_no="TB-0001").created  # fmt: skip
    ws.sync()
    for i, tid in enumerate((here, here, there, there, here)):
        add_note(ws.store.sessions, actor=ws.actor, ticket_id=tid, body=f"两店 {i}")
    real_group, groups = server_push._group, []

    def counted(sessions, agent_id, device_id, rest):  # noqa: ANN001, ANN202
        done = real_group(sessions, agent_id, device_id, rest)
        groups.append([o.mutation_id for o in done])
        return done

    monkeypatch.setattr(server_push, "_group", counted)
    report = ws.sync()
    assert (report.applied, report.rejected) == (5, 0)
    # shop A's stream, then B's (a new group), then A's again (another)
    assert [len(g) for g in groups] == [2, 2, 1]
    assert [_notes(store, f"两店 {i}") for i in range(5)] == [1] * 5
