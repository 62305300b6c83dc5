"""SQL pieces the figures share, written once for SQLite (the desktop) and PostgreSQL.

- :func:`seconds_between` of two timestamps;
- :func:`bucket`: the first day (shop time) of the day, week (Monday) or month of a timestamp
  or of a date column, as ``YYYY-MM-DD`` text;
- :func:`bucket_unit`: which of those fits a period's length in a chart.
"""

from __future__ import annotations

from typing import Any, Literal

from sqlalchemy import Date, Float, String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

from app.kpis.period import Period

Unit = Literal["day", "week", "month"]


class seconds_between(FunctionElement[float]):  # noqa: N801 - reads as a SQL function
    """``b - a`` in seconds (a float)."""

    type = Float()
    name = "seconds_between"
    inherit_cache = True


@compiles(seconds_between, "sqlite")
def _seconds_sqlite(element: seconds_between, compiler: Any, **kw: Any) -> str:
    a, b = (compiler.process(c, **kw) for c in element.clauses)
    return f"((julianday({b}) - julianday({a})) * 86400.0)"


@compiles(seconds_between)
def _seconds_default(element: seconds_between, compiler: Any, **kw: Any) -> str:
    a, b = (compiler.process(c, **kw) for c in element.clauses)
    return f"EXTRACT(EPOCH FROM ({b} - {a}))"


class bucket(FunctionElement[str]):  # noqa: N801
    """The first day of the ``unit`` holding a UTC timestamp (shifted by ``offset`` hours)
    or a date (``offset`` 0), as ``YYYY-MM-DD``."""

    type = String()
    name = "bucket"
    inherit_cache = False

    def __init__(self, value: ColumnElement[Any], unit: Unit, offset: float = 0) -> None:
        self.unit, self.offset = unit, offset
        super().__init__(value)


_SQLITE_UNIT = {"day": "", "week": ", 'weekday 0', '-6 days'", "month": ", 'start of month'"}


@compiles(bucket, "sqlite")
def _bucket_sqlite(element: bucket, compiler: Any, **kw: Any) -> str:
    (value,) = (compiler.process(c, **kw) for c in element.clauses)
    shift = f", '{element.offset:+g} hours'" if element.offset else ""
    return f"date({value}{shift}{_SQLITE_UNIT[element.unit]})"


@compiles(bucket)
def _bucket_default(element: bucket, compiler: Any, **kw: Any) -> str:
    (value,) = (compiler.process(c, **kw) for c in element.clauses)
    shifted = f"({value} + INTERVAL '{element.offset:g} hours')" if element.offset else value
    return f"to_char(date_trunc('{element.unit}', {shifted}), 'YYYY-MM-DD')"


def bucket_unit(period: Period) -> Unit:
    """Days for up to a month, weeks for up to half a year, months beyond."""
    days = (period.last_day - period.first_day).days + 1
    if days <= 31:
        return "day"
    return "week" if days <= 186 else "month"


DATE = Date()


def rolled_up(conn: Any, direct: bool = False) -> bool:
    """Read the rollups the database keeps (SQLite, with the triggers of migration 0005),
    unless ``direct`` asks for the joined computation (other databases, and the tests that
    hold the two to the same answer)."""
    return not direct and conn.dialect.name == "sqlite"
