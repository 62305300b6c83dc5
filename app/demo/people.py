"""Buyers: nicknames, masked phones, platform ids, tags, and orders from before their ticket."""

from __future__ import annotations

from app.demo import orders, staff, timeline, vocab
from app.demo.catalog import ShopDef
from app.demo.context import Buyer, Chunk
from app.demo.draw import Weighted, below, between, pick
from app.demo.rows import customer_tag
from app.demo.stamps import DAY, HOUR, MINUTE, uuid7
from app.models import OrderStatus, TagKind

REUSE = 0.35  # share of tickets from a buyer seen before in the same chunk
TAGGED = 0.38
HISTORY = 0.2  # share of new buyers with an earlier order of their own
_BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"  # in ASCII order
_TAG_DRAW = Weighted(tuple((i, t.weight) for i, t in enumerate(staff.TAGS)))
_TAG_COUNT = Weighted(((1, 60), (2, 30), (3, 10)))
_PRESALE_TAGGERS = ("xiaomei", "xiaolin")
_AFTERSALE_TAGGERS = ("demo", "ajie", "chenjie")


def buyer_for(ck: Chunk, shop: ShopDef, first_at: int) -> Buyer:
    """A buyer of ``shop`` who can have an order at ``first_at``: often new, sometimes one
    already seen in this chunk."""
    pool = ck.buyers[shop.key]
    if pool and ck.rng.random() < REUSE:
        known = pick(ck.rng, pool[-40:])
        if known.created <= first_at:
            return known
    return new_buyer(ck, shop, first_at)


def _buyer_id(ck: Chunk, shop: ShopDef) -> str:
    """The platform's id for a buyer: unique by the serial, which comes first so that new
    buyers' ids sort after the old ones (and the unique index grows at its end)."""
    serial, rng = ck.buyer_serial(), ck.rng
    if shop.platform.value == "douyin":
        return f"1{serial:011d}{below(rng, 10**6):06d}"
    tail = "".join(pick(rng, _BASE62) for _ in range(12))
    return f"AAH{_base62(serial, 6)}{tail}"


def _base62(value: int, width: int) -> str:
    digits = []
    for _ in range(width):
        value, rest = divmod(value, 62)
        digits.append(_BASE62[rest])
    return "".join(reversed(digits))


def new_buyer(ck: Chunk, shop: ShopDef, first_at: int) -> Buyer:
    rng, plan = ck.rng, ck.plan
    created = max(plan.opened + DAY, first_at - between(rng, 10 * MINUTE, 30 * DAY))
    created = min(created, first_at)
    nickname = (
        vocab.douyin_nickname(rng)
        if shop.platform.value == "douyin"
        else vocab.taobao_nickname(rng)
    )
    phone = vocab.masked_phone(rng) if rng.random() < 0.7 else None
    note = pick(rng, vocab.CUSTOMER_NOTES) if rng.random() < 0.08 else ""
    buyer = Buyer(uuid7(rng, created), shop.key, created)
    ck.out["customers"].append(
        (
            buyer.id,
            plan.shops[shop.key],
            _buyer_id(ck, shop),
            nickname,
            phone,
            note,
            created,
            created,
            1,
            None,
        )
    )
    if rng.random() < TAGGED:
        _tag(ck, buyer)
    if rng.random() < HISTORY:
        _history_order(ck, shop, buyer)
    ck.buyers[shop.key].append(buyer)
    return buyer


def _tag(ck: Chunk, buyer: Buyer) -> None:
    rng, plan = ck.rng, ck.plan
    count = _TAG_COUNT.draw(rng)
    chosen = {_TAG_DRAW.draw(rng) for _ in range(count)}
    for index in sorted(chosen):
        tag = staff.TAGS[index]
        risky = tag.kind in (TagKind.RISK, TagKind.OTHER)
        by = pick(rng, _AFTERSALE_TAGGERS if risky else _PRESALE_TAGGERS)
        at = min(plan.anchor - MINUTE, buyer.created + between(rng, MINUTE, 20 * DAY))
        ck.out["customer_tags"].append(
            customer_tag(uuid7(rng, at), buyer.id, plan.tags[index], ck.agent(by), at)
        )


def _history_order(ck: Chunk, shop: ShopDef, buyer: Buyer) -> None:
    """An earlier order that needed no ticket: it simply went its way (or was never paid)."""
    rng, anchor = ck.rng, ck.plan.anchor
    placed = buyer.created + between(rng, MINUTE, 20 * DAY)
    if placed >= anchor - 10 * MINUTE:
        return
    cod = rng.random() < shop.cod_share
    bulky = shop.key == "furniture"
    if rng.random() < 0.06:  # never paid: cancelled by the platform, or still waiting
        end = (OrderStatus.CANCELLED, placed + between(rng, HOUR, 24 * HOUR))
        line = timeline.simulate(
            rng,
            stage="placed",
            cod=cod,
            t0=placed,
            anchor=anchor,
            release=timeline.NEVER,
            end=end,
            bulky=bulky,
            age=(0, 0),
        )
    else:
        line = timeline.simulate(
            rng,
            stage="placed",
            cod=cod,
            t0=placed,
            anchor=anchor,
            release=None,
            bulky=bulky,
            age=(0, 0),
        )
    items = orders.pick_items(rng, shop, None, line.placed)
    orders.build(
        rng,
        ck.out,
        shop=shop,
        shop_id=ck.plan.shops[shop.key],
        customer_id=buyer.id,
        serial=ck.order_serial(),
        line=line,
        items=items,
        updated=line.placed,
    )
