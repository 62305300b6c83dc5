"""Record the SQL a piece of work runs and ask SQLite how it would run each statement: the
step path reads and writes by primary key or index, never by scanning a table."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from app.db.store import Store

_KINDS = ("SELECT", "UPDATE", "DELETE", "WITH")


def _table_scan(detail: str) -> bool:
    return detail.startswith("SCAN") and not detail.startswith("SCAN CONSTANT ROW")


class Recorder:
    """Distinct statements (with the parameters of their first run), recorded only inside
    :meth:`during` blocks."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.statements: dict[str, Any] = {}

    def _capture(self, conn, cursor, statement, params, context, executemany) -> None:  # noqa: ANN001
        if statement.lstrip().upper().startswith(_KINDS) and not executemany:
            self.statements.setdefault(statement, params)

    @contextmanager
    def during(self) -> Iterator[None]:
        event.listen(self.store.engine, "before_cursor_execute", self._capture)
        try:
            yield
        finally:
            event.remove(self.store.engine, "before_cursor_execute", self._capture)

    def scans(self) -> list[str]:
        """``SCAN`` lines of the query plans (a full pass over a table), with the statement."""
        con = sqlite3.connect(self.store.path)
        try:
            found = []
            for sql, params in self.statements.items():
                plan = con.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
                found += [f"{r[3]}  <-  {sql[-200:]}" for r in plan if _table_scan(r[3])]
            return found
        finally:
            con.close()
