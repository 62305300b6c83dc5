"""After-sale / refund exports read into cases: one row is one after-sale on an order item.

The words are in ``resources/connectors/aftersales.toml``. A case is a plain JSON dict:
``aftersale_no``, ``order_no``, ``sub_order_no``, ``kind`` (a TicketKind value), ``status``
(the TicketStatus the platform's state means), ``item_state`` (ItemAfterSale value), ``step``
(whose move it is: merchant, buyer, platform, done), ``state_text`` (the platform's words),
``applied_at`` and ``deadline`` (ISO 8601 UTC or None), ``amount_fen``, ``reason``,
``title``, ``sku``.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from app.connectors import values as v
from app.connectors.base import RowError
from app.connectors.tables import Sheet
from app.connectors.vocab import header_key
from app.resources import resource


@dataclass(frozen=True)
class AfterSaleWords:
    fields: dict[str, tuple[str, ...]]
    required: tuple[str, ...]
    kinds: dict[str, str]
    states: dict[str, tuple[str, str, str]]

    def header_index(self) -> dict[str, str]:
        return {header_key(n): f for f, names in self.fields.items() for n in names}


@cache
def words() -> AfterSaleWords:
    with resource("connectors", "aftersales.toml").open("rb") as fh:
        data = tomllib.load(fh)
    return AfterSaleWords(
        {k: tuple(names) for k, names in data["fields"].items()},
        tuple(data["required"]["fields"]),
        {v.fold(k): kind for k, kind in data["kinds"].items()},
        {v.fold(k): tuple(st) for k, st in data["states"].items()},
    )


@dataclass(frozen=True)
class CaseRow:
    case: dict[str, Any]
    file: str
    row: int


def read_cases(path: Path, *, tz: str) -> Iterator[CaseRow | RowError]:
    """Every row of an after-sale export as a case, or the reason it is refused."""
    w = words()
    index = w.header_index()
    with Sheet(path, set(index)) as sheet:
        columns: dict[str, tuple[int, str]] = {}
        for i, name in enumerate(sheet.header):
            field = index.get(header_key(name))
            if field and field not in columns:
                columns[field] = (i, name)
        missing = [f for f in w.required if f not in columns]
        if missing:
            names = "; ".join(" / ".join(w.fields[f][:2]) for f in missing)
            yield RowError(
                path.name, sheet.header_row, names, f"required column missing: {names}", 0
            )
            count = sum(1 for _ in sheet.rows)
            yield RowError(path.name, sheet.header_row, "", "rows not imported", count, True)
            return
        for row, cells in sheet.rows:
            yield _case(path.name, row, cells, columns, w, tz)


def _case(
    file: str,
    row: int,
    cells: list[Any],
    columns: dict[str, tuple[int, str]],
    w: AfterSaleWords,
    tz: str,
) -> CaseRow | RowError:
    def cell(field: str) -> Any:
        index = columns.get(field, (None, ""))[0]
        return cells[index] if index is not None and index < len(cells) else None

    def header(field: str) -> str:
        return columns.get(field, (0, field))[1]

    readers = {
        "aftersale_no": v.number_id,
        "order_no": v.number_id,
        "sub_order_no": v.number_id,
        "applied_at": lambda raw: v.instant(raw, tz),
        "deadline": lambda raw: v.instant(raw, tz),
        "amount": v.money_fen,
    }
    case: dict[str, Any] = {}
    try:
        for field, read in readers.items():
            if field in columns:
                case[field] = read(cell(field))
        for field in ("reason", "note", "title", "sku"):
            case[field] = v.clean(cell(field))[:200]
        for field in ("aftersale_no", "order_no", "applied_at"):
            if not case.get(field):
                raise _Bad(field, "is empty")
        state = v.clean(cell("state"))
        found = w.states.get(v.fold(state))
        if found is None:
            raise _Bad("state", f"unknown after-sale state {state!r}")
        case["status"], case["item_state"], case["step"] = found
        case["state_text"] = state
        case["kind"] = _kind(cell("kind"), cell("needs_return"), w)
    except _Bad as bad:
        return RowError(
            file, row, header(bad.field), f"{_WHAT.get(bad.field, bad.field)} {bad.reason}"
        )
    except v.BadValue as exc:
        return RowError(file, row, _failed_column(cells, columns, readers, tz), str(exc))
    case["amount_fen"] = case.pop("amount", 0)
    return CaseRow(case, file, row)


_WHAT = {
    "aftersale_no": "the after-sale number",
    "order_no": "the order number",
    "applied_at": "the application time",
    "state": "the state:",
    "kind": "the type:",
}


class _Bad(Exception):
    def __init__(self, field: str, reason: str) -> None:
        super().__init__(reason)
        self.field, self.reason = field, reason


def _kind(raw: Any, needs_return: Any, w: AfterSaleWords) -> str:
    text = v.clean(raw)
    if text:
        found = w.kinds.get(v.fold(text))
        if found is None:
            raise _Bad("kind", f"unknown after-sale type {text!r}")
        return found
    return "return" if v.clean(needs_return) in ("是", "需要", "yes", "1") else "refund_only"


def _failed_column(cells: list[Any], columns: dict, readers: dict, tz: str) -> str:
    for field, read in readers.items():
        if field not in columns:
            continue
        index, name = columns[field]
        try:
            read(cells[index] if index < len(cells) else None)
        except v.BadValue:
            return name
    return ""
