"""The one small interface every order source implements: files today, a platform API later.

A source yields, in any order, :class:`OrderRecord` (one whole order, normalized) and
:class:`RowError` (a row it refuses, with the reason). The import service does the rest:
matching orders already stored, counting what changed, writing whole orders per transaction.
See ``docs/connectors.md``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

#: progress(stage, fraction 0..1): stage is "reading" or "grouping".
Progress = Callable[[str, float], None]


@dataclass(frozen=True)
class RowError:
    """A row that was not imported: where it is and why. ``rows`` is how many rows the error
    stands for (a missing required column rejects every row of its file)."""

    file: str
    row: int
    column: str
    reason: str
    rows: int = 1
    whole_file: bool = False  # every data row of the file is rejected with this reason

    def as_dict(self) -> dict[str, Any]:
        return {"file": self.file, "row": self.row, "column": self.column, "reason": self.reason}


@dataclass(frozen=True)
class OrderRecord:
    """One order as the service takes it (see :mod:`app.connectors.assemble` for the keys):
    plain JSON values, only the keys the source knows. ``rows`` are the source rows it was
    read from, as ``(file, row)``."""

    order: dict[str, Any]
    rows: tuple[tuple[str, int], ...] = field(default=())


class OrderSource(Protocol):
    """Where orders come from."""

    #: the platform the orders' words belong to: douyin, taobao, tmall or other
    platform: str
    #: what the user calls it (file names, "Douyin API", ...)
    label: str

    def orders(self, progress: Progress | None = None) -> Iterator[OrderRecord | RowError]:
        """Every order and every refused row, once each."""
        ...

    def files(self) -> list[Path]:
        """The files read (empty for an API): the rejected-rows report copies rows from them."""
        ...
