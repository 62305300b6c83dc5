"""Every path through a script, read from the script itself (not from the engine).

A path is the list of moves ``(script, step, branch)`` from the script's start to an end:
``branch`` is a choice id, ``yes``/``no`` for a check, ``next``/``approved``/``refused`` for an
action, ``next`` for say and input, ``handoff`` and ``end``. A path that hands off continues
in the other script; those continuations are offered shortest first, with few handoffs, so
the walker can take the first one the world allows.
"""

from __future__ import annotations

from collections.abc import Iterator

from app.workflows.actions import ACTIONS
from app.workflows.catalog import Library
from app.workflows.model import Script, StepKind

Move = tuple[str, str, str]
MAX_HANDOFFS = 3
MAX_VISITS = 1  # a step at most once per path within a script (scripts are walked as DAGs)


def branches(script: Script, step_id: str) -> list[tuple[str, str | None]]:
    """(branch, target step) of a step, inside its script."""
    step = script.step(step_id)
    if step.kind == StepKind.ASK:
        return [(c.id, c.next) for c in step.choices]
    if step.kind == StepKind.CHECK:
        return [("yes", step.yes), ("no", step.no)]
    if step.kind == StepKind.ACTION and ACTIONS[step.do].waits is not None:
        return [("next", step.next), ("approved", step.on_approved), ("refused", step.on_refused)]
    if step.kind in (StepKind.SAY, StepKind.INPUT, StepKind.ACTION):
        return [("next", step.next)]
    return []


def edges(script: Script) -> set[Move]:
    """Every branch of every step that has more than one way on."""
    return {
        (script.id, sid, b)
        for sid in script.steps
        for b, _t in branches(script, sid)
        if len(branches(script, sid)) > 1
    }


def paths(
    lib: Library, script_id: str, start: str | None = None, depth: int = 0
) -> Iterator[list[Move]]:
    script = lib.get(script_id)
    yield from _walk(lib, script, start or script.start, [], depth)


def _walk(
    lib: Library, script: Script, sid: str, done: list[Move], depth: int
) -> Iterator[list[Move]]:
    if sum(1 for m in done if m[:2] == (script.id, sid)) >= MAX_VISITS:
        return
    step = script.step(sid)
    if step.kind == StepKind.END:
        yield [*done, (script.id, sid, "end")]
        return
    if step.kind == StepKind.HANDOFF:
        if depth >= MAX_HANDOFFS:
            return
        here = [*done, (script.id, sid, "handoff")]
        for tail in continuations(lib, step.to, step.at, depth + 1):
            yield here + tail
        return
    for branch, target in branches(script, sid):
        yield from _walk(lib, script, target, [*done, (script.id, sid, branch)], depth)


def routes(lib: Library, script_id: str) -> list[list[list[Move]]]:
    """The script's own routes, each with its alternative continuations after a handoff
    (in the order to try them): every path with the same moves up to its first handoff."""
    groups: dict[tuple[Move, ...], list[list[Move]]] = {}
    for path in paths(lib, script_id):
        cut = next((i for i, m in enumerate(path) if m[2] == "handoff"), len(path) - 1)
        groups.setdefault(tuple(path[: cut + 1]), []).append(path)
    return list(groups.values())


def continuations(lib: Library, script_id: str, start: str | None, depth: int) -> list[list[Move]]:
    """The other script's paths from ``start``, fewest handoffs first, then shortest."""
    found = list(paths(lib, script_id, start, depth))
    return sorted(found, key=lambda p: (sum(m[2] == "handoff" for m in p), len(p)))[:6]
