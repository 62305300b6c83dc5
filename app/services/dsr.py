"""DSR entry: the platform's detailed seller ratings for a period, copied by a supervisor from
the shop backend (description, service, logistics; 1.000 to 5.000). Entering the same shop,
product and period again corrects the entry."""

from __future__ import annotations

import datetime as dt
import uuid

from pendulum import DateTime
from sqlalchemy.orm import Session

from app.errors import InvalidInput, NotFound
from app.models import DsrEntry, Shop, derived_id
from app.services.approvals import require_supervisor
from app.services.unit import Actor, Changes, audit, mutation

LOW, HIGH = 1000, 5000  # thousandths: 1.000 to 5.000
MAX_SPAN_DAYS = 366


def parse_day(value: str, name: str) -> dt.date:
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError as exc:
        raise InvalidInput(
            f"{name} must be a date like 2026-03-01, not {value!r}", field=name
        ) from exc


def _milli(value: int, name: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not LOW <= value <= HIGH:
        raise InvalidInput(
            f"{name} must be a rating from 1.000 to 5.000 (in thousandths, {LOW}-{HIGH}), "
            f"not {value!r}",
            field=name,
        )
    return value


def entry_id(shop_id: uuid.UUID, product_id: str, start: dt.date, end: dt.date) -> uuid.UUID:
    return derived_id(shop_id, "dsr", product_id, start.isoformat(), end.isoformat())


@mutation("dsr.enter", stamps=("at",))
def enter_dsr(
    s: Session,
    actor: Actor,
    *,
    shop_id: uuid.UUID,
    period_start: str,
    period_end: str,
    describe_milli: int,
    service_milli: int,
    logistics_milli: int,
    at: DateTime,
    product_id: str = "",
    product_title: str = "",
    note: str = "",
) -> Changes:
    """Record (or correct) the DSR of a shop, or of one of its products, for a period."""
    require_supervisor(actor, "DSR entry")
    shop = s.get(Shop, shop_id)
    if shop is None:
        raise NotFound(f"no shop {shop_id}", id=str(shop_id))
    start, end = parse_day(period_start, "period_start"), parse_day(period_end, "period_end")
    if end < start:
        raise InvalidInput(
            f"the period ends ({end}) before it starts ({start})", field="period_end"
        )
    if (end - start).days >= MAX_SPAN_DAYS:
        raise InvalidInput(f"a DSR period is at most {MAX_SPAN_DAYS} days", field="period_end")
    scores = {
        "describe_milli": _milli(describe_milli, "describe_milli"),
        "service_milli": _milli(service_milli, "service_milli"),
        "logistics_milli": _milli(logistics_milli, "logistics_milli"),
    }
    product_id, note = (product_id or "").strip()[:64], (note or "").strip()
    if len(note) > 500:
        raise InvalidInput("the note is longer than 500 characters", field="note")
    rid = entry_id(shop_id, product_id, start, end)
    row = s.get(DsrEntry, rid)
    if row is None:
        row = DsrEntry(id=rid, shop_id=shop_id, product_id=product_id, period_start=start,
                       period_end=end, created_at=at)  # fmt: skip
        s.add(row)
    else:
        row.version += 1
    for key, value in scores.items():
        setattr(row, key, value)
    row.product_title = (product_title or "").strip()[:200]
    row.note, row.entered_by, row.updated_at, row.deleted_at = note, actor.agent_id, at, None
    audit(s, actor, "dsr.enter", "dsr_entry", rid, at=at, shop=shop.name, product=product_id,
          period=f"{start}/{end}", **scores)  # fmt: skip
    return Changes(created=rid)
