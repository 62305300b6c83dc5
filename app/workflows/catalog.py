"""The shipped scripts (``resources/sops/*.toml``), loaded and validated, cached by file stamp.

A file with errors is left out with its errors kept; the others load. ``check_files`` is what
``kefu sop check`` runs: the named files validated against the shipped ones.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from app.resources import resource
from app.workflows import loader
from app.workflows.errors import ScriptError, ScriptUnavailable
from app.workflows.model import Script
from app.workflows.validate import validate

SOPS = resource("sops")


@dataclass(frozen=True)
class Library:
    scripts: Mapping[str, Script]  # the usable ones
    errors: tuple[ScriptError, ...]  # every problem of every file
    files: tuple[Path, ...]

    def get(self, script_id: str) -> Script:
        script = self.scripts.get(script_id)
        if script is None:
            raise ScriptUnavailable(script_id, self.errors_of(script_id))
        return script

    def errors_of(self, script_id: str) -> tuple[ScriptError, ...]:
        return tuple(e for e in self.errors if Path(e.file).stem == script_id)

    def for_kind(self, kind: str) -> list[Script]:
        """Scripts offered for a ticket of ``kind``, by title."""
        found = [s for s in self.scripts.values() if kind in s.kinds]
        return sorted(found, key=lambda s: s.id)


def script_files(directory: Path | None = None) -> list[Path]:
    return sorted(p for p in Path(directory or SOPS).glob("*.toml") if p.is_file())


def _stamp(paths: Iterable[Path]) -> tuple:
    out = []
    for path in paths:
        try:
            st = os.stat(path)
        except OSError:
            out.append((str(path), None))
            continue
        out.append((str(path), st.st_mtime_ns, st.st_size))
    return tuple(out)


_cache: dict[str, tuple[tuple, Library]] = {}


def load(paths: Iterable[Path]) -> Library:
    """Read, check and cross-check ``paths`` (one script per file)."""
    parsed: dict[str, tuple[Script | None, list[ScriptError]]] = {}
    unreadable: list[ScriptError] = []
    for path in paths:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            unreadable.append(ScriptError(str(path), None, None, f"cannot read: {exc}"))
            continue
        script, errors = loader.read(Path(path), data)
        parsed[Path(path).stem] = (script, errors)
    known = {sid: script for sid, (script, _e) in parsed.items()}
    scripts, errors = {}, list(unreadable)
    for sid, (script, found) in parsed.items():
        if script is not None:
            found = found + validate(script, known)
        errors += found
        if script is not None and not found:
            scripts[sid] = script
    return Library(MappingProxyType(scripts), tuple(errors), tuple(Path(p) for p in paths))


def library(directory: Path | None = None) -> Library:
    """The scripts in ``directory`` (the shipped ones by default); re-read only when a file
    changes, appears or goes."""
    directory = directory or SOPS
    files = script_files(directory)
    stamp = _stamp(files)
    cached = _cache.get(str(directory))
    if cached is not None and cached[0] == stamp:
        return cached[1]
    lib = load(files)
    _cache[str(directory)] = (stamp, lib)
    return lib


def check_files(paths: Iterable[Path], directory: Path | None = None) -> list[ScriptError]:
    """Every problem in ``paths``, with handoffs resolved against the shipped scripts too."""
    named = [Path(p) for p in paths]
    stems = {p.stem for p in named}
    shipped = [p for p in script_files(directory or SOPS) if p.stem not in stems]
    lib = load([*named, *shipped])
    wanted = {str(p) for p in named}
    return [e for e in lib.errors if e.file in wanted]
