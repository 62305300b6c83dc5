"""The shops' after-sale settings in the demo: a product knowledge entry for every product
(and a size chart for one SKU), return addresses per shop and warehouse, and one shop that
closed a few days ago and still owes three after-sales (one buyer was granted more
time to return). Written after the tickets;
deterministic per seed."""

from __future__ import annotations

import random
from collections import Counter

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from app.demo import catalog, suppliers, vocab
from app.demo.catalog import ShopDef
from app.demo.context import Plan
from app.demo.products import Product
from app.demo.stamps import DAY, HOUR, SHOP_TZ, as_uuid, to_datetime, uuid7
from app.models import (
    Customer,
    ExtensionStatus,
    ItemAfterSale,
    Message,
    MessageKind,
    Order,
    OrderItem,
    OrderStatus,
    Platform,
    ProductKnowledge,
    ReturnAddress,
    Shop,
    Ticket,
    TicketItem,
    TicketKind,
    TicketStatus,
    WindowExtension,
)
from app.services.knowledge_text import index_initials

# shop key -> (warehouse of every product, its sections with {p} for the product's short name)
KNOWLEDGE: dict[str, tuple[str, dict[str, str]]] = {
    "clothes": (
        "",
        {
            "selling_points": "{p}：A类婴幼儿标准，无荧光剂，宽松版型不勒肚子",
            "size_chart": "按身高选码：100cm 约3-4岁，110cm 约4-5岁，120cm 约5-6岁，"
            "130cm 约7-8岁，140cm 约9-10岁；偏胖选大一码",
            "material_care": "冷水手洗或洗衣袋机洗，深浅分开，不可漂白，反面晾晒",
            "faq": "会掉色吗｜深色款首洗会有少量浮色，属正常，分开洗两次后就不掉了\n"
            "会缩水吗｜纯棉面料首洗约缩1-2cm，已按缩水留了余量\n"
            "有起球吗｜面料经过抗起球处理，避免和魔术贴一起洗",
            "pairs_with": "搭配店里的加绒打底裤或牛仔裤，秋冬再加轻薄羽绒服",
            "brand_story": "小棉袄专做3-10岁童装，面料都送检，妈妈们回购率高",
            "audience": "3-10岁男童女童，怕热好动的孩子",
        },
    ),
    "tea": (
        "",
        {
            "selling_points": "{p}：产地直采，当季新茶，独立小包装一泡一袋",
            "material_care": "密封避光常温存放，开封后尽快喝完；绿茶放冰箱冷藏更香",
            "faq": "是今年的新茶吗｜是的，每批次都有生产日期，详情页可查\n"
            "怎么泡好喝｜85-95度水，3-5克茶叶，第一泡洗茶，之后每泡10-20秒出汤\n"
            "能送人吗｜可以加购礼盒和手提袋，备注即可",
            "pairs_with": "配店里的青瓷茶具，送礼再加礼盒",
            "brand_story": "山野茶舍二十年茶园合作，每一批都有检测报告",
            "audience": "自己喝的茶友、逢年过节送长辈",
        },
    ),
    "furniture": (
        "佛山仓",
        {
            "selling_points": "{p}：E0级环保板材与实木框架，榫卯加固，免费送货上楼安装",
            "material_care": "避免阳光直射和暖气直吹，用微湿软布擦拭，不用酒精清洁",
            "faq": "包安装吗｜送货上门并免费安装，偏远地区另收上楼费\n"
            "有味道吗｜E0级板材，开窗通风一周基本无味\n"
            "多久到货｜现货48小时内发出，京东物流3-7天送达",
            "pairs_with": "同系列的餐椅、床头柜和电视柜，颜色一致",
            "brand_story": "简居家具自有工厂在佛山，十年只做原木风",
            "audience": "新房装修、租房改造的年轻家庭",
        },
    ),
}
# furniture too big for the Foshan warehouse ships from Chengdu: returns go there
OTHER_WAREHOUSE = {("furniture", "CH03"): "成都仓", ("furniture", "YG08"): "成都仓"}
ADDRESSES: dict[str, list[tuple[str, str, str, str, str, str, str]]] = {
    # warehouse, contact, phone, province, city, district, street
    "clothes": [("", "退货组 周敏", "0571-86650021", "浙江省", "杭州市", "余杭区",
                 "仓前街道良睦路1399号 小棉袄退货仓")],
    "tea": [("", "售后 林静", "0592-55120387", "福建省", "厦门市", "湖里区",
             "金山街道云顶北路16号 山野茶舍")],
    "furniture": [
        ("佛山仓", "售后 黄师傅", "0757-28863310", "广东省", "佛山市", "顺德区",
         "乐从镇家具城三路8号 简居退货仓"),
        ("成都仓", "售后 何师傅", "028-83361752", "四川省", "成都市", "新都区",
         "家具产业园区兴乐北路66号 简居西南仓"),
    ],
}  # fmt: skip

