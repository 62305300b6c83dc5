"""Reading a CSV or XLSX file as a header and a stream of rows, in constant memory.

CSV is read with the csv module through a counting byte reader (for progress); its encoding
is settled before the first row is handed out (a BOM, else the whole file checked as UTF-8,
else as GBK/GB18030), so a file that turns out unreadable half-way never half-imports. XLSX is
read with openpyxl in read-only mode. Row numbers are the ones a spreadsheet shows: the first
line of the file is row 1.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from app.connectors.vocab import header_key

HEADER_SEARCH_ROWS = 10
_CHUNK = 1 << 20


class FileProblem(Exception):
    """A file that cannot be read as a table at all: one message naming the file."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{Path(path).name}: {reason}")
        self.file = Path(path).name
        self.reason = reason
        self.path = str(path)

    def __reduce__(self) -> tuple:  # travels from the reader process
        return (FileProblem, (self.path, self.reason))


class Sheet:
    """One table: ``header`` (as written), ``header_row`` and the data ``rows`` after it as
    ``(row number, cells)``. Use as a context manager."""

    def __init__(self, path: Path, known: set[str] | None = None) -> None:
        self.path = Path(path)
        self.known = known or set()
        self.header: list[str] = []
        self.header_row = 0
        self.encoding = ""
        self._close: Callable[[], None] = lambda: None
        self._rows: Iterator[tuple[int, list[Any]]] = iter(())
        self._fraction: Callable[[], float] = lambda: 0.0

    def __enter__(self) -> Sheet:
        try:
            self._open()
        except FileProblem:
            self.close()
            raise
        except OSError as exc:
            self.close()
            raise FileProblem(self.path, f"cannot be read: {exc.strerror or exc}") from exc
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._close()
        self._close = lambda: None

    @property
    def rows(self) -> Iterator[tuple[int, list[Any]]]:
        return self._rows

    def fraction(self) -> float:
        """How far through the file the reading is, 0..1."""
        return min(1.0, self._fraction())

    # ---- opening ------------------------------------------------------------------------

    def _open(self) -> None:
        if not self.path.is_file():
            raise FileProblem(self.path, "no such file")
        with self.path.open("rb") as fh:
            head = fh.read(8)
        if not head:
            raise FileProblem(self.path, "the file is empty")
        if head.startswith(b"PK\x03\x04"):
            rows = self._open_xlsx()
        elif head.startswith(b"\xd0\xcf\x11\xe0"):
            raise FileProblem(
                self.path,
                "an old Excel 97-2003 (.xls) workbook; save it as .xlsx or CSV and import that",
            )
        else:
            rows = self._open_csv()
        self._find_header(rows)

    def _find_header(self, rows: Iterator[tuple[int, list[Any]]]) -> None:
        """The header is the row among the first few with the most known column names (the
        first non-empty row when nothing is known in advance)."""
        seen: list[tuple[int, list[Any]]] = []
        best: tuple[int, int] = (0, -1)  # (known names, index in seen)
        for number, cells in rows:
            seen.append((number, cells))
            score = sum(1 for c in cells if c is not None and header_key(str(c)) in self.known)
            if score > best[0]:
                best = (score, len(seen) - 1)
            if len(seen) >= HEADER_SEARCH_ROWS:
                break
        if not seen:
            raise FileProblem(self.path, "the file has no rows")
        if best[1] < 0:
            if self.known:
                found = ", ".join(str(c) for c in seen[0][1][:8] if c not in (None, ""))
                raise FileProblem(
                    self.path,
                    "not an order table: none of its first rows has column headers this "
                    f"import knows (first row: {found or 'empty'})",
                )
            best = (0, 0)
        index = best[1]
        self.header_row, header = seen[index]
        self.header = [("" if c is None else str(c)).replace("\ufeff", "").strip() for c in header]
        rest = seen[index + 1 :]

        def chained() -> Iterator[tuple[int, list[Any]]]:
            yield from rest
            yield from rows

        self._rows = chained()

    # ---- CSV ----------------------------------------------------------------------------

    def _open_csv(self) -> Iterator[tuple[int, list[Any]]]:
        self.encoding = _encoding(self.path)
        raw = _Counting(self.path)
        text = io.TextIOWrapper(io.BufferedReader(raw), encoding=self.encoding, newline="")
        self._close = text.close
        size = max(1, self.path.stat().st_size)
        self._fraction = lambda: raw.position / size
        head = [line for line in (text.readline() for _ in range(5)) if line]
        sample = "".join(head)
        delimiter = max(",\t;", key=sample.count)
        reader = csv.reader(_prepend(head, text), delimiter=delimiter)
        return _numbered(reader)

    # ---- XLSX ---------------------------------------------------------------------------

    def _open_xlsx(self) -> Iterator[tuple[int, list[Any]]]:
        from openpyxl import load_workbook  # only when an XLSX is imported
        from openpyxl.utils.exceptions import InvalidFileException

        try:
            book = load_workbook(self.path, read_only=True, data_only=True)
        except (zipfile.BadZipFile, KeyError, InvalidFileException, OSError, ValueError) as exc:
            raise FileProblem(
                self.path, f"not an Excel workbook this import can read ({exc})"
            ) from exc
        self._close = book.close
        if not book.worksheets:
            raise FileProblem(self.path, "the workbook has no sheets")
        sheet = book.worksheets[0]
        total = max(1, sheet.max_row or 1)
        state = {"row": 0}
        self._fraction = lambda: state["row"] / total
        self.encoding = "xlsx"

        def rows() -> Iterator[tuple[int, list[Any]]]:
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                state["row"] = number
                cells = list(values)
                if any(v not in (None, "") for v in cells):
                    yield number, cells

        return rows()


class _Counting(io.RawIOBase):
    """A file read in binary that counts the bytes handed out (for progress)."""

    def __init__(self, path: Path) -> None:
        self._fh = path.open("rb")
        self.position = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = self._fh.readinto(buffer)
        self.position += n or 0
        return n

    def close(self) -> None:
        self._fh.close()
        super().close()


def _prepend(head: list[str], rest: io.TextIOWrapper) -> Iterator[str]:
    yield from head
    yield from rest


def _numbered(reader: Any) -> Iterator[tuple[int, list[Any]]]:
    for number, cells in enumerate(reader, start=1):
        if any(c.strip() for c in cells):
            yield number, cells


def _encoding(path: Path) -> str:
    """The CSV's text encoding, checked over the whole file before any row is used (once per
    version of the file: an import opens it more than once)."""
    stat = path.stat()
    return _encoding_of(str(path), stat.st_size, stat.st_mtime_ns)


@lru_cache(maxsize=64)
def _encoding_of(name: str, _size: int, _mtime: int) -> str:
    path = Path(name)
    with path.open("rb") as fh:
        head = fh.read(4)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    with path.open("rb") as fh:
        if b"\x00" in fh.read(4096):
            raise FileProblem(path, "not a table: it is a binary file, not text")
    for encoding in ("utf-8", "gb18030"):
        if _decodes(path, encoding):
            return encoding
    raise FileProblem(
        path,
        "cannot be read: its text is neither UTF-8 nor GBK; save it from the spreadsheet "
        "as “CSV UTF-8” and import it again",
    )


def _decodes(path: Path, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        with path.open("rb") as fh:
            while chunk := fh.read(_CHUNK):
                decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True
