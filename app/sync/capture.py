"""What a unit of work touched, seen from the ORM's flushes.

A :class:`Tracker` put on a session (``track(session)``) collects the key of every row the
unit inserts, updates or deletes, in the order first touched. With ``before_images`` it also
keeps each row as it was before the unit first touched it (``None`` for a row it created): the
workstation's undo images. The team server reads the touched rows back at the end of the unit
to write its change log. Services write through the ORM only, so the flushes see everything.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from app.sync import rows

_KEY = "kefu_tracker"
MISSING = object()


@dataclass
class Tracker:
    before_images: bool | str = False  # True: every row; "deleted": rows deleted only
    # (table, row key) -> (table, pk, before image or None or MISSING), in first-touch order
    touched: dict[tuple[str, str], tuple[str, dict[str, Any], Any]] = field(default_factory=dict)
    on_dirty: Any = None  # called with (session, obj) for each updated object before a flush
    # With ``after_images``: each touched row as the last flush left it, read from the ORM's
    # own state (None: deleted; missing: not all columns loaded, read it from the database).
    after_images: bool = False
    after: dict[tuple[str, str], dict[str, Any] | None] = field(default_factory=dict)

    def keys(self) -> list[tuple[str, dict[str, Any]]]:
        return [(name, pk) for name, pk, _ in self.touched.values()]


def track(
    session: Session,
    *,
    before_images: bool | str = False,
    after_images: bool = False,
    on_dirty: Any = None,
) -> Tracker:
    tracker = Tracker(before_images=before_images, on_dirty=on_dirty, after_images=after_images)
    session.info[_KEY] = tracker
    return tracker


def untrack(session: Session) -> Tracker | None:
    return session.info.pop(_KEY, None)


def _identity(obj: object) -> tuple[str, dict[str, Any]] | None:
    state = inspect(obj)
    name = state.mapper.local_table.name
    if name not in rows.replicated():
        return None
    values = {c.key: state.attrs[c.key].loaded_value for c in state.mapper.primary_key}
    if state.identity is not None:  # persistent: the identity is the truth
        cols = [c.name for c in state.mapper.primary_key]
        values = dict(zip(cols, state.identity, strict=True))
    if any(v is None for v in values.values()):
        return None
    return name, {k: rows._encode(v) for k, v in values.items()}


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, _ctx, _instances) -> None:  # noqa: ANN001
    tracker: Tracker | None = session.info.get(_KEY)
    if tracker is None:
        return
    for obj in list(session.dirty):
        if tracker.on_dirty is not None and session.is_modified(obj):
            tracker.on_dirty(session, obj)
    deleted = set(session.deleted)
    for obj in [*session.dirty, *deleted]:
        ident = _identity(obj)
        if ident is None:
            continue
        name, pk = ident
        key = (name, rows.row_key(pk))
        if key in tracker.touched:
            continue
        wanted = tracker.before_images is True or (
            tracker.before_images == "deleted" and obj in deleted
        )
        before = _read(session, name, pk) if wanted else MISSING
        tracker.touched[key] = (name, pk, before)


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _ctx) -> None:  # noqa: ANN001
    tracker: Tracker | None = session.info.get(_KEY)
    if tracker is None:
        return
    for obj in session.new:
        ident = _identity(obj)
        if ident is None:
            continue
        name, pk = ident
        key = (name, rows.row_key(pk))
        tracker.touched.setdefault(key, (name, pk, None))
    if not tracker.after_images:
        return
    new = set(session.new)
    for obj in [*new, *session.dirty]:
        ident = _identity(obj)
        if ident is not None:
            key = (ident[0], rows.row_key(ident[1]))
            image = _image(obj, inserted=obj in new)
            if image is None:
                tracker.after.pop(key, None)
            else:
                tracker.after[key] = image
    for obj in session.deleted:
        ident = _identity(obj)
        if ident is not None:
            tracker.after[(ident[0], rows.row_key(ident[1]))] = None


def _left_null(column: Any) -> bool:
    default = column.default
    return column.server_default is None and (
        default is None or (default.is_scalar and default.arg is None)
    )


def _image(obj: object, *, inserted: bool) -> dict[str, Any] | None:
    """The row an object stands for, from its loaded attributes (None if one is unloaded)."""
    state = inspect(obj)
    loaded = state.dict
    out = {}
    for prop in state.mapper.column_attrs:
        column = prop.columns[0]
        if prop.key in loaded:
            out[column.name] = loaded[prop.key]
        elif inserted and _left_null(column):
            out[column.name] = None  # inserted as NULL: the ORM does not keep it
        else:
            return None
    return rows.encode_row(out)


def _read(session: Session, name: str, pk: dict[str, Any]) -> dict[str, Any] | None:
    t = rows.table(name)
    found = session.connection().execute(select(t).where(rows.pk_where(name, pk))).mappings()
    row = found.first()
    return rows.encode_row(dict(row)) if row is not None else None


def current_rows(
    session: Session, tracker: Tracker
) -> list[tuple[str, dict[str, Any], dict[str, Any] | None]]:
    """The current row of each touched key (``None`` where it is gone), in first-touch order:
    from the ORM's state where the tracker kept it, else read from the database."""
    out = []
    for key, (name, pk, _before) in tracker.touched.items():
        row = tracker.after[key] if key in tracker.after else _read(session, name, pk)
        out.append((name, pk, row))
    return out


def announce_created(session: Session, name: str, pk: dict[str, Any]) -> None:
    """Tell the unit's tracker (if any) about a row inserted without the ORM (a bulk insert):
    it travels like the rows the flushes saw."""
    tracker: Tracker | None = session.info.get(_KEY)
    if tracker is None or name not in rows.replicated():
        return
    encoded = {k: rows._encode(v) for k, v in pk.items()}
    tracker.touched.setdefault((name, rows.row_key(encoded)), (name, encoded, None))
