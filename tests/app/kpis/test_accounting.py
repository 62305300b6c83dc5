"""The accounting export: refunds as journal entries, worked out by hand (VAT 13 %)."""

from __future__ import annotations

import pytest

from app.errors import PermissionDenied
from app.kpis.accounting import journal
from app.models import Order, TicketKind
from app.services.costs import set_sku_cost
from app.services.qc import request_qc
from app.services.remedies import (
    approve_refund,
    approve_return,
    mark_refunded,
    record_return_received,
    record_return_shipped,
    request_refund,
)
from tests.app.kpis.conftest import SOCK, TEE


def returned_and_refunded(shop, no: str, item, amount: int) -> None:
    tid = shop.ticket(TicketKind.RETURN, no, items=[item])
    rid = approve_return(shop.sessions, actor=shop.agent, ticket_id=tid, item_id=item).created
    record_return_shipped(shop.sessions, actor=shop.agent, return_id=rid, carrier="中通快递",
                          tracking_no="ZT12345678")  # fmt: skip
    record_return_received(shop.sessions, actor=shop.agent, return_id=rid)
    fid = request_refund(shop.sessions, actor=shop.agent, ticket_id=tid, item_id=item,
                         amount_fen=amount).created  # fmt: skip
    approve_refund(shop.sessions, actor=shop.agent, refund_id=fid)
    mark_refunded(shop.sessions, actor=shop.agent, refund_id=fid)


@pytest.fixture
def refunds(shop):
    """Two tees came back (cost 25 yuan each) and were refunded after settlement; a pair of
    socks was refunded without coming back, before settlement; a returned hoodie has no cost."""
    paid = shop.now().subtract(days=3)
    tee = shop.order([(*TEE[:3], 2, 5900)], paid=paid)
    socks = shop.order([SOCK], paid=paid)
    hoodie = shop.order([("HOOD-1", "P-HOOD", "卫衣", 1, 9900)], paid=paid)
    with shop.sessions.begin() as s:
        for oid in (tee[1], hoodie[1]):
            s.get(Order, oid).settled = True
    set_sku_cost(
        shop.sessions, actor=shop.boss, shop_id=shop.shop_id, sku="TEE-W-L", unit_cost_fen=2500
    )
    returned_and_refunded(shop, tee[0], tee[2][0], 11800)
    shop.refund(socks[0], socks[2][0], 1990, after_hours=1)
    returned_and_refunded(shop, hoodie[0], hoodie[2][0], 9900)
    return shop.today()


def test_refunds_as_journal_entries(shop, refunds):
    got = journal(shop.sessions, actor=shop.boss, period=refunds)
    lines = [(r.item, r.source, r.entry, r.account, r.debit_fen, r.credit_fen) for r in got.rows]
    assert lines == [
        # 11800 / 1.13 = 10442.48 -> 10442 net, 1358 VAT; two tees at 25 yuan came back
        ("TEE-W-L", "payout", "reverse the sale", "main business revenue", 10442, 0),
        ("TEE-W-L", "payout", "reverse the sale", "VAT payable - output VAT", 1358, 0),
        ("TEE-W-L", "payout", "reverse the sale", "bank deposits", 0, 11800),
        ("TEE-W-L", "payout", "reverse the cost", "inventory goods", 5000, 0),
        ("TEE-W-L", "payout", "reverse the cost", "cost of goods sold", 0, 5000),
        # 1990 / 1.13 = 1761.06 -> 1761 net, 229 VAT; nothing came back: no cost reversal
        ("SOCK-3", "escrow", "reverse the sale", "main business revenue", 1761, 0),
        ("SOCK-3", "escrow", "reverse the sale", "VAT payable - output VAT", 229, 0),
        ("SOCK-3", "escrow", "reverse the sale", "bank deposits", 0, 1990),
        # 9900 / 1.13 = 8761.06 -> 8761 net, 1139 VAT; no unit cost: the reversal is left out
        ("HOOD-1", "payout", "reverse the sale", "main business revenue", 8761, 0),
        ("HOOD-1", "payout", "reverse the sale", "VAT payable - output VAT", 1139, 0),
        ("HOOD-1", "payout", "reverse the sale", "bank deposits", 0, 9900),
    ]
    assert got.balanced and got.refunds == 3 and got.refunded_fen == 11800 + 1990 + 9900
    assert got.by_source == {"payout": (2, 21700), "escrow": (1, 1990)}
    assert got.missing_costs == ["HOOD-1"]
    assert {r.account_zh for r in got.rows} >= {
        "主营业务收入",
        "银行存款",
        "库存商品",
        "主营业务成本",
    }


def test_only_refunds_back_in_the_period(shop, refunds):
    assert journal(shop.sessions, actor=shop.boss, period=shop.days(5, 1)).rows == []


def test_agents_cannot_export_the_books(shop, refunds):
    with pytest.raises(PermissionDenied):
        journal(shop.sessions, actor=shop.agent, period=refunds)
    with pytest.raises(PermissionDenied):
        set_sku_cost(
            shop.sessions, actor=shop.agent, shop_id=shop.shop_id, sku="X", unit_cost_fen=1
        )
    with pytest.raises(PermissionDenied):
        request_qc(shop.sessions, actor=shop.presale, product_id="P-TEE", period_start="2026-03-01",
                   period_end="2026-03-01", units_sold=1, units_refunded=1)  # fmt: skip
