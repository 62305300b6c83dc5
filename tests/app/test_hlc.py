"""Hybrid logical clock stamps on outbox mutations."""

from __future__ import annotations

import pendulum
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from app import clock
from app.db.store import open_store
from app.models import OutboxMutation, StoreFact
from app.services import add_note, create_ticket
from app.sync import hlc
from app.sync.hlc import Stamp
from tests.app.builders import world

# Walls and counters drawn often from a few values, so stamps collide and counters run high.
WALL = st.integers(min_value=0, max_value=4 * 10**12) | st.sampled_from([10**12, 10**12 + 1])
COUNTER = st.integers(min_value=0, max_value=9999) | st.sampled_from([0, 9998, 9999])
NODE = st.text(alphabet="0123456789abcdef", min_size=12, max_size=12)
STAMP = st.builds(Stamp, WALL, COUNTER, NODE)


def _stamps(store) -> list[str]:  # noqa: ANN001
    with store.sessions() as s:
        return list(s.scalars(select(OutboxMutation.hlc).order_by(OutboxMutation.seq)))


def test_stamps_increase_even_when_the_wall_clock_goes_back(store):
    start = pendulum.datetime(2026, 3, 1, 7, 20, tz="UTC")
    wall = clock.FrozenClock(start)
    with clock.use(wall):
        w = world(store)
        tid = create_ticket(store.sessions, actor=w.actor, kind="inquiry", order_no=w.order_no)
        newest = start
        for step in (0, -60, 0, 0, -3600, 0.001, 7200, -7200, 0):
            newest = max(newest, wall.advance(seconds=step))
            add_note(store.sessions, actor=w.actor, ticket_id=tid.created, body=f"移动 {step}")
    raw = _stamps(store)
    assert len(raw) == 10
    parsed = [Stamp.parse(s) for s in raw]
    assert all(a < b for a, b in zip(parsed, parsed[1:], strict=False))
    assert raw == sorted(raw) and len(set(raw)) == len(raw)
    assert len({p.node for p in parsed}) == 1
    # the stamp never trails the wall clock it saw
    assert parsed[0].wall_ms == int(start.timestamp() * 1000)
    assert max(p.wall_ms for p in parsed) == int(newest.timestamp() * 1000)


def test_the_clock_state_is_kept_in_the_store_and_survives_a_reopen(tmp_path):
    path = str(tmp_path / "kefu.db")
    first = pendulum.datetime(2026, 3, 1, 12, 0, tz="UTC")
    st1 = open_store(path)
    with clock.use(clock.FrozenClock(first)):
        w = world(st1)
        create_ticket(st1.sessions, actor=w.actor, kind="inquiry", order_no=w.order_no)
    before = _stamps(st1)
    with st1.sessions() as s:
        node = s.get(StoreFact, "node_id").value
        assert s.get(StoreFact, "hlc_last").value == before[-1]
    st1.close()
    st2 = open_store(path)
    with clock.use(clock.FrozenClock(first.subtract(days=1))):  # the PC's clock was reset
        create_ticket(st2.sessions, actor=w.actor, kind="inquiry", order_no=w.order_no)
    after = _stamps(st2)
    st2.close()
    assert after[-1] > before[-1]
    assert Stamp.parse(after[-1]).node == node


def test_two_stores_have_different_nodes(tmp_path):
    nodes = []
    for name in ("a.db", "b.db"):
        st_ = open_store(str(tmp_path / name))
        with st_.sessions.begin() as s:
            nodes.append(hlc.node_id(s))
        st_.close()
    assert nodes[0] != nodes[1]


@given(STAMP)
def test_a_stamp_prints_and_parses_back(stamp):
    assert Stamp.parse(str(stamp)) == stamp


@given(STAMP, STAMP)
def test_stamps_sort_as_text_as_they_sort_as_values(a, b):
    if (a.wall_ms, a.counter) != (b.wall_ms, b.counter):
        assert (a < b) == (str(a) < str(b))


@given(st.none() | STAMP, WALL, NODE)
def test_tick_moves_past_the_last_stamp_and_keeps_up_with_the_wall(last, wall, node):
    nxt = hlc.tick(last, wall, node)
    assert nxt.node == node
    assert nxt.wall_ms >= wall
    if last is not None:
        assert (nxt.wall_ms, nxt.counter) > (last.wall_ms, last.counter)
        assert str(nxt)[:18] > str(last)[:18]


@given(st.none() | STAMP, STAMP, WALL, NODE)
def test_receive_moves_past_everything_seen(last, remote, wall, node):
    nxt = hlc.receive(last, remote, wall, node)
    assert nxt.node == node
    assert nxt.wall_ms >= wall
    for seen in (last, remote):
        if seen is not None:
            assert (nxt.wall_ms, nxt.counter) > (seen.wall_ms, seen.counter)
            assert str(nxt)[:18] > str(seen)[:18]  # and so as text, which the outbox sorts


@given(st.none() | STAMP, STAMP, WALL, NODE)
def test_receive_stays_close_to_the_newest_time_seen(last, remote, wall, node):
    nxt = hlc.receive(last, remote, wall, node)
    newest = max([wall, remote.wall_ms] + ([last.wall_ms] if last else []))
    assert newest <= nxt.wall_ms <= newest + 1
    if nxt.wall_ms == wall and wall > max([remote.wall_ms] + ([last.wall_ms] if last else [])):
        assert nxt.counter == 0


@given(st.lists(st.tuples(st.booleans(), STAMP, WALL), min_size=1, max_size=30), NODE)
def test_a_run_of_ticks_and_receives_only_goes_forward(events, node):
    last = None
    for is_receive, remote, wall in events:
        nxt = hlc.receive(last, remote, wall, node) if is_receive else hlc.tick(last, wall, node)
        if last is not None:
            assert str(nxt) > str(last)
        last = nxt
