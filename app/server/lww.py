"""Plain fields: the write with the later stamp wins, whatever order the writes arrive in.

A plain field is one whose value is a choice, not a step of a procedure: a ticket's priority,
assignee or subject, an order's flag and remark, a buyer's note. The server keeps the stamp of
the write that last set each one; an older write arriving later keeps the newer value and is
told so (its ``superseded`` fields). Business state (statuses, refunds, money) is never
settled this way: the services refuse what does not fit.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session, attributes

from app.models import FieldStamp
from app.sync import rows

PLAIN_FIELDS: dict[str, frozenset[str]] = {
    "tickets": frozenset({"priority", "assignee_id", "subject"}),
    "orders": frozenset({"flag", "flag_remark"}),
    "customers": frozenset({"note", "nickname"}),
}


class Stamper:
    """The ``on_dirty`` hook of the server's tracker for one mutation stamped ``hlc``."""

    def __init__(self, hlc: str) -> None:
        self.hlc = hlc
        self.superseded: list[str] = []

    def __call__(self, session: Session, obj: Any) -> None:
        state = inspect(obj)
        name = state.mapper.local_table.name
        fields = PLAIN_FIELDS.get(name)
        if not fields or state.identity is None:
            return
        cols = [c.name for c in state.mapper.primary_key]
        key = rows.row_key({c: rows._encode(v) for c, v in zip(cols, state.identity, strict=True)})
        for field in fields:
            history = attributes.get_history(obj, field)
            if not history.has_changes() or not history.deleted:
                continue
            with session.no_autoflush:
                stamp = session.get(FieldStamp, (name, key, field))
            if stamp is not None and stamp.hlc > self.hlc:
                setattr(obj, field, history.deleted[0])  # the later write's value stays
                self.superseded.append(f"{name}.{field}")
            elif stamp is None:
                session.add(FieldStamp(table_name=name, row_key=key, field=field, hlc=self.hlc))
            else:
                stamp.hlc = self.hlc