CLOSED_SHOP = ("XMX", "小棉袄童鞋专营店", Platform.DOUYIN)
CLOSED_DAYS_AGO = 5
# kind, status, subject, buyer, hours since opened, due in hours, what the buyer said,
# the agent's answer
CLOSED_CASES = (
    (TicketKind.RETURN, TicketStatus.WAITING_CUSTOMER, "运动鞋偏小退货", "糖豆妈妈", 60, 30,
     "鞋子偏小穿不进去，想退货", "亲，店铺虽已关店，售后照常处理，请按退货地址寄回并填写单号哦"),
    (TicketKind.EXCHANGE, TicketStatus.OPEN, "换大一码", "小葡萄", 30, 8,
     "能换大一码吗", "亲，可以换的，我这边确认一下库存再回复您"),
    (TicketKind.QUALITY_CLAIM, TicketStatus.ESCALATED, "鞋底开胶", "米粒儿", 90, 4,
     "才穿一周鞋底就开胶了", "非常抱歉给您带来不好的体验，已提交主管处理，今天给您答复"),
)  # fmt: skip


def fill(conn: Connection, plan: Plan) -> Counter[str]:
    rng = random.Random(f"kefu-demo:{plan.seed}:shop-settings")
    counts: Counter[str] = Counter()
    with Session(bind=conn) as s:
        for shop in catalog.SHOPS:
            counts["product_knowledge"] += _knowledge(s, rng, plan, shop)
            counts["return_addresses"] += _addresses(s, rng, plan, shop)
        counts["closed_shop_tickets"] += _closed_shop(s, rng, plan)
        s.flush()
        counts.update(suppliers.fill(s, rng, plan))
    return counts


def _knowledge(s: Session, rng: random.Random, plan: Plan, shop: ShopDef) -> int:
    warehouse, sections = KNOWLEDGE[shop.key]
    at = plan.opened + 40 * DAY
    made = 0
    for n, product in enumerate(shop.products):
        values = {k: v.replace("{p}", product.short) for k, v in sections.items()}
        house = OTHER_WAREHOUSE.get((shop.key, product.code), warehouse)
        _entry(s, rng, plan, shop, product, "", product.title, values, house, at + n * HOUR)
        made += 1
    first = shop.products[0]
    if len(first.variants) > 1:  # a variant with words of its own
        code, name = first.variants[0]
        sku = f"{shop.code}-{first.code}-{code}"
        values = {"size_chart": f"{name}：胸围、衣长按吊牌，偏小半码，建议拍大一码"}
        _entry(s, rng, plan, shop, first, sku, f"{first.title} {name}", values, "", at)
        made += 1
    return made


def _entry(  # noqa: PLR0913
    s: Session,
    rng: random.Random,
    plan: Plan,
    shop: ShopDef,
    product: Product,
    sku: str,
    title: str,
    values: dict[str, str],
    warehouse: str,
    at: int,
) -> None:
    when = to_datetime(at)
    s.add(
        ProductKnowledge(
            id=as_uuid(uuid7(rng, at)),
            shop_id=as_uuid(plan.shops[shop.key]),
            product_id=product.product_id,
            sku=sku,
            title=title,
            warehouse=warehouse,
            initials=index_initials(title, values),
            created_at=when,
            updated_at=when,
            **{k: values.get(k, "") for k in KNOWLEDGE_FIELDS},
        )
    )


KNOWLEDGE_FIELDS = (
    "selling_points",
    "size_chart",
    "material_care",
    "faq",
    "pairs_with",
    "brand_story",
    "audience",
)


def _addresses(s: Session, rng: random.Random, plan: Plan, shop: ShopDef) -> int:
    at = plan.opened + 41 * DAY
    rows = ADDRESSES[shop.key]
    for n, (house, contact, phone, province, city, district, street) in enumerate(rows):
        when = to_datetime(at + n * HOUR)
        s.add(
            ReturnAddress(
                id=as_uuid(uuid7(rng, at + n * HOUR)),
                shop_id=as_uuid(plan.shops[shop.key]),
                warehouse=house,
                contact_name=contact,
                phone=phone,
                province=province,
                city=city,
                district=district,
                street=street,
                is_default=n == 0,
                created_at=when,
                updated_at=when,
            )
        )
    return len(rows)


