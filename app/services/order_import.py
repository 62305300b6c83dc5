"""Orders from the platforms, upserted by (shop, order number): the ``order.import`` mutation.

One call takes a batch of whole orders as plain JSON (see app/connectors/assemble.py for the
keys) and is one transaction: an order is stored with all its items or not at all. Its ids
are derived from stable keys (the shop and the order number, the order and the item's
sub-order number, the shop and the buyer), so replaying the call on the team server makes the
same rows. Orders already stored are compared field by field: only what the file says
differently is written (and audited with the value before); the rest is counted unchanged.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import pendulum
from pendulum import DateTime
from sqlalchemy import Connection, Uuid, bindparam, select
from sqlalchemy.orm import Session

from app.errors import InvalidInput
from app.models import (
    ACTIVE_STATUSES,
    Customer,
    FlagColor,
    Order,
    OrderItem,
    OrderStatus,
    PaymentMethod,
    Platform,
    Shop,
    Ticket,
    derived_id,
)
from app.services import windows
from app.services.import_rows import insert_rows, naive_utc
from app.services.unit import Actor, Changes, audit, mutation

TIMES = ("placed_at", "paid_at", "shipped_at", "signed_at", "confirmed_at", "ship_by")
MONEY = ("goods_fen", "shipping_fen", "discount_fen", "paid_fen")
TEXT = {"carrier": 40, "tracking_no": 40, "buyer_remark": 500, "flag_remark": 500}
ITEM_FIELDS = ("sku", "product_id", "title", "quantity", "unit_price_fen", "discount_fen")
# Fields whose change moves the platform windows of the order's tickets.
WINDOW_FIELDS = frozenset({"status", "payment", *TIMES})
MAX_BATCH = 5_000


COUNTS = ("created", "updated", "unchanged")


@dataclass
class ImportChanges(Changes):
    """What a batch did: ``counts`` of created, updated and unchanged orders."""

    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTS, 0))


@dataclass
class Stored:
    """An order as stored, in the record's own terms, with its items."""

    id: uuid.UUID
    values: dict[str, Any]
    items: list[dict[str, Any]]


def order_id_for(shop_id: uuid.UUID, order_no: str) -> uuid.UUID:
    return derived_id(shop_id, "order", order_no)


def item_id_for(order_id: uuid.UUID, key: str) -> uuid.UUID:
    return derived_id(order_id, "item", key)


# ---- reading what is stored --------------------------------------------------------------

_ORDERS = select(
    Order.id,
    Order.order_no,
    Order.status,
    Order.payment_method,
    *(getattr(Order, t) for t in TIMES),
    *(getattr(Order, m) for m in MONEY),
    *(getattr(Order, t) for t in TEXT),
    Order.flag,
).where(
    Order.shop_id == bindparam("shop", type_=Uuid()),
    Order.order_no.in_(bindparam("nos", expanding=True)),
)
_ITEMS = (
    select(OrderItem.order_id, OrderItem.id, *(getattr(OrderItem, f) for f in ITEM_FIELDS))
    .where(OrderItem.order_id.in_(bindparam("ids", expanding=True, type_=Uuid())))
    .order_by(OrderItem.order_id, OrderItem.line_no)
)


def stored_orders(
    conn: Connection | Session, shop_id: uuid.UUID, order_nos: list[str]
) -> dict[str, Stored]:
    """The shop's stored orders among ``order_nos``, by order number."""
    if not order_nos:
        return {}
    found: dict[str, Stored] = {}
    for row in conn.execute(_ORDERS, {"shop": shop_id, "nos": order_nos}):
        oid, no, status, payment, *rest = row
        times, money = rest[: len(TIMES)], rest[len(TIMES) : len(TIMES) + len(MONEY)]
        texts, flag = rest[len(TIMES) + len(MONEY) : -1], rest[-1]
        values: dict[str, Any] = {"status": status.value, "payment": payment.value}
        values.update(
            {
                t: (v.isoformat() if v is not None else None)
                for t, v in zip(TIMES, times, strict=True)
            }
        )
        values.update(zip(MONEY, money, strict=True))
        values.update({t: v or "" for t, v in zip(TEXT, texts, strict=True)})
        values["flag"] = flag.value
        found[no] = Stored(oid, values, [])
    by_id = {s.id: s for s in found.values()}
    if by_id:
        for oid, iid, *item in conn.execute(_ITEMS, {"ids": list(by_id)}):
            by_id[oid].items.append({"id": iid, **dict(zip(ITEM_FIELDS, item, strict=True))})
    return found


def differences(record: dict[str, Any], stored: Stored) -> tuple[dict[str, list], list]:
    """What the record says differently from the stored order: ``{field: [before, after]}``
    and the item changes ``[(stored item or None, record item, changed fields)]``."""
    changed = {
        k: [stored.values.get(k), record[k]]
        for k in (*TIMES, *MONEY, *TEXT, "status", "payment", "flag")
        if k in record and record[k] != stored.values.get(k)
    }
    return changed, _item_changes(stored, record.get("items") or [])


