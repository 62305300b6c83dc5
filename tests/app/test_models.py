"""The model's shared types: UUIDv7 ids, UTC timestamps, money in fen."""

from __future__ import annotations

import threading
import time
import uuid
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pendulum
import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import StatementError

from app.models import Order, OrderItem, Shop, derived_id, new_id
from app.models import base as model_base
from tests.app.builders import add_customer, add_order, add_shop


def ms_of(u: uuid.UUID) -> int:
    return u.int >> 80


# --- ids --------------------------------------------------------------------------------


def test_new_ids_are_version_7_with_the_rfc_variant_and_the_current_time():
    before = time.time_ns() // 1_000_000
    ids = [new_id() for _ in range(50)]
    after = time.time_ns() // 1_000_000
    for u in ids:
        assert u.version == 7
        assert u.variant == uuid.RFC_4122
        assert before <= ms_of(u) <= after + 1


def test_new_ids_are_unique_and_strictly_increasing():
    ids = [new_id() for _ in range(20_000)]
    assert len(set(ids)) == len(ids)
    assert all(a < b for a, b in zip(ids, ids[1:], strict=False))
    # and so are their text forms, which is what SQLite sorts
    hexes = [u.hex for u in ids]
    assert hexes == sorted(hexes)


@pytest.fixture
def own_id_state(monkeypatch):
    """Start the id generator afresh, and put its state back afterwards."""
    monkeypatch.setattr(model_base, "_last_ms", 0)
    monkeypatch.setattr(model_base, "_seq", 0)


FIXED_MS = 1_772_350_000_000  # 2026-03-01


def test_many_ids_in_one_millisecond_stay_ordered(monkeypatch, own_id_state):
    frozen_ns = FIXED_MS * 1_000_000
    monkeypatch.setattr(model_base.time, "time_ns", lambda: frozen_ns)
    ids = [new_id() for _ in range(10_000)]  # more than the 12-bit counter holds
    assert len(set(ids)) == len(ids)
    assert ids == sorted(ids)
    assert all(u.version == 7 for u in ids)
    # the counter spills into the next milliseconds rather than wrapping
    assert ms_of(ids[0]) == frozen_ns // 1_000_000
    assert ms_of(ids[-1]) <= frozen_ns // 1_000_000 + 3


def test_ids_keep_increasing_when_the_system_clock_steps_back(monkeypatch, own_id_state):
    now_ns = [FIXED_MS * 1_000_000]
    monkeypatch.setattr(model_base.time, "time_ns", lambda: now_ns[0])
    first = [new_id() for _ in range(5)]
    now_ns[0] -= 60_000 * 1_000_000  # NTP pulls the clock back a minute
    later = [new_id() for _ in range(5)]
    ids = first + later
    assert ids == sorted(ids) and len(set(ids)) == 10


def test_ids_made_on_many_threads_are_unique_and_each_thread_sees_them_increase():
    per_thread: dict[int, list[uuid.UUID]] = {}
    start = threading.Barrier(8)

    def work(n: int) -> None:
        start.wait()
        per_thread[n] = [new_id() for _ in range(3000)]

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    every = [u for ids in per_thread.values() for u in ids]
    assert len(set(every)) == len(every) == 8 * 3000
    for ids in per_thread.values():
        assert ids == sorted(ids)


def test_rows_get_an_id_without_asking(store):
    with store.sessions.begin() as s:
        shop = Shop(name="淘宝店", platform="taobao")
        s.add(shop)
        s.flush()
        assert shop.id.version == 7


# --- UTC timestamps ---------------------------------------------------------------------


def _shop_with_closed_at(store, value) -> uuid.UUID:  # noqa: ANN001
    with store.sessions.begin() as s:
        shop = Shop(name="店", platform="douyin", closed_at=value)
        s.add(shop)
    return shop.id


def _closed_at(store, shop_id):  # noqa: ANN001, ANN202
    with store.sessions() as s:
        return s.scalar(select(Shop.closed_at).where(Shop.id == shop_id))


def _raw_closed_at(store, shop_id) -> str:  # noqa: ANN001
    with store.engine.connect() as conn:
        return conn.execute(
            text("SELECT closed_at FROM shops WHERE id = :id"), {"id": shop_id.hex}
        ).scalar()


def test_a_shanghai_time_is_stored_as_utc_and_read_back_as_pendulum_utc(store):
    cst = pendulum.datetime(2026, 3, 1, 15, 20, 30, 123456, tz="Asia/Shanghai")
    sid = _shop_with_closed_at(store, cst)
    assert _raw_closed_at(store, sid).startswith("2026-03-01 07:20:30.123456")
    back = _closed_at(store, sid)
    assert isinstance(back, pendulum.DateTime)
    assert back.timezone_name == "UTC"
    assert back == cst
    assert (back.hour, back.microsecond) == (7, 123456)


