"""Tickets by kind and state, the dispute rate, compensation per reason, by hand."""

from __future__ import annotations

from app.kpis.money import compensation_by_reason
from app.kpis.tickets import dispute_rate, tickets_by_kind, tickets_by_state
from app.models import TicketKind, TicketStatus
from app.services import change_status
from app.services.remedies import open_appeal, pay_compensation, register_compensation
from tests.app.builders import add_shop
from tests.app.kpis.conftest import SOCK, TEE, both

K, S = TicketKind, TicketStatus


def test_tickets_by_kind_and_state(shop):
    o1 = shop.order(paid=shop.now())[0]
    returns = [shop.ticket(K.RETURN, o1) for _ in range(3)]
    shop.ticket(K.INQUIRY)
    change_status(shop.sessions, actor=shop.agent, ticket_id=returns[0], status=S.OPEN)
    change_status(shop.sessions, actor=shop.agent, ticket_id=returns[0], status=S.RESOLVED)
    change_status(shop.sessions, actor=shop.agent, ticket_id=returns[1], status=S.WAITING_CUSTOMER)
    kind = both(shop, tickets_by_kind, shop.today())
    # kind, opened, new/open, waiting, escalated, done
    assert kind.rows == (("return", 3, 1, 1, 0, 1), ("inquiry", 1, 1, 0, 0, 0))
    state = both(shop, tickets_by_state, shop.today())
    assert state.rows == (
        ("new", 2, 0.5),
        ("waiting_customer", 1, 0.25),
        ("resolved", 1, 0.25),
    )
    assert both(shop, tickets_by_kind, shop.days(2, 1)).rows == ()


def test_dispute_rate_per_shop(shop):
    other = add_shop(shop.store, name="天猫旗舰店")
    paid = shop.now().subtract(hours=2)
    orders = [shop.order([TEE], paid=paid)[0] for _ in range(4)]
    shop.order([SOCK], paid=paid, shop_id=other)
    shop.order([SOCK])  # not paid: not counted
    dispute = shop.ticket(K.DISPUTE, orders[0])
    open_appeal(shop.sessions, actor=shop.agent, ticket_id=dispute, note="买家恶意退货，申请介入")
    fig = both(shop, dispute_rate, shop.today())
    # shop, paid orders, disputes, appeals, rate: 1 dispute over 4 paid orders
    assert fig.rows == (("天猫旗舰店", 1, 0, 0, 0.0), ("抖音旗舰店", 4, 1, 1, 0.25))
    assert dict(fig.summary) == {"paid_orders": 5, "disputes": 1, "dispute_rate": 0.2}


def test_compensation_paid_per_reason(shop):
    no = shop.order(paid=shop.now().subtract(days=1))[0]
    tid = shop.ticket(K.COMPENSATION, no)

    def comp(fen: int, reason: str, *, pay: bool = True) -> None:
        cid = register_compensation(shop.sessions, actor=shop.agent, ticket_id=tid, amount_fen=fen,
                                    method="alipay", reason=reason).created  # fmt: skip
        if pay:
            pay_compensation(shop.sessions, actor=shop.agent, compensation_id=cid)

    comp(1000, "色差")
    comp(2000, "色差")
    comp(500, "发货慢")
    comp(4000, "发货慢", pay=False)  # approved, not paid: not counted
    comp(300, "")
    fig = both(shop, compensation_by_reason, shop.today())
    assert fig.rows == (("色差", 2, 3000), ("发货慢", 1, 500), ("-", 1, 300))
    assert dict(fig.summary) == {"paid": 4, "amount_fen": 3800}
