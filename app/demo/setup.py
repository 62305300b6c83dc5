"""The rows a demo starts from: shops, agents, tags, quick phrases, feedback for operations,
and the audit entries of setting them up."""

from __future__ import annotations

import random

from app.demo import catalog, presale, staff, vocab
from app.demo.context import Plan
from app.demo.draw import between, pick
from app.demo.rows import LAYOUTS
from app.demo.stamps import DAY, HOUR, MINUTE, SHOP_TZ, uuid7
from app.services.phrase_text import index_text

HISTORY_BEFORE = 400 * DAY  # the shops opened this long before the first ticket


def build(seed: int, tickets: int, anchor: int, span: int) -> tuple[Plan, dict[str, list[tuple]]]:
    """The plan every chunk shares, and the setup rows."""
    rng = random.Random(f"kefu-demo:{seed}:setup")
    out: dict[str, list[tuple]] = {name: [] for name in LAYOUTS}
    opened = anchor - span - HISTORY_BEFORE
    shops = _shops(rng, out, opened)
    agents = _agents(rng, out, opened, shops)
    tags = _tags(rng, out, opened + 10 * DAY, agents["admin"])
    plan = Plan(seed, tickets, anchor, span, opened, shops, agents, tags)
    reminders = _phrases(rng, out, plan)
    _feedback(rng, out, plan)
    presale.carriers(rng, out, plan)
    presale.groups(rng, out, plan, [t.name for t in staff.TAGS])
    presale.unpaid(rng, out, plan, reminders)
    return plan, out


def _shops(rng: random.Random, out: dict[str, list[tuple]], opened: int) -> dict[str, int]:
    ids = {}
    for n, shop in enumerate(catalog.SHOPS):
        at = opened + n * 3 * DAY
        ids[shop.key] = uuid7(rng, at)
        settings = {
            "flag_meanings": dict(vocab.FLAG_MEANINGS),
            "carriers": list(shop.carriers),
            "coupon": presale.COUPON[shop.key],
            "cod": shop.cod_share > 0,
            "demo": True,
        }
        out["shops"].append(
            (ids[shop.key], shop.name, shop.platform, SHOP_TZ, None, settings, at, at, 1, None)
        )
    return ids


def _agents(
    rng: random.Random, out: dict[str, list[tuple]], opened: int, shops: dict[str, int]
) -> dict[str, int]:
    ids = {}
    for n, agent in enumerate(staff.AGENTS):
        at = opened + 5 * DAY + n * HOUR
        ids[agent.username] = uuid7(rng, at)
        home = shops[agent.home_shop] if agent.home_shop else None
        out["agents"].append(
            (
                ids[agent.username],
                agent.username,
                agent.display_name,
                agent.role,
                agent.compensation_limit_fen,
                agent.price_change_limit_fen,
                agent.can_adjust_refund,
                True,
                home,
                at,
                at,
                1,
                None,
            )
        )
    return ids


def _tags(rng: random.Random, out: dict[str, list[tuple]], at: int, admin: int) -> tuple[int, ...]:
    ids = []
    for n, tag in enumerate(staff.TAGS):
        made = at + n * MINUTE
        tag_id = uuid7(rng, made)
        ids.append(tag_id)
        out["tags"].append((tag_id, tag.name, tag.kind, tag.color, made, made, 1, None))
        details = {"name": tag.name, "kind": tag.kind.value}
        out["audit_log"].append(
            (uuid7(rng, made), made, admin, "tag.create", "tag", tag_id, None, None, details)
        )
    return tuple(ids)


def _phrases(rng: random.Random, out: dict[str, list[tuple]], plan: Plan) -> dict:
    """The phrase rows; returns, per shop, a reminder phrase (id, words) for past reminders."""
    reminders: dict[str, tuple[int, str]] = {}
    for n, phrase in enumerate(staff.PHRASES):
        at = plan.opened + 20 * DAY + n * HOUR
        shop = plan.shops[phrase.shop] if phrase.shop else None
        owner = plan.agents[phrase.owner] if phrase.owner else None
        uses = between(rng, 3, 900)
        used = plan.anchor - between(rng, 10 * MINUTE, 5 * DAY)
        pid = uuid7(rng, at)
        if phrase.group == "催付" and owner is None and "{" not in phrase.body:
            for key in [phrase.shop] if phrase.shop else list(plan.shops):
                reminders.setdefault(key, (pid, phrase.body))
        out["quick_phrases"].append(
            (
                pid,
                shop,
                owner,
                phrase.group,
                phrase.title,
                phrase.body,
                index_text(phrase.title, phrase.body, phrase.group),
                uses,
                used,
                at,
                used,
                1,
                None,
            )
        )
    return reminders


def _feedback(rng: random.Random, out: dict[str, list[tuple]], plan: Plan) -> None:
    products = {(s.key, p.code): (s, p) for s in catalog.SHOPS for p in s.products}
    for item in staff.FEEDBACK:
        shop, product = products[(item.shop, item.product)]
        at = plan.anchor - between(rng, HOUR, 20 * DAY)
        by = plan.agents[pick(rng, ("demo", "ajie", "xiaomei", "xiaolin"))]
        sku = f"{shop.code}-{product.code}-{product.variants[0][0]}"
        out["feedback"].append(
            (
                uuid7(rng, at),
                plan.shops[shop.key],
                None,
                item.kind,
                product.title,
                sku,
                item.text,
                by,
                at,
                at,
                1,
                None,
            )
        )
