"""Writing the supervisor's overrides file (``policy_overrides.toml`` in the user's data folder).

The file holds rows of the shipped tables' format plus a ``platform`` field. Writes are
atomic: the whole new file is written to a temporary file beside it, validated, flushed to
disk, then moved over the old one with :func:`os.replace`. Comments in the file are not kept.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from app.policy.errors import PolicyTableError
from app.policy.rows import RATE_OPTIONAL, RATE_REQUIRED, RULE_OPTIONAL, RULE_REQUIRED
from app.policy.rules import Rate, Rule
from app.policy.tablefile import read_overrides_file, read_toml
from app.policy.tables import forget

HEADER = (
    "# Kefu Desk policy overrides: rows of resources/policies/*.toml plus `platform`.\n"
    "# Written by the app; edits by hand are fine while it is closed. See docs/policy.md.\n"
)
_FIELDS = {
    "rule": ("platform", *RULE_REQUIRED, *RULE_OPTIONAL),
    "rate": ("platform", *RATE_REQUIRED, *RATE_OPTIONAL),
}


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a valid TOML basic string
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    raise TypeError(f"cannot write {value!r} to TOML")


def dumps(rows: Mapping[str, list[Mapping[str, Any]]]) -> str:
    """The overrides file text for ``rows`` (``{"rule": [...], "rate": [...]}``)."""
    chunks = [HEADER]
    for section, fields in _FIELDS.items():
        for row in rows.get(section, []):
            lines = [f"[[{section}]]"]
            lines += [f"{k} = {_value(row[k])}" for k in fields if row.get(k) not in (None, "", ())]
            lines += [f"{k} = {_value(v)}" for k, v in row.items() if k not in fields]
            chunks.append("\n".join(lines) + "\n")
    return "\n".join(chunks)


def row_of(row: Rule | Rate, platform: str) -> dict[str, Any]:
    """A :class:`Rule` or :class:`Rate` as an overrides row for ``platform``."""
    fields = _FIELDS["rule" if isinstance(row, Rule) else "rate"]
    data = {k: v for k, v in dataclasses.asdict(row).items() if k in fields}
    return {"platform": platform, **data}


def _section(row: Mapping[str, Any]) -> str:
    return "rule" if "start_event" in row or "clock" in row else "rate"


def _same(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    return (a.get("platform"), a.get("id"), sorted(a.get("when") or [])) == (
        b.get("platform"),
        b.get("id"),
        sorted(b.get("when") or []),
    )


def _current(path: Path) -> dict[str, list[Mapping[str, Any]]]:
    if not path.exists():
        return {"rule": [], "rate": []}
    doc = read_toml(path)
    return {"rule": list(doc.get("rule", [])), "rate": list(doc.get("rate", []))}


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    temp = Path(name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        _validate(temp, path)
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)
    forget(path)


def _validate(temp: Path, path: Path) -> None:
    """Refuse to install a file the loader would refuse; the error names the real path."""
    try:
        read_overrides_file(temp)
    except PolicyTableError as exc:
        raise PolicyTableError(
            path, exc.row, exc.field, exc.message, reason=exc.reason, section=exc.section
        ) from None


def write_override(
    path: Path | str, row: Mapping[str, Any] | Rule | Rate, *, platform: str | None = None
) -> None:
    """Add or replace one override row, atomically.

    ``row`` is a mapping in the table format with a ``platform`` field, or a :class:`Rule` /
    :class:`Rate` with ``platform`` given. It replaces the file's row for the same platform,
    id and ``when`` conditions (whatever its ``effective_from``), or is appended. A row the
    loader would refuse raises :class:`PolicyTableError` and leaves the file untouched.
    """
    path = Path(path)
    data = row_of(row, platform or "") if isinstance(row, Rule | Rate) else dict(row)
    if platform is not None:
        data["platform"] = platform
    rows = _current(path)
    section = _section(data)
    kept = [old for old in rows[section] if not _same(old, data)]
    rows[section] = [*kept, data]
    _write_atomically(path, dumps(rows))


def remove_override(
    path: Path | str, *, platform: str, rule_id: str, when: tuple[str, ...] = ()
) -> bool:
    """Remove the override of ``rule_id`` (or rate id) for ``platform``; True if one went."""
    path = Path(path)
    rows = _current(path)
    key = {"platform": platform, "id": rule_id, "when": list(when)}
    found = False
    for section in rows:
        kept = [old for old in rows[section] if not _same(old, key)]
        found = found or len(kept) != len(rows[section])
        rows[section] = kept
    if found:
        _write_atomically(path, dumps(rows))
    return found
