"""Running an order import: sources in, whole orders out through the ``order.import`` service.

Orders go to the service in batches, each one transaction of whole orders: a cancelled or
crashed import leaves the batches before it complete and nothing of the one under way. Orders
the store already holds with the same values are counted unchanged before any write, so a
re-import of the same file writes nothing (and syncs nothing).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.connectors.base import OrderRecord, OrderSource, RowError
from app.connectors.detect import plan_import
from app.connectors.prefetch import prefetched
from app.connectors.shops import ShopChoice, choose_shop
from app.connectors.tables import FileProblem
from app.db.store import Store
from app.errors import InvalidInput
from app.queries.reading import reading
from app.services.order_import import batch_text, import_orders, is_unchanged, stored_orders
from app.services.unit import Actor

BATCH = 2_000
PROBE_TZ = "Asia/Shanghai"
#: progress(fraction 0..1, stage): stages are "reading", "grouping", "saving"
Report = Callable[[float, str], None]


class ImportCancelled(Exception):
    """The user cancelled; the batches written before stay, whole."""


@dataclass
class ImportSummary:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)
    problems: list[FileProblem] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)  # every file read (for the report)
    shop: str = ""
    cancelled: bool = False

    @property
    def rejected(self) -> int:
        return sum(e.rows for e in self.errors)

    @property
    def exit_code(self) -> int:
        """0 every row imported, 1 some rows rejected, 2 a file could not be read at all."""
        if self.problems:
            return 2
        return 1 if self.errors or self.cancelled else 0

    def as_json(self) -> dict[str, Any]:
        unreadable = [
            {"file": p.file, "row": None, "column": "", "reason": p.reason} for p in self.problems
        ]
        return {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": self.rejected,
            "errors": unreadable + [e.as_dict() for e in self.errors],
            "shop": self.shop,
            "cancelled": self.cancelled,
        }


def import_files(
    store: Store,
    actor: Actor,
    paths: list[Path],
    *,
    platform: str | None = None,
    shop: str | None = None,
    mapping: dict[str, str] | None = None,
    progress: Report | None = None,
    cancelled: Callable[[], bool] | None = None,
    batch: int = BATCH,
) -> ImportSummary:
    """Import order export files into a shop (see :func:`choose_shop`). Raises InvalidInput
    when no shop can be chosen; file problems and bad rows are in the summary."""
    summary = ImportSummary(files=[Path(p) for p in paths])
    probe = plan_import(summary.files, tz=PROBE_TZ, platform=platform, mapping=mapping)
    summary.problems.extend(probe.problems)
    if not probe.sources:
        return summary
    target = choose_shop(store.sessions, name=shop, platform=platform, family=probe.platform)
    summary.shop = target.name
    plan = probe
    if target.timezone != PROBE_TZ:  # times are read in the shop's own time zone
        plan = plan_import(summary.files, tz=target.timezone, platform=platform, mapping=mapping)
    job = _Job(store, actor, target, summary, progress, cancelled, batch)
    try:
        for n, source in enumerate(plan.sources):
            try:
                job.run(source, n, len(plan.sources))
            except FileProblem as problem:  # a file that changed or broke while being read
                summary.problems.append(problem)
    except ImportCancelled:
        summary.cancelled = True
    return summary


def import_source(
    store: Store,
    actor: Actor,
    source: OrderSource,
    target: ShopChoice,
    *,
    progress: Report | None = None,
    cancelled: Callable[[], bool] | None = None,
    batch: int = BATCH,
) -> ImportSummary:
    """Import from any source (a platform API client, say) into a chosen shop."""
    summary = ImportSummary(files=list(source.files()), shop=target.name)
    try:
        _Job(store, actor, target, summary, progress, cancelled, batch).run(source, 0, 1)
    except ImportCancelled:
        summary.cancelled = True
    return summary


class _Job:
    def __init__(
        self,
        store: Store,
        actor: Actor,
        target: ShopChoice,
        summary: ImportSummary,
        progress: Report | None,
        cancelled: Callable[[], bool] | None,
        batch: int,
    ) -> None:
        self.store, self.actor, self.target, self.summary = store, actor, target, summary
        self.report, self.cancelled, self.size = progress, cancelled, batch
        self.shop_exists = target.exists
        self.span = (0.0, 1.0)

    def _tick(self, stage: str, fraction: float) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled
        if self.report is not None:
            start, width = self.span
            part = {"reading": (0.0, 0.45), "grouping": (0.45, 1.0)}.get(stage, (0.0, 1.0))
            self.report(start + width * (part[0] + (part[1] - part[0]) * fraction), stage)

    def run(self, source: OrderSource, index: int, count: int) -> None:
        self.span = (index / count, 1 / count)
        pending: list[OrderRecord] = []
        for item in prefetched(source, self._tick):
            if isinstance(item, RowError):
                self.summary.errors.append(item)
                continue
            pending.append(item)
            if len(pending) >= self.size:
                self._save(pending, source.label)
                pending = []
        self._save(pending, source.label)
        self._tick("grouping", 1.0)

    def _save(self, records: list[OrderRecord], label: str) -> None:
        if not records:
            return
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled
        records = list(_last_of_each(records))
        stored = {}
        if self.shop_exists:
            with reading(self.store.sessions) as conn:
                stored = stored_orders(conn, self.target.id, [r.order["order_no"] for r in records])
        changed = [r for r in records if not is_unchanged(r.order, stored.get(r.order["order_no"]))]
        self.summary.unchanged += len(records) - len(changed)
        if changed:
            self._write(changed, label)

    def _write(self, records: list[OrderRecord], label: str) -> None:
        try:
            self._call([r.order for r in records], label)
        except InvalidInput:
            if len(records) == 1:
                raise
            for record in records:  # find the order the service refuses; keep the others
                try:
                    self._call([record.order], label)
                except InvalidInput as exc:
                    self.summary.errors.extend(
                        RowError(f, row, "", str(exc), rows=1) for f, row in record.rows
                    )

    def _call(self, orders: list[dict[str, Any]], label: str) -> None:
        changes = import_orders(
            self.store.sessions,
            actor=self.actor,
            shop_id=self.target.id,
            orders=batch_text(orders),
            shop_name=self.target.name,
            platform=self.target.platform,
            source=label,
        )
        self.shop_exists = True
        counts = getattr(changes, "counts", {})
        self.summary.created += counts.get("created", 0)
        self.summary.updated += counts.get("updated", 0)
        self.summary.unchanged += counts.get("unchanged", 0)


def _last_of_each(records: list[OrderRecord]) -> Iterator[OrderRecord]:
    """One record per order number in a batch (the grouping makes them unique already)."""
    seen: dict[str, OrderRecord] = {}
    for record in records:
        seen[record.order["order_no"]] = record
    return iter(seen.values())
