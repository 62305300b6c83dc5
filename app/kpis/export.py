"""Writing a table (a key figure, the accounting entries) to CSV or XLSX.

The caller passes the headers in the user's language and the rows with coded values already
put in words; values keep their kind: fen become yuan (exact decimals), ratios percentages,
dates dates. CSV is UTF-8 with a byte-order mark, so spreadsheet programs on Chinese Windows
read it right. The file appears whole or not at all (written aside, then moved in place).
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import tempfile
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from app.errors import InvalidInput
from app.kpis.figure import Kind

FORMATS = (".csv", ".xlsx")


def yuan(fen: int) -> Decimal:
    return Decimal(fen) / 100


def _csv_value(kind: Kind, value: object) -> str:
    if value is None:
        return ""
    if kind == "fen":
        return f"{yuan(int(value)):.2f}"
    if kind == "ratio":
        return f"{Decimal(str(value)) * 100:.2f}%"
    if kind == "hours":
        return f"{float(value):.2f}"
    if isinstance(value, bool):
        return "1" if value else ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _xlsx_value(kind: Kind, value: object) -> tuple[object, str | None]:
    """The cell's value and its number format."""
    if value is None:
        return None, None
    if kind == "fen":
        return yuan(int(value)), "#,##0.00"
    if kind == "ratio":
        return float(value), "0.00%"
    if kind == "hours":
        return float(value), "0.00"
    if kind == "score":
        return float(value), "0.000"
    if isinstance(value, bool):
        return (1 if value else None), None
    if kind == "date" and isinstance(value, str):
        return dt.date.fromisoformat(value), "yyyy-mm-dd"
    if isinstance(value, dt.date):
        return value, "yyyy-mm-dd"
    return value, None


def write_table(
    path: Path | str,
    *,
    title: str,
    headers: Sequence[str],
    kinds: Sequence[Kind],
    rows: Sequence[Sequence[object]],
) -> Path:
    """Write the table to ``path`` (.csv or .xlsx, by its suffix) and return it."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        raise InvalidInput(f"export to .csv or .xlsx, not {target.name!r}", field="path")
    if len(headers) != len(kinds) or any(len(r) != len(headers) for r in rows):
        raise InvalidInput("every row needs one value per column", field="rows")
    if not target.parent.is_dir():
        raise InvalidInput(f"no folder {target.parent}", field="path")
    fd, tmp = tempfile.mkstemp(prefix=".export-", suffix=suffix, dir=target.parent)
    os.close(fd)
    try:
        if suffix == ".csv":
            _csv(Path(tmp), headers, kinds, rows)
        else:
            _xlsx(Path(tmp), title, headers, kinds, rows)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def _csv(path: Path, headers, kinds, rows) -> None:  # noqa: ANN001
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(headers)
        for row in rows:
            out.writerow([_csv_value(k, v) for k, v in zip(kinds, row, strict=True)])


def _xlsx(path: Path, title: str, headers, kinds, rows) -> None:  # noqa: ANN001
    from openpyxl import Workbook  # loaded on first export
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = _sheet_name(title)
    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for r, row in enumerate(rows, start=2):
        for c, (kind, value) in enumerate(zip(kinds, row, strict=True), start=1):
            content, fmt = _xlsx_value(kind, value)
            cell = sheet.cell(row=r, column=c, value=content)
            if fmt:
                cell.number_format = fmt
    for c, header in enumerate(headers, start=1):
        width = max([len(str(header))] + [len(str(row[c - 1] or "")) for row in rows[:200]])
        sheet.column_dimensions[sheet.cell(row=1, column=c).column_letter].width = min(
            60, 4 + width * 1.6
        )
    sheet.freeze_panes = "A2"
    book.save(path)


def _sheet_name(title: str) -> str:
    cleaned = "".join(ch for ch in title if ch not in "[]:*?/\\")
    return (cleaned or "Sheet")[:31]
