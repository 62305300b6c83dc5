"""What a supervisor has already done in the demo shop: the unit costs of every SKU, weekly
DSR figures (a few under 4.8), review-queue items closed with a decision and a note, quality
reviews of the agents' conversations (some not read yet), and a QC request on the product
that refunds most. Written after the tickets, from what they hold; deterministic per seed.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import Connection, and_, func, insert, select

from app.demo import catalog
from app.demo.context import Plan
from app.demo.stamps import DAY, HOUR, MINUTE, SHOP_TZ, as_uuid, to_datetime, uuid7
from app.models import (
    AuditEntry,
    CustomerTag,
    DsrEntry,
    Order,
    QcRequest,
    QualityReview,
    Review,
    ReviewDecision,
    ReviewQueue,
    SkuCost,
    Tag,
    TagKind,
    Ticket,
    TicketStatus,
)
from app.quality_checklist import checklist

DSR_WEEKS = 12
REVIEWED_AGENTS = ("demo", "ajie", "xiaomei", "xiaolin")
QUALITY_PER_AGENT = 6
UNSEEN = {"demo": 2}  # the demo agent has reviews to read when the workstation opens
COST_SHARE = (0.38, 0.55)  # a SKU's unit cost, as a share of its price

REVIEW_NOTES = {
    ReviewQueue.TAGGED_CUSTOMER: (
        (ReviewDecision.WATCH, "近30天退款3次，先观察，再有异常加黑名单"),
        (ReviewDecision.CLEARED, "标签核实无误，正常服务"),
        (ReviewDecision.ACTION_TAKEN, "已提醒售后：该买家退款需先验货"),
    ),
    ReviewQueue.FLAGGED_ORDER: (
        (ReviewDecision.ACTION_TAKEN, "已通知仓库按旗标备注发货"),
        (ReviewDecision.CLEARED, "备注已核对，无需处理"),
    ),
}
FEEDBACK = {
    2: ("先共情再解释，节奏很好，继续保持。", "回复及时，规则讲得清楚，承诺也兑现了。"),
    1: (
        "开头先安抚一下情绪再讲规则会更好；补寄单号记得第一时间告诉买家。",
        "规则引用对了，但话术有点生硬，可以多问一句买家真正想要什么。",
    ),
}


def fill(conn: Connection, plan: Plan) -> dict[str, int]:
    """Write the supervisor's records; returns rows written per table."""
    rng = random.Random(f"kefu-demo:{plan.seed}:supervision")
    boss, admin = plan.agents["chenjie"], plan.agents["admin"]
    counts = {
        "sku_costs": _costs(conn, rng, plan, admin),
        "dsr_entries": _dsr(conn, rng, plan, boss),
    }
    counts["reviews"] = _reviews(conn, rng, plan, boss)
    counts["quality_reviews"] = _quality(conn, rng, plan, boss)
    counts["qc_requests"] = _qc(conn, rng, plan, boss)
    return {k: v for k, v in counts.items() if v}


def _at(ms: int):  # noqa: ANN202
    return to_datetime(ms)


def _audit(conn: Connection, rng: random.Random, at: int, agent: int, action: str, entity: str,
           entity_id: int, **details: object) -> None:  # fmt: skip
    conn.execute(
        insert(AuditEntry),
        [
            {
                "id": as_uuid(uuid7(rng, at)),
                "at": _at(at),
                "agent_id": as_uuid(agent),
                "action": action,
                "entity": entity,
                "entity_id": as_uuid(entity_id),
                "ticket_id": details.pop("ticket_id", None),
                "order_id": details.pop("order_id", None),
                "details": {k: str(v) for k, v in details.items()},
            }
        ],
    )


def _costs(conn: Connection, rng: random.Random, plan: Plan, admin: int) -> int:
    at = plan.opened + 30 * DAY
    rows = []
    for shop in catalog.SHOPS:
        for product in shop.products:
            share = rng.uniform(*COST_SHARE)
            unit = int(product.price_fen * share) // 100 * 100  # whole yuan
            for code, _label in product.variants:
                sku = f"{shop.code}-{product.code}-{code}"
                rows.append(
                    {
                        "id": as_uuid(uuid7(rng, at)),
                        "shop_id": as_uuid(plan.shops[shop.key]),
                        "sku": sku,
                        "unit_cost_fen": unit,
                        "set_by": as_uuid(admin),
                        "created_at": _at(at),
                        "updated_at": _at(at),
                        "version": 1,
                    }  # fmt: skip
                )
    conn.execute(insert(SkuCost), rows)
    return len(rows)


