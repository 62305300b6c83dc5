"""Order exports read from files: the connector behind Douyin, Taobao/Tmall and mapped files.

A source is one or more *parts*, each a file with a role:

- ``rows``: each row is an order or one of its items (Douyin's report, a mapped file);
- ``orders``: each row is an order (Taobao's orders file); its item columns are used only
  when no ``details`` file describes the order's items;
- ``details``: each row is an item of an order (Taobao's order-details file).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.connectors.assemble import assemble
from app.connectors.base import OrderRecord, Progress, RowError
from app.connectors.parse import Columns, RowParser, mapped_columns, match_columns
from app.connectors.spill import Spill
from app.connectors.tables import Sheet
from app.connectors.vocab import Format, Vocabulary, header_key, vocabulary

PROGRESS_EVERY = 2_000


@dataclass(frozen=True)
class Part:
    path: Path
    role: str  # rows | orders | details
    fmt: Format
    mapping: dict[str, str] | None = field(default=None, hash=False)  # header -> field

    def known(self, vocab: Vocabulary) -> set[str]:
        if self.mapping is not None:
            return {header_key(h) for h, f in self.mapping.items() if f}
        return set(vocab.header_index(self.fmt.fields))

    def columns(self, header: list[str], vocab: Vocabulary) -> Columns:
        if self.mapping is not None:
            return mapped_columns(header, self.mapping)
        return match_columns(header, vocab.header_index(self.fmt.fields))


class ExportFiles:
    """An :class:`~app.connectors.base.OrderSource` over export files."""

    def __init__(self, parts: list[Part], *, platform: str, tz: str, label: str = "") -> None:
        self.parts = parts
        self.platform = platform
        self.tz = tz
        self.label = label or ", ".join(p.path.name for p in parts)
        self.vocab = vocabulary()

    def files(self) -> list[Path]:
        return [p.path for p in self.parts]

    def orders(self, progress: Progress | None = None) -> Iterator[OrderRecord | RowError]:
        broken = list(self._missing_columns())
        if broken:
            yield from self._reject_all(broken)
            return
        with Spill() as spill:
            yield from self._read(spill, progress)
            yield from self._groups(spill, progress)

    # ---- checking the headers -----------------------------------------------------------

    def _missing_columns(self) -> Iterator[RowError]:
        for part in self.parts:
            with Sheet(part.path, part.known(self.vocab)) as sheet:
                have = part.columns(sheet.header, self.vocab).fields
                for name in part.fmt.required:
                    if name not in have:
                        expected = " / ".join(self.vocab.fields[name].names[:3])
                        yield RowError(
                            part.path.name,
                            sheet.header_row,
                            expected,
                            f"required column missing: {expected}; no row of this file was "
                            "imported",
                            rows=0,
                        )

    def _reject_all(self, broken: list[RowError]) -> Iterator[RowError]:
        """A file without a required column: none of its rows, nor of the files it pairs
        with, can make whole orders."""
        yield from broken
        named = {e.file for e in broken}
        for part in self.parts:
            with Sheet(part.path, part.known(self.vocab)) as sheet:
                count = sum(1 for _ in sheet.rows)
            if part.path.name in named:
                yield RowError(
                    part.path.name, sheet.header_row, "", "rows not imported", count, True
                )
            else:
                yield RowError(
                    part.path.name,
                    sheet.header_row,
                    "",
                    f"not imported: {', '.join(sorted(named))}, exported with it, cannot be read",
                    count,
                    True,
                )

    # ---- reading rows into the spill -----------------------------------------------------

    def _read(self, spill: Spill, progress: Progress | None) -> Iterator[RowError]:
        sizes = [max(1, p.path.stat().st_size) for p in self.parts]
        total, before = sum(sizes), 0
        for n, part in enumerate(self.parts):
            with Sheet(part.path, part.known(self.vocab)) as sheet:
                parser = RowParser(
                    part.columns(sheet.header, self.vocab),
                    self.vocab,
                    platform=self.platform,
                    tz=self.tz,
                )
                name = part.path.name
                last_key, last_good = None, False
                for count, (row, cells) in enumerate(sheet.rows, start=1):
                    raw_key = parser.key_cell(cells)
                    further = last_good and raw_key == last_key and part.role == "rows"
                    order, item, problems = parser.parse(cells, further=further)
                    last_key, last_good = raw_key, not problems
                    key = order.get("order_no")
                    if not key:
                        yield from _errors(name, row, problems)
                    else:
                        spill.add(key, [n, row, part.role, order, item, problems])
                    if progress is not None and count % PROGRESS_EVERY == 0:
                        progress("reading", (before + sheet.fraction() * sizes[n]) / total)
            before += sizes[n]
        if progress is not None:
            progress("reading", 1.0)

    # ---- whole orders out of the spill ---------------------------------------------------

    def _groups(self, spill: Spill, progress: Progress | None) -> Iterator[OrderRecord | RowError]:
        names = [p.path.name for p in self.parts]
        for done, (key, rows) in enumerate(spill.grouped(), start=1):
            yield from self._group(key, rows, names)
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress("grouping", done / max(1, spill.groups))
        if progress is not None:
            progress("grouping", 1.0)

    def _group(
        self, key: str, rows: list[list[Any]], names: list[str]
    ) -> Iterator[OrderRecord | RowError]:
        where = [(names[n], row) for n, row, *_ in rows]
        bad = [(names[n], row, problems) for n, row, _r, _o, _i, problems in rows if problems]
        if bad:
            yield from _reject_order(key, where, bad)
            return
        order_parts = [o for _n, _row, role, o, _i, _p in rows if role in ("rows", "orders")]
        details = [i for _n, _row, role, _o, i, _p in rows if role == "details"]
        if not order_parts:
            for file, row in where:
                yield RowError(
                    file, row, "", f"order {key} is not in the orders file exported with it"
                )
            return
        items = details or [i for _n, _row, role, _o, i, _p in rows if role in ("rows", "orders")]
        yield OrderRecord(assemble(order_parts, items), tuple(where))


def _errors(file: str, row: int, problems: list[tuple[str, str]]) -> Iterator[RowError]:
    for i, (column, reason) in enumerate(problems):
        yield RowError(file, row, column, reason, rows=1 if i == 0 else 0)


def _reject_order(
    key: str, where: list[tuple[str, int]], bad: list[tuple[str, int, list]]
) -> Iterator[RowError]:
    """One bad row rejects its whole order: no order is imported without all its items."""
    first_file, first_row, _ = bad[0]
    bad_rows = {(f, r) for f, r, _ in bad}
    for file, row, problems in bad:
        yield from _errors(file, row, [tuple(p) for p in problems])
    for file, row in where:
        if (file, row) not in bad_rows:
            yield RowError(
                file,
                row,
                "",
                f"order {key} not imported: row {first_row} of {first_file} has an error",
            )
