"""The queue's current view written out as CSV (UTF-8 with a BOM, for Excel) or XLSX.

Pages through the same query the queue pane shows, so the file holds exactly the tickets of
the view and filter the agent is looking at, in the same order, in constant memory.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator, Sequence
from enum import Enum
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from app.queries import queue as q

PAGE = 500


def queue_rows(sessions: sessionmaker[Session], flt: q.QueueFilter) -> Iterator[q.QueueRow]:
    after = None
    while True:
        page = q.fetch_page(sessions, flt, after=after, limit=PAGE)
        yield from page
        if len(page) < PAGE:
            return
        last = page[-1]
        after = (last.due_at, last.id)


def queue_cells(row: q.QueueRow, label: Callable[[Enum], str], tz: str) -> list[str]:
    return [
        row.due_at.in_timezone(tz).format("YYYY-MM-DD HH:mm"),
        label(row.kind),
        label(row.status),
        label(row.priority),
        row.nickname,
        row.order_no,
        label(row.platform),
        row.shop_name,
        row.assignee,
        row.subject,
        "、".join(t.name for t in row.tags),
    ]


def write_table(path: Path, header: Sequence[str], rows: Iterator[Sequence[object]]) -> int:
    """Write ``rows`` under ``header`` as CSV or XLSX (by the file's suffix); returns the
    number of rows. Written to a side file first, so a failure leaves no half file."""
    path = Path(path)
    partial = path.with_name(path.name + ".part")
    count = 0
    if path.suffix.lower() == ".xlsx":
        from openpyxl import Workbook

        book = Workbook(write_only=True)
        sheet = book.create_sheet()
        sheet.append(list(header))
        for row in rows:
            sheet.append(list(row))
            count += 1
        book.save(partial)
    else:
        with partial.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(header)
            for row in rows:
                writer.writerow(row)
                count += 1
    partial.replace(path)
    return count


def export_queue(
    sessions: sessionmaker[Session],
    flt: q.QueueFilter,
    path: Path,
    *,
    header: Sequence[str],
    label: Callable[[Enum], str],
    tz: str = "Asia/Shanghai",
) -> int:
    rows = (queue_cells(r, label, tz) for r in queue_rows(sessions, flt))
    return write_table(path, header, rows)
