"""One chunk of tickets with everything they need: buyers, orders and items (see
:mod:`app.demo.ordering`), the tickets, the items they cover, conversations and timelines,
remedies and feedback."""

from __future__ import annotations

import random
from dataclasses import replace

from app.demo import catalog, decide, outcomes, people, staff, vocab
from app.demo.cases import CASES, KIND_DRAW
from app.demo.catalog import ShopDef
from app.demo.context import Chunk, Plan
from app.demo.draw import Weighted, pick
from app.demo.ordering import order_for
from app.demo.orders import Item, OrderInfo
from app.demo.placeholders import Fill
from app.demo.remedies import Case
from app.demo.rows import ticket_item
from app.demo.showcase import SHOWCASE, Showcase
from app.demo.stamps import uuid7
from app.demo.transcript import SCRIPTS, Talk, converse
from app.models import TicketKind

K = TicketKind
SHOPS = {shop.key: shop for shop in catalog.SHOPS}
SHOWCASE_FROM = 40  # demos with at least this many tickets end with the showcase
_SHOP_DRAW = Weighted(tuple((shop, shop.weight) for shop in catalog.SHOPS))
_AMOUNTS = Weighted(
    (
        (5, 8),
        (10, 20),
        (15, 12),
        (20, 15),
        (30, 12),
        (50, 13),
        (80, 8),
        (100, 7),
        (200, 5),
    )
)
_LIMITS = {a.username: a.compensation_limit_fen for a in staff.AGENTS}
_NEW_VARIANT = (K.EXCHANGE, K.WRONG_ITEM)


def generate(plan: Plan, index: int) -> dict[str, list[tuple]]:
    """The rows of chunk ``index``, by table."""
    ck = Chunk(plan, index)
    start = plan.tickets - len(SHOWCASE) if plan.tickets >= SHOWCASE_FROM else plan.tickets
    for i in range(ck.first, ck.last):
        make_ticket(ck, SHOWCASE[i - start] if i >= start else None, i)
    return ck.out


def make_ticket(ck: Chunk, sc: Showcase | None, index: int) -> None:
    rng, plan = ck.rng, ck.plan
    if sc is not None:
        shop, kind, t0, st = SHOPS[sc.shop], sc.kind, plan.anchor - sc.age, sc.status
    else:
        t0 = decide.opened_at(rng, plan, index)
        shop = _SHOP_DRAW.draw(rng)
        kind = KIND_DRAW[shop.key].draw(rng)
        st = decide.status(rng, kind, plan.anchor - t0)
    case = CASES[kind]
    ended = sc.outcome if sc is not None and sc.outcome else decide.outcome(rng, case)
    tm = decide.times(rng, case, st, t0, plan.anchor)
    if sc is not None and sc.touch is not None:
        tm = replace(tm, last=plan.anchor - sc.touch)
    stage = sc.stage if sc is not None else case.stage.draw(rng)
    if stage == "none":
        buyer, order, covered = people.buyer_for(ck, shop, t0).id, None, []
    else:
        buyer, order, covered = order_for(ck, shop, kind, stage, ended, tm, sc)
    _ticket(ck, shop, kind, tm, ended, buyer, order, covered, sc)


def _amount(rng: random.Random, kind: K) -> int:
    """The compensation on offer, in fen."""
    if kind == K.QUALITY_CLAIM:
        return pick(rng, (50, 80, 100, 150, 200, 300)) * 100
    if kind == K.BAD_REVIEW:
        return pick(rng, (5, 10, 15, 20)) * 100
    return _AMOUNTS.draw(rng) * 100


def _ticket(
    ck: Chunk,
    shop: ShopDef,
    kind: K,
    tm: decide.Times,
    ended: str,
    buyer: int,
    order: OrderInfo | None,
    covered: list[Item],
    sc: Showcase | None,
) -> None:
    rng, plan, st = ck.rng, ck.plan, tm.status
    tid = uuid7(rng, tm.t0)
    team = decide.crew(rng, kind, shop.key, st, sc is not None)
    ship_by = order.timeline.ship_by if order else None
    late = kind == K.URGE_SHIPMENT and ship_by is not None and tm.t0 > ship_by
    amount, gift = _amount(rng, kind), pick(rng, vocab.GIFTS)
    ctx = Fill(rng, shop, kind, order, covered, tm.t0, amount, gift)
    agent, who = ck.agent(team.handler), ck.agent
    talk = Talk(
        tid,
        kind,
        shop.key,
        st,
        tm.t0,
        tm.last,
        tm.resolved,
        tm.closed,
        agent,
        who(team.created_by) if team.created_by else None,
        who(team.assignee) if team.assignee else None,
        who(team.assigner),
        order.order_no if order else None,
        sc.says if sc is not None else None,
        tm.archived(plan.anchor),
    )
    said = converse(rng, ck.out, talk, ctx)
    due_at, rule, deadline = decide.due(kind, tm)
    subject = pick(rng, SCRIPTS[kind].subjects).format_map(ctx)[:200]
    ck.out["tickets"].append(
        (
            tid,
            plan.shops[shop.key],
            kind,
            st,
            decide.priority(rng, kind, st, late),
            subject,
            buyer,
            order.id if order else None,
            talk.assignee,
            talk.created_by,
            due_at,
            tm.resolved is None,
            rule,
            deadline,
            said.last_message,
            tm.resolved,
            tm.closed,
            tm.t0,
            said.updated,
            said.version,
            None,
        )
    )
    for item in covered:
        ck.out["ticket_items"].append(ticket_item(uuid7(rng, tm.t0), tid, item.id, tm.t0))
    agreed = tm.t0 + (tm.last - tm.t0) // 2  # when the agent proposed what to do
    new_sku = ctx["new_sku"] if kind in _NEW_VARIANT else ""
    outcomes.record(
        rng,
        ck.out,
        Case(
            tid,
            kind,
            st,
            ended,
            tm.t0,
            agreed,
            tm.resolved,
            agent,
            ck.agent("chenjie"),
            _LIMITS[team.handler],
            order,
            covered,
            amount,
            gift,
            new_sku,
            plan.anchor,
        ),
    )
    if tm.resolved and covered and kind in (K.RETURN, K.QUALITY_CLAIM) and rng.random() < 0.15:
        _feedback(ck, shop, tid, covered[0], tm.resolved, agent)


def _feedback(ck: Chunk, shop: ShopDef, tid: int, item: Item, at: int, by: int) -> None:
    """A line for operations from a finished return or quality case."""
    kind, text = staff.TICKET_FEEDBACK[shop.key]
    ck.out["feedback"].append(
        (
            uuid7(ck.rng, at),
            ck.plan.shops[shop.key],
            tid,
            kind,
            item.product.title,
            item.sku,
            text,
            by,
            at,
            at,
            1,
            None,
        )
    )
