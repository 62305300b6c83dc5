"""Reading one TOML file (a shipped table or the overrides file) into validated rows."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from app.policy import vocab
from app.policy.errors import PolicyTableError
from app.policy.rows import parse_rate, parse_rule, row_platform
from app.policy.rules import Rate, Rule

HEADER_FIELDS = ("name", "inherits", "title", "title_zh", "platform_deadline_tolerance_seconds")
T = TypeVar("T", Rule, Rate)


@dataclass(frozen=True)
class TableFile:
    """One shipped table file: its header and its rows in file order."""

    name: str
    inherits: str | None
    rules: tuple[Rule, ...]
    rates: tuple[Rate, ...]
    tolerance_seconds: int | None
    path: str


@dataclass(frozen=True)
class OverridesFile:
    """The supervisor's overrides: rows of the table format plus a ``platform`` field."""

    rules: tuple[tuple[str, Rule], ...]
    rates: tuple[tuple[str, Rate], ...]
    path: str


def read_toml(path: Path) -> dict[str, Any]:
    """Parse ``path``; a missing file or a syntax error is a :class:`PolicyTableError`."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise PolicyTableError(path, None, None, "file not found", reason="missing_file") from None
    except tomllib.TOMLDecodeError as exc:
        raise PolicyTableError(
            path, None, None, f"not valid TOML: {exc}", reason="syntax"
        ) from None
    except UnicodeDecodeError:
        raise PolicyTableError(path, None, None, "not UTF-8 text", reason="syntax") from None


def _array(doc: dict[str, Any], key: str, path: Path) -> list[Any]:
    value = doc.get(key, [])
    if not isinstance(value, list):
        raise PolicyTableError(path, None, key, f"'{key}' must be an array of tables ([[{key}]])")
    return value


def _unknown_keys(doc: dict[str, Any], allowed: tuple[str, ...], path: Path) -> None:
    for key in doc:
        if key not in allowed:
            raise PolicyTableError(path, None, key, "unknown top-level key", reason="unknown_field")


def _no_duplicates(rows: list[tuple[str, T]], path: Path, section: str) -> None:
    seen: set[tuple[object, ...]] = set()
    for platform, row in rows:
        key: tuple[object, ...] = (platform, row.id, row.effective_from)
        if isinstance(row, Rule):
            key += row.variant
        if key in seen:
            message = (
                f"duplicate version: '{row.id}' already has a row effective {row.effective_from}"
            )
            raise PolicyTableError(
                path,
                row.row,
                "effective_from",
                message,
                reason="duplicate_version",
                section=section,
            )
        seen.add(key)


def _header(doc: dict[str, Any], path: Path) -> dict[str, Any]:
    header = doc.get("table", {})
    if not isinstance(header, dict):
        raise PolicyTableError(path, None, "table", "[table] must be a table")
    for key in header:
        if key not in HEADER_FIELDS:
            raise PolicyTableError(
                path, None, f"table.{key}", "unknown field", reason="unknown_field"
            )
    name = header.get("name", path.stem)
    if name != path.stem:
        raise PolicyTableError(path, None, "table.name", f"'{name}' differs from the file name")
    inherits = header.get("inherits")
    if inherits is not None and inherits not in vocab.TABLE_NAMES:
        raise PolicyTableError(path, None, "table.inherits", f"unknown table '{inherits}'")
    tolerance = header.get("platform_deadline_tolerance_seconds")
    if tolerance is not None and (not isinstance(tolerance, int) or tolerance < 0):
        field = "table.platform_deadline_tolerance_seconds"
        raise PolicyTableError(
            path, None, field, f"expected a whole number >= 0, got {tolerance!r}"
        )
    return {"name": name, "inherits": inherits, "tolerance": tolerance}


def _rows(
    doc: dict[str, Any],
    key: str,
    path: Path,
    parse: Callable[..., T],
    platform_of: Callable[..., str],
) -> list[tuple[str, T]]:
    rows = []
    for index, raw in enumerate(_array(doc, key, path), start=1):
        platform = platform_of(raw, index)
        rows.append((platform, parse(raw, file=str(path), row=index, origin=platform)))
    _no_duplicates(rows, path, key)
    return rows


def read_table_file(path: Path) -> TableFile:
    """Read and validate one shipped table (``law.toml``, ``douyin.toml``...)."""
    doc = read_toml(path)
    _unknown_keys(doc, ("table", "rule", "rate"), path)
    head = _header(doc, path)
    same = lambda raw, index: path.stem  # noqa: E731
    rules = _rows(doc, "rule", path, parse_rule, same)
    rates = _rows(doc, "rate", path, parse_rate, same)
    return TableFile(
        name=head["name"],
        inherits=head["inherits"],
        rules=tuple(rule for _, rule in rules),
        rates=tuple(rate for _, rate in rates),
        tolerance_seconds=head["tolerance"],
        path=str(path),
    )


def read_overrides_file(path: Path) -> OverridesFile:
    """Read and validate the overrides file; every row names its ``platform``."""
    doc = read_toml(path)
    _unknown_keys(doc, ("rule", "rate"), path)

    def platform_of(section: str) -> Callable[[Any, int], str]:
        return lambda raw, index: row_platform(raw, file=str(path), row=index, section=section)

    rules = _rows(doc, "rule", path, _override(parse_rule), platform_of("rule"))
    rates = _rows(doc, "rate", path, _override(parse_rate), platform_of("rate"))
    return OverridesFile(rules=tuple(rules), rates=tuple(rates), path=str(path))


def _override(parse: Callable[..., T]) -> Callable[..., T]:
    """``parse`` with origin ``override`` and the ``platform`` field always accepted."""

    def wrapped(raw: Any, *, file: str, row: int, origin: str) -> T:
        return parse(raw, file=file, row=row, origin="override", extra=("platform",))

    return wrapped
