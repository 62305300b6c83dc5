"""A run syncs like any other write: replaying the outbox on another store (as the team
server will) makes the same run, the same records with the same ids, and the same story."""

from __future__ import annotations

import uuid

from sqlalchemy import select, text

from app import clock
from app.db.store import open_store
from app.models import OutboxMutation, Role
from app.services import REGISTRY, create_ticket
from app.services.remedies import approve_compensation
from app.workflows import Controller
from tests.app.builders import WorldIds, add_agent, snapshot, world

TABLES = (
    "workflow_runs",
    "compensations",
    "reships",
    "tickets",
    "order_items",
    "orders",
)


def _rows_without_id(store, table: str) -> list[tuple]:  # noqa: ANN001
    with store.engine.connect() as conn:
        result = conn.execute(text(f"SELECT * FROM {table}"))
        keys = list(result.keys())
        rows = [tuple(v for k, v in zip(keys, r, strict=True) if k != "id") for r in result]
    return sorted(rows, key=repr)


def _work(store, w, boss) -> None:  # noqa: ANN001
    ctl = Controller(store.sessions, w.actor)
    tid = create_ticket(store.sessions, actor=w.actor, kind="compensation", order_no=w.order_no,
                        item_ids=[w.item_ids[0]]).created  # fmt: skip
    v = ctl.start(tid, "compensation").view
    v = ctl.answer(v.run_id, "listen").view
    v = ctl.answer(v.run_id, "offer", choice="agreed").view
    v = ctl.answer(v.run_id, "amount", values={"amount": "120", "method": "alipay"}).view
    v = ctl.answer(v.run_id, "tell_wait").view
    v = ctl.answer(v.run_id, "register").view
    approve_compensation(store.sessions, actor=boss, compensation_id=v.waiting_for)
    v = ctl.answer(v.run_id, "tell_approved").view
    v = ctl.answer(v.run_id, "pay", values={"reference": "ALI-2026"}).view
    ctl.answer(v.run_id, "confirm")
    other = create_ticket(store.sessions, actor=w.actor, kind="missing_item",
                          order_no=w.order_no, item_ids=[w.item_ids[1]]).created  # fmt: skip
    v = ctl.start(other, "reship").view
    v = ctl.answer(v.run_id, "agree").view
    v = ctl.answer(v.run_id, "tell").view
    ctl.answer(v.run_id, "ship", values={"carrier": "顺丰速运", "tracking_no": "SF1600000001"})


def test_replaying_a_run_makes_the_same_rows(tmp_path, frozen_clock):
    ids, boss_id = WorldIds(), uuid.uuid4()
    a, b = open_store(str(tmp_path / "a.db")), open_store(str(tmp_path / "b.db"))
    try:
        wa, wb = world(a, ids), world(b, ids)
        boss_a = add_agent(a, name="主管", role=Role.SUPERVISOR, id=boss_id)
        boss_b = add_agent(b, name="主管", role=Role.SUPERVISOR, id=boss_id)
        actors = {wb.actor.agent_id: wb.actor, boss_id: boss_b}
        with clock.use(_Stepping(frozen_clock.at)):
            _work(a, wa, boss_a)
        with a.sessions() as s:
            log = [(m.name, m.args, m.agent_id)
                   for m in s.scalars(select(OutboxMutation).order_by("seq"))]  # fmt: skip
        assert [n for n, _a, _g in log].count("workflow.answer/1") == 11
        with clock.use(clock.FrozenClock(frozen_clock.at.add(days=30))):
            for name, args, agent in log:
                REGISTRY[name](b.sessions, actor=actors[agent], **args)
        assert snapshot(a, TABLES) == snapshot(b, TABLES)
        for table in ("ticket_events", "audit_log"):
            assert _rows_without_id(a, table) == _rows_without_id(b, table), table
    finally:
        a.close()
        b.close()


class _Stepping:
    """A clock that moves on 90 seconds every time it is read."""

    def __init__(self, start) -> None:  # noqa: ANN001
        self.at = start

    def __call__(self):  # noqa: ANN204
        self.at = self.at.add(seconds=90)
        return self.at
