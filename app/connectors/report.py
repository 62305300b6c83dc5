"""The rejected rows, copied out of the files they came from, ready to fix and import again.

One CSV (UTF-8 with a BOM, so Excel shows the Chinese) per source file that had rejected
rows: the file's own header and the rejected rows exactly as read, plus three columns saying
what was wrong. Those columns are unknown to the import, so the fixed file imports as it is.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from app.connectors.base import RowError
from app.connectors.tables import FileProblem, Sheet
from app.connectors.vocab import header_key, vocabulary

ERROR_COLUMNS = ("导入错误行号 row", "导入错误列 column", "导入错误原因 reason")
ALL_ROWS = -1


def report_paths(target: Path, sources: list[Path]) -> dict[str, Path]:
    """Where each source's report goes: ``target`` itself for one source, else
    ``<target stem>-<source stem>.csv`` beside it."""
    target = Path(target)
    if len(sources) == 1:
        return {sources[0].name: target}
    return {
        s.name: target.with_name(f"{target.stem}-{s.stem}{target.suffix or '.csv'}")
        for s in sources
    }


def write_report(
    target: Path,
    files: list[Path],
    errors: Iterable[RowError],
    mapping: dict[str, str] | None = None,
) -> list[Path]:
    """Write the report(s); returns the files written (none when nothing was rejected)."""
    wanted: dict[str, dict[int, list[RowError]]] = defaultdict(lambda: defaultdict(list))
    for error in errors:
        key = ALL_ROWS if error.whole_file else error.row
        wanted[error.file][key].append(error)
    sources = [f for f in files if f.name in wanted]
    paths = report_paths(target, sources)
    known = set(vocabulary().header_index()) | {header_key(h) for h in (mapping or {})}
    written = []
    for source in sources:
        _write_one(paths[source.name], source, wanted[source.name], known)
        written.append(paths[source.name])
    return written


def _write_one(
    target: Path, source: Path, rows: dict[int, list[RowError]], known: set[str]
) -> None:
    every = rows.get(ALL_ROWS, [])
    try:
        with (
            Sheet(source, known) as sheet,
            target.open("w", encoding="utf-8-sig", newline="") as out,
        ):
            writer = csv.writer(out)
            writer.writerow([*sheet.header, *ERROR_COLUMNS])
            for number, cells in sheet.rows:
                found = rows.get(number) or every
                if found:
                    writer.writerow([*(_cell(c) for c in cells), *_explain(number, found)])
    except FileProblem:
        return


def _explain(number: int, errors: list[RowError]) -> list[str]:
    columns = "; ".join(dict.fromkeys(e.column for e in errors if e.column))
    reasons = "; ".join(dict.fromkeys(e.reason for e in errors))
    return [str(number), columns, reasons]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat(" ")
    return str(value)
