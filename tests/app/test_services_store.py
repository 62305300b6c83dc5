"""Service calls replayed from the outbox, and the store refusing a write."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import event, select, text

from app import clock
from app.db.store import open_store
from app.errors import (
    StoreError,
)
from app.models import (
    Message,
    OutboxMutation,
)
from app.services import (
    REGISTRY,
    add_buyer_message,
    add_note,
    add_reply,
    assign_ticket,
    change_status,
    create_tag,
    create_ticket,
    flag_orders,
    set_priority,
    tag_customer,
    untag_customer,
)
from tests.app.builders import (
    World,
    WorldIds,
    add_agent,
    snapshot,
    world,
)
from tests.app.service_support import (  # noqa: F401
    LEGAL,
    PATH,
    SLA,
    WAITING,
    S,
    get,
    minutes,
    rows,
    ticket,
    walk,
)

# --- replay: the recorded arguments make the same rows ---------------------------------

REPLAYED_TABLES = (
    "tickets",
    "ticket_items",
    "messages",
    "tags",
    "customer_tags",
    "orders",
    "order_items",
    "customers",
    "shops",
    "agents",
)


def _without_id(store, table: str) -> list[tuple]:  # noqa: ANN001
    with store.engine.connect() as conn:
        result = conn.execute(text(f"SELECT * FROM {table}"))
        keys = list(result.keys())
        out = [tuple(v for k, v in zip(keys, r, strict=True) if k != "id") for r in result]
    return sorted(out, key=repr)


def _history(store, w: World, helper) -> None:  # noqa: ANN001
    sessions, me = store.sessions, w.actor
    tag = create_tag(sessions, actor=me, name="质量敏感", kind="preference").created
    tid = create_ticket(
        sessions, actor=me, kind="quality_claim", order_no=w.order_no, item_ids=list(w.item_ids)
    ).created
    plain = create_ticket(sessions, actor=me, kind="inquiry", customer_id=w.customer_id).created
    assign_ticket(sessions, actor=me, ticket_id=tid, assignee_id=helper.agent_id)
    set_priority(sessions, actor=me, ticket_id=tid, priority="high")
    add_buyer_message(sessions, actor=me, ticket_id=tid, body="衣服洗了有点掉色")
    add_reply(sessions, actor=me, ticket_id=tid, body="亲，麻烦拍照")
    add_note(sessions, actor=me, ticket_id=tid, body="同批次已有两起")
    change_status(sessions, actor=me, ticket_id=tid, status="waiting_customer")
    tag_customer(sessions, actor=me, customer_id=w.customer_id, tag_id=tag)
    untag_customer(sessions, actor=me, customer_id=w.customer_id, tag_id=tag)
    tag_customer(sessions, actor=me, customer_id=w.customer_id, tag_id=tag)
    flag_orders(sessions, actor=me, order_ids=[w.order_id], flag="yellow", remark="核对色差")
    change_status(sessions, actor=me, ticket_id=plain, status="resolved")


def test_replaying_the_outbox_in_another_store_makes_the_same_rows(tmp_path, frozen_clock):
    ids, helper_id = WorldIds(), uuid.uuid4()
    a, b = open_store(str(tmp_path / "a.db")), open_store(str(tmp_path / "b.db"))
    try:
        wa, wb = world(a, ids), world(b, ids)
        helper = add_agent(a, name="小李", id=helper_id)
        add_agent(b, name="小李", id=helper_id)
        with clock.use(_Stepping(frozen_clock.at)):  # time moves on between calls
            _history(a, wa, helper)
        with a.sessions() as s:
            log = [(m.name, m.args) for m in s.scalars(select(OutboxMutation).order_by("seq"))]
        assert len(log) == 14
        with clock.use(clock.FrozenClock(frozen_clock.at.add(days=30))):
            for name, args in log:
                REGISTRY[name](b.sessions, actor=wb.actor, **args)
        with b.sessions() as s:
            replayed = [(m.name, m.args) for m in s.scalars(select(OutboxMutation).order_by("seq"))]
        assert replayed == log
        assert snapshot(a, REPLAYED_TABLES) == snapshot(b, REPLAYED_TABLES)
        for table in ("ticket_events", "audit_log"):
            assert _without_id(a, table) == _without_id(b, table), table
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


# --- the store refuses a write ----------------------------------------------------------


def _cap_pages(store, extra: int):  # noqa: ANN001, ANN202
    def cap(dbapi_conn, _record) -> None:  # noqa: ANN001
        cur = dbapi_conn.cursor()
        pages = cur.execute("PRAGMA page_count").fetchone()[0]
        cur.execute(f"PRAGMA max_page_count = {pages + extra}")
        cur.close()

    store.engine.dispose()
    event.listen(store.engine, "connect", cap)
    return cap


def test_a_full_disk_is_reported_and_nothing_is_half_written(store, w):
    tid = ticket(store, w)
    add_note(store.sessions, actor=w.actor, ticket_id=tid, body="小备注")
    before = snapshot(store)
    cap = _cap_pages(store, extra=2)
    with pytest.raises(StoreError) as info:
        add_note(store.sessions, actor=w.actor, ticket_id=tid, body="长" * 9_000)
    assert info.value.code == "disk_full"
    assert "nothing was saved" in str(info.value)
    event.remove(store.engine, "connect", cap)
    store.engine.dispose()
    assert snapshot(store) == before
    add_note(store.sessions, actor=w.actor, ticket_id=tid, body="空间释放后再写")
    assert len(rows(store, Message)) == 2


def test_a_read_only_database_is_reported(store, w):
    tid = ticket(store, w)
    before = snapshot(store)

    def read_only(dbapi_conn, _record) -> None:  # noqa: ANN001
        dbapi_conn.execute("PRAGMA query_only = ON")

    store.engine.dispose()
    event.listen(store.engine, "connect", read_only)
    with pytest.raises(StoreError) as info:
        add_note(store.sessions, actor=w.actor, ticket_id=tid, body="写不进去")
    assert info.value.code == "read_only"
    event.remove(store.engine, "connect", read_only)
    store.engine.dispose()
    assert snapshot(store) == before


def test_an_ordinary_constraint_failure_is_a_write_failure(store, w):
    tid = ticket(store, w)
    mid = add_note(store.sessions, actor=w.actor, ticket_id=tid, body="第一条").created
    before = snapshot(store)
    with pytest.raises(StoreError) as info:
        add_note(store.sessions, actor=w.actor, ticket_id=tid, body="同一个id", id=mid)
    assert info.value.code == "write_failed"
    assert snapshot(store) == before
