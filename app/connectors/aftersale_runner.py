"""Running an after-sale import: export rows in, tickets out through ``aftersale.import``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.connectors.aftersale import CaseRow, read_cases
from app.connectors.base import RowError
from app.connectors.runner import ImportCancelled, ImportSummary, Report
from app.connectors.shops import ShopChoice, choose_shop
from app.connectors.tables import FileProblem
from app.db.store import Store
from app.models import Order
from app.queries.reading import reading
from app.services.aftersale_import import cases_text, import_aftersales
from app.services.unit import Actor

BATCH = 200


@dataclass
class AfterSaleSummary(ImportSummary):
    noun: str = "after-sale cases"


def import_aftersale_files(
    store: Store,
    actor: Actor,
    paths: list[Path],
    *,
    platform: str | None = None,
    shop: str | None = None,
    progress: Report | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> AfterSaleSummary:
    summary = AfterSaleSummary(files=[Path(p) for p in paths])
    target = choose_shop(store.sessions, name=shop, platform=platform, family=_family(platform))
    summary.shop = target.name
    if not target.exists:
        summary.problems.append(
            FileProblem(paths[0], f"no shop named {target.name}: import its orders first")
        )
        return summary
    try:
        for n, path in enumerate(summary.files):
            _run_file(store, actor, target, path, summary, cancelled)
            if progress is not None:
                progress((n + 1) / len(summary.files), "saving")
    except ImportCancelled:
        summary.cancelled = True
    return summary


def _family(platform: str | None) -> str | None:
    return {"douyin": "douyin", "taobao": "taobao", "tmall": "taobao"}.get(platform or "")


def _run_file(
    store: Store,
    actor: Actor,
    target: ShopChoice,
    path: Path,
    summary: AfterSaleSummary,
    cancelled: Callable[[], bool] | None,
) -> None:
    pending: dict[str, CaseRow] = {}
    try:
        for item in read_cases(path, tz=target.timezone):
            if isinstance(item, RowError):
                summary.errors.append(item)
                continue
            pending[item.case["aftersale_no"]] = item  # a newer row of the same case wins
            if len(pending) >= BATCH:
                _save(store, actor, target, list(pending.values()), summary, cancelled)
                pending = {}
        _save(store, actor, target, list(pending.values()), summary, cancelled)
    except FileProblem as problem:
        summary.problems.append(problem)


def _save(
    store: Store,
    actor: Actor,
    target: ShopChoice,
    rows: list[CaseRow],
    summary: AfterSaleSummary,
    cancelled: Callable[[], bool] | None,
) -> None:
    if not rows:
        return
    if cancelled is not None and cancelled():
        raise ImportCancelled
    with reading(store.sessions) as conn:
        nos = list({r.case["order_no"] for r in rows})
        known = set(
            conn.scalars(
                select(Order.order_no).where(Order.shop_id == target.id, Order.order_no.in_(nos))
            )
        )
    good = [r for r in rows if r.case["order_no"] in known]
    for r in rows:
        if r.case["order_no"] not in known:
            summary.errors.append(
                RowError(
                    r.file,
                    r.row,
                    "",
                    f"order {r.case['order_no']} is not in the shop {target.name}; import the "
                    "orders first",
                )
            )
    if not good:
        return
    changes = import_aftersales(
        store.sessions, actor=actor, shop_id=target.id, cases=cases_text([r.case for r in good])
    )
    summary.created += changes.counts["created"]
    summary.updated += changes.counts["updated"]
    summary.unchanged += changes.counts["unchanged"]
