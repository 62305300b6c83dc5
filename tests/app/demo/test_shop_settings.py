"""The demo's after-sale settings: knowledge for every product of the demo shops, complete
return addresses (one default per shop, a second warehouse for furniture), and a closed shop
that refuses new pre-sale work but still shows its open after-sales."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.demo import catalog
from app.models import (
    OrderItem,
    ReturnAddress,
    Role,
    Shop,
    SupplierRequest,
    SupplierRequestStatus,
    TicketKind,
)
from app.queries.closed_shops import closed_shops
from app.queries.product_knowledge import entries
from app.services.return_addresses import address_for, missing_parts
from app.services.shop_closing import ShopClosed
from app.services.tickets import create_ticket
from app.services.unit import Actor


def test_every_demo_product_has_a_knowledge_entry(built):
    store, summary = built
    for shop in catalog.SHOPS:
        rows = entries(store.sessions, summary.shops[shop.name])
        products = {r.product_id for r in rows if not r.sku}
        assert products == {p.product_id for p in shop.products}
        assert all(r.faq and r.selling_points for r in rows if not r.sku)
    clothes = entries(store.sessions, summary.shops[catalog.CLOTHES.name])
    assert any(r.sku.startswith("XMA-WY01-") and "拍大一码" in r.size_chart for r in clothes)
    assert summary.counts["product_knowledge"] == sum(len(s.products) for s in catalog.SHOPS) + 3


def test_return_addresses_are_complete_and_follow_the_warehouse(built):
    store, summary = built
    with store.sessions() as s:
        rows = s.scalars(select(ReturnAddress)).all()
        for row in rows:
            assert missing_parts({k: getattr(row, k) for k in ("contact_name", "phone",
                "province", "city", "district", "street")}) == []  # fmt: skip
        for shop in catalog.SHOPS:
            mine = [r for r in rows if r.shop_id == summary.shops[shop.name]]
            assert sum(r.is_default for r in mine) == 1
        furniture = summary.shops[catalog.FURNITURE.name]
        bed = OrderItem(sku="JJJ-CH03-X", product_id="712345678903", title="实木床")
        table = OrderItem(sku="JJJ-CZ01-X", product_id="712345678901", title="实木餐桌")
        assert address_for(s, furniture, bed).city == "成都市"
        assert address_for(s, furniture, table).city == "佛山市"


def test_one_shop_is_closed_with_open_aftersales_and_takes_no_inquiries(built):
    store, summary = built
    [left] = closed_shops(store.sessions)
    assert left.name == "小棉袄童鞋专营店"
    assert {t.kind for t in left.tickets} == {
        TicketKind.RETURN,
        TicketKind.EXCHANGE,
        TicketKind.QUALITY_CLAIM,
    }
    with store.sessions() as s:
        shop = s.scalars(select(Shop).where(Shop.id == left.id)).one()
        assert shop.closed_at < summary.anchor
    agent = Actor(summary.agents["xiaomei"], Role.PRESALE, "售前-小美")
    with pytest.raises(ShopClosed, match="小棉袄童鞋专营店"):
        create_ticket(
            store.sessions,
            actor=agent,
            kind=TicketKind.INQUIRY,
            order_no=left.tickets[0].order_no,
        )


def test_the_closed_shops_return_shows_a_granted_extension(built):
    from app.queries.tickets import load_ticket

    store, summary = built
    [left] = closed_shops(store.sessions)
    ret = next(t for t in left.tickets if t.kind == TicketKind.RETURN)
    window = {w.rule_id: w for w in load_ticket(store.sessions, ret.id).windows}["no_reason_return"]
    assert window.source == "extension" and window.ends_at > summary.anchor
    assert window.local_ends_at < summary.anchor  # the table's own end has passed


def test_supplied_shoes_and_tea_sets_have_their_supplier_after_sales(built):
    from app.queries.queue import QueueFilter, View, count
    from app.queries.suppliers import supplier_attention, supplier_directory, ticket_suppliers

    store, summary = built
    directory = {i.name: i for i in supplier_directory(store.sessions)}
    assert set(directory) == {"晋江童鞋厂", "龙泉青瓷工坊"}
    shoes = directory["晋江童鞋厂"]
    assert shoes.shop_name == catalog.CLOTHES.name and shoes.phone and shoes.open_requests > 0
    assert shoes.skus and all(k.startswith("XMA-XZ06-") for k in shoes.skus)
    with store.sessions() as s:
        statuses = set(s.scalars(select(SupplierRequest.status)))
        assert statuses == set(SupplierRequestStatus)
        open_ids = set(s.scalars(select(SupplierRequest.ticket_id).where(
            SupplierRequest.status.in_(("sent", "accepted")))))  # fmt: skip
    waiting = count(store.sessions, QueueFilter(view=View.WAITING_ON_SUPPLIERS))
    assert waiting == len(open_ids) > 0
    seen = supplier_attention(store.sessions, now=summary.anchor)
    kinds = {r.request.status for r in seen}
    assert kinds == {SupplierRequestStatus.REFUSED, SupplierRequestStatus.SENT}
    assert all(r.request.refusal for r in seen if r.request.status == "refused")
    # a ticket shows its supplied item and the request
    view = ticket_suppliers(store.sessions, seen[0].request.ticket_id)
    assert view.items[0].supplier_name == "晋江童鞋厂" and view.rows
