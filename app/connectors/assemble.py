"""The rows of one order put together as the record the import service takes.

Keys of the record (only those the source knows are present):

- ``order_no``, ``status`` (an OrderStatus value), ``payment`` (online | cod)
- ``buyer_key`` (the buyer's platform id, else receiver and phone), ``buyer_nick``, ``phone``
- times as ISO 8601 in UTC or None: ``placed_at``, ``paid_at``, ``shipped_at``, ``signed_at``,
  ``confirmed_at``, ``ship_by``
- money in fen: ``goods_fen``, ``shipping_fen``, ``discount_fen``, ``paid_fen``
- ``carrier``, ``tracking_no``, ``buyer_remark``, ``flag_remark``, ``flag``
- ``items``: a list of ``{key, sku, product_id, title, quantity, unit_price_fen,
  discount_fen}``; ``key`` is the platform's sub-order number where the export has one.

Order-level columns are read from the order's first row. Where a sub-order report gives the
payable amount or discount per row, the order's figure is their sum; where only the order's
discount is known it is allocated over the items in proportion (app.policy.money).
"""

from __future__ import annotations

from typing import Any

from app.policy.money import allocate_discount

ORDER_TEXT = ("carrier", "tracking_no", "buyer_remark", "flag_remark", "flag", "payment")
TIMES = ("placed_at", "paid_at", "shipped_at", "signed_at", "confirmed_at", "ship_by")
MONEY = {
    "goods": "goods_fen",
    "shipping": "shipping_fen",
    "discount": "discount_fen",
    "paid": "paid_fen",
}
TITLE_LIMIT = 200


def assemble(order_parts: list[dict[str, Any]], item_parts: list[dict[str, Any]]) -> dict[str, Any]:
    """``order_parts``: the order-level fields of each row (first wins); ``item_parts``: the
    item-level fields of each row that describes an item."""
    first = order_parts[0]
    out: dict[str, Any] = {"order_no": first["order_no"]}
    if first.get("status"):
        out["status"] = first["status"]
    for key in (*TIMES, *ORDER_TEXT):
        if key in first:
            out[key] = first[key]
    for key, target in MONEY.items():
        if key in first:
            out[target] = first[key]
    _buyer(out, first)
    items = _items(item_parts)
    if items:
        out["items"] = items
        _order_money(out, item_parts, items)
    return out


def _buyer(out: dict[str, Any], first: dict[str, Any]) -> None:
    buyer_id = first.get("buyer_id") or ""
    nick = first.get("buyer_nick") or buyer_id or first.get("receiver") or ""
    phone = first.get("phone") or ""
    if buyer_id:
        out["buyer_key"] = buyer_id[:64]
    elif first.get("receiver") or phone:
        out["buyer_key"] = f"{first.get('receiver', '')}/{phone}"[:64]
    out["buyer_nick"] = (nick or out.get("buyer_key") or "")[:100]
    if phone:
        out["phone"] = phone


def _items(parts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    items, seen = [], {}
    for part in parts:
        if not any(part.get(k) for k in ("title", "sku", "sub_order_no", "product_id")):
            continue
        title = part.get("title") or part.get("sku") or part.get("product_id") or "?"
        spec = part.get("spec") or ""
        if spec and spec not in title:
            title = f"{title} {spec}"
        key = part.get("sub_order_no") or ""
        if not key:  # no sub-order number: the item's own description, counted if repeated
            base = f"{part.get('sku', '')}|{title}"
            seen[base] = seen.get(base, 0) + 1
            key = f"{base}|{seen[base]}"
        items.append(
            {
                "key": key[:120],
                "sku": (part.get("sku") or "")[:64],
                "product_id": (part.get("product_id") or "")[:64],
                "title": title[:TITLE_LIMIT],
                "quantity": part.get("quantity") or 1,
                "unit_price_fen": part.get("unit_price") or 0,
                "discount_fen": part.get("line_discount") or 0,
            }
        )
    return items


def _order_money(
    out: dict[str, Any], parts: list[dict[str, Any]], items: list[dict[str, Any]]
) -> None:
    priced = [p for p in parts if "unit_price" in p]
    if "goods_fen" not in out and priced:
        out["goods_fen"] = sum(i["unit_price_fen"] * i["quantity"] for i in items)
    if "paid_fen" not in out and any("line_paid" in p for p in parts):
        out["paid_fen"] = sum(p.get("line_paid") or 0 for p in parts)
    if "discount_fen" not in out:
        if any("line_discount" in p for p in parts):
            out["discount_fen"] = sum(i["discount_fen"] for i in items)
        elif "goods_fen" in out and "paid_fen" in out:
            total = out["goods_fen"] + out.get("shipping_fen", 0)
            out["discount_fen"] = max(0, total - out["paid_fen"])
    if out.get("discount_fen") and not any(i["discount_fen"] for i in items):
        amounts = [i["unit_price_fen"] * i["quantity"] for i in items]
        if sum(amounts) >= out["discount_fen"]:
            for item, share in zip(
                items, allocate_discount(out["discount_fen"], amounts), strict=True
            ):
                item["discount_fen"] = share
