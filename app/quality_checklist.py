"""The shop's quality checklist (resources/quality_checklist.toml) and the score it gives."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from app.errors import InvalidInput
from app.resources import resource


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    title: str
    title_zh: str
    weight: int


@dataclass(frozen=True)
class Checklist:
    version: int
    points: int  # the best mark of an item (0 = no ... points = yes)
    items: tuple[ChecklistItem, ...]

    def score(self, marks: Mapping[str, int]) -> int:
        """The weighted total, 0-100, of marks for every item (checked first)."""
        self.check(marks)
        total = sum(item.weight * marks[item.id] for item in self.items)
        return (total * 2 + self.points) // (self.points * 2)  # rounded half up

    def check(self, marks: Mapping[str, int]) -> None:
        ids = [item.id for item in self.items]
        unknown = sorted(set(marks) - set(ids))
        if unknown:
            raise InvalidInput(f"not on the checklist: {', '.join(unknown)}", field="scores")
        missing = [i for i in ids if i not in marks]
        if missing:
            raise InvalidInput(f"no mark for: {', '.join(missing)}", field="scores")
        for key, mark in marks.items():
            if not isinstance(mark, int) or isinstance(mark, bool) or not 0 <= mark <= self.points:
                raise InvalidInput(
                    f"the mark for {key} must be a whole number from 0 to {self.points}, "
                    f"not {mark!r}",
                    field="scores",
                )


@cache
def checklist(path: Path | None = None) -> Checklist:
    path = path or resource("quality_checklist.toml")
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    try:
        items = tuple(
            ChecklistItem(str(i["id"]), str(i["title"]), str(i["title_zh"]), int(i["weight"]))
            for i in data["item"]
        )
        result = Checklist(int(data["version"]), int(data["points"]), items)
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidInput(f"{path.name}: missing or bad entry {exc}") from exc
    if sum(i.weight for i in items) != 100 or len({i.id for i in items}) != len(items):
        raise InvalidInput(f"{path.name}: item weights must sum to 100 and ids be unique")
    if result.points < 1:
        raise InvalidInput(f"{path.name}: points must be 1 or more")
    return result