def _closed_shop(s: Session, rng: random.Random, plan: Plan) -> int:
    """A Douyin shoe shop, closed :data:`CLOSED_DAYS_AGO` days ago, with open after-sales."""
    code, name, platform = CLOSED_SHOP
    opened = plan.opened + 30 * DAY
    shop_id = as_uuid(uuid7(rng, opened))
    closed = plan.anchor - CLOSED_DAYS_AGO * DAY
    s.add(
        Shop(
            id=shop_id,
            name=name,
            platform=platform,
            timezone=SHOP_TZ,
            closed_at=to_datetime(closed),
            settings={"flag_meanings": dict(vocab.FLAG_MEANINGS), "demo": True},
            created_at=to_datetime(opened),
            updated_at=to_datetime(closed),
            version=2,
        )
    )
    s.flush()
    shoes = catalog.CLOTHES.products[5]  # 运动鞋
    agent = as_uuid(plan.agents["demo"])  # the demo user sees them in the queue
    for n, (kind, status, subject, buyer, hours, due, said, answer) in enumerate(CLOSED_CASES):
        placed = closed - (12 + n) * DAY
        opened_at = plan.anchor - hours * HOUR
        customer, order, item = (as_uuid(uuid7(rng, placed)) for _ in range(3))
        ticket = as_uuid(uuid7(rng, opened_at))
        answered = opened_at + 20 * 60_000
        variant, label = shoes.variants[n % len(shoes.variants)]
        s.add(Customer(id=customer, shop_id=shop_id, platform_buyer_id=f"dy-xmx-{n + 1:04d}",
                       nickname=buyer, created_at=to_datetime(placed),
                       updated_at=to_datetime(placed)))  # fmt: skip
        s.add(
            Order(
                id=order,
                shop_id=shop_id,
                customer_id=customer,
                order_no=f"69310{plan.seed % 10}{n + 1:010d}",
                status=OrderStatus.SIGNED,
                goods_fen=shoes.price_fen,
                paid_fen=shoes.price_fen,
                placed_at=to_datetime(placed),
                paid_at=to_datetime(placed + 5 * 60_000),
                ship_by=to_datetime(placed + 5 * 60_000 + 48 * HOUR),
                shipped_at=to_datetime(placed + DAY),
                carrier="中通快递",
                tracking_no=f"7531{plan.seed % 10}{n + 1:08d}",
                signed_at=to_datetime(placed + 3 * DAY),
                created_at=to_datetime(placed),
                updated_at=to_datetime(placed + 3 * DAY),
            )
        )
        s.flush()
        s.add(
            OrderItem(
                id=item,
                order_id=order,
                sku=f"{code}-{shoes.code}-{variant}",
                product_id=shoes.product_id,
                title=f"{shoes.title} {label}",
                category=shoes.category,
                unit_price_fen=shoes.price_fen,
                aftersale=ItemAfterSale.IN_PROGRESS,
                created_at=to_datetime(placed),
                updated_at=to_datetime(opened_at),
            )
        )
        s.add(
            Ticket(
                id=ticket,
                shop_id=shop_id,
                kind=kind,
                status=status,
                subject=subject,
                customer_id=customer,
                order_id=order,
                assignee_id=agent,
                due_at=to_datetime(plan.anchor + due * HOUR),
                due_rule=f"next_touch:{status.value}",
                last_message_at=to_datetime(answered),
                created_at=to_datetime(opened_at),
                updated_at=to_datetime(answered),
            )
        )
        s.flush()
        for at, kind_, author, body in (
            (opened_at, MessageKind.BUYER, None, said),
            (answered, MessageKind.REPLY, agent, answer),
        ):
            s.add(Message(id=as_uuid(uuid7(rng, at)), ticket_id=ticket, kind=kind_,
                          author_id=author, body=body, at=to_datetime(at),
                          created_at=to_datetime(at), updated_at=to_datetime(at)))  # fmt: skip
        if kind == TicketKind.RETURN:  # away on business: more time to send it back, granted
            _extension(s, rng, plan, ticket, item, opened_at, agent)
        s.add(TicketItem(id=as_uuid(uuid7(rng, opened_at)), ticket_id=ticket,
                         order_item_id=item, created_at=to_datetime(opened_at),
                         updated_at=to_datetime(opened_at)))  # fmt: skip
    return len(CLOSED_CASES)


def _extension(s: Session, rng: random.Random, plan: Plan, ticket, item, at: int, agent) -> None:  # noqa: ANN001
    """A granted request for more time to return: the windows box shows it extended."""
    until = to_datetime(plan.anchor + 3 * DAY)
    s.add(
        WindowExtension(
            id=as_uuid(uuid7(rng, at + HOUR)),
            ticket_id=ticket,
            order_item_id=item,
            rule_id="no_reason_return",
            status=ExtensionStatus.GRANTED,
            reason="出差在外，回来才能寄回",
            evidence="买家发来的出差行程单截图",
            requested_until=until,
            requested_at=to_datetime(at + HOUR),
            new_deadline=until,
            decided_at=to_datetime(at + 2 * HOUR),
            decided_by=agent,
            decision_note="店铺关店前售出，按约定延长",
            created_at=to_datetime(at + HOUR),
            updated_at=to_datetime(at + 2 * HOUR),
        )
    )