def _item_changes(stored: Stored, items: list[dict[str, Any]]) -> list:
    free = list(stored.items)
    out = []
    for item in items:
        match = _match(stored.id, free, item)
        if match is not None:
            free.remove(match)
            fields = [f for f in ITEM_FIELDS if match[f] != item[f]]
            if fields:
                out.append((match, item, fields))
        else:
            out.append((None, item, list(ITEM_FIELDS)))
    return out


def _match(order_id: uuid.UUID, free: list[dict], item: dict) -> dict | None:
    """The stored item a record item is: the one with its derived id, else (an order stored
    before it was imported) the first with its SKU and title, else with its title."""
    wanted = item_id_for(order_id, item["key"])
    by_id = [s for s in free if s["id"] == wanted]
    if by_id:
        return by_id[0]
    if item["sku"]:
        same = [s for s in free if s["sku"] == item["sku"] and s["title"] == item["title"]]
        if same:
            return same[0]
    same = [s for s in free if s["title"] == item["title"]]
    return same[0] if same else None


def is_unchanged(record: dict[str, Any], stored: Stored | None) -> bool:
    if stored is None:
        return False
    changed, items = differences(record, stored)
    return not changed and not items


# ---- the mutation ------------------------------------------------------------------------


@mutation("order.import", stamps=("at",))
def import_orders(
    s: Session,
    actor: Actor,
    *,
    shop_id: uuid.UUID,
    orders: str,
    at: DateTime,
    shop_name: str = "",
    platform: Platform | None = None,
    source: str = "",
) -> Changes:
    """Create or update a batch of whole orders of one shop (the shop is created on first
    use when ``shop_name`` and ``platform`` are given). ``orders`` is the batch as one JSON
    array text (:func:`batch_text`): it travels to the team server as it is."""
    shop = _shop(s, shop_id, shop_name, platform, at)
    records = _checked(_decoded(orders))
    stored = stored_orders(s, shop.id, [r["order_no"] for r in records])
    changes = ImportChanges(queue=True)
    fresh = [r for r in records if r["order_no"] not in stored]
    _create(s, shop, fresh, at)
    changes.counts["created"] = len(fresh)
    for record in records:
        found = stored.get(record["order_no"])
        if found is None:
            continue
        if _update(s, actor, found, record, at):
            changes.counts["updated"] += 1
            changes.orders.add(found.id)
        else:
            changes.counts["unchanged"] += 1
    if fresh:
        audit(
            s,
            actor,
            "order.import",
            "shop",
            shop.id,
            at=at,
            source=source[:200],
            created=len(fresh),
            first=fresh[0]["order_no"],
            last=fresh[-1]["order_no"],
        )
    return changes


def batch_text(orders: list[dict[str, Any]]) -> str:
    """A batch of order records as the ``orders`` argument of :func:`import_orders`."""
    return json.dumps(orders, ensure_ascii=False, separators=(",", ":"))


def _decoded(text: str) -> list[dict[str, Any]]:
    try:
        orders = json.loads(text)
    except (TypeError, ValueError) as exc:
        raise InvalidInput(f"orders is not a JSON array of orders: {exc}", field="orders") from exc
    if not isinstance(orders, list) or not all(isinstance(o, dict) for o in orders):
        raise InvalidInput("orders is not a JSON array of orders", field="orders")
    if len(orders) > MAX_BATCH:
        raise InvalidInput(f"at most {MAX_BATCH} orders a batch", field="orders")
    return orders


def _shop(
    s: Session, shop_id: uuid.UUID, name: str, platform: Platform | None, at: DateTime
) -> Shop:
    shop = s.get(Shop, shop_id)
    if shop is not None:
        if platform is not None and shop.platform != platform and platform != Platform.OTHER:
            raise InvalidInput(
                f"the shop {shop.name} is on {shop.platform.value}, not {platform.value}",
                field="platform",
            )
        return shop
    if not name.strip() or platform is None:
        raise InvalidInput(f"no shop {shop_id}; name the shop and its platform", field="shop_id")
    shop = Shop(
        id=shop_id, name=name.strip()[:100], platform=platform, created_at=at, updated_at=at
    )
    s.add(shop)
    s.flush()
    return shop