@pytest.mark.parametrize(
    "aware",
    [
        datetime(2026, 1, 1, 0, 30, tzinfo=timezone(timedelta(hours=8))),
        datetime(2025, 12, 31, 11, 30, tzinfo=ZoneInfo("America/New_York")),
        datetime(2025, 12, 31, 16, 30, tzinfo=UTC),
        pendulum.datetime(2025, 12, 31, 22, 0, tz="Asia/Kolkata"),
    ],
)
def test_any_aware_time_is_the_same_instant_after_a_round_trip(store, aware):
    sid = _shop_with_closed_at(store, aware)
    back = _closed_at(store, sid)
    assert back == aware
    assert back.utcoffset() == timedelta(0)


@pytest.mark.parametrize(
    "naive", [datetime(2026, 3, 1, 15, 20), pendulum.naive(2026, 3, 1, 15, 20)]
)
def test_a_naive_time_is_refused_and_nothing_is_written(store, naive):
    with pytest.raises(StatementError) as info, store.sessions.begin() as s:
        s.add(Shop(name="店", platform="douyin", closed_at=naive))
    assert "naive" in str(info.value)
    with store.sessions() as s:
        assert s.scalars(select(Shop)).all() == []


def test_a_non_datetime_is_refused(store):
    with pytest.raises(StatementError), store.sessions.begin() as s:
        s.add(Shop(name="店", platform="douyin", closed_at="2026-03-01T15:20:00+08:00"))


def test_comparisons_in_queries_use_the_instant_not_the_wall_clock(store):
    sid = _shop_with_closed_at(store, pendulum.datetime(2026, 3, 1, 7, 0, tz="UTC"))
    with store.sessions() as s:
        # 14:59 in Shanghai is 06:59 UTC: before; 15:01 is after.
        early = pendulum.datetime(2026, 3, 1, 14, 59, tz="Asia/Shanghai")
        late = pendulum.datetime(2026, 3, 1, 15, 1, tz="Asia/Shanghai")
        assert s.scalar(select(Shop.id).where(Shop.closed_at > early)) == sid
        assert s.scalar(select(Shop.id).where(Shop.closed_at > late)) is None


def test_default_timestamps_come_from_the_injected_clock(store, frozen_clock):
    with store.sessions.begin() as s:
        shop = Shop(name="店", platform="douyin")
        s.add(shop)
    with store.sessions() as s:
        got = s.get(Shop, shop.id)
        assert got.created_at == got.updated_at == frozen_clock.at
    frozen_clock.advance(hours=1)
    with store.sessions.begin() as s:
        s.get(Shop, shop.id).name = "新店名"
    with store.sessions() as s:
        got = s.get(Shop, shop.id)
        assert got.updated_at == frozen_clock.at
        assert got.created_at == frozen_clock.at.subtract(hours=1)


# --- money ------------------------------------------------------------------------------


def test_money_stays_integer_fen(store, frozen_clock):
    shop = add_shop(store)
    buyer = add_customer(store, shop)
    big = 2**40 + 7  # more fen than a 32-bit column holds
    oid, (item,) = add_order(store, shop, buyer, order_no="1", items=[("SKU", "金条", 3, big)])
    with store.sessions() as s:
        order = s.get(Order, oid)
        line = s.get(OrderItem, item)
        assert order.goods_fen == 3 * big and type(order.goods_fen) is int
        assert line.unit_price_fen == big and type(line.unit_price_fen) is int
        assert line.amount_fen == 3 * big and type(line.amount_fen) is int
    with store.engine.connect() as conn:
        kinds = conn.execute(
            text("SELECT typeof(goods_fen), typeof(paid_fen), typeof(discount_fen) FROM orders")
        ).one()
    assert set(kinds) == {"integer"}


def test_amount_subtracts_the_allocated_discount(store):
    shop = add_shop(store)
    buyer = add_customer(store, shop)
    _oid, (item,) = add_order(store, shop, buyer, order_no="2", items=[("S", "袜子", 3, 1990)])
    with store.sessions.begin() as s:
        s.get(OrderItem, item).discount_fen = 433
    with store.sessions() as s:
        assert s.get(OrderItem, item).amount_fen == 3 * 1990 - 433


def test_derived_ids_are_fixed_by_their_parent_and_parts():
    parent = new_id()
    a = derived_id(parent, "ticket_item", "x")
    assert a == derived_id(parent, "ticket_item", "x")
    assert a != derived_id(parent, "ticket_item", "y")
    assert a != derived_id(new_id(), "ticket_item", "x")
    assert (a.version, a.variant) == (7, uuid.RFC_4122)
    assert ms_of(a) == ms_of(parent)
