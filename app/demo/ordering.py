"""The order behind a ticket: its stage when the buyer writes, how the case lets it move on
or ends it, and the after-sale state of the items the case covers."""

from __future__ import annotations

import random

from app.demo import orders, people, timeline
from app.demo.cases import CASES, CaseDef
from app.demo.catalog import ShopDef
from app.demo.context import Chunk
from app.demo.decide import Times
from app.demo.draw import Weighted, between, pick
from app.demo.orders import Item, OrderInfo
from app.demo.showcase import Showcase
from app.demo.stamps import DAY, HOUR, MINUTE
from app.models import ItemAfterSale, OrderStatus, TicketKind, TicketStatus

K, S = TicketKind, TicketStatus
_LINES = {True: Weighted(((1, 80), (2, 17), (3, 3))), False: Weighted(((1, 68), (2, 24), (3, 8)))}
# Outcomes that pay back every covered item: with all items covered, the order closes.
_REFUNDS = {
    K.RETURN: "refunded",
    K.REFUND_ONLY: "refunded",
    K.LOST_PARCEL: "refunded",
    K.MISSING_ITEM: "refunded",
    K.QUALITY_CLAIM: "refunded",
    K.DISPUTE: "lost",
}
_FINISHED = {
    "refused": ItemAfterSale.REFUSED,
    "declined": ItemAfterSale.REFUSED,
    "won": ItemAfterSale.REFUSED,
    "withdrawn": ItemAfterSale.CANCELLED,
}
# How long before the ticket the order reached its stage, where the kind says more.
_AGE = {K.URGE_SHIPMENT: (20 * HOUR, 100 * HOUR), K.LOST_PARCEL: (4 * DAY, 10 * DAY)}
_COD_STAGES = ("awaiting", "cod_stocking")


def release(rng: random.Random, kind: K, case: CaseDef, ended: str, tm: Times) -> int | None:
    """When the order may move on past its stage (see :func:`timeline.simulate`): an open
    after-sale or a hold keeps it where it is; a finished case lets it go."""
    if tm.resolved is None:
        return timeline.NEVER if case.hold or case.cover != "none" else None
    if kind == K.URGE_SHIPMENT:  # it shipped, then the agent closed the case
        return max(tm.t0 + MINUTE, tm.resolved - between(rng, 5, 60) * MINUTE)
    if kind == K.LOGISTICS_EXCEPTION:
        return max(tm.t0 + MINUTE, tm.resolved - between(rng, 0, 120) * MINUTE)
    if kind == K.LOST_PARCEL and ended == "reshipped":  # the second parcel arrives later
        return tm.resolved + between(rng, DAY, 3 * DAY)
    return tm.resolved


def end(kind: K, ended: str, tm: Times, full: bool) -> tuple[OrderStatus, int] | None:
    """A cancel or a full refund ends the order when the case is resolved."""
    if tm.resolved is None:
        return None
    if (kind, ended) in ((K.CANCEL, "cancelled"), (K.PAYMENT_REMINDER, "unpaid")):
        return OrderStatus.CANCELLED, tm.resolved - MINUTE
    if full and _REFUNDS.get(kind) == ended:
        return OrderStatus.CLOSED, tm.resolved
    return None


def aftersale(kind: K, st: S, ended: str, done: bool) -> ItemAfterSale:
    if not done:
        return ItemAfterSale.REQUESTED if st == S.NEW else ItemAfterSale.IN_PROGRESS
    return _FINISHED.get(ended, ItemAfterSale.FINISHED)


def order_for(
    ck: Chunk,
    shop: ShopDef,
    kind: K,
    stage: str,
    ended: str,
    tm: Times,
    sc: Showcase | None,
) -> tuple[int, OrderInfo, list[Item]]:
    """The buyer, the order and the covered items of a ticket; rows go to ``ck.out``."""
    rng, plan, case = ck.rng, ck.plan, CASES[kind]
    if stage in _COD_STAGES and shop.cod_share == 0:
        stage = "placed"
    cod = stage in _COD_STAGES or (
        stage not in ("placed", "stocking") and rng.random() < shop.cod_share
    )
    count = 1 if sc is not None else _LINES[shop.key == "furniture"].draw(rng)
    cover = count if case.cover == "all" else (0 if case.cover == "none" else 1)
    line = timeline.simulate(
        rng,
        stage=stage,
        cod=cod,
        t0=tm.t0,
        anchor=plan.anchor,
        release=release(rng, kind, case, ended, tm),
        end=end(kind, ended, tm, cover == count),
        bulky=shop.key == "furniture",
        age=_AGE.get(kind) if stage in ("stocking", "shipped") else None,
    )
    buyer = people.buyer_for(ck, shop, line.placed).id
    only = sc.item if sc is not None else None
    items = orders.pick_items(rng, shop, count, line.placed, only)
    covered = items if cover == count else ([pick(rng, items)] if cover else [])
    state = aftersale(kind, tm.status, ended, tm.resolved is not None)
    for item in covered:
        item.aftersale = state
    touched = (tm.resolved or tm.last) if covered else line.placed
    info = orders.build(
        rng,
        ck.out,
        shop=shop,
        shop_id=plan.shops[shop.key],
        customer_id=buyer,
        serial=ck.order_serial(),
        line=line,
        items=items,
        updated=touched,
    )
    return buyer, info, covered
