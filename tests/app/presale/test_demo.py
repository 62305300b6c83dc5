"""The demo shop carries the pre-sale desk's data: carriers, flag meanings, groups, unpaid
orders with reminders, a shipping change waiting for the supervisor, phrases with initials."""

from __future__ import annotations

import pendulum
import pytest
from sqlalchemy import select

from app import clock
from app.db.store import open_store
from app.demo import build_demo
from app.models import FlagColor, QuickPhrase, Shop
from app.queries.carriers import carriers, flag_meanings
from app.queries.customers import groups
from app.queries.payment_reminders import unpaid_orders
from app.queries.price_changes import pending_price_changes
from app.services.phrase_text import filter_phrases

ANCHOR = pendulum.datetime(2026, 3, 1, 15, tz="Asia/Shanghai")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    store = open_store(str(tmp_path_factory.mktemp("demo") / "demo.db"))
    build_demo(store, tickets=60, anchor=ANCHOR)
    yield store
    store.close()


def test_each_shop_has_carriers_and_flag_meanings(demo):
    with demo.sessions() as s:
        shops = {x.name: x.id for x in s.scalars(select(Shop))}
    tea = [c.name for c in carriers(demo.sessions, shops["山野茶舍"])]
    assert tea == ["顺丰速运", "中通快递", "韵达快递", "EMS"]
    sf = carriers(demo.sessions, shops["山野茶舍"])[0]
    assert sf.extra_fen == 1000 and "次日" in sf.speed
    assert flag_meanings(demo.sessions, shops["山野茶舍"])[FlagColor.RED] == "顺丰发货"


def test_unpaid_orders_reminders_and_a_waiting_change(demo):
    with clock.use(clock.FrozenClock(ANCHOR)):
        view = unpaid_orders(demo.sessions)
    added = [o for o in view if o.title]
    assert len(added) >= 8
    assert any(o.reminders for o in view) and any(o.next_reminder_at for o in view)
    taobao = [o for o in view if o.platform in ("taobao", "tmall")]
    assert all(o.closes_at is not None for o in taobao)
    (pending,) = pending_price_changes(demo.sessions)
    assert len(pending.order_nos) == 2 and pending.spared_fen == 5000


def test_groups_and_phrases(demo):
    got = {g.name: g.members for g in groups(demo.sessions)}
    assert set(got) == {"直播间新客", "宝妈老客", "风险买家"} and got["直播间新客"] > 0
    with demo.sessions() as s:
        phrases = list(s.scalars(select(QuickPhrase)))
    assert all(p.initials for p in phrases)
    assert any(p.title == "已发货" for p in filter_phrases(phrases, "yfh"))
