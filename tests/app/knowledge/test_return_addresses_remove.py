"""Removing a return address: a tombstone (audited, replayable), the default passes to the
oldest remaining address, and the same warehouse can be saved again; the dialog's query lists
each shop's live addresses with what an incomplete one lacks."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from app import clock
from app.errors import NotFound, PermissionDenied
from app.models import AuditEntry, OutboxMutation, ReturnAddress, Role
from app.queries.return_addresses import return_addresses
from app.services import REGISTRY
from app.services.return_addresses import remove_return_address, save_return_address
from app.services.unit import Actor
from tests.app.builders import WorldIds, add_agent, add_shop, snapshot, world
from tests.app.knowledge.test_return_addresses import GUANGZHOU, HANGZHOU
from tests.app.service_support import rows

NINGBO = {**HANGZHOU, "warehouse": "宁波仓", "city": "宁波市", "district": "北仑区"}


@pytest.fixture
def boss(store, w):
    return add_agent(store, name="主管", role=Role.SUPERVISOR)


def _save(store, boss, shop, values, frozen_clock, **kw) -> uuid.UUID:  # noqa: ANN001
    frozen_clock.advance(minutes=1)  # each address a little younger than the one before
    return save_return_address(
        store.sessions, actor=boss, shop_id=shop, values=values, **kw
    ).created


def _live(store) -> dict[uuid.UUID, bool]:  # noqa: ANN001
    return {r.id: r.is_default for r in rows(store, ReturnAddress) if r.deleted_at is None}


def test_removing_the_default_passes_it_to_the_oldest_remaining(store, w, boss, frozen_clock):
    home = _save(store, boss, w.shop_id, HANGZHOU, frozen_clock)
    gz = _save(store, boss, w.shop_id, GUANGZHOU, frozen_clock)
    nb = _save(store, boss, w.shop_id, NINGBO, frozen_clock)
    frozen_clock.advance(minutes=5)
    remove_return_address(store.sessions, actor=boss, address_id=home)
    assert _live(store) == {gz: True, nb: False}
    [gone] = rows(store, ReturnAddress, ReturnAddress.id == home)
    assert gone.deleted_at == frozen_clock.at and gone.updated_at == frozen_clock.at
    assert gone.version == 2 and not gone.is_default
    [heir] = rows(store, ReturnAddress, ReturnAddress.id == gz)
    assert heir.updated_at == frozen_clock.at and heir.version == 2
    [entry] = rows(store, AuditEntry, AuditEntry.action == "return_address.remove")
    assert (entry.agent_id, entry.entity_id, entry.details["warehouse"]) == (
        boss.agent_id,
        home,
        "",
    )
    remove_return_address(store.sessions, actor=boss, address_id=nb)  # not the default
    assert _live(store) == {gz: True}
    remove_return_address(store.sessions, actor=boss, address_id=gz)  # the last one
    assert _live(store) == {}


def test_only_a_supervisor_removes_and_only_a_live_address(store, w, boss, frozen_clock):
    home = _save(store, boss, w.shop_id, HANGZHOU, frozen_clock)
    with pytest.raises(PermissionDenied):
        remove_return_address(store.sessions, actor=w.actor, address_id=home)
    assert _live(store) == {home: True}
    remove_return_address(store.sessions, actor=boss, address_id=home)
    with pytest.raises(NotFound):
        remove_return_address(store.sessions, actor=boss, address_id=home)
    with pytest.raises(NotFound):
        remove_return_address(store.sessions, actor=boss, address_id=uuid.uuid4())


def test_a_removed_warehouse_can_be_saved_again(store, w, boss, frozen_clock):
    home = _save(store, boss, w.shop_id, HANGZHOU, frozen_clock)
    gz = _save(store, boss, w.shop_id, GUANGZHOU, frozen_clock)
    remove_return_address(store.sessions, actor=boss, address_id=gz)
    again = _save(store, boss, w.shop_id, {**GUANGZHOU, "contact_name": "赵六"}, frozen_clock)
    assert again == gz  # the same row, back from its tombstone
    assert _live(store) == {home: True, gz: False}
    [row] = rows(store, ReturnAddress, ReturnAddress.id == gz)
    assert row.contact_name == "赵六" and row.version == 3
    remove_return_address(store.sessions, actor=boss, address_id=home)
    assert _live(store) == {gz: True}
    _save(store, boss, w.shop_id, HANGZHOU, frozen_clock)  # back, but not the default now
    assert _live(store) == {gz: True, home: False}


def test_a_removal_replays_to_the_same_rows(tmp_path, frozen_clock):
    from app.db.store import open_store

    ids, boss_id = WorldIds(), uuid.uuid4()
    a, b = open_store(str(tmp_path / "a.db")), open_store(str(tmp_path / "b.db"))
    try:
        wa, _wb = world(a, ids), world(b, ids)
        boss = add_agent(a, name="主管", role=Role.SUPERVISOR, id=boss_id)
        add_agent(b, name="主管", role=Role.SUPERVISOR, id=boss_id)
        home = _save(a, boss, wa.shop_id, HANGZHOU, frozen_clock)
        _save(a, boss, wa.shop_id, GUANGZHOU, frozen_clock)
        frozen_clock.advance(minutes=1)
        remove_return_address(a.sessions, actor=boss, address_id=home)
        with a.sessions() as s:
            log = [(m.name, m.args) for m in s.scalars(select(OutboxMutation).order_by("seq"))]
        assert [name for name, _ in log][-1] == "return_address.remove/1"
        with clock.use(clock.FrozenClock(frozen_clock.at.add(days=3))):
            for name, args in log:
                REGISTRY[name](b.sessions, actor=Actor(boss_id, Role.SUPERVISOR), **args)
        assert snapshot(a, ["return_addresses"]) == snapshot(b, ["return_addresses"])
    finally:
        a.close()
        b.close()


def test_the_query_lists_live_addresses_default_first_with_what_is_missing(
    store, w, boss, frozen_clock
):
    other = add_shop(store, name="天猫旗舰店")
    _save(store, boss, w.shop_id, GUANGZHOU, frozen_clock)
    home = _save(store, boss, w.shop_id, HANGZHOU, frozen_clock, is_default=True)
    gone = _save(store, boss, w.shop_id, NINGBO, frozen_clock)
    remove_return_address(store.sessions, actor=boss, address_id=gone)
    with store.sessions.begin() as s:  # stored before addresses were checked
        old = s.get(ReturnAddress, home)
        s.add(
            ReturnAddress(
                shop_id=other,
                warehouse="老仓",
                contact_name="",
                phone="call",
                province="浙江省",
                city="杭州市",
                district="",
                street="某路1号",
                is_default=True,
                created_at=old.created_at,
                updated_at=old.updated_at,
                version=1,
            )
        )
    listed = {s.name: s for s in return_addresses(store.sessions)}
    mine = next(s for s in listed.values() if s.id == w.shop_id)
    assert [(a.warehouse, a.is_default, a.missing) for a in mine.addresses] == [
        ("", True, ()),
        ("广州仓", False, ()),
    ]
    assert (
        mine.addresses[0].one_line
        == "浙江省杭州市余杭区仓前街道文一西路1号 退货组 王五 0571-88886666"
    )
    assert not mine.closed
    [bad] = listed["天猫旗舰店"].addresses
    assert bad.missing == ("contact_name", "district", "phone")
    assert bad.values()["street"] == "某路1号"
