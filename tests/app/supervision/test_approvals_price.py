"""Price changes above the agent's limit in the approvals inbox: one row per batch, with the
amounts before and after; approving applies them, refusing leaves the orders as they were."""

from __future__ import annotations

import pytest

from app.errors import InvalidInput, PermissionDenied
from app.models import Agent, AuditEntry, Order, OrderStatus, Platform, PriceChange, Ticket
from app.services import approvals, create_ticket
from app.services.approvals import AmountChange
from app.services.price_changes import change_price, change_shipping_together
from app.services.shop_closing import ShopClosed, close_shop
from tests.app.builders import add_customer, add_order, add_shop, snapshot
from tests.app.service_support import get, rows

GOODS = 2 * 5900 + 1990  # the builder's two items


@pytest.fixture
def shop(desk):
    """A Taobao shop with a buyer and two unpaid orders (shipping ¥10 each); the pre-sale
    agent may spare a buyer ¥5.00."""
    store = desk.store
    shop = add_shop(store, name="淘宝小店", platform=Platform.TAOBAO)
    buyer = add_customer(store, shop, nickname="tb_砍价达人")
    orders = []
    for no in ("TB-1", "TB-2"):
        oid, _ = add_order(store, shop, buyer, order_no=no, status=OrderStatus.PLACED)
        orders.append(oid)
    with store.sessions.begin() as s:
        for oid in orders:
            s.get(Order, oid).shipping_fen = 1000
        s.get(Agent, desk.presale.agent_id).price_change_limit_fen = 500
    ticket = create_ticket(
        store.sessions, actor=desk.presale, kind="inquiry", customer_id=buyer
    ).created
    return shop, buyer, orders, ticket


def ask(desk, shop, goods_off: int = 800):  # noqa: ANN001, ANN201
    """The pre-sale agent lowers TB-1's goods by ``goods_off`` fen (beyond the ¥5 limit)."""
    _shop, _buyer, (oid, _), tid = shop
    return change_price(
        desk.store.sessions,
        actor=desk.presale,
        order_id=oid,
        goods_to_pay_fen=GOODS - goods_off,
        reason="买家嫌贵",
        ticket_id=tid,
    ).created


def decide(desk, batch, *, approve: bool, text: str = ""):  # noqa: ANN001, ANN201
    return approvals.decide(
        desk.store.sessions,
        actor=desk.boss,
        kind="price_change",
        record_id=batch,
        approve=approve,
        text=text,
    )


def audit(desk, batch) -> list[tuple[str, object]]:  # noqa: ANN001
    changes = {p.id for p in rows(desk.store, PriceChange, PriceChange.batch_id == batch)}
    entries = rows(desk.store, AuditEntry, AuditEntry.entity == "price_change")
    return sorted(
        ((a.action, a.agent_id) for a in entries if a.entity_id in changes), key=lambda x: x[0]
    )


def test_a_batch_waits_as_one_row_with_its_amounts_before_and_after(desk, shop):
    _shop, _buyer, orders, tid = shop
    batch = change_shipping_together(
        desk.store.sessions,
        actor=desk.presale,
        order_ids=orders,
        shipping_fen=[1000, 0],
        reason="拆单只收一次运费",
        ticket_id=tid,
    ).created
    assert rows(desk.store, PriceChange, PriceChange.status == "pending")  # ¥10 > ¥5
    (row,) = approvals.inbox(desk.store.sessions, actor=desk.boss)
    assert (row.kind, row.id, row.ticket_id) == ("price_change", batch, tid)
    assert (row.order_no, row.buyer, row.requested_by) == ("TB-1, TB-2", "tb_砍价达人", "售前小美")
    assert (row.amount_fen, row.limit_fen, row.summary) == (1000, 500, "拆单只收一次运费")
    # only what changes: TB-1 keeps its shipping fee
    assert row.changes == (AmountChange("shipping", 1000, 0, "TB-2"),)
    with pytest.raises(PermissionDenied):
        approvals.inbox(desk.store.sessions, actor=desk.presale)


def test_a_change_within_the_limit_never_waits(desk, shop):
    ask(desk, shop, goods_off=300)
    assert approvals.inbox(desk.store.sessions, actor=desk.boss) == []
    assert get(desk.store, Order, shop[2][0]).discount_fen == 300


def test_approving_from_the_inbox_applies_the_change(desk, shop):
    oid, tid = shop[2][0], shop[3]
    batch = ask(desk, shop)
    (row,) = approvals.inbox(desk.store.sessions, actor=desk.boss)
    assert row.changes == (AmountChange("goods", GOODS, GOODS - 800, "TB-1"),)
    assert get(desk.store, Ticket, tid).status == "escalated"
    with pytest.raises(PermissionDenied):  # the agent does not approve their own change
        approvals.decide(desk.store.sessions, actor=desk.presale, kind="price_change",
                         record_id=batch, approve=True)  # fmt: skip
    decide(desk, batch, approve=True, text="老客，同意")
    order = get(desk.store, Order, oid)
    assert (order.discount_fen, order.shipping_fen) == (800, 1000)
    (record,) = rows(desk.store, PriceChange, PriceChange.batch_id == batch)
    assert (record.status, record.decided_by, record.decision_note) == (
        "applied",
        desk.boss.agent_id,
        "老客，同意",
    )
    assert audit(desk, batch) == [
        ("price_change.applied", desk.boss.agent_id),
        ("price_change.pending", desk.presale.agent_id),
    ]
    assert get(desk.store, Ticket, tid).status == "open"
    assert approvals.inbox(desk.store.sessions, actor=desk.boss) == []


def test_refusing_from_the_inbox_needs_a_reason_and_leaves_the_order(desk, shop):
    oid = shop[2][0]
    batch = ask(desk, shop)
    before = snapshot(desk.store)
    with pytest.raises(InvalidInput):
        decide(desk, batch, approve=False, text="  ")
    assert snapshot(desk.store) == before
    decide(desk, batch, approve=False, text="活动价已最低")
    order = get(desk.store, Order, oid)
    assert (order.discount_fen, order.shipping_fen) == (0, 1000)
    (record,) = rows(desk.store, PriceChange, PriceChange.batch_id == batch)
    assert (record.status, record.decision_note) == ("refused", "活动价已最低")
    assert audit(desk, batch) == [
        ("price_change.pending", desk.presale.agent_id),
        ("price_change.refused", desk.boss.agent_id),
    ]
    assert approvals.inbox(desk.store.sessions, actor=desk.boss) == []


def test_a_closed_shop_refuses_the_approval_but_takes_a_refusal(desk, shop):
    shop_id, oid = shop[0], shop[2][0]
    batch = ask(desk, shop)
    close_shop(desk.store.sessions, actor=desk.boss, shop_id=shop_id)
    before = snapshot(desk.store)
    with pytest.raises(ShopClosed) as err:
        decide(desk, batch, approve=True)
    assert err.value.params["shop"] == "淘宝小店"
    assert snapshot(desk.store) == before
    assert [r.id for r in approvals.inbox(desk.store.sessions, actor=desk.boss)] == [batch]
    decide(desk, batch, approve=False, text="店铺已关闭")
    assert get(desk.store, Order, oid).discount_fen == 0
    assert approvals.inbox(desk.store.sessions, actor=desk.boss) == []
