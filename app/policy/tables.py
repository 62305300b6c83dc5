"""Loading a platform's rule table: inheritance, supervisor overrides, caching.

Resolution for platform ``P``:

1. Follow ``[table] inherits`` from ``P``'s file up to ``law`` (``jd`` and ``other`` have no
   file and use ``law`` alone).
2. Start from the root's rows; each child's rows for a rule id replace every inherited row of
   that id (a platform restates a rule as a whole). Rates work the same way by rate id.
3. After each layer, apply the overrides rows addressed to that layer's name, and finally
   those addressed to ``P`` itself: an override row replaces the shipped versions of the same
   variant (rule id + ``when``) effective on or after its own ``effective_from``; older
   shipped versions stay in force for events before it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar, cast

from app.policy import vocab
from app.policy.errors import PolicyInputError, PolicyTableError
from app.policy.rules import Rate, Rule, RuleTable
from app.policy.tablefile import OverridesFile, TableFile, read_overrides_file, read_table_file
from app.resources import resource

DEFAULT_DIRECTORY = resource("policies")
T = TypeVar("T", Rule, Rate)
R = TypeVar("R")

_cache: dict[tuple[str, str], tuple[tuple[int, int], object]] = {}


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    return (stat.st_mtime_ns, stat.st_size)


def _cached(kind: str, path: Path, reader: Callable[[Path], R]) -> R:
    """Read ``path`` through ``reader`` unless the same mtime and size were read before."""
    stamp = _stamp(path)
    key = (kind, str(path))
    hit = _cache.get(key)
    if stamp is not None and hit is not None and hit[0] == stamp:
        return cast(R, hit[1])
    value = reader(path)
    if stamp is not None:
        _cache[key] = (stamp, value)
    return value


def clear_cache() -> None:
    """Forget every file read so far (tests; the app relies on mtimes)."""
    _cache.clear()


def forget(path: Path) -> None:
    """Forget what was read from ``path`` (after rewriting it)."""
    for key in [k for k in _cache if k[1] == str(path)]:
        del _cache[key]


def read_table(name: str, directory: Path = DEFAULT_DIRECTORY) -> TableFile:
    """The validated shipped table file ``name`` (cached per mtime)."""
    return _cached("table", directory / f"{name}.toml", read_table_file)


def read_overrides(path: Path) -> OverridesFile:
    """The validated overrides file; a file that does not exist yet holds no overrides."""
    if not path.exists():
        return OverridesFile(rules=(), rates=(), path=str(path))
    return _cached("overrides", path, read_overrides_file)


def chain(platform: str, directory: Path = DEFAULT_DIRECTORY) -> list[TableFile]:
    """The table files ``platform`` resolves through, root (``law``) first."""
    name: str | None = platform if platform in vocab.TABLE_NAMES else "law"
    files: list[TableFile] = []
    while name is not None:
        table = read_table(name, directory)
        if any(f.name == name for f in files):
            raise PolicyTableError(
                table.path, None, "table.inherits", "inheritance loops", reason="bad_inheritance"
            )
        files.append(table)
        name = table.inherits
    if files[-1].name != "law":
        raise PolicyTableError(
            files[-1].path,
            None,
            "table.inherits",
            "the chain must end at 'law'",
            reason="bad_inheritance",
        )
    return files[::-1]


def _shadow(inherited: Iterable[T], own: Iterable[T]) -> list[T]:
    own = list(own)
    restated = {row.id for row in own}
    return [row for row in inherited if row.id not in restated] + own


def _key(row: Rule | Rate) -> tuple[object, ...]:
    return row.variant if isinstance(row, Rule) else (row.id,)


def _override(rows: list[T], overrides: Iterable[T]) -> list[T]:
    for new in overrides:
        rows = [
            old
            for old in rows
            if _key(old) != _key(new)
            or old.effective_from < new.effective_from
            or old.origin == "override"
        ]
        rows.append(new)
    return rows


def _apply(rows: list[T], pairs: Iterable[tuple[str, T]], layer: str) -> list[T]:
    return _override(rows, (row for platform, row in pairs if platform == layer))


def resolve(platform: str, files: list[TableFile], overrides: OverridesFile | None) -> RuleTable:
    """Merge ``files`` (root first) and ``overrides`` into the table of ``platform``."""
    rules: list[Rule] = []
    rates: list[Rate] = []
    tolerance = 0
    layers = [f.name for f in files] + ([platform] if platform not in vocab.TABLE_NAMES else [])
    for layer in layers:
        table = next((f for f in files if f.name == layer), None)
        if table is not None:
            rules = _shadow(rules, table.rules)
            rates = _shadow(rates, table.rates)
            tolerance = tolerance if table.tolerance_seconds is None else table.tolerance_seconds
        if overrides is not None:
            rules = _apply(rules, overrides.rules, layer)
            rates = _apply(rates, overrides.rates, layer)
    paths = [f.path for f in files] + (
        [overrides.path] if overrides and overrides.rules + overrides.rates else []
    )
    return RuleTable(platform, tuple(rules), tuple(rates), tuple(paths), tolerance)


def load_table(
    platform: str,
    *,
    overrides: Path | str | None = None,
    directory: Path | str = DEFAULT_DIRECTORY,
) -> RuleTable:
    """The resolved :class:`RuleTable` of ``platform`` (douyin, taobao, tmall, jd, other, law).

    ``overrides`` is the supervisor's overrides file (``policy_overrides.toml`` in the user's
    data folder); it may not exist yet. Raises :class:`PolicyTableError` for a malformed file.
    Files are re-read only when their mtime or size changes.
    """
    if platform not in vocab.PLATFORMS and platform not in vocab.TABLE_NAMES:
        raise PolicyInputError("platform", f"unknown platform '{platform}'")
    files = chain(platform, Path(directory))
    extra = read_overrides(Path(overrides)) if overrides is not None else None
    return resolve(platform, files, extra)
