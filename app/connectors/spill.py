"""Rows grouped by order number on disk, so memory stays flat however big the files are.

An order's rows may be scattered: a sub-order report lists an order's items on several rows,
and the Taobao export puts them in a second file. Rows are written to a temporary SQLite file
as they are read, then read back grouped by order, in the order each was first seen.
"""

from __future__ import annotations

import marshal
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

BATCH = 5_000


class Spill:
    def __init__(self) -> None:
        self._dir = tempfile.TemporaryDirectory(prefix="kefu-import-")
        self._db = sqlite3.connect(Path(self._dir.name) / "rows.db")
        self._db.executescript(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
            "CREATE TABLE r (seq INTEGER PRIMARY KEY, k TEXT NOT NULL, data BLOB NOT NULL);"
            "CREATE TABLE o (k TEXT PRIMARY KEY, first INTEGER NOT NULL) WITHOUT ROWID;"
        )
        self._pending: list[tuple[int, str, str]] = []
        self._seq = 0
        self.groups = 0

    def add(self, key: str, data: Any) -> None:
        self._seq += 1
        self._pending.append((self._seq, key, marshal.dumps(data)))
        if len(self._pending) >= BATCH:
            self._write()

    def _write(self) -> None:
        self._db.executemany("INSERT INTO r VALUES (?, ?, ?)", self._pending)
        self._db.executemany(
            "INSERT OR IGNORE INTO o VALUES (?, ?)", ((k, s) for s, k, _d in self._pending)
        )
        self._pending.clear()

    def grouped(self) -> Iterator[tuple[str, list[Any]]]:
        """``(key, [data, ...])`` per order, orders in first-seen order, rows in file order."""
        self._write()
        self.groups = self._db.execute("SELECT count(*) FROM o").fetchone()[0]
        cursor = self._db.execute(
            "SELECT r.k, r.data FROM r JOIN o ON o.k = r.k ORDER BY o.first, r.seq"
        )
        key, rows = None, []
        for k, data in cursor:
            if k != key and rows:
                yield key, rows
                rows = []
            key = k
            rows.append(marshal.loads(data))
        if rows:
            yield key, rows

    def close(self) -> None:
        self._db.close()
        self._dir.cleanup()

    def __enter__(self) -> Spill:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
