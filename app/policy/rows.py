"""Validation of single TOML rows into :class:`Rule` and :class:`Rate`.

Every refusal is a :class:`PolicyTableError` naming the file, the row and the field.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from app.policy import vocab
from app.policy.conditions import CONDITIONS
from app.policy.errors import PolicyTableError
from app.policy.rules import Rate, Rule

RULE_REQUIRED = ("id", "duration", "unit", "start_event", "clock", "effective_from", "source")
RULE_OPTIONAL = ("when", "party", "ends_with", "title", "title_zh", "confidence", "note")
RATE_REQUIRED = ("id", "value", "unit", "effective_from", "source")
RATE_OPTIONAL = ("title", "title_zh", "note")
_ID = re.compile(r"^[a-z][a-z0-9_]*$")


class _Row:
    """One raw row plus where it came from, with typed getters that fail loudly."""

    def __init__(self, raw: object, *, file: str, row: int, section: str) -> None:
        self.file, self.row, self.section = file, row, section
        if not isinstance(raw, Mapping):
            raise self.error(None, "a row must be a table of fields")
        self.raw: Mapping[str, Any] = raw

    def error(self, field: str | None, message: str, reason: str = "bad_value") -> PolicyTableError:
        return PolicyTableError(
            self.file, self.row, field, message, reason=reason, section=self.section
        )

    def check_keys(self, required: tuple[str, ...], optional: tuple[str, ...]) -> None:
        for name in required:
            if name not in self.raw:
                raise self.error(name, "missing field", "missing_field")
        for name in self.raw:
            if name not in required + optional:
                raise self.error(name, "unknown field", "unknown_field")

    def text(self, name: str, default: str = "", *, required: bool = False) -> str:
        value = self.raw.get(name, default)
        if not isinstance(value, str) or (required and not value.strip()):
            raise self.error(name, f"expected non-empty text, got {value!r}")
        return value

    def ident(self, name: str) -> str:
        value = self.text(name, required=True)
        if not _ID.match(value):
            raise self.error(name, f"bad id '{value}' (lower-case letters, digits, '_')")
        return value

    def choice(self, name: str, allowed: tuple[str, ...], default: str | None = None) -> str:
        value = self.raw.get(name, default)
        if value not in allowed:
            raise self.error(
                name, f"unknown value {value!r} (expected one of {', '.join(allowed)})"
            )
        return value

    def positive(self, name: str) -> int:
        value = self.raw[name]
        if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
            raise self.error(name, f"expected a positive whole number, got {value!r}")
        return value

    def date(self, name: str) -> dt.date:
        value = self.raw[name]
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                raise self.error(name, f"bad date {value!r} (want YYYY-MM-DD)") from None
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            raise self.error(name, f"bad date {value!r} (want YYYY-MM-DD)")
        return value

    def names(self, name: str, allowed: Mapping[str, object]) -> tuple[str, ...]:
        value = self.raw.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.error(name, f"expected a list of names, got {value!r}")
        for item in value:
            if item not in allowed:
                raise self.error(name, f"unknown condition '{item}'")
        if len(set(value)) != len(value):
            raise self.error(name, "a condition is listed twice")
        return tuple(value)


def parse_rule(
    raw: object, *, file: str, row: int, origin: str, extra: tuple[str, ...] = ()
) -> Rule:
    """Validate one ``[[rule]]`` row. ``extra`` names accepted fields read by the caller."""
    r = _Row(raw, file=file, row=row, section="rule")
    r.check_keys(RULE_REQUIRED, RULE_OPTIONAL + extra)
    clock = r.choice("clock", tuple(vocab.CLOCKS))
    unit = r.choice("unit", vocab.UNITS)
    if unit not in vocab.CLOCKS[clock]:
        fits = ", ".join(vocab.CLOCKS[clock])
        raise r.error("unit", f"unit '{unit}' does not fit clock '{clock}' (use {fits})")
    ends_with = r.raw.get("ends_with")
    return Rule(
        id=r.ident("id"),
        duration=r.positive("duration"),
        unit=unit,
        start_event=r.choice("start_event", tuple(vocab.EVENTS)),
        clock=clock,
        effective_from=r.date("effective_from"),
        source=r.text("source", required=True),
        when=r.names("when", CONDITIONS),
        party=r.choice("party", vocab.PARTIES, "merchant"),
        ends_with=None if ends_with is None else r.choice("ends_with", tuple(vocab.EVENTS)),
        title=r.text("title"),
        title_zh=r.text("title_zh"),
        confidence=r.choice("confidence", (*vocab.CONFIDENCES, None), None),
        note=r.text("note"),
        origin=origin,
        file=file,
        row=row,
    )


def parse_rate(
    raw: object, *, file: str, row: int, origin: str, extra: tuple[str, ...] = ()
) -> Rate:
    """Validate one ``[[rate]]`` row."""
    r = _Row(raw, file=file, row=row, section="rate")
    r.check_keys(RATE_REQUIRED, RATE_OPTIONAL + extra)
    return Rate(
        id=r.ident("id"),
        value=r.positive("value"),
        unit=r.choice("unit", vocab.RATE_UNITS),
        effective_from=r.date("effective_from"),
        source=r.text("source", required=True),
        title=r.text("title"),
        title_zh=r.text("title_zh"),
        note=r.text("note"),
        origin=origin,
        file=file,
        row=row,
    )


def row_platform(raw: Mapping[str, Any], *, file: str, row: int, section: str) -> str:
    """The ``platform`` field of an overrides row (a table name or a platform)."""
    allowed = tuple(dict.fromkeys((*vocab.TABLE_NAMES, *vocab.PLATFORMS)))
    r = _Row(raw, file=file, row=row, section=section)
    if "platform" not in r.raw:
        raise r.error("platform", "missing field", "missing_field")
    return r.choice("platform", allowed)