def _local_day(ms: int) -> dt.date:
    return to_datetime(ms).in_timezone(SHOP_TZ).date()


def _dsr(conn: Connection, rng: random.Random, plan: Plan, boss: int) -> int:
    """Weekly shop ratings (Monday to Sunday) for the last weeks, a few dipping under 4.8,
    and the furniture shop's dining chairs, whose description rating slipped."""
    today = _local_day(plan.anchor)
    last_sunday = today - dt.timedelta(days=today.isoweekday() % 7 or 7)
    rows = []
    for shop in catalog.SHOPS:
        level = {"clothes": 4.86, "tea": 4.9, "furniture": 4.82}.get(shop.key, 4.85)
        for week in range(DSR_WEEKS, 0, -1):
            end = last_sunday - dt.timedelta(weeks=week - 1)
            start = end - dt.timedelta(days=6)
            level = min(4.97, max(4.7, level + rng.uniform(-0.03, 0.03)))
            scores = [min(5.0, max(4.6, level + rng.uniform(-0.04, 0.04))) for _ in range(3)]
            rows.append(_dsr_row(rng, plan, boss, shop.key, start, end, scores))
        if shop.key == "furniture":
            chairs = next(p for p in shop.products if "餐椅" in p.title)
            end = last_sunday
            rows.append(
                _dsr_row(
                    rng,
                    plan,
                    boss,
                    shop.key,
                    end - dt.timedelta(days=6),
                    end,
                    [4.71, 4.83, 4.79],
                    chairs.product_id,
                    chairs.title,
                    "描述不符差评集中在皮面色差",
                )  # fmt: skip
            )
    conn.execute(insert(DsrEntry), rows)
    return len(rows)


def _dsr_row(rng, plan, boss, shop_key, start, end, scores, product_id="", title="", note=""):  # noqa: ANN001, ANN202
    at = plan.anchor - max(HOUR, (_local_day(plan.anchor) - end).days * DAY - 10 * HOUR)
    d, s, lg = (round(x * 1000) for x in scores)
    return {
        "id": as_uuid(uuid7(rng, at)), "shop_id": as_uuid(plan.shops[shop_key]),
        "product_id": product_id, "product_title": title, "period_start": start,
        "period_end": end, "describe_milli": d, "service_milli": s, "logistics_milli": lg,
        "note": note, "entered_by": as_uuid(boss), "created_at": _at(at), "updated_at": _at(at),
        "version": 1,
    }  # fmt: skip


def _reviews(conn: Connection, rng: random.Random, plan: Plan, boss: int) -> int:
    """About half the recently tagged buyers and flagged orders, reviewed after they entered
    their queue."""
    start = to_datetime(plan.anchor - 30 * DAY)
    risky = func.max(Tag.kind == TagKind.RISK)
    buyers = conn.execute(
        select(CustomerTag.customer_id, func.max(CustomerTag.tagged_at), risky)
        .join(Tag, Tag.id == CustomerTag.tag_id)
        .where(CustomerTag.tagged_at >= start, CustomerTag.deleted_at.is_(None))
        .group_by(CustomerTag.customer_id)
        .order_by(CustomerTag.customer_id)
        .limit(200)
    ).all()
    orders = conn.execute(
        select(Order.id, Order.customer_id, Order.updated_at, Order.flag, Order.flag_remark)
        .where(and_(Order.flag != "none", Order.updated_at >= start))
        .order_by(Order.id)
        .limit(120)
    ).all()
    rows = []
    for customer, since, risk in buyers:
        if rng.random() < (0.3 if risk else 0.55):
            rows.append(_review(rng, plan, boss, ReviewQueue.TAGGED_CUSTOMER, customer, since,
                                customer_id=customer))  # fmt: skip
    for order, customer, since, flag, remark in orders:
        if rng.random() < 0.5:
            rows.append(_review(rng, plan, boss, ReviewQueue.FLAGGED_ORDER, order, since,
                                customer_id=customer, order_id=order,
                                state={"flag": str(flag), "flag_remark": remark}))  # fmt: skip
    if rows:
        conn.execute(insert(Review), rows)
        for row in rows[:20]:
            _audit(conn, rng, int(row["reviewed_at"].timestamp() * 1000), boss, "review.close",
                   "review", row["id"].int, order_id=row["order_id"], queue=row["queue"].value,
                   decision=row["decision"].value)  # fmt: skip
    return len(rows)