def _checked(orders: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    out, seen = [], set()
    for record in orders:
        no = str(record.get("order_no") or "").strip()
        if not no or len(no) > 40:
            raise InvalidInput(f"bad order number {no!r}", field="orders")
        if no in seen:
            raise InvalidInput(f"order {no} twice in one batch", field="orders")
        seen.add(no)
        if "status" in record:
            OrderStatus(record["status"])
        if "payment" in record:
            PaymentMethod(record["payment"])
        if "flag" in record:
            FlagColor(record["flag"])
        out.append(record)
    return out


# ---- creating ----------------------------------------------------------------------------


def _create(s: Session, shop: Shop, records: list[dict[str, Any]], at: DateTime) -> None:
    if not records:
        return
    stamp = naive_utc(at.isoformat())
    sync = {"created_at": stamp, "updated_at": stamp, "version": 1, "deleted_at": None}
    buyers = _buyers(s, shop.id, records, sync)
    orders, items = [], []
    for r in records:
        if not r.get("status") or not r.get("placed_at"):
            raise InvalidInput(f"order {r['order_no']}: a new order needs its state and time")
        oid = order_id_for(shop.id, r["order_no"])
        orders.append(
            {
                **_order_columns(r),
                **sync,
                "id": oid,
                "shop_id": shop.id,
                "order_no": r["order_no"],
                "customer_id": buyers[_buyer_key(r)],
            }
        )
        for line, item in enumerate(r.get("items") or [], start=1):
            items.append(
                {
                    **_item_columns(item),
                    **sync,
                    "id": item_id_for(oid, item["key"]),
                    "order_id": oid,
                    "line_no": line,
                }
            )
    insert_rows(s, "orders", orders)
    insert_rows(s, "order_items", items)


_BUYERS = select(Customer.platform_buyer_id, Customer.id).where(
    Customer.shop_id == bindparam("shop", type_=Uuid()),
    Customer.platform_buyer_id.in_(bindparam("keys", expanding=True)),
)


def _buyer_key(record: dict[str, Any]) -> str:
    return record.get("buyer_key") or f"order:{record['order_no']}"


def _buyers(
    s: Session, shop_id: uuid.UUID, records: list[dict], sync: dict
) -> dict[str, uuid.UUID]:
    keys = {_buyer_key(r): r for r in records}
    found = dict(s.execute(_BUYERS, {"shop": shop_id, "keys": list(keys)}).all())
    new = []
    for key, r in keys.items():
        if key in found:
            continue
        cid = derived_id(shop_id, "customer", key)
        found[key] = cid
        nick = r.get("buyer_nick") or key
        new.append(
            {
                **sync,
                "id": cid,
                "shop_id": shop_id,
                "platform_buyer_id": key,
                "nickname": nick[:100],
                "phone_masked": r.get("phone"),
            }
        )
    insert_rows(s, "customers", new)
    return found


def _order_columns(r: dict[str, Any]) -> dict[str, Any]:
    try:
        out: dict[str, Any] = {t: naive_utc(r.get(t)) for t in TIMES}
    except (TypeError, ValueError) as exc:
        raise InvalidInput(f"order {r.get('order_no')}: bad time ({exc})", field="orders") from exc
    out.update({m: int(r.get(m) or 0) for m in MONEY})
    out.update(
        {
            t: (r.get(t) or "")[:n] or None
            for t, n in TEXT.items()
            if t in ("carrier", "tracking_no")
        }
    )
    out.update(
        {t: (r.get(t) or "")[:n] for t, n in TEXT.items() if t not in ("carrier", "tracking_no")}
    )
    out["status"] = r["status"]
    out["payment_method"] = r.get("payment") or PaymentMethod.ONLINE.value
    out["flag"] = r.get("flag") or FlagColor.NONE.value
    return out


def _item_columns(item: dict[str, Any]) -> dict[str, Any]:
    return {
        "sku": str(item.get("sku") or "")[:64],
        "product_id": str(item.get("product_id") or "")[:64],
        "title": str(item.get("title") or "?")[:200],
        "quantity": int(item.get("quantity") or 1),
        "unit_price_fen": int(item.get("unit_price_fen") or 0),
        "discount_fen": int(item.get("discount_fen") or 0),
    }


# ---- updating ----------------------------------------------------------------------------


def _update(s: Session, actor: Actor, stored: Stored, record: dict[str, Any], at: DateTime) -> bool:
    changed, items = differences(record, stored)
    if not changed and not items:
        return False
    order = s.get(Order, stored.id)
    columns = _order_columns(
        {**stored.values, **record, "status": record.get("status") or stored.values["status"]}
    )
    for key in changed:
        column = "payment_method" if key == "payment" else key
        setattr(order, column, _aware(record[key]) if key in TIMES else columns[column])
    _update_items(s, order, items, at)
    order.version += 1
    order.updated_at = at
    audit(
        s,
        actor,
        "order.update",
        "order",
        order.id,
        order_id=order.id,
        at=at,
        changes=changed,
        items=len(items),
    )
    if WINDOW_FIELDS & set(changed):
        _retarget_tickets(s, order.id, at)
    return True


def _aware(iso: str | None) -> DateTime | None:
    return None if iso is None else pendulum.parse(iso).in_timezone("UTC")


def _update_items(s: Session, order: Order, changes: list, at: DateTime) -> None:
    next_line = max((i.line_no for i in order.items), default=0)
    for stored, item, fields in changes:
        values = _item_columns(item)
        if stored is None:
            next_line += 1
            s.add(
                OrderItem(
                    id=item_id_for(order.id, item["key"]),
                    order_id=order.id,
                    line_no=next_line,
                    created_at=at,
                    updated_at=at,
                    **values,
                )
            )
            continue
        row = s.get(OrderItem, stored["id"])
        for f in fields:
            setattr(row, f, values[f])
        row.version += 1
        row.updated_at = at


def _retarget_tickets(s: Session, order_id: uuid.UUID, at: DateTime) -> None:
    for ticket in s.scalars(
        select(Ticket).where(Ticket.order_id == order_id, Ticket.status.in_(ACTIVE_STATUSES))
    ):
        windows.retarget_later(s, ticket, at)
