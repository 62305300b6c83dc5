"""A small, hand-made shop for the GUI tests: built through the real services."""

from __future__ import annotations

from dataclasses import dataclass

import pendulum

from app import services
from app.db.store import Store
from app.models import (
    Agent,
    Customer,
    Order,
    OrderItem,
    OrderStatus,
    Platform,
    Role,
    Shop,
    TagKind,
    TicketKind,
)
from app.services import Actor


@dataclass
class Seed:
    agent: Actor
    other: Actor
    tickets: list
    tag_ids: list


def build(store: Store, n_tickets: int = 6) -> Seed:
    now = pendulum.now("UTC")
    with store.sessions.begin() as s:
        shop = Shop(name="山野茶舍", platform=Platform.TAOBAO)
        shop2 = Shop(name="小棉袄童装旗舰店", platform=Platform.DOUYIN)
        s.add_all([shop, shop2])
        me = Agent(
            username="demo",
            display_name="售后-小周",
            role=Role.AFTERSALE,
            compensation_limit_fen=5000,
        )
        other = Agent(username="li", display_name="售前-小李", role=Role.PRESALE)
        s.add_all([me, other])
        s.flush()
        orders = []
        for i in range(n_tickets):
            target = shop if i % 2 == 0 else shop2
            c = Customer(
                shop_id=target.id,
                platform_buyer_id=f"buyer{i}",
                nickname=f"tb_买家{i}号",
                phone_masked="138****5678",
            )
            s.add(c)
            s.flush()
            o = Order(
                shop_id=target.id,
                customer_id=c.id,
                order_no=f"24031500{i:04d}88",
                status=OrderStatus.SIGNED,
                placed_at=now.subtract(days=5),
                paid_at=now.subtract(days=5),
                shipped_at=now.subtract(days=4),
                signed_at=now.subtract(days=2),
                goods_fen=12800,
                discount_fen=1000,
                paid_fen=11800,
                carrier="中通快递",
                tracking_no=f"7310{i:08d}",
            )
            s.add(o)
            s.flush()
            s.add(
                OrderItem(
                    order_id=o.id,
                    sku=f"SKU-{i}",
                    title="明前龙井 250g 礼盒装",
                    category="茶叶",
                    unit_price_fen=12800,
                    discount_fen=1000,
                )
            )
            orders.append(o.order_no)
        ids = (me.id, other.id)
    actor, other_actor = (
        Actor(ids[0], Role.AFTERSALE, "售后-小周"),
        Actor(ids[1], Role.PRESALE, "售前-小李"),
    )
    kinds = [TicketKind.RETURN, TicketKind.URGE_SHIPMENT, TicketKind.WRONG_ITEM, TicketKind.INQUIRY]
    tickets = []
    for i, order_no in enumerate(orders):
        ch = services.create_ticket(
            store.sessions,
            actor=actor,
            kind=kinds[i % len(kinds)],
            order_no=order_no,
            assignee_id=actor.agent_id if i % 3 != 2 else None,
            subject=f"案例{i}",
        )
        body = "衣服洗了有点掉色" if i == 0 else f"你好，我的订单{order_no}怎么样了"
        services.add_buyer_message(store.sessions, actor=actor, ticket_id=ch.created, body=body)
        tickets.append(ch.created)
    tag_ids = [
        services.create_tag(store.sessions, actor=actor, name=name, kind=kind, color=color).created
        for name, kind, color in (
            ("VIP老客", TagKind.PREFERENCE, "#1d4ed8"),
            ("疑似恶意退款", TagKind.RISK, "#d92d20"),
        )
    ]
    return Seed(actor, other_actor, tickets, tag_ids)