def _review(rng, plan, boss, queue, subject, since, **ids):  # noqa: ANN001, ANN003, ANN202
    decision, note = rng.choice(REVIEW_NOTES[queue])
    after = int(since.timestamp() * 1000) + rng.randint(20 * MINUTE, 20 * HOUR)
    at = min(after, plan.anchor - MINUTE)
    return {
        "id": as_uuid(uuid7(rng, at)), "queue": queue, "subject_id": subject,
        "customer_id": ids.get("customer_id"), "order_id": ids.get("order_id"),
        "ticket_id": None, "decision": decision, "note": note, "state": ids.get("state", {}),
        "reviewed_by": as_uuid(boss), "reviewed_at": _at(at), "created_at": _at(at),
        "updated_at": _at(at), "version": 1,
    }  # fmt: skip


def _quality(conn: Connection, rng: random.Random, plan: Plan, boss: int) -> int:
    """Six resolved conversations of each agent from the last two weeks, scored."""
    sheet = checklist()
    start = to_datetime(plan.anchor - 14 * DAY)
    rows = []
    for username in REVIEWED_AGENTS:
        agent = as_uuid(plan.agents[username])
        tickets = conn.execute(
            select(Ticket.id, Ticket.resolved_at, Ticket.order_id)
            .where(
                Ticket.assignee_id == agent,
                Ticket.created_at >= start,
                Ticket.status.in_((TicketStatus.RESOLVED, TicketStatus.CLOSED)),
                Ticket.resolved_at.is_not(None),
            )
            .order_by(Ticket.created_at.desc())
            .limit(QUALITY_PER_AGENT)
        ).all()
        unseen = UNSEEN.get(username, 0)
        for n, (ticket, resolved, _order) in enumerate(tickets):
            marks = {i.id: (2 if rng.random() < 0.72 else 1) for i in sheet.items}
            if rng.random() < 0.15:
                marks["empathy_first"] = 0
            score = sheet.score(marks)
            at = min(int(resolved.timestamp() * 1000) + rng.randint(2 * HOUR, 3 * DAY),
                     plan.anchor - (n + 1) * 30 * MINUTE)  # fmt: skip
            seen = None if n < unseen else _at(min(at + 5 * HOUR, plan.anchor - MINUTE))
            text = rng.choice(FEEDBACK[2 if score >= 85 else 1])
            rid = uuid7(rng, at)
            rows.append(
                {
                    "id": as_uuid(rid),
                    "agent_id": agent,
                    "ticket_id": ticket,
                    "reviewer_id": as_uuid(boss),
                    "checklist_version": sheet.version,
                    "scores": marks,
                    "score": score,
                    "feedback": text,
                    "reviewed_at": _at(at),
                    "seen_at": seen,
                    "created_at": _at(at),
                    "updated_at": _at(at),
                    "version": 1,
                }  # fmt: skip
            )
            _audit(conn, rng, at, boss, "quality.score", "quality_review", rid,
                   ticket_id=ticket, agent_id=agent, score=score)  # fmt: skip
    if rows:
        conn.execute(insert(QualityReview), rows)
    return len(rows)


def _qc(conn: Connection, rng: random.Random, plan: Plan, boss: int) -> int:
    """The dining chairs: asked for stricter QC a week ago."""
    shop = next(s for s in catalog.SHOPS if s.key == "furniture")
    chairs = next(p for p in shop.products if "餐椅" in p.title)
    at = plan.anchor - 7 * DAY
    today = _local_day(at)
    rid = uuid7(rng, at)
    conn.execute(
        insert(QcRequest),
        [
            {
                "id": as_uuid(rid),
                "shop_id": as_uuid(plan.shops["furniture"]),
                "product_id": chairs.product_id,
                "sku": "",
                "title": chairs.title,
                "units_sold": 0,
                "units_refunded": 0,
                "period_start": today - dt.timedelta(days=29),
                "period_end": today,
                "note": "退款率明显高于店铺平均，请仓库加强出库检查，采购与厂家沟通皮面色差",
                "requested_by": as_uuid(boss),
                "requested_at": _at(at),
                "created_at": _at(at),
                "updated_at": _at(at),
                "version": 1,
            }
        ],  # fmt: skip
    )
    _audit(conn, rng, at, boss, "qc.request", "qc_request", rid, product=chairs.product_id)
    return 1
