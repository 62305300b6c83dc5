"""One row of an export read into its order-level and item-level fields."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.connectors import values as v
from app.connectors.vocab import Vocabulary, header_key, state_family


@dataclass(frozen=True)
class Columns:
    """Which column holds which field: ``(column index, field, header as written)``."""

    plan: tuple[tuple[int, str, str], ...]

    @property
    def fields(self) -> set[str]:
        return {f for _i, f, _h in self.plan}

    def header_of(self, field: str) -> str:
        return next((h for _i, f, h in self.plan if f == field), field)


def match_columns(header: list[str], index: dict[str, str]) -> Columns:
    """Columns by header name (first column of each field wins), never by position."""
    plan, taken = [], set()
    for i, name in enumerate(header):
        field = index.get(header_key(name))
        if field is not None and field not in taken:
            taken.add(field)
            plan.append((i, field, name))
    return Columns(tuple(plan))


def mapped_columns(header: list[str], mapping: dict[str, str]) -> Columns:
    """Columns by a saved mapping of header (as written) -> field."""
    wanted = {header_key(h): f for h, f in mapping.items() if f}
    return match_columns(header, wanted)


class RowParser:
    """Reads the cells of one row strictly; every problem names its column."""

    def __init__(self, columns: Columns, vocab: Vocabulary, *, platform: str, tz: str) -> None:
        self.columns = columns
        self.vocab = vocab
        self.tz = tz
        family = state_family(platform)
        self.states = vocab.states.get(family) or {
            word: state for words in vocab.states.values() for word, state in words.items()
        }
        self.plan = [
            (i, f, h, vocab.fields[f].level == "order", self._reader(f)) for i, f, h in columns.plan
        ]
        self.required = [
            (f, columns.header_of(f))
            for f in ("order_no", "status", "placed_at")
            if f in columns.fields
        ]
        # A further row of the same order: its order-level cells are not read (the order's
        # first row gives them), only the order number and the item.
        self.item_plan = [p for p in self.plan if not p[3] or p[1] == "order_no"]
        self.key_index = next((i for i, f, _h in columns.plan if f == "order_no"), None)

    def key_cell(self, cells: list[Any]) -> Any:
        """The raw order-number cell (to tell a further row of the same order)."""
        i = self.key_index
        return cells[i] if i is not None and i < len(cells) else None

    def parse(
        self, cells: list[Any], *, further: bool = False
    ) -> tuple[dict[str, Any], dict[str, Any], list[tuple[str, str]]]:
        """The row's order-level and item-level fields and its problems; ``further``: a
        further row of the order the row before began (only its item is read)."""
        order: dict[str, Any] = {}
        item: dict[str, Any] = {}
        problems: list[tuple[str, str]] = []
        width = len(cells)
        for index, field, header, is_order, read in self.item_plan if further else self.plan:
            try:
                value = read(cells[index] if index < width else None)
            except v.BadValue as exc:
                problems.append((header, str(exc)))
                continue
            if is_order:
                order[field] = value
            else:
                item[field] = value
        for field, header in self.required[:1] if further else self.required:
            if not order.get(field) and not any(h == header for h, _r in problems):
                problems.append((header, f"{_WHAT[field]} is empty"))
        return order, item, problems

    def _reader(self, field: str) -> Callable[[Any], Any]:
        kind = self.vocab.fields[field].kind
        if field == "phone":
            return v.masked_phone
        readers: dict[str, Callable[[Any], Any]] = {
            "id": v.number_id,
            "money": v.money_fen,
            "time": lambda raw: v.instant(raw, self.tz),
            "int": _quantity,
            "state": self._state,
            "payment": self._payment,
            "flag": lambda raw: self.vocab.flags.get(v.fold(v.clean(raw)), "none"),
            "text": v.clean,
        }
        return readers[kind]

    def _payment(self, raw: Any) -> str:
        folded = v.fold(v.clean(raw))
        return next((p for word, p in self.vocab.payments.items() if word in folded), "online")

    def _state(self, raw: Any) -> str:
        text = v.clean(raw)
        if not text:
            return ""
        found = self.states.get(text) or self.states.get(v.fold(text))
        if found is None:
            known = "、".join(sorted(set(self.states)))
            raise v.BadValue(f"unknown order state {text!r} (known: {known})")
        return found


def _quantity(raw: Any) -> int:
    return v.whole(raw) if isinstance(raw, (int, float)) or v.clean(raw) else 1


_WHAT = {"order_no": "the order number", "status": "the order state", "placed_at": "the order time"}
