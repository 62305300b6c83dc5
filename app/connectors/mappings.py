"""Column mappings for "other" files, built once by the user and saved by name.

Stored as one JSON file in the data folder (``import-mappings.json``): ``{name: {"columns":
{header as written: field}}}``. Fields are the names in ``resources/connectors/orders.toml``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from app.connectors.vocab import vocabulary
from app.errors import InvalidInput
from app.platform_env import data_dir

FILENAME = "import-mappings.json"
REQUIRED = ("order_no", "status", "placed_at")


def mappings_path() -> Path:
    return data_dir() / FILENAME


def _read() -> dict[str, dict]:
    path = mappings_path()
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InvalidInput(f"{path.name} cannot be read: {exc}") from exc
    return data if isinstance(data, dict) else {}


def names() -> list[str]:
    return sorted(_read())


def load(name: str) -> dict[str, str]:
    found = _read().get(name)
    if not found:
        raise InvalidInput(f"no saved column mapping named {name!r}", field="mapping")
    return dict(found.get("columns", {}))


def check(columns: dict[str, str]) -> dict[str, str]:
    """The mapping without empty entries; refuses unknown fields, a field taken twice and a
    missing required field."""
    fields = vocabulary().fields
    cleaned = {h.strip(): f for h, f in columns.items() if h.strip() and f}
    unknown = sorted({f for f in cleaned.values() if f not in fields})
    if unknown:
        raise InvalidInput(f"unknown fields: {', '.join(unknown)}", field="mapping")
    taken = [f for f in cleaned.values()]
    twice = sorted({f for f in taken if taken.count(f) > 1})
    if twice:
        raise InvalidInput(f"each field takes one column: {', '.join(twice)}", field="mapping")
    missing = [f for f in REQUIRED if f not in taken]
    if missing:
        raise InvalidInput(f"the mapping needs a column for {', '.join(missing)}", field="mapping")
    return cleaned


def save(name: str, columns: dict[str, str]) -> None:
    name = name.strip()
    if not name or len(name) > 60:
        raise InvalidInput("a mapping name needs 1 to 60 characters", field="name")
    data = _read()
    data[name] = {"columns": check(columns)}
    path = mappings_path()
    partial = path.with_suffix(".part")
    partial.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(partial, path)


def delete(name: str) -> None:
    data = _read()
    if data.pop(name, None) is not None:
        path = mappings_path()
        partial = path.with_suffix(".part")
        partial.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(partial, path)
